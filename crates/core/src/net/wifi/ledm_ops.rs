//! LEDM, step by step as HPLIP does it (facts/printer-wifi-setup.md §1, §6): the state
//! from the adapter, its active profile and its protocols; the radio on; the scan with
//! its "still scanning" answers bounded; the profile written; the diagnostic codes.

use std::time::Instant;

use reqwest::Method;

use super::ledm::{self, LedmAdapter};
use super::network::{Network, Ssid, Wire};
use super::problem::{VsaCode, WifiProblem};
use super::secret::Passphrase;
use super::session::Session;
use super::{Pace, Progress, WifiState};
use crate::net::http::HttpError;
use crate::net::problem::ProblemKind;

/// The answer was "not on this model" (404) or "not this way" (405).
fn absent(p: &WifiProblem) -> bool {
    matches!(p, WifiProblem::Read(r) if matches!(r.kind, ProblemKind::Http(HttpError::NotFound | HttpError::Status(405))))
}

/// Reads the adapters again (their connection changes while joining).
fn refresh(s: &mut Session<'_>) -> Vec<WifiProblem> {
    for path in ledm::ADAPTERS {
        match s.get(path) {
            Ok(body) => match ledm::parse_adapters(&body) {
                Ok(list) => {
                    s.ledm = list;
                    return Vec::new();
                }
                Err(e) => return vec![WifiProblem::ews(path, e)],
            },
            Err(p) if absent(&p) => {}
            Err(p) => return vec![p],
        }
    }
    Vec::new()
}

/// The printer's Wi-Fi state; problems met on the way (404s are simply skipped).
pub fn state(s: &mut Session<'_>, fresh: bool) -> (WifiState, Vec<WifiProblem>) {
    let mut problems = if fresh { refresh(s) } else { Vec::new() };
    let cable = s
        .ledm
        .iter()
        .filter(|a| a.ethernet)
        .map(|a| a.connected)
        .reduce(|a, b| match (a, b) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (x, None) | (None, x) => x,
            _ => Some(false),
        })
        .flatten();
    let Some(station) = ledm::station(&s.ledm).cloned() else {
        let state = WifiState {
            cable,
            ..WifiState::default()
        };
        return (state, problems);
    };
    let mut state = WifiState {
        present: true,
        enabled: station.power,
        connected: station.connected,
        ssid: station.ssid.clone(),
        ipv4: None,
        cable,
    };
    let mut read = |path: String, problems: &mut Vec<WifiProblem>| match s.get(&path) {
        Ok(body) => Some(body),
        Err(p) if absent(&p) => None,
        Err(p) => {
            problems.push(p);
            None
        }
    };
    let profile_path = ledm::profile_paths(&station.name)[0].clone();
    let mut fallback = None;
    if let Some(body) = read(profile_path.clone(), &mut problems) {
        match ledm::parse_profile(&body) {
            Ok(p) => {
                state.ssid = state.ssid.or(p.ssid);
                fallback = p.ipv4;
            }
            Err(e) => problems.push(WifiProblem::ews(&profile_path, e)),
        }
    }
    let protocols = ledm::protocols_path(&station.name);
    if let Some(body) = read(protocols.clone(), &mut problems) {
        match ledm::parse_protocols(&body) {
            Ok(ip) => state.ipv4 = ip,
            Err(e) => problems.push(WifiProblem::ews(&protocols, e)),
        }
    }
    // HPLIP's second fallback when the address is 0.0.0.0: the profile's (§1).
    if state.ipv4.is_none_or(|ip| ip.is_unspecified()) {
        state.ipv4 = fallback.or(state.ipv4);
    }
    // Without IsConnected, an address other than 0.0.0.0 is HPLIP's test (§5).
    if state.connected.is_none() {
        state.connected = state.ipv4.map(|ip| !ip.is_unspecified());
    }
    if state.connected == Some(false) || state.ipv4.is_some_and(|ip| ip.is_unspecified()) {
        state.ipv4 = None;
    }
    (state, problems)
}

