//! The simulated world of demo mode, for help-desk training. Nothing in it touches a
//! network or a radio: the addresses are from the documentation range (RFC 5737), where
//! nothing real is, and the hardware addresses are made up.
//!
//! **The story.** This computer (192.0.2.20) is on the Wi-Fi network "HomeNetwork"
//! ([`crate::air::demo::HOME`]) of a router at 192.0.2.1, whose WPS is in the state the
//! trainer chose (`--demo-router`, [`crate::air::demo::Scenario`]). Three HP printers are
//! around ([`crate::net::discovery::demo::all`]), each as its model really is in HPLIP's
//! models.dat:
//! - the OfficeJet Pro 9010 (192.0.2.23) and the LaserJet Pro MFP M428fdw (192.0.2.41)
//!   have a network cable socket and are plugged into the router: the search finds them,
//!   and they answer through their cable. The OfficeJet also offers its own Wi-Fi Direct
//!   network, seen in the air.
//! - the DeskJet 2700 has no cable socket (USB and Wi-Fi only). It waits in setup mode:
//!   its own setup network is in the air ("HP printers nearby"), and it is on no other
//!   network — the search does not find it and nothing answers at its address
//!   (192.0.2.57), as for any device that is not on this computer's network.
//!
//! **WPS.** Nothing joins until WPS is started (the two-minute timer). A few seconds
//! later one printer joins "HomeNetwork": the printer chosen by its address and watched
//! at that moment, or, when none is (the person knows only the model), the printer in
//! setup mode. A printer that joined answers on Wi-Fi at its address, signal 4 of 5. A
//! cable printer's cable then reads "not connected": HPLIP's VSA000 message says a
//! plugged-in cable prevents connecting to a wireless network (facts/printer-wifi-setup.md
//! §5), so the story has the cable unplugged, as the app's own advice says. The DeskJet
//! leaves setup mode: its setup network leaves the air, and the search finds it. For
//! simplicity a printer keeps its address when it moves from its cable to Wi-Fi.

use crate::checks::{self, CheckRun};
use crate::net::address::{Host, Target};
use crate::net::discovery::demo::{DemoPrinter, all};
use crate::net::ews::{Adapter, AdapterKind};
use crate::net::http::{HttpError, NoAnswer};
use crate::net::identity::{Identity, Source, Sourced};
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::problem::{Problem, ProblemKind};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// This computer in the demo world, and its router.
const COMPUTER: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 20);
const ROUTER: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 1);

/// The demo printer at `host` (its address or its host name), if it is one.
pub fn printer_at(host: &Host) -> Option<DemoPrinter> {
    let name = host.to_string();
    all().into_iter().find(|p| {
        p.announced.best_host().as_ref() == Some(host)
            || p.announced
                .host
                .eq_ignore_ascii_case(name.trim_end_matches('.'))
    })
}

/// The printer that waits in setup mode as the story starts (it has no cable socket).
pub fn in_setup_mode() -> Option<DemoPrinter> {
    all().into_iter().find(|p| !p.cable_socket)
}

/// Whether `p` is on this computer's network: on its cable, or once it `joined` Wi-Fi.
pub fn on_network(p: &DemoPrinter, joined: bool) -> bool {
    p.cable_socket || joined
}

/// This computer's network in the demo world.
pub fn local_network() -> LocalNetwork {
    LocalNetwork {
        interface: "demo0".into(),
        ipv4: vec![(COMPUTER, 24)],
        gateway: Some(IpAddr::V4(ROUTER)),
    }
}

/// The router's settings page in the demo world.
pub fn router() -> SocketAddr {
    SocketAddr::new(IpAddr::V4(ROUTER), 80)
}

/// The hardware address after `mac` ("…:2b" → "…:2c"), for a second adapter.
fn next_mac(mac: &str) -> String {
    let Some((head, last)) = mac.rsplit_once(':') else {
        return mac.to_owned();
    };
    let next = u8::from_str_radix(last, 16).map_or(0, |b| b.wrapping_add(1));
    format!("{head}:{next:02x}")
}

fn sourced(value: impl Into<String>, source: Source) -> Option<Sourced> {
    Some(Sourced {
        value: value.into(),
        source,
    })
}

/// A report of nothing read at `target`, for `kind`.
fn silent(target: &Target, kind: HttpError) -> Report {
    let problem = Problem::new(target.host.to_string(), ProblemKind::Http(kind));
    Report {
        target: target.clone(),
        identity: Identity {
            problems: vec![problem],
            ..Identity::default()
        },
        answered: false,
        certificate: None,
    }
}

