//! The whole flow, once the printer is reached: its networks (radio on first when it is
//! off), and the join — the network found, the password sent only where it may go, then
//! a bounded watch until the printer says it is connected to that network with an
//! address, or says why not (facts/printer-wifi-setup.md §6).

use std::collections::HashSet;
use std::time::Instant;

use super::network::Network;
use super::problem::{VsaCode, WifiProblem};
use super::secret::Passphrase;
use super::session::Session;
use super::{Chosen, Pace, Progress, Protocol, WifiState, cdm_ops, ledm_ops};
use crate::net::http::HttpError;
use crate::net::problem::ProblemKind;

/// The state, by protocol.
pub fn state(s: &mut Session<'_>, fresh: bool) -> (WifiState, Vec<WifiProblem>) {
    match s.protocol {
        Protocol::Ledm => ledm_ops::state(s, fresh),
        Protocol::Cdm => cdm_ops::state(s, fresh),
    }
}

/// The radio on when the printer says it is off, then the printer's own list.
pub fn networks(
    s: &mut Session<'_>,
    pace: &Pace,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<Network>, WifiProblem> {
    let (wifi, _) = state(s, false);
    if !wifi.present {
        return Err(WifiProblem::NotSupported);
    }
    let radio_off = wifi.enabled == Some(false);
    match s.protocol {
        Protocol::Ledm => {
            let name = ledm_ops::station(s)
                .map(|a| a.name)
                .ok_or(WifiProblem::NotSupported)?;
            if radio_off {
                progress(Progress::RadioOn);
                ledm_ops::radio_on(s, &name)?;
            }
            ledm_ops::scan(s, &name, pace, progress)
        }
        Protocol::Cdm => {
            let station = cdm_ops::station(s).ok_or(WifiProblem::NotSupported)?;
            if radio_off {
                progress(Progress::RadioOn);
                cdm_ops::radio_on(s, &station)?;
            }
            cdm_ops::scan(s, pace, progress)
        }
    }
}

/// How a join ended.
pub struct Joined {
    pub sent: bool,
    /// The printer said it is connected to the chosen network with an address.
    pub joined: bool,
    pub state: Option<WifiState>,
    pub problems: Vec<WifiProblem>,
}

impl Joined {
    fn failed(problem: WifiProblem) -> Self {
        Self {
            sent: false,
            joined: false,
            state: None,
            problems: vec![problem],
        }
    }
}

/// Finds the chosen network in the printer's list (a typed name: the list, then LEDM's
/// directed scan).
fn resolve(
    s: &mut Session<'_>,
    chosen: &Chosen,
    pace: &Pace,
    progress: &mut dyn FnMut(Progress),
) -> Result<Network, WifiProblem> {
    let ssid = match chosen {
        Chosen::Listed(n) => return Ok(n.clone()),
        Chosen::Named(ssid) => ssid,
    };
    let list = networks(s, pace, progress)?;
    if let Some(n) = list.into_iter().find(|n| n.ssid == *ssid) {
        return Ok(n);
    }
    if s.protocol == Protocol::Ledm
        && let Some(name) = ledm_ops::station(s).map(|a| a.name)
        && let Some(n) = ledm_ops::directed(s, &name, ssid, pace, progress)
    {
        return Ok(n);
    }
    Err(WifiProblem::NetworkNotFound {
        ssid: ssid.display(),
    })
}

pub fn join(
    s: &mut Session<'_>,
    chosen: &Chosen,
    passphrase: Option<&Passphrase>,
    pace: &Pace,
    progress: &mut dyn FnMut(Progress),
) -> Joined {
    let network = match resolve(s, chosen, pace, progress) {
        Ok(n) => n,
        Err(p) => return Joined::failed(p),
    };
    if network.security.needs_passphrase() && passphrase.is_none() {
        return Joined::failed(WifiProblem::WrongPassphrase { code: None });
    }
    // A password, or CDM's whole settings document (which may hold the current password),
    // crosses the network only encrypted or with the person's consent.
    let secret_goes = s.protocol == Protocol::Cdm || network.security.needs_passphrase();
    if secret_goes && !s.may_send_secrets() {
        return Joined::failed(WifiProblem::UnencryptedRefused);
    }
    let ledm_name = ledm_ops::station(s).map(|a| a.name);
    let baseline: HashSet<VsaCode> = match (&s.protocol, &ledm_name) {
        (Protocol::Ledm, Some(name)) => ledm_ops::vsa(s, name).into_iter().collect(),
        _ => HashSet::new(),
    };
    progress(Progress::Sending);
    let sent = match (&s.protocol, &ledm_name) {
        (Protocol::Ledm, Some(name)) => ledm_ops::associate(s, name, &network, passphrase),
        (Protocol::Ledm, None) => Err(WifiProblem::NotSupported),
        (Protocol::Cdm, _) => cdm_ops::associate(s, &network, passphrase),
    };
    if let Err(p) = sent {
        return Joined::failed(p);
    }
    tracing::info!("the printer took the Wi-Fi settings; watching it join");
    let mut out = watch(s, &network, ledm_name.as_deref(), &baseline, pace, progress);
    out.sent = true;
    out
}

/// Whether nothing answered (the printer may have left this network for the new one).
fn silent(p: &WifiProblem) -> bool {
    matches!(p, WifiProblem::Read(r) if matches!(r.kind, ProblemKind::Http(HttpError::NoAnswer(_) | HttpError::Timeout)))
}

fn watch(
    s: &mut Session<'_>,
    network: &Network,
    ledm_name: Option<&str>,
    baseline: &HashSet<VsaCode>,
    pace: &Pace,
    progress: &mut dyn FnMut(Progress),
) -> Joined {
    let started = Instant::now();
    let limit = pace.watch_limit.as_secs();
    let mut problems: Vec<WifiProblem> = Vec::new();
    let mut last = None;
    let mut silent_reads = 0;
    let note = |p: WifiProblem, problems: &mut Vec<WifiProblem>| {
        if !problems.contains(&p) {
            problems.push(p);
        }
    };
    loop {
        let left = pace.watch_limit.saturating_sub(started.elapsed());
        std::thread::sleep(pace.watch_poll.min(left));
        progress(Progress::Waiting {
            seconds: started.elapsed().as_secs(),
            limit,
        });
        let (state, read_problems) = state(s, true);
        if read_problems.iter().any(silent) && !state.joined() {
            silent_reads += 1;
        } else {
            silent_reads = 0;
        }
        let same_network = state.ssid.as_ref().is_none_or(|n| *n == network.ssid);
        if state.joined() && same_network {
            return Joined {
                sent: true,
                joined: true,
                state: Some(state),
                problems,
            };
        }
        if silent_reads >= 3 {
            note(WifiProblem::LostContact, &mut problems);
            return Joined {
                sent: true,
                joined: false,
                state: last,
                problems,
            };
        }
        let settled = started.elapsed() >= pace.settle;
        if let Some(name) = ledm_name {
            for code in ledm_ops::vsa(s, name) {
                if !settled && baseline.contains(&code) {
                    continue;
                }
                if code.wrong_passphrase() {
                    note(
                        WifiProblem::WrongPassphrase { code: Some(code) },
                        &mut problems,
                    );
                    return Joined {
                        sent: true,
                        joined: false,
                        state: Some(state),
                        problems,
                    };
                }
                if code.cable_plugged_in() {
                    note(WifiProblem::CablePluggedIn, &mut problems);
                } else if settled {
                    note(WifiProblem::PrinterCode(code), &mut problems);
                }
            }
        }
        if s.protocol == Protocol::Cdm && cdm_ops::station(s).is_some_and(|a| a.auth_failed()) {
            note(WifiProblem::WrongPassphrase { code: None }, &mut problems);
            return Joined {
                sent: true,
                joined: false,
                state: Some(state),
                problems,
            };
        }
        if started.elapsed() >= pace.watch_limit {
            note(
                WifiProblem::NotJoinedInTime { seconds: limit },
                &mut problems,
            );
            // An Ethernet cable can keep Wi-Fi off (§5: HPLIP's own advice).
            if state.cable == Some(true) {
                note(WifiProblem::CablePluggedIn, &mut problems);
            }
            return Joined {
                sent: true,
                joined: false,
                state: Some(state),
                problems,
            };
        }
        last = Some(state);
    }
}