pub fn station(s: &Session<'_>) -> Option<LedmAdapter> {
    ledm::station(&s.ledm).cloned()
}

/// The radio on: payload 1, then payload 2 (§1). A refusal of sign-in ends it.
pub fn radio_on(s: &mut Session<'_>, name: &str) -> Result<(), WifiProblem> {
    let path = ledm::adapter_path(name);
    let mut last = None;
    for body in ledm::power_on_bodies() {
        match s.request(
            Method::PUT,
            &path,
            Some((ledm::CONTENT_TYPE, body.as_bytes())),
        ) {
            Ok(_) => return Ok(()),
            Err(
                p @ (WifiProblem::SignInNeeded { .. }
                | WifiProblem::SignInRefused { .. }
                | WifiProblem::UnencryptedRefused),
            ) => {
                return Err(p);
            }
            Err(p) if p.certificate_changed() => return Err(p),
            Err(p) => last = Some(p),
        }
    }
    Err(last.unwrap_or(WifiProblem::NotSupported))
}

/// GET `path` until it is no longer 202 ("scan still running", §1), within the pace.
fn scan_at(
    s: &mut Session<'_>,
    path: &str,
    pace: &Pace,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<Network>, WifiProblem> {
    let started = Instant::now();
    loop {
        let answer = s.request(Method::GET, path, None)?;
        if answer.status != 202 {
            return ledm::parse_networks(&answer.body).map_err(|e| WifiProblem::ews(path, e));
        }
        if started.elapsed() >= pace.scan_limit {
            return Err(WifiProblem::http(path, HttpError::Timeout));
        }
        progress(Progress::Scanning {
            seconds: started.elapsed().as_secs(),
        });
        std::thread::sleep(
            pace.scan_poll
                .min(pace.scan_limit.saturating_sub(started.elapsed())),
        );
    }
}

pub fn scan(
    s: &mut Session<'_>,
    name: &str,
    pace: &Pace,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<Network>, WifiProblem> {
    scan_at(s, &ledm::networks_path(name), pace, progress)
}

/// A hidden network: the directed scan for its name (§1).
pub fn directed(
    s: &mut Session<'_>,
    name: &str,
    ssid: &Ssid,
    pace: &Pace,
    progress: &mut dyn FnMut(Progress),
) -> Option<Network> {
    let text = ssid.as_text()?;
    let list = scan_at(s, &ledm::directed_scan_path(name, text), pace, progress).ok()?;
    list.into_iter().find(|n| n.ssid == *ssid)
}

/// Writes the profile: `Profiles/Active`, then `Profiles/1` if the first is not there
/// (§1, §3 [U]). The communication mode missing from the scan entry is taken from the
/// active profile, as HPLIP pre-reads it.
pub fn associate(
    s: &mut Session<'_>,
    name: &str,
    network: &Network,
    passphrase: Option<&Passphrase>,
) -> Result<(), WifiProblem> {
    let paths = ledm::profile_paths(name);
    let mut wire: Wire = network.wire.clone();
    if wire.communication_mode.is_none()
        && let Ok(body) = s.get(&paths[0])
        && let Ok(p) = ledm::parse_profile(&body)
    {
        wire.communication_mode = p.wire.communication_mode;
    }
    let secret = passphrase.filter(|_| network.security.needs_passphrase());
    let body = ledm::associate_body(&network.ssid, &wire, secret);
    let mut last = WifiProblem::NotSupported;
    for path in &paths {
        match s.request(Method::PUT, path, Some((ledm::CONTENT_TYPE, &body))) {
            Ok(_) => return Ok(()),
            Err(p) if absent(&p) => last = p,
            Err(p) => return Err(p),
        }
    }
    Err(last)
}

/// The diagnostic codes (§1); none when the model has no such page.
pub fn vsa(s: &mut Session<'_>, name: &str) -> Vec<VsaCode> {
    s.get(&ledm::vsa_path(name))
        .ok()
        .and_then(|b| ledm::parse_vsa(&b).ok())
        .unwrap_or_default()
}
