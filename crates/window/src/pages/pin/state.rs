//! What the PIN page keeps between frames. The PIN itself lives in the journey.

use wps_pin_core::wps::WpsWindow;

use crate::illustration::PinFlow;

/// Which way the PIN goes, or the push-button method instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    PrinterShowsPin,
    RouterHasPin,
    PushButton,
}

impl Method {
    pub fn flow(self) -> PinFlow {
        match self {
            Method::PrinterShowsPin => PinFlow::PrinterToRouter,
            Method::RouterHasPin => PinFlow::RouterToPrinter,
            Method::PushButton => PinFlow::PushButtons,
        }
    }
}

#[derive(Debug, Default)]
pub struct PinPage {
    pub method: Option<Method>,
    /// The person asked for a verdict (Enter or "Check PIN"), so a short PIN is
    /// judged instead of being treated as still being typed.
    pub checked: bool,
    /// Feedback after "Copy PIN".
    pub copied: bool,
    /// A method was just chosen: the PIN field takes the caret.
    pub focus_field: bool,
    pub window: WindowState,
}

#[derive(Debug, Clone, Copy, Default)]
pub enum WindowState {
    #[default]
    Idle,
    Running(WpsWindow),
    Ended,
}
