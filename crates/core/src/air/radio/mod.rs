//! Reading this computer's radio, behind one interface ([`Radio`]) for every system:
//! Linux reads the kernel's cached scan results (nl80211) after asking NetworkManager for
//! a fresh scan. Windows (`WlanGetNetworkBssList`, whose results need the location
//! permission on current Windows 11) and macOS (CoreWLAN, Location Services) are not
//! built yet: they say so ("not available on this system yet").
//!
//! [`read`] is the one entry point: the radio, a saved file, the demo, or nothing.

mod api;
#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub mod netlink;
#[cfg(target_os = "linux")]
pub mod nl80211;
#[cfg(target_os = "linux")]
pub mod nm;
#[cfg(not(target_os = "linux"))]
mod other;

use std::time::Duration;

use crate::air::reading::{AirSource, Reading, ScanPolicy, ScanRequest, Source, Unavailable};
use crate::air::{demo, file};

pub use api::Radio;

/// This system's radio.
pub fn this_system() -> Box<dyn Radio + Send> {
    #[cfg(target_os = "linux")]
    {
        Box::new(linux::Linux::default())
    }
    #[cfg(not(target_os = "linux"))]
    {
        other::this_system()
    }
}

/// Reads the air from `source`; nothing here ever fails: what could not be read is in
/// [`Reading::unavailable`].
pub fn read(source: &AirSource, policy: ScanPolicy) -> Reading {
    match source {
        AirSource::Radio => read_radio(this_system().as_mut(), policy),
        AirSource::File(path) => file::read(path),
        AirSource::Demo(s) => Reading::new(Source::Demo, demo::air(*s)),
        AirSource::Off => Reading::unavailable(Source::Off, Unavailable::Off),
    }
}

pub fn read_radio(radio: &mut dyn Radio, policy: ScanPolicy) -> Reading {
    let scan = match policy {
        ScanPolicy::CacheOnly => ScanRequest::NotAsked,
        ScanPolicy::Request => radio.request_scan(Duration::ZERO),
        ScanPolicy::RequestAndWait(wait) => radio.request_scan(wait),
    };
    let mut reading = match radio.read() {
        Ok(list) => Reading::new(radio.source(), list),
        Err(why) => Reading::unavailable(radio.source(), why),
    };
    reading.scan = scan;
    reading
}
