//! Networks (by name) from their access points, each with a verdict and the warnings
//! that explain most failed WPS attempts (facts/wifi-beacons.md §1, §5).

use std::collections::{BTreeMap, BTreeSet};
use std::time::SystemTime;

use super::bss::{self, Band, Bss};
use super::printers::{self, PrinterInAir};
use super::reading::{Reading, ScanRequest, Source, Unavailable};
use super::rsn::Akm;
use super::wps::{Registrar, WpsState};

/// What a network's WPS is doing, from all its access points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// No access point of the network sends a WPS element.
    NoWps,
    /// WPS says "not configured".
    Unconfigured,
    /// AP Setup Locked.
    Locked,
    /// A registrar is waiting for a PIN now.
    PinActive,
    /// A registrar is waiting for a push button now.
    PushButtonActive,
    /// WPS is on, configured and idle.
    Ready,
    /// WPS is on and idle, but no access point says "configured" or "not configured"
    /// (the state is missing, or a value the specification does not define).
    UnknownState,
}

impl Verdict {
    pub const ALL: [Verdict; 7] = [
        Verdict::NoWps,
        Verdict::Unconfigured,
        Verdict::Locked,
        Verdict::PinActive,
        Verdict::PushButtonActive,
        Verdict::Ready,
        Verdict::UnknownState,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Verdict::NoWps => "no_wps",
            Verdict::Unconfigured => "unconfigured",
            Verdict::Locked => "locked",
            Verdict::PinActive => "pin_active",
            Verdict::PushButtonActive => "push_button_active",
            Verdict::Ready => "ready",
            Verdict::UnknownState => "unknown_state",
        }
    }

    pub fn has_wps(self) -> bool {
        self != Verdict::NoWps
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Warning {
    /// No access point of the network is on 2.4 GHz, in a reading that followed a scan.
    No24Ghz,
    /// SAE without PSK: WPA3 only.
    Wpa3Only,
    /// PSK and SAE together with management frame protection required: a device
    /// without it cannot join.
    TransitionPmfRequired,
    /// WPA (or WPA2) with TKIP and no CCMP: WPS 2.0 turns WPS off.
    TkipOnly,
    /// Neither an RSN nor a WPA element: open, or the old WEP (the elements cannot tell
    /// them apart); WPS 2.0 turns WPS off with WEP.
    OpenOrWep,
    /// The network leaves its name out of its beacons.
    Hidden,
    /// Two access points in push-button mode with different UUID-E: WPS refuses.
    PushButtonOverlap,
    /// The printer has joined and WPS is still on.
    WpsStillOn,
}

impl Warning {
    pub fn key(self) -> &'static str {
        match self {
            Warning::No24Ghz => "no_2_4_ghz",
            Warning::Wpa3Only => "wpa3_only",
            Warning::TransitionPmfRequired => "transition_pmf_required",
            Warning::TkipOnly => "tkip_only",
            Warning::OpenOrWep => "open_or_wep",
            Warning::Hidden => "hidden",
            Warning::PushButtonOverlap => "push_button_overlap",
            Warning::WpsStillOn => "wps_still_on",
        }
    }
}

/// What the app knows besides the air.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The network the chosen printer reports it has joined.
    pub printer_joined: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Network {
    /// The name, cleaned; none for a hidden network whose name is not known.
    pub ssid: Option<String>,
    pub verdict: Verdict,
    pub warnings: Vec<Warning>,
    /// This computer is connected to it.
    pub connected: bool,
    /// Its access points, strongest first.
    pub bss: Vec<Bss>,
}

impl Network {
    /// The freshest of its access points' ages.
    pub fn seen_ms_ago(&self) -> Option<u32> {
        self.bss.iter().filter_map(|b| b.seen_ms_ago).min()
    }

    pub fn strongest_dbm(&self) -> Option<i32> {
        self.bss.iter().filter_map(|b| b.signal_dbm).max()
    }

    pub fn bands(&self) -> BTreeSet<Band> {
        self.bss.iter().map(|b| b.band).collect()
    }
}

/// A reading, understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Air {
    pub source: Source,
    pub at: SystemTime,
    pub unavailable: Option<Unavailable>,
    pub scan: ScanRequest,
    /// It followed a finished scan: an access point missing from it is missing from the
    /// air ([`Reading::followed_scan`]).
    pub followed_scan: bool,
    /// This computer's network first, then by signal.
    pub networks: Vec<Network>,
    pub printers: Vec<PrinterInAir>,
}

impl Air {
    pub fn assess(reading: &Reading, ctx: &Context<'_>) -> Air {
        let parsed: Vec<Bss> = reading.bss.iter().map(bss::parse).collect();
        Air {
            source: reading.source,
            at: reading.at,
            unavailable: reading.unavailable.clone(),
            scan: reading.scan,
            followed_scan: reading.followed_scan(),
            printers: printers::find(&parsed),
            networks: networks(parsed, ctx, reading.followed_scan()),
        }
    }

    /// The network this computer is connected to.
    pub fn connected(&self) -> Option<&Network> {
        self.networks.iter().find(|n| n.connected)
    }

    /// Networks where a registrar is active now.
    pub fn active(&self) -> impl Iterator<Item = &Network> {
        self.networks
            .iter()
            .filter(|n| matches!(n.verdict, Verdict::PinActive | Verdict::PushButtonActive))
    }

