//! The router's side, read from the air: the beacons and probe responses this computer
//! already receives say whether each access point offers WPS, whether it is configured or
//! locked, whether a registrar is waiting for a PIN or a push button right now, and how
//! the network is secured (facts/wifi-beacons.md §1–2).
//!
//! Pure parts (bytes in, values out): [`elements`] walks the information elements,
//! [`wps`] and [`rsn`] read the WPS and RSN elements, [`bss`] puts one access point
//! together, [`networks`] groups access points by network name and gives each network a
//! verdict and warnings, [`printers`] finds the networks HP printers run themselves.
//! [`file`] and [`json`] are the saved reading and the command line's document.
//!
//! Reading the radio: [`radio`] (nl80211 and NetworkManager on Linux; the other systems
//! behind the same function, not built yet), [`demo`] (simulated readings through the
//! same path), [`watch`] (a reading every few seconds on its own thread).

pub mod bss;
pub mod build;
pub mod demo;
pub mod elements;
pub mod file;
pub mod json;
pub mod networks;
pub mod printers;
pub mod radio;
pub mod reading;
pub mod rsn;
pub mod setup_network;
pub mod watch;
pub mod wps;

pub use bss::{Band, Bss, RawBss};
pub use networks::{Air, Context, Network, Verdict, Warning};
pub use reading::{AirSource, Reading, ScanRequest, Source, Unavailable};
