//! The simulated world of demo mode, for help-desk training: the demo printers' identity
//! and adapters (a network cable at first, Wi-Fi once WPS has worked), this computer's
//! network, and the checks, all made up here. Nothing in it touches a network: the
//! addresses are from the documentation range (RFC 5737), where nothing real is.

use crate::checks::{self, CheckRun};
use crate::net::address::{Host, Target};
use crate::net::discovery::DiscoveredPrinter;
use crate::net::discovery::demo::printers;
use crate::net::ews::{Adapter, AdapterKind};
use crate::net::http::HttpError;
use crate::net::identity::{Identity, Source, Sourced};
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::problem::{Problem, ProblemKind};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The Wi-Fi network the demo printers join.
pub const NETWORK_NAME: &str = "DemoNet";
/// This computer in the demo world, and its router.
const COMPUTER: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 20);
const ROUTER: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 1);

/// The demo printer at `host`, if it is one.
pub fn printer_at(host: &Host) -> Option<DiscoveredPrinter> {
    printers()
        .into_iter()
        .find(|p| p.best_host().as_ref() == Some(host))
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

fn sourced(value: impl Into<String>, source: Source) -> Option<Sourced> {
    Some(Sourced {
        value: value.into(),
        source,
    })
}

/// What `target` says about itself: a demo printer answers with its simulated identity,
/// on its cable until it `joined` Wi-Fi; any other address is not asked in demo mode.
pub fn report(target: &Target, joined: bool) -> Report {
    let Some(p) = printer_at(&target.host) else {
        let problem = Problem::new(
            target.host.to_string(),
            ProblemKind::Http(HttpError::Forbidden("demo mode".into())),
        );
        return Report {
            target: target.clone(),
            identity: Identity {
                problems: vec![problem],
                ..Identity::default()
            },
            answered: false,
            certificate: None,
        };
    };
    let ip = p.addresses.first().map(ToString::to_string);
    let tail: String = p
        .mac
        .as_deref()
        .unwrap_or_default()
        .replace(':', "")
        .to_uppercase();
    let mut cable = Adapter::new("Eth0", AdapterKind::Ethernet);
    cable.connected = Some(!joined);
    cable.mac = p.mac.clone();
    cable.ipv4 = ip.clone().filter(|_| !joined);
    let mut wifi = Adapter::new("Wifi0", AdapterKind::Wifi);
    wifi.connected = Some(joined);
    wifi.mac = p.mac.clone();
    if joined {
        wifi.ipv4 = ip;
        wifi.ssid = Some(NETWORK_NAME.into());
        wifi.signal_bars = Some(4);
    }
    let identity = Identity {
        model: p.model.as_deref().and_then(|m| sourced(m, Source::Ledm)),
        serial: sourced(
            format!("DEMO{}", &tail[tail.len().saturating_sub(6)..]),
            Source::Ledm,
        ),
        firmware: sourced("DEMO2611A", Source::Ledm),
        firmware_date: sourced("2026-11-01", Source::Ledm),
        uuid: sourced(format!("00000000-0000-4000-8000-{tail:0>12}"), Source::Ledm),
        adapters: vec![cable, wifi],
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

/// The measured checks, as they come out in the demo world.
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
        // The simulated air is added by whoever runs the checks, from its own source.
        air: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{CheckId, CheckState};

    fn first() -> Target {
        printers()[0].target().unwrap()
    }

    #[test]
    fn a_demo_printer_answers_on_its_cable_then_on_wifi() {
        let before = report(&first(), false);
        assert!(before.answered);
        assert!(before.identity.connected_wifi().is_none());
        assert_eq!(
            before.identity.model.as_ref().map(|m| m.value.as_str()),
            Some("HP OfficeJet Pro 9010 series")
        );
        let after = report(&first(), true);
        let wifi = after.identity.connected_wifi().unwrap();
        assert_eq!(wifi.ssid.as_deref(), Some(NETWORK_NAME));
    }

    #[test]
    fn other_addresses_are_not_asked_and_the_checks_pass_in_the_demo_world() {
        let other = Target::parse("127.0.0.1").unwrap();
        assert!(!report(&other, false).answered);
        let run = checks(Some(&first()), false);
        let state = |id| run.results.iter().find(|r| r.id == id).unwrap().state;
        assert_eq!(state(CheckId::PrinterAnswers), CheckState::Passed);
        assert_eq!(state(CheckId::SameNetwork), CheckState::Passed);
        assert_eq!(state(CheckId::WebServer), CheckState::Passed);
        assert_eq!(state(CheckId::RouterAnswers), CheckState::Passed);
        assert_eq!(state(CheckId::WirelessAdapter), CheckState::Failed);
        let joined = checks(Some(&first()), true);
        let wifi = joined
            .results
            .iter()
            .find(|r| r.id == CheckId::WirelessAdapter)
            .unwrap();
        assert_eq!(wifi.state, CheckState::Passed);
    }
}
