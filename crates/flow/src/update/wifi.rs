//! "Set up Wi-Fi through the printer": each screen's messages and the worker's answers.
//! A password arrives in the one message that needs it and leaves in the one command
//! that carries it to the printer; it is checked against the WPA rule here, and never
//! kept. Nothing is sent over plain HTTP before the person agreed.

use std::time::SystemTime;

use wps_pin_core::journey::PrinterWifiRecord;
use wps_pin_core::net::address::Target;
use wps_pin_core::net::wifi::{Chosen, Passphrase, Secret, Ssid, WifiProblem};
use wps_pin_core::worker::{Command, Event, Handed, WifiKeys, WifiReach};

use crate::effect::{Effect, Focus};
use crate::nav::Page;
use crate::state::AppState;
use crate::wifi::{WifiMsg, WifiRoute, WifiStep};

pub fn update(s: &mut AppState, msg: WifiMsg, fx: &mut Vec<Effect>) {
    match msg {
        WifiMsg::Open => {
            // A route that ended (or never began) starts afresh; one under way is shown.
            if matches!(s.wifi.step, WifiStep::Done) {
                s.wifi = WifiRoute::after(&s.wifi);
            }
            s.nav.go(Page::PrinterWifi);
        }
        WifiMsg::UseChosen => {
            if let Some(target) = s.journey.target().cloned() {
                reach(s, WifiReach::Address(target), fx);
            }
        }
        WifiMsg::TypeAddress(text) => {
            s.wifi.typed = text;
            s.wifi.typed_error = None;
        }
        WifiMsg::UseTyped => match Target::parse(&s.wifi.typed) {
            Ok(target) => reach(s, WifiReach::Address(target), fx),
            Err(e) => {
                s.wifi.typed_error = Some(e);
                fx.push(Effect::Focus(Focus::WifiStep));
            }
        },
        WifiMsg::UseSetupNetwork(name) => {
            if let Some(ssid) = Ssid::from_text(&name) {
                s.wifi.joining_setup = true;
                reach(s, WifiReach::SetupNetwork(ssid), fx);
            }
        }
        WifiMsg::SignIn(admin) => {
            if s.wifi.step == WifiStep::SignIn && !admin.is_empty() {
                networks(s, Some(admin), fx);
            }
        }
        WifiMsg::LookAgain { admin } => {
            if matches!(s.wifi.step, WifiStep::Networks | WifiStep::Done) {
                networks(s, admin, fx);
            }
        }
        WifiMsg::Pick(i) => {
            let listed = s.wifi.networks.as_ref().and_then(|n| n.networks.get(i));
            if let Some(network) = listed.cloned() {
                choose(s, Chosen::Listed(network), fx);
            }
        }
        WifiMsg::TypeHidden(name) => {
            s.wifi.hidden = name;
            s.wifi.hidden_error = false;
        }
        WifiMsg::PickHidden => match Ssid::from_text(&s.wifi.hidden) {
            Some(ssid) => choose(s, Chosen::Named(ssid), fx),
            None => {
                s.wifi.hidden_error = true;
                fx.push(Effect::Focus(Focus::WifiStep));
            }
        },
        WifiMsg::AllowUnencrypted if s.wifi.step == WifiStep::Unencrypted => {
            s.wifi.allow_unencrypted = true;
            go(s, WifiStep::Password, fx);
        }
        WifiMsg::RefuseUnencrypted if s.wifi.step == WifiStep::Unencrypted => {
            s.wifi.refused_unencrypted = true;
            s.wifi.chosen = None;
            go(s, WifiStep::Networks, fx);
        }
        WifiMsg::AllowUnencrypted | WifiMsg::RefuseUnencrypted => {}
        WifiMsg::Send { passphrase, admin } => send(s, passphrase, admin, fx),
        WifiMsg::CheckAgain { admin } => {
            if let Some(reach) = s.wifi.reach.clone() {
                s.wifi.checking = true;
                s.wifi.rechecked = None;
                fx.push(Effect::Send(Command::WifiStatus {
                    run: s.wifi.run,
                    reach,
                    keys: keys(s, admin),
                }));
            }
        }
        WifiMsg::OtherNetwork => {
            s.wifi.chosen = None;
            s.wifi.result = None;
            go(s, WifiStep::Networks, fx);
        }
        WifiMsg::TryAgain => {
            s.wifi.result = None;
            go(s, WifiStep::Password, fx);
        }
        WifiMsg::Restart => {
            let typed = std::mem::take(&mut s.wifi.typed);
            s.wifi = WifiRoute {
                typed,
                ..WifiRoute::after(&s.wifi)
            };
            fx.push(Effect::Focus(Focus::WifiStep));
        }
        WifiMsg::FindAgain => {
            s.wifi = WifiRoute::after(&s.wifi);
            s.nav.go(Page::FindPrinter);
        }
        WifiMsg::Finish => {
            s.wifi = WifiRoute::after(&s.wifi);
            s.nav.back();
        }
    }
}

