//! What a system mDNS daemon offers the scan: browse some service types, report what it
//! hears, stop when dropped.

use crate::net::discovery::record::Heard;
use crate::net::discovery::service::ServiceType;

/// Where the system's daemon reports to. Sending blocks when the scan is busy, which
/// slows the daemon's reader down instead of growing memory; it fails once the scan has
/// ended, and the browser then stops.
pub type Sink = flume::Sender<Heard>;

#[derive(Debug, thiserror::Error)]
pub enum Unavailable {
    #[error("the system's mDNS cache is not available on this system yet")]
    NotYet,
    #[error("no system mDNS daemon is running")]
    NoDaemon,
    #[error("the system's mDNS daemon could not be reached: {0}")]
    Unreachable(String),
}

/// Browsing stops when this is dropped.
pub type Running = Box<dyn Send>;

/// A system mDNS daemon that can browse for services and resolve them.
pub trait SystemBrowser {
    /// Starts browsing `types`, reporting to `sink`; returns at once (the daemon's
    /// answers arrive later, and a daemon that never answers only delays itself).
    fn browse(&self, types: &[ServiceType], sink: Sink) -> Result<Running, Unavailable>;
}
