//! The values the faces get: what the printer said, which network to join, where a join
//! is, and what the person allowed.

use std::net::Ipv4Addr;
use std::time::Duration;

use super::network::{Network, Ssid};
use super::problem::{WifiProblem, problems_json};
use super::secret::Secret;
use crate::net::address::Target;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Ledm,
    Cdm,
}

impl Protocol {
    pub fn key(self) -> &'static str {
        match self {
            Protocol::Ledm => "ledm",
            Protocol::Cdm => "cdm",
        }
    }
}

/// How to reach the printer, and what the person allowed.
pub struct Access<'a> {
    pub target: &'a Target,
    /// The person agreed that passwords may cross the network unencrypted when the
    /// printer offers no HTTPS the app can speak (the window asks; the command line
    /// needs `--allow-unencrypted`).
    pub allow_unencrypted: bool,
    /// The printer's administrator password, if the person gave it.
    pub admin_password: Option<&'a Secret>,
}

/// How often and how long to wait. HPLIP waits 30 s after sending, then reads every
/// 20 s for up to about 2 minutes (facts/printer-wifi-setup.md §5); the app reads more
/// often within the same bound.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    /// Between two reads of a scan that is still running (202 / `scanProcessing`).
    pub scan_poll: Duration,
    /// A scan that has not finished by then is given up (HPLIP's scan read limit, §5).
    pub scan_limit: Duration,
    /// Between two reads while watching the printer join.
    pub watch_poll: Duration,
    /// The whole watch.
    pub watch_limit: Duration,
    /// A diagnostic code counts only this long after sending, unless it is new (an old
    /// code from an earlier try must not end the watch at once).
    pub settle: Duration,
}

impl Default for Pace {
    fn default() -> Self {
        Self {
            scan_poll: Duration::from_secs(1),
            scan_limit: Duration::from_secs(30),
            watch_poll: Duration::from_secs(5),
            watch_limit: Duration::from_secs(120),
            settle: Duration::from_secs(30),
        }
    }
}

/// What the printer says about its Wi-Fi.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WifiState {
    /// A Wi-Fi adapter is reported.
    pub present: bool,
    /// Its radio is on.
    pub enabled: Option<bool>,
    pub connected: Option<bool>,
    pub ssid: Option<Ssid>,
    pub ipv4: Option<Ipv4Addr>,
    /// A network cable is connected (it can keep Wi-Fi off: §5).
    pub cable: Option<bool>,
}

impl WifiState {
    /// Connected with a real address: HPLIP's test is an address other than 0.0.0.0 (§5).
    pub fn joined(&self) -> bool {
        self.connected == Some(true) && self.ipv4.is_some_and(|ip| !ip.is_unspecified())
    }
}

/// `wifi status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusReport {
    pub protocol: Option<Protocol>,
    /// Whether the printer was read over HTTPS.
    pub encrypted: bool,
    /// `None`: nothing could be read.
    pub state: Option<WifiState>,
    pub problems: Vec<WifiProblem>,
}

/// `wifi networks`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworksReport {
    pub protocol: Option<Protocol>,
    pub encrypted: bool,
    /// Read (possibly empty: the printer sees none).
    pub read: bool,
    pub networks: Vec<Network>,
    pub problems: Vec<WifiProblem>,
}

/// Which network to join: one from the printer's list, or a name typed for a hidden one
/// (looked up in the printer's list, then by a directed scan on LEDM).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    Listed(Network),
    Named(Ssid),
}

impl Chosen {
    pub fn ssid(&self) -> &Ssid {
        match self {
            Chosen::Listed(n) => &n.ssid,
            Chosen::Named(s) => s,
        }
    }
}

/// Where a join is, for the face to show and announce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Finding the printer's Wi-Fi settings (HTTPS first).
    Reaching,
    /// Turning the printer's Wi-Fi radio on.
    RadioOn,
    /// The printer is looking for networks.
    Scanning { seconds: u64 },
    /// Sending the network name and password to the printer.
    Sending,
    /// The printer took the settings; waiting for it to join.
    Waiting { seconds: u64, limit: u64 },
}

/// `wifi join`: joined and verified, or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinReport {
    pub protocol: Option<Protocol>,
    pub ssid: Ssid,
    pub encrypted: bool,
    /// The printer took the settings (it answered the write with success).
    pub sent: bool,
    /// The printer says it is connected to that network with an address.
    pub joined: bool,
    pub ipv4: Option<Ipv4Addr>,
    pub problems: Vec<WifiProblem>,
}

impl StatusReport {
    /// `wifi status --json` (field names are a contract).
    pub fn to_json(&self) -> serde_json::Value {
        let s = self.state.clone().unwrap_or_default();
        serde_json::json!({
            "protocol": self.protocol.map(Protocol::key),
            "wifi": {
                "present": s.present,
                "enabled": s.enabled,
                "connected": s.connected,
                "ssid": s.ssid.as_ref().map(Ssid::display),
                "ipv4": s.ipv4.map(|ip| ip.to_string()),
            },
            "problems": problems_json(&self.problems),
        })
    }
}

impl NetworksReport {
    /// `wifi networks --json`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "protocol": self.protocol.map(Protocol::key),
            "networks": self.networks.iter().map(Network::to_json).collect::<Vec<_>>(),
            "problems": problems_json(&self.problems),
        })
    }
}

impl JoinReport {
    /// `wifi join --json`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "protocol": self.protocol.map(Protocol::key),
            "ssid": self.ssid.display(),
            "joined": self.joined,
            "ipv4": self.ipv4.map(|ip| ip.to_string()),
            "problems": problems_json(&self.problems),
        })
    }
}
