//! One reading of the air: where it came from, when, the access points it holds, and —
//! when nothing could be read — why, as a value every language can word.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use super::bss::RawBss;
use super::demo::Scenario;
use crate::store::FileError;

/// How long a reading waits for a fresh scan when it asks for one and waits.
pub const SCAN_WAIT: Duration = Duration::from_secs(5);

/// Where readings come from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum AirSource {
    /// This computer's Wi-Fi (nl80211 and NetworkManager on Linux).
    #[default]
    Radio,
    /// A reading saved before (`air --save`).
    File(PathBuf),
    /// Simulated routers and printers (demo mode), read through the same path.
    Demo(Scenario),
    /// Nothing is read (tests that do not need the air).
    Off,
}

/// What a reading was made with, named as in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Linux: the kernel's cached scan results.
    Nl80211,
    /// Windows: `WlanGetNetworkBssList` (not built yet).
    WlanApi,
    /// macOS: CoreWLAN (not built yet).
    CoreWlan,
    File,
    Demo,
    Off,
}

impl Source {
    pub fn key(self) -> &'static str {
        match self {
            Source::Nl80211 => "nl80211",
            Source::WlanApi => "wlanapi",
            Source::CoreWlan => "corewlan",
            Source::File => "file",
            Source::Demo => "demo",
            Source::Off => "off",
        }
    }
}

/// Why nothing could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// No Wi-Fi adapter (or no Wi-Fi driver at all).
    NoWifi,
    /// The system did not let the app ask (a sandbox without netlink).
    NotAllowed,
    /// Reading the air is not built for this system yet.
    NotOnThisSystem,
    /// The system answered in a way the app could not use (details in the log).
    Failed,
    /// The saved reading could not be read.
    File(FileError),
    /// Reading is switched off.
    Off,
}

impl Unavailable {
    pub fn key(&self) -> &'static str {
        match self {
            Unavailable::NoWifi => "no_wifi",
            Unavailable::NotAllowed => "not_allowed",
            Unavailable::NotOnThisSystem => "not_on_this_system",
            Unavailable::Failed => "failed",
            Unavailable::File(_) => "file",
            Unavailable::Off => "off",
        }
    }
}

/// What became of asking for a fresh scan (NetworkManager on Linux).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanRequest {
    NotAsked,
    /// Asked; the results arrive a few seconds later.
    Requested,
    /// Asked, and the scan finished before the reading.
    Finished,
    /// NetworkManager said not now (it scanned a moment ago, or Wi-Fi is off).
    Refused,
    /// This user may not ask for scans.
    NotPermitted,
    /// NetworkManager is not running (or there is no system bus).
    NoNetworkManager,
    /// NetworkManager knows no Wi-Fi device.
    NoWifiDevice,
}

impl ScanRequest {
    pub fn key(self) -> &'static str {
        match self {
            ScanRequest::NotAsked => "not_asked",
            ScanRequest::Requested => "requested",
            ScanRequest::Finished => "finished",
            ScanRequest::Refused => "refused",
            ScanRequest::NotPermitted => "not_permitted",
            ScanRequest::NoNetworkManager => "no_networkmanager",
            ScanRequest::NoWifiDevice => "no_wifi_device",
        }
    }
}

/// How fresh the reading must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanPolicy {
    /// Read what the system has (nothing is sent over the air).
    CacheOnly,
    /// Ask for a fresh scan and read at once (the next reading sees its results).
    Request,
    /// Ask for a fresh scan and wait for it, at most this long.
    RequestAndWait(Duration),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub source: Source,
    /// When it was read (each access point's `seen_ms_ago` counts back from here).
    pub at: SystemTime,
    pub bss: Vec<RawBss>,
    pub unavailable: Option<Unavailable>,
    pub scan: ScanRequest,
}

impl Reading {
    pub fn new(source: Source, bss: Vec<RawBss>) -> Self {
        Self {
            source,
            at: SystemTime::now(),
            bss,
            unavailable: None,
            scan: ScanRequest::NotAsked,
        }
    }

    pub fn unavailable(source: Source, why: Unavailable) -> Self {
        Self {
            unavailable: Some(why),
            ..Self::new(source, Vec::new())
        }
    }

    /// Whether it was read after a finished scan (or is a simulated air), so that an
    /// access point missing from it is missing from the air. Without a scan the kernel's
    /// cache may hold little more than the access point this computer is connected
    /// through (facts/wifi-beacons.md §3: it drops access points unseen for 30 s).
    pub fn followed_scan(&self) -> bool {
        self.source == Source::Demo || self.scan == ScanRequest::Finished
    }
}
