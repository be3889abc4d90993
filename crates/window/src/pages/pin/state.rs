//! What the PIN page keeps between frames. The PIN itself lives in the journey.

use wps_pin_core::guide::howto::Direction;
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

    /// The core's name for the same way.
    pub fn direction(self) -> Direction {
        match self {
            Method::PrinterShowsPin => Direction::PrinterPin,
            Method::RouterHasPin => Direction::RouterPin,
            Method::PushButton => Direction::PushButton,
        }
    }

    pub fn of(direction: Direction) -> Self {
        match direction {
            Direction::PrinterPin => Method::PrinterShowsPin,
            Direction::RouterPin => Method::RouterHasPin,
            Direction::PushButton => Method::PushButton,
        }
    }

    /// (title id, description id) of its card.
    pub fn card(self) -> (&'static str, &'static str) {
        match self {
            Method::PrinterShowsPin => ("pin-method-printer", "pin-method-printer-desc"),
            Method::RouterHasPin => ("pin-method-router", "pin-method-router-desc"),
            Method::PushButton => ("pin-method-button", "pin-method-button-desc"),
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
    /// The digits whose verdict was last recorded for the summary.
    pub recorded: Option<String>,
}

impl PinPage {
    /// A new attempt (another way, or a new PIN) clears a finished timer: "Time is up"
    /// belongs to the attempt that ran out.
    pub fn new_attempt(&mut self) {
        if matches!(self.window, WindowState::Ended) {
            self.window = WindowState::Idle;
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub enum WindowState {
    #[default]
    Idle,
    Running(WpsWindow),
    Ended,
}
