//! Joining the printer's own setup network from this computer, talking to the printer
//! there, and returning this computer to the network it was on. An HP printer in setup
//! mode offers an open network named like "HP-Setup…" (facts/wifi-beacons.md §4, naming
//! [U]); Wi-Fi Direct networks ("DIRECT-xx-HP …") take a password. Linux does it with
//! NetworkManager over D-Bus (a temporary connection that is never saved); Windows and
//! macOS have the same interface and say "not available on this system yet".

mod api;
#[cfg(target_os = "linux")]
pub mod nm;

pub use api::{
    NotYet, OnSetupNetwork, Returned, SetupError, SetupNetworks, USUAL_PRINTER_ADDRESS, while_on,
};

/// This system's way: NetworkManager on Linux; not yet elsewhere.
pub fn this_system() -> Box<dyn SetupNetworks + Send> {
    #[cfg(target_os = "linux")]
    {
        Box::new(nm::NetworkManager::system())
    }
    #[cfg(not(target_os = "linux"))]
    {
        Box::new(NotYet)
    }
}
