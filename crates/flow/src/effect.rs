//! What `update` asks the window to do after a message: commands for the worker, and
//! the few things only the window can do (open a link, copy text, move focus).

use wps_pin_core::worker::Command;

/// A control that should take keyboard focus (the page that draws it asks egui).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The PIN field, when the chosen way starts with typing the PIN.
    PinField,
    /// The PIN step shown now: its first control (or its text), the whole step in view.
    PinStep,
    /// The guide's step shown now: its text and picture in view.
    GuideStep,
    /// The support summary's first button ("Make a support summary" was pressed).
    SummaryCopy,
    /// The line that sums up the checks' results ("3 passed, 1 failed").
    ChecksSummary,
    /// The line that says what became of the last save or copy.
    SaveStatus,
    /// The field where the summary's file is typed (no save window could open).
    SummaryPath,
    /// The question about replacing a file or starting over.
    Question,
    /// The printer Wi-Fi route's screen shown now: its field, or the line that says
    /// where it is.
    WifiStep,
}

// Effects are few and live for one message: a boxed command would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// A command for the worker.
    Send(Command),
    /// Open this link in the browser.
    OpenUrl(String),
    /// Put this text on the clipboard.
    Copy(String),
    Focus(Focus),
    /// The look or the language changed: apply it to the window.
    ApplySettings,
}
