//! The router's side, read from the air, in the window: the worker reads and understands
//! the air while the PIN page or the scan page is shown ([`wps_pin_flow::running`]);
//! the last reading is drawn as the "Your router" panel on the PIN page ([`panel`]) and
//! the HP printers nearby on the scan page ([`printers`]).

pub mod panel;
pub mod printers;

use wps_pin_core::air::networks::Air;
use wps_pin_core::air::reading::AirSource;
use wps_pin_flow::AppState;

/// The last reading, while the air is being read and reading is not switched off.
pub fn shown(s: &AppState) -> Option<Option<&Air>> {
    match &s.running.air {
        Some((AirSource::Off, _)) | None => None,
        Some(_) => Some(s.air.as_ref()),
    }
}