/// What the worker said about this route (answers for an earlier run are dropped).
pub fn event(s: &mut AppState, event: Event, fx: &mut Vec<Effect>) {
    let run = s.wifi.run;
    let w = &mut s.wifi;
    match event {
        Event::WifiProgress { run: r, progress } if r == run && w.busy() => {
            w.joining_setup = false;
            w.progress = Some(progress);
        }
        Event::WifiNetworks { run: r, report } if r == run && w.step == WifiStep::Reaching => {
            w.joining_setup = false;
            w.progress = None;
            if report.read {
                w.unreached.clear();
                w.networks = Some(*report);
                go(s, WifiStep::Networks, fx);
            } else if !sign_in(s, &report.problems, fx) {
                let problems = if report.problems.is_empty() {
                    vec![WifiProblem::NotSupported]
                } else {
                    report.problems
                };
                s.wifi.unreached = problems;
                s.wifi.reach = None;
                go(s, WifiStep::Reach, fx);
            }
        }
        Event::WifiJoined { run: r, report } if r == run && w.step == WifiStep::Sending => {
            w.progress = None;
            let printer = match &w.reach {
                Some(WifiReach::Address(t)) => Some(t.host.to_string()),
                _ => None,
            };
            let record =
                PrinterWifiRecord::of(&report, printer, w.setup_network(), SystemTime::now());
            s.journey.activity.printer_wifi.push(record);
            if report.problems.contains(&WifiProblem::UnencryptedRefused) {
                s.wifi.allow_unencrypted = false;
                go(s, WifiStep::Unencrypted, fx);
            } else if !sign_in(s, &report.problems, fx) {
                s.wifi.result = Some(*report);
                go(s, WifiStep::Done, fx);
            }
        }
        Event::WifiStatus { run: r, report } if r == run && w.checking => {
            w.checking = false;
            w.rechecked = Some(*report);
            fx.push(Effect::Focus(Focus::WifiStep));
        }
        Event::WifiSetupNotJoined { run: r, error } if r == run => {
            w.joining_setup = false;
            w.progress = None;
            w.setup_error = Some(error);
            match w.step {
                // Nothing was sent: the password screen again, with the reason.
                WifiStep::Sending => go(s, WifiStep::Password, fx),
                _ => {
                    s.wifi.reach = None;
                    go(s, WifiStep::Reach, fx);
                }
            }
        }
        Event::WifiSetupLeft { run: r, result } if r == run => w.returned = Some(result),
        _ => {}
    }
}

fn go(s: &mut AppState, step: WifiStep, fx: &mut Vec<Effect>) {
    s.wifi.step = step;
    // Each screen's first thing takes the keyboard (and a screen reader) with it.
    fx.push(Effect::Focus(Focus::WifiStep));
}

fn keys(s: &AppState, admin: Option<Handed<Secret>>) -> WifiKeys {
    WifiKeys {
        allow_unencrypted: s.wifi.allow_unencrypted,
        admin_password: admin,
    }
}

/// Reach the printer this way: its state and its networks, read at once.
fn reach(s: &mut AppState, how: WifiReach, fx: &mut Vec<Effect>) {
    if s.wifi.busy() {
        return;
    }
    let w = &mut s.wifi;
    w.reach = Some(how);
    w.unreached.clear();
    w.setup_error = None;
    w.typed_error = None;
    w.networks = None;
    w.chosen = None;
    w.result = None;
    w.sign_in_refused = false;
    networks(s, None, fx);
}

