//! Linux: NetworkManager for a fresh scan and the connected access point, nl80211 for
//! the elements.

use std::time::Duration;

use super::api::Radio;
use super::{nl80211, nm};
use crate::air::bss::RawBss;
use crate::air::reading::{ScanRequest, Source, Unavailable};

/// Linux: NetworkManager for the scan and the connected access point, nl80211 for the
/// elements.
#[derive(Debug, Default)]
pub struct Linux {
    active: Vec<[u8; 6]>,
    /// Kept between scans (a watch asks every few seconds); dropped when NetworkManager
    /// cannot be reached, so the next scan connects again.
    bus: Option<zbus::blocking::Connection>,
}

impl Radio for Linux {
    fn source(&self) -> Source {
        Source::Nl80211
    }

    fn request_scan(&mut self, wait: Duration) -> ScanRequest {
        if self.bus.is_none() {
            self.bus = nm::system_bus();
        }
        let Some(bus) = &self.bus else {
            self.active.clear();
            return ScanRequest::NoNetworkManager;
        };
        let outcome = nm::request_scan_on(bus, wait);
        if outcome.scan == ScanRequest::NoNetworkManager {
            self.bus = None;
        }
        self.active = outcome.active;
        outcome.scan
    }

    fn read(&mut self) -> Result<Vec<RawBss>, Unavailable> {
        let mut list = nl80211::read()?;
        // Which network this computer is on: the kernel's status, else NetworkManager's.
        if !list.iter().any(|b| b.associated) {
            for b in &mut list {
                b.associated = self.active.contains(&b.bssid);
            }
        }
        Ok(list)
    }
}
