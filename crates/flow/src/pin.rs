//! The PIN helper's state: the way the PIN goes, the verdict the person asked for, and
//! the two-minute window. The PIN itself lives in the journey.

use wps_pin_core::guide::howto::Direction;
use wps_pin_core::wps::{self, Verdict, WpsWindow};

/// Which way the PIN goes, or the push-button method instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    PrinterShowsPin,
    RouterHasPin,
    PushButton,
}

impl Method {
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

/// The two-minute window, as the person sees it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WindowState {
    #[default]
    Idle,
    Running(WpsWindow),
    /// The time ran out; said until the next attempt.
    Ended,
}

#[derive(Debug, Clone, Default)]
pub struct PinState {
    pub method: Option<Method>,
    /// The person asked for a verdict (Enter or "Check PIN"), so a short PIN is judged
    /// instead of being treated as still being typed.
    pub checked: bool,
    /// Feedback after "Copy PIN".
    pub copied: bool,
    pub window: WindowState,
    /// The digits whose verdict was last recorded for the summary.
    pub recorded: Option<String>,
    /// The step of the chosen way shown now (one at a time).
    pub step: usize,
    /// The last minute of the running window was said (once a run).
    pub last_minute_said: bool,
}

impl PinState {
    /// A new attempt (another way, or a new PIN) clears a finished timer: "Time is up"
    /// belongs to the attempt that ran out.
    pub fn new_attempt(&mut self) {
        if self.window == WindowState::Ended {
            self.window = WindowState::Idle;
        }
    }

    /// Whether `pin` is still being typed: too short for a verdict, and no verdict asked.
    pub fn typing(&self, check: &wps::PinCheck) -> bool {
        !self.checked
            && match check.verdict {
                Verdict::WrongLength { digits } => digits < 8,
                Verdict::Valid4 => true,
                _ => false,
            }
    }

    pub fn running(&self) -> bool {
        matches!(self.window, WindowState::Running(_))
    }
}
