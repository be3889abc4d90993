//! What the window knows of the air: the last reading, understood, and what is being
//! read now.

use wps_pin_core::air::networks::Air;
use wps_pin_core::air::reading::AirSource;

#[derive(Debug, Default)]
pub struct AirView {
    /// The last reading (none until the first arrives).
    pub air: Option<Air>,
    /// What the worker is reading now (none: nothing, as on pages that do not show it).
    pub watching: Option<AirSource>,
}

impl AirView {
    /// Whether the window reads the air at all (tests may switch it off).
    pub fn is_off(&self) -> bool {
        matches!(self.watching, Some(AirSource::Off))
    }
}
