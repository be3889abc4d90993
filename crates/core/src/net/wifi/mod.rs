//! Setting a printer's Wi-Fi through its own web services, when WPS cannot work
//! (facts/printer-wifi-setup.md): read its Wi-Fi state, its own list of networks, and
//! send it a network name and password, then watch it join. LEDM (XML, most printers
//! since about 2009) and CDM (JSON, current models) behind one interface,
//! [`PrinterWifi`], with a real implementation ([`Real`]) and a simulated one for demo
//! mode ([`crate::world::wifi_demo::Demo`]).
//!
//! The password rules: a [`Passphrase`] is wiped from memory when dropped and never
//! printed; it goes to the printer's own address only, over HTTPS with the printer's
//! pinned certificate when the printer offers it, and over plain HTTP only when the
//! caller says the person agreed ([`Access::allow_unencrypted`]). No redirect is
//! followed. Polling is bounded ([`Pace`]).

mod api;
pub mod cdm;
mod cdm_ops;
mod join;
pub mod ledm;
mod ledm_ops;
pub mod network;
pub mod problem;
mod reports;
pub mod secret;
mod session;
pub mod transport;

pub use api::{PrinterWifi, Real};
pub use network::{Network, Security, Ssid};
pub use problem::{VsaCode, WifiProblem, problems_json};
pub use reports::{
    Access, Chosen, JoinReport, NetworksReport, Pace, Progress, Protocol, StatusReport, WifiState,
};
pub use secret::{Passphrase, PassphraseError, Secret};
