//! What `update` asks the window to do after a message: commands for the worker, and
//! the few things only the window can do (open a link, copy text, move focus).

use wps_pin_core::worker::Command;

/// A control that should take keyboard focus (the page that draws it asks egui).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The PIN field, when the chosen way starts with typing the PIN.
    PinField,
    /// The support summary's first button ("Make a support summary" was pressed).
    SummaryCopy,
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
