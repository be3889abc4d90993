//! IPP Get-Printer-Attributes (RFC 8011 §4.2.5): building the request and reading the
//! binary response. The reader checks every length against the bytes it was given, so
//! a truncated or hostile message is an error, never a panic or an over-read.

mod facts;
mod request;
mod response;
mod tags;

pub use facts::{IppFacts, PrinterState};
pub use request::{REQUESTED, get_printer_attributes};
pub use response::{Attribute, IppError, Response, Value, parse_response};

#[cfg(test)]
mod tests;