/// Read the printer's networks (again).
fn networks(s: &mut AppState, admin: Option<Handed<Secret>>, fx: &mut Vec<Effect>) {
    let Some(reach) = s.wifi.reach.clone() else {
        return;
    };
    s.wifi.progress = None;
    s.wifi.refused_unencrypted = false;
    s.wifi.joining_setup = matches!(reach, WifiReach::SetupNetwork(_));
    fx.push(Effect::Send(Command::WifiNetworks {
        run: s.wifi.run,
        reach,
        keys: keys(s, admin),
    }));
    go(s, WifiStep::Reaching, fx);
}

/// The printer asks for its administrator password (or refused the one given): the
/// sign-in screen. False when that is not what it said.
fn sign_in(s: &mut AppState, problems: &[WifiProblem], fx: &mut Vec<Effect>) -> bool {
    let refused = problems
        .iter()
        .any(|p| matches!(p, WifiProblem::SignInRefused { .. }));
    let asked = problems
        .iter()
        .any(|p| matches!(p, WifiProblem::SignInNeeded { .. }));
    if !refused && !asked {
        return false;
    }
    s.wifi.sign_in_refused = refused;
    go(s, WifiStep::SignIn, fx);
    true
}

/// A network is chosen: its password next — after the question, when the printer is
/// reached only over plain HTTP and a secret would cross the network.
fn choose(s: &mut AppState, chosen: Chosen, fx: &mut Vec<Effect>) {
    let w = &mut s.wifi;
    w.chosen = Some(chosen);
    w.passphrase_error = None;
    w.refused_unencrypted = false;
    let plain = w.encrypted() == Some(false);
    let step = if plain && w.sends_secret() && !w.allow_unencrypted {
        WifiStep::Unencrypted
    } else {
        WifiStep::Password
    };
    go(s, step, fx);
}

/// Checks the password against the WPA rule and sends the network to the printer.
fn send(
    s: &mut AppState,
    passphrase: Option<Handed<Secret>>,
    admin: Option<Handed<Secret>>,
    fx: &mut Vec<Effect>,
) {
    let w = &s.wifi;
    let (Some(reach), Some(chosen)) = (w.reach.clone(), w.chosen.clone()) else {
        return;
    };
    if w.step != WifiStep::Password {
        return;
    }
    // Never over plain HTTP without the person's yes (asked when the network was chosen;
    // asked again here should the printer have changed its mind).
    if w.encrypted() == Some(false) && w.sends_secret() && !w.allow_unencrypted {
        go(s, WifiStep::Unencrypted, fx);
        return;
    }
    let typed = passphrase.filter(|p| !p.is_empty());
    let passphrase = match (typed, w.needs_passphrase()) {
        (Some(text), true) => match Passphrase::new(text.expose().to_owned()) {
            Ok(p) => Some(Handed::new(p)),
            Err(e) => {
                s.wifi.passphrase_error = Some(e);
                fx.push(Effect::Focus(Focus::WifiStep));
                return;
            }
        },
        // A hidden network may be open: the printer's list decides.
        (None, true) if matches!(chosen, Chosen::Named(_)) => None,
        (None, true) => {
            s.wifi.passphrase_error = Some(wps_pin_core::net::wifi::PassphraseError::TooShort);
            fx.push(Effect::Focus(Focus::WifiStep));
            return;
        }
        // An open network: no password goes anywhere.
        (_, false) => None,
    };
    s.wifi.passphrase_error = None;
    s.wifi.setup_error = None;
    s.wifi.progress = None;
    s.wifi.rechecked = None;
    s.wifi.joining_setup = matches!(reach, WifiReach::SetupNetwork(_));
    fx.push(Effect::Send(Command::WifiJoin {
        run: s.wifi.run,
        reach,
        keys: keys(s, admin),
        chosen,
        passphrase,
    }));
    go(s, WifiStep::Sending, fx);
}