/// What `target` says about itself: a demo printer on the network answers with its
/// simulated identity, on its cable until it `joined` Wi-Fi; the printer in setup mode
/// is not on this network until it joined, so nothing answers at its address; any other
/// address is not asked in demo mode.
pub fn report(target: &Target, joined: bool) -> Report {
    let Some(demo) = printer_at(&target.host) else {
        return silent(
            target,
            HttpError::BadAddress("in demo mode, only the demo printers are asked".into()),
        );
    };
    if !on_network(&demo, joined) {
        return silent(target, HttpError::NoAnswer(NoAnswer::NoRoute));
    }
    let p = demo.announced;
    let ip = p.addresses.first().map(ToString::to_string);
    let tail: String = p
        .mac
        .as_deref()
        .unwrap_or_default()
        .replace(':', "")
        .to_uppercase();
    let mut adapters = Vec::new();
    let mut wifi = Adapter::new("Wifi0", AdapterKind::Wifi);
    wifi.mac = p.mac.clone();
    if demo.cable_socket {
        let mut cable = Adapter::new("Eth0", AdapterKind::Ethernet);
        cable.connected = Some(!joined);
        cable.mac = p.mac.clone();
        cable.ipv4 = ip.clone().filter(|_| !joined);
        adapters.push(cable);
        // Each adapter has a hardware address of its own.
        wifi.mac = p.mac.as_deref().map(next_mac);
    }
    wifi.connected = Some(joined);
    if joined {
        wifi.ipv4 = ip;
        wifi.ssid = Some(crate::air::demo::HOME.into());
        wifi.signal_bars = Some(4);
    }
    adapters.push(wifi);
    let identity = Identity {
        model: p.model.as_deref().and_then(|m| sourced(m, Source::Ledm)),
        serial: sourced(
            format!("DEMO{}", &tail[tail.len().saturating_sub(6)..]),
            Source::Ledm,
        ),
        firmware: sourced("DEMO2611A", Source::Ledm),
        firmware_date: sourced("2026-11-01", Source::Ledm),
        uuid: sourced(format!("00000000-0000-4000-8000-{tail:0>12}"), Source::Ledm),
        adapters,
        sources: vec![Source::Ipp, Source::Ledm],
        problems: Vec::new(),
    };
    Report {
        target: target.clone(),
        identity,
        answered: true,
        certificate: None,
    }
}

/// The measured checks of the printer, this computer's network and the router, as they
/// come out in the demo world (the air's are added by whoever reads the simulated air).
pub fn checks(target: Option<&Target>, joined: bool) -> CheckRun {
    let local = local_network();
    let printer = target.map(|t| report(t, joined));
    let router = router();
    let results = checks::evaluate(printer.as_ref(), Some(&local), Some(router), Some(true));
    CheckRun {
        results,
        local: Some(local),
        printer,
        router: Some(router),
        air: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::catalog;
    use crate::checks::{CheckId, CheckState};
    use crate::net::discovery::demo::printers;

    fn target(model: &str) -> Target {
        printers()
            .into_iter()
            .find(|p| p.model.as_deref().is_some_and(|m| m.contains(model)))
            .and_then(|p| p.target())
            .unwrap()
    }

    #[test]
    fn each_demo_printer_has_a_cable_socket_exactly_when_its_model_has_one() {
        for p in all() {
            let model = p.announced.model.clone().unwrap();
            let found = catalog().search(&model, 1);
            let family = &found.first().unwrap_or_else(|| panic!("{model}")).family;
            assert_eq!(p.cable_socket, family.network, "{model}");
            assert!(family.wireless, "{model} has Wi-Fi");
        }
        assert!(in_setup_mode().is_some_and(|p| !p.cable_socket));
    }

    #[test]
    fn a_cable_printer_answers_on_its_cable_then_on_the_home_network() {
        let before = report(&target("OfficeJet"), false);
        assert!(before.answered);
        assert!(before.identity.connected_wifi().is_none());
        let cable = &before.identity.adapters[0];
        assert_eq!(
            (cable.kind, cable.connected),
            (AdapterKind::Ethernet, Some(true))
        );
        let after = report(&target("OfficeJet"), true);
        let wifi = after.identity.connected_wifi().unwrap();
        assert_eq!(wifi.ssid.as_deref(), Some(crate::air::demo::HOME));
        assert_eq!(wifi.mac.as_deref(), Some("a0:b3:cc:4f:1a:2c"));
        assert_eq!(after.identity.adapters[0].connected, Some(false));
    }

    #[test]
    fn the_printer_without_a_cable_socket_never_answers_through_a_cable() {
        let deskjet = target("DeskJet");
        let waiting = report(&deskjet, false);
        assert!(!waiting.answered, "in setup mode it is on no network");
        assert_eq!(
            waiting.identity.problems[0].kind,
            ProblemKind::Http(HttpError::NoAnswer(NoAnswer::NoRoute))
        );
        let joined = report(&deskjet, true);
        assert!(joined.answered);
        assert!(
            joined
                .identity
                .adapters
                .iter()
                .all(|a| a.kind != AdapterKind::Ethernet)
        );
        assert_eq!(
            joined.identity.connected_wifi().unwrap().ssid.as_deref(),
            Some(crate::air::demo::HOME)
        );
        // Found by its host name too.
        let by_name = Host::parse("HP70B5E80C11F0.local").unwrap();
        assert!(printer_at(&by_name).is_some_and(|p| !p.cable_socket));
    }

    #[test]
    fn other_addresses_are_not_asked_and_the_checks_pass_in_the_demo_world() {
        let other = Target::parse("127.0.0.1").unwrap();
        assert!(!report(&other, false).answered);
        let run = checks(Some(&target("OfficeJet")), false);
        let state = |id| run.results.iter().find(|r| r.id == id).unwrap().state;
        assert_eq!(state(CheckId::PrinterAnswers), CheckState::Passed);
        assert_eq!(state(CheckId::SameNetwork), CheckState::Passed);
        assert_eq!(state(CheckId::WebServer), CheckState::Passed);
        assert_eq!(state(CheckId::RouterAnswers), CheckState::Passed);
        assert_eq!(state(CheckId::WirelessAdapter), CheckState::Failed);
        let joined = checks(Some(&target("OfficeJet")), true);
        let wifi = joined
            .results
            .iter()
            .find(|r| r.id == CheckId::WirelessAdapter)
            .unwrap();
        assert_eq!(wifi.state, CheckState::Passed);
    }
}