    pub fn is_empty(&self) -> bool {
        self.networks.is_empty()
    }
}

/// A hidden access point whose name is unknown is a network of its own.
fn key_of(b: &Bss) -> Vec<u8> {
    if b.ssid.is_some() {
        b.ssid_bytes.clone()
    } else {
        let mut k = vec![0xFF];
        k.extend_from_slice(&b.bssid);
        k
    }
}

/// Groups access points into networks, with verdicts and warnings. `followed_scan`: the
/// list is the whole air, so a band missing from it is missing from the network.
pub fn networks(mut all: Vec<Bss>, ctx: &Context<'_>, followed_scan: bool) -> Vec<Network> {
    // One entry per access point (a file or two interfaces may repeat one): the freshest.
    all.sort_by_key(|b| (b.bssid, b.seen_ms_ago.unwrap_or(u32::MAX)));
    all.dedup_by_key(|b| b.bssid);
    let overlap = push_button_overlap(&all);
    let mut groups: BTreeMap<Vec<u8>, Vec<Bss>> = BTreeMap::new();
    for b in all {
        groups.entry(key_of(&b)).or_default().push(b);
    }
    let mut out: Vec<Network> = groups
        .into_values()
        .map(|mut list| {
            list.sort_by_key(|b| std::cmp::Reverse(b.signal_dbm.unwrap_or(i32::MIN)));
            let verdict = verdict(&list);
            let mut n = Network {
                ssid: list.iter().find_map(|b| b.ssid.clone()),
                verdict,
                warnings: Vec::new(),
                connected: list.iter().any(|b| b.associated),
                bss: list,
            };
            n.warnings = warnings(&n, overlap, ctx, followed_scan);
            n
        })
        .collect();
    out.sort_by(|a, b| {
        (b.connected, b.strongest_dbm(), &a.ssid).cmp(&(a.connected, a.strongest_dbm(), &b.ssid))
    });
    out
}

/// From the access points that send WPS: a registrar active now first, then locked,
/// then "configured" (ready), then "not configured", else a state not known.
pub fn verdict(list: &[Bss]) -> Verdict {
    let wps: Vec<_> = list.iter().filter_map(|b| b.wps.as_ref()).collect();
    if wps.is_empty() {
        Verdict::NoWps
    } else if wps
        .iter()
        .any(|w| w.registrar == Some(Registrar::PushButton))
    {
        Verdict::PushButtonActive
    } else if wps.iter().any(|w| w.registrar == Some(Registrar::Pin)) {
        Verdict::PinActive
    } else if wps.iter().any(|w| w.locked) {
        Verdict::Locked
    } else if wps.iter().any(|w| w.state == Some(WpsState::Configured)) {
        Verdict::Ready
    } else if wps.iter().any(|w| w.state == Some(WpsState::Unconfigured)) {
        Verdict::Unconfigured
    } else {
        Verdict::UnknownState
    }
}

/// Two or more access points in push-button mode with different UUID-E, anywhere in
/// the air (wpa_supplicant `wpas_wps_scan_pbc_overlap`). One router on two bands has one
/// UUID-E; an access point whose UUID-E is not known is not counted.
fn push_button_overlap(all: &[Bss]) -> bool {
    let uuids: BTreeSet<[u8; 16]> = all
        .iter()
        .filter_map(|b| b.wps.as_ref())
        .filter(|w| w.registrar == Some(Registrar::PushButton))
        .filter_map(|w| w.uuid)
        .collect();
    uuids.len() >= 2
}

fn warnings(n: &Network, overlap: bool, ctx: &Context<'_>, followed_scan: bool) -> Vec<Warning> {
    let mut out = Vec::new();
    if followed_scan && !n.bss.iter().any(|b| b.band == Band::Ghz2_4) {
        out.push(Warning::No24Ghz);
    }
    let offers = |akm| n.bss.iter().any(|b| b.security.has(akm));
    if offers(Akm::Sae) && !offers(Akm::Psk) {
        out.push(Warning::Wpa3Only);
    }
    // Every access point that offers PSK requires management frame protection, and the
    // network offers SAE too: transition mode that WPA2 devices without it cannot join.
    let psk: Vec<_> = n.bss.iter().filter(|b| b.security.has(Akm::Psk)).collect();
    if offers(Akm::Sae) && !psk.is_empty() && psk.iter().all(|b| b.security.pmf_required()) {
        out.push(Warning::TransitionPmfRequired);
    }
    if !n.bss.is_empty() && n.bss.iter().all(|b| b.security.tkip_only()) {
        out.push(Warning::TkipOnly);
    }
    if !n.bss.is_empty() && n.bss.iter().all(|b| b.security.is_open_or_wep()) {
        out.push(Warning::OpenOrWep);
    }
    if n.bss.iter().any(|b| b.hidden) {
        out.push(Warning::Hidden);
    }
    if overlap && n.verdict == Verdict::PushButtonActive {
        out.push(Warning::PushButtonOverlap);
    }
    if n.verdict.has_wps()
        && ctx.printer_joined.is_some()
        && ctx.printer_joined == n.ssid.as_deref()
    {
        out.push(Warning::WpsStillOn);
    }
    out
}
