//! "Set up Wi-Fi through the printer", when WPS cannot work: reach the printer (the one
//! chosen, an address typed, or its own setup network), read its list of networks, take
//! the password, send it, and say whether the printer joined or why not — one screen a
//! step (facts/printer-wifi-setup.md §6).
//!
//! No password is in this state. The page keeps what is typed in a buffer of its own,
//! wiped when the page closes or the route ends, and the message that needs a password
//! carries it once, as a [`Handed`] value: cloning a message copies a pointer to the one
//! wiped copy, never the text. The state only knows that the printer asked for its
//! administrator password, whether the person agreed to send over plain HTTP, and what
//! the printer answered.

use wps_pin_core::air::networks::Air;
use wps_pin_core::air::printers::PrinterNetwork;
use wps_pin_core::air::setup_network::{Returned, SetupError};
use wps_pin_core::net::address::AddressError;
use wps_pin_core::net::wifi::{
    Chosen, JoinReport, NetworksReport, PassphraseError, Progress, Protocol, Secret, StatusReport,
    WifiProblem,
};
use wps_pin_core::worker::{Handed, WifiReach};

/// The route's steps, one screen each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WifiStep {
    /// Which printer, and how it is reached.
    #[default]
    Reach,
    /// Reaching it and reading its networks.
    Reaching,
    /// It asks for its administrator password.
    SignIn,
    /// Its own list of networks, or a hidden network's name.
    Networks,
    /// Only plain HTTP reaches it: asked before any password is typed.
    Unencrypted,
    /// The network's password (an open network: only a confirmation).
    Password,
    /// Sending, then watching it join.
    Sending,
    /// Joined, or why not.
    Done,
}

/// The route as it stands. A new run (a new [`WifiRoute::run`]) starts from the first
/// screen; the worker's answers for an earlier run are dropped.
#[derive(Debug, Clone, Default)]
pub struct WifiRoute {
    pub run: u64,
    pub step: WifiStep,
    /// How the printer is reached, once the person chose.
    pub reach: Option<WifiReach>,
    /// The address typed on the first screen, and why it cannot be used.
    pub typed: String,
    pub typed_error: Option<AddressError>,
    /// What the last attempt to reach the printer met.
    pub unreached: Vec<WifiProblem>,
    /// Joining the printer's setup network failed.
    pub setup_error: Option<SetupError>,
    /// This computer is joining the printer's setup network (until the first step).
    pub joining_setup: bool,
    /// How this computer came back from the setup network the last time.
    pub returned: Option<Result<Returned, SetupError>>,
    /// The printer asked for its administrator password, and refused the one given.
    pub sign_in_refused: bool,
    /// The step the worker is at now.
    pub progress: Option<Progress>,
    pub networks: Option<NetworksReport>,
    pub chosen: Option<Chosen>,
    /// A hidden network's name, as typed, and whether it is not a name.
    pub hidden: String,
    pub hidden_error: bool,
    pub passphrase_error: Option<PassphraseError>,
    /// The person agreed that the password may cross the network unencrypted.
    pub allow_unencrypted: bool,
    /// The person said no to that: nothing was sent.
    pub refused_unencrypted: bool,
    pub result: Option<JoinReport>,
    /// "Check again" after a join that was not verified: what the printer says now.
    pub rechecked: Option<StatusReport>,
    pub checking: bool,
}

impl WifiRoute {
    /// A fresh route, numbered after `previous`.
    pub fn after(previous: &WifiRoute) -> Self {
        Self {
            run: previous.run + 1,
            ..Self::default()
        }
    }

    /// Whether the worker is busy for this route (reaching, scanning, sending).
    pub fn busy(&self) -> bool {
        matches!(self.step, WifiStep::Reaching | WifiStep::Sending) || self.checking
    }

    /// The printer's protocol, as its networks were read.
    pub fn protocol(&self) -> Option<Protocol> {
        self.networks.as_ref().and_then(|n| n.protocol)
    }

    /// Whether the printer was read over HTTPS (unknown: not yet read).
    pub fn encrypted(&self) -> Option<bool> {
        self.networks.as_ref().map(|n| n.encrypted)
    }

    /// Whether the chosen network needs a password (a hidden one: it may).
    pub fn needs_passphrase(&self) -> bool {
        match &self.chosen {
            Some(Chosen::Listed(n)) => n.security.needs_passphrase(),
            Some(Chosen::Named(_)) | None => true,
        }
    }

    /// Whether sending to the chosen network would put a secret on the wire: its
    /// password, or CDM's whole settings document (which may hold the printer's current
    /// password).
    pub fn sends_secret(&self) -> bool {
        self.needs_passphrase() || self.protocol() == Some(Protocol::Cdm)
    }

    /// The setup network the printer is reached on, if it is.
    pub fn setup_network(&self) -> Option<String> {
        match &self.reach {
            Some(WifiReach::SetupNetwork(ssid)) => Some(ssid.display()),
            _ => None,
        }
    }
}

/// What the person did on the route's screens.
#[derive(Debug, Clone)]
pub enum WifiMsg {
    /// "Set up Wi-Fi through the printer" (printer page, troubleshooting, the router
    /// panel): opens the route where it is, or a new one when the last one ended.
    Open,
    /// Reach the printer chosen in the journey.
    UseChosen,
    TypeAddress(String),
    UseTyped,
    /// Reach the printer on its own setup network (its name, as the air read it).
    UseSetupNetwork(String),
    /// The administrator password, handed once.
    SignIn(Handed<Secret>),
    /// Read the printer's networks again (with the administrator password when given).
    LookAgain {
        admin: Option<Handed<Secret>>,
    },
    /// The network at this place in the printer's list.
    Pick(usize),
    TypeHidden(String),
    /// A hidden network, by the name typed.
    PickHidden,
    /// The question about plain HTTP: yes, send it anyway; or no.
    AllowUnencrypted,
    RefuseUnencrypted,
    /// Send the network to the printer: the password (none for an open network) and the
    /// administrator password, each handed once.
    Send {
        passphrase: Option<Handed<Secret>>,
        admin: Option<Handed<Secret>>,
    },
    /// Ask the printer again whether it joined.
    CheckAgain {
        admin: Option<Handed<Secret>>,
    },
    /// Back to the list of networks, or to the password.
    OtherNetwork,
    TryAgain,
    /// Another printer or another way: the first screen, a new run.
    Restart,
    /// It joined: look for it on the network (its address may have changed).
    FindAgain,
    /// The route is over: back where the person came from.
    Finish,
}

/// Whether this computer can join a printer's setup network from the app: with
/// NetworkManager on Linux, and in demo mode (simulated) everywhere.
pub fn can_join_setup_network(demo: bool) -> bool {
    demo || cfg!(target_os = "linux")
}

/// The printers' own networks in the air (setup and Wi-Fi Direct), as last read.
pub fn printer_networks(air: Option<&Air>) -> Vec<(String, PrinterNetwork)> {
    air.iter()
        .flat_map(|a| a.printers.iter())
        .map(|p| (p.ssid.clone(), p.kind))
        .collect()
}
