//! Windows and macOS: not built yet. The interface is ready; each says so.
//!
//! Windows: `WlanGetNetworkBssList` gives each BSS's raw elements (`WLAN_BSS_ENTRY`
//! `ulIeOffset`/`ulIeSize`) without an administrator, and `WlanScan` refreshes; since the
//! 2024 Windows 11 feature update the results need the user's location permission, and a
//! denied call fails with ERROR_ACCESS_DENIED. macOS: CoreWLAN's
//! `CWNetwork.informationElementData`, with Location Services authorization for the app
//! (facts/wifi-beacons.md §3).

use std::time::Duration;

use super::api::Radio;
use crate::air::bss::RawBss;
use crate::air::reading::{ScanRequest, Source, Unavailable};

/// A radio this build cannot read yet.
pub struct NotYet(Source);

impl Radio for NotYet {
    fn source(&self) -> Source {
        self.0
    }
    fn request_scan(&mut self, _wait: Duration) -> ScanRequest {
        ScanRequest::NotAsked
    }
    fn read(&mut self) -> Result<Vec<RawBss>, Unavailable> {
        Err(Unavailable::NotOnThisSystem)
    }
}

pub fn this_system() -> Box<dyn Radio + Send> {
    Box::new(NotYet(if cfg!(windows) {
        Source::WlanApi
    } else if cfg!(target_os = "macos") {
        Source::CoreWlan
    } else {
        Source::Off
    }))
}
