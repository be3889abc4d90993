//! The interface every system's radio reader implements.

use std::time::Duration;

use crate::air::bss::RawBss;
use crate::air::reading::{ScanRequest, Source, Unavailable};

/// One system's way of reading the air.
pub trait Radio {
    /// What the readings are made with.
    fn source(&self) -> Source;
    /// Asks the system for a fresh scan, waiting at most `wait` for it (zero: not at all).
    fn request_scan(&mut self, wait: Duration) -> ScanRequest;
    /// The access points the system holds now.
    fn read(&mut self) -> Result<Vec<RawBss>, Unavailable>;
}
