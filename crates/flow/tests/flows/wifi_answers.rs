//! The printer Wi-Fi route's answers, fed by hand: the question before anything crosses
//! the network unencrypted (also for CDM, whose settings document may hold the current
//! password), a printer that does not answer, and answers for an earlier run dropped.

use wps_pin_core::net::wifi::{Chosen, JoinReport, NetworksReport, Protocol, WifiProblem};
use wps_pin_core::worker::{Command, Event};
use wps_pin_core::world::wifi_demo::{DEMO_PASSPHRASE, networks};
use wps_pin_flow::wifi::{WifiMsg, WifiStep};
use wps_pin_flow::{AppState, Msg};

use super::wifi::{pick, secret, wifi};
use super::{commands, send, state};

const LEDM: &str = "192.0.2.41";

/// The route at its list of networks, read from a printer reached only over plain HTTP.
fn read_over_plain_http(protocol: Protocol) -> AppState {
    let mut s = state();
    send(
        &mut s,
        [
            wifi(WifiMsg::Open),
            wifi(WifiMsg::TypeAddress("192.0.2.41".into())),
            wifi(WifiMsg::UseTyped),
        ],
    );
    let report = NetworksReport {
        protocol: Some(protocol),
        encrypted: false,
        read: true,
        networks: networks(),
        problems: Vec::new(),
    };
    let run = s.wifi.run;
    send(
        &mut s,
        [Msg::Worker(Event::WifiNetworks {
            run,
            report: Box::new(report),
        })],
    );
    assert_eq!(s.wifi.step, WifiStep::Networks);
    s
}

#[test]
fn over_plain_http_the_person_is_asked_before_any_password_is_typed() {
    let mut s = read_over_plain_http(Protocol::Ledm);
    let demo_net = pick(&s, "HomeNetwork");
    send(&mut s, [demo_net.clone()]);
    assert_eq!(s.wifi.step, WifiStep::Unencrypted);
    // No answer yet: nothing can be sent.
    let fx = send(
        &mut s,
        [wifi(WifiMsg::Send {
            passphrase: Some(secret(DEMO_PASSPHRASE)),
            admin: None,
        })],
    );
    assert!(commands(&fx).is_empty());
    // No: back to the list, said, nothing sent.
    send(&mut s, [wifi(WifiMsg::RefuseUnencrypted)]);
    assert_eq!(s.wifi.step, WifiStep::Networks);
    assert!(s.wifi.refused_unencrypted && !s.wifi.allow_unencrypted);
    // An open network needs no password on LEDM: nothing secret, no question.
    let cafe = pick(&s, "Café Corner");
    send(&mut s, [cafe]);
    assert_eq!(s.wifi.step, WifiStep::Password);
    send(
        &mut s,
        [
            wifi(WifiMsg::OtherNetwork),
            demo_net,
            wifi(WifiMsg::AllowUnencrypted),
        ],
    );
    assert_eq!(s.wifi.step, WifiStep::Password);
    let fx = send(
        &mut s,
        [wifi(WifiMsg::Send {
            passphrase: Some(secret(DEMO_PASSPHRASE)),
            admin: None,
        })],
    );
    assert!(commands(&fx).iter().any(
        |c| matches!(c, Command::WifiJoin { keys, chosen: Chosen::Listed(n), .. } if keys.allow_unencrypted && n.ssid.display() == "HomeNetwork")
    ));
    // Should the printer still refuse to take it unencrypted, the question comes again.
    let refused = JoinReport {
        protocol: Some(Protocol::Ledm),
        ssid: networks()[0].ssid.clone(),
        encrypted: false,
        sent: false,
        joined: false,
        ipv4: None,
        problems: vec![WifiProblem::UnencryptedRefused],
    };
    let run = s.wifi.run;
    send(
        &mut s,
        [Msg::Worker(Event::WifiJoined {
            run,
            report: Box::new(refused),
        })],
    );
    assert_eq!(s.wifi.step, WifiStep::Unencrypted);
    assert!(!s.wifi.allow_unencrypted);
}

#[test]
fn cdm_over_plain_http_asks_even_for_an_open_network() {
    // CDM sends back its whole settings document, which may hold the current password.
    let mut s = read_over_plain_http(Protocol::Cdm);
    let cafe = pick(&s, "Café Corner");
    send(&mut s, [cafe]);
    assert_eq!(s.wifi.step, WifiStep::Unencrypted);
}

#[test]
fn answers_for_an_earlier_run_are_dropped_and_a_new_customer_ends_the_route() {
    let mut s = state();
    send(
        &mut s,
        [
            wifi(WifiMsg::Open),
            wifi(WifiMsg::TypeAddress("not an address!".into())),
            wifi(WifiMsg::UseTyped),
        ],
    );
    assert!(s.wifi.typed_error.is_some() && s.wifi.step == WifiStep::Reach);
    send(
        &mut s,
        [
            wifi(WifiMsg::TypeAddress(LEDM.into())),
            wifi(WifiMsg::UseTyped),
        ],
    );
    assert_eq!(s.wifi.step, WifiStep::Reaching);
    let old = s.wifi.run;
    send(&mut s, [wifi(WifiMsg::Restart)]);
    let late = NetworksReport {
        protocol: Some(Protocol::Ledm),
        encrypted: true,
        read: true,
        networks: networks(),
        problems: Vec::new(),
    };
    send(
        &mut s,
        [Msg::Worker(Event::WifiNetworks {
            run: old,
            report: Box::new(late),
        })],
    );
    assert_eq!(s.wifi.step, WifiStep::Reach, "a late list is dropped");
    assert_eq!(
        s.wifi.typed, LEDM,
        "the typed address stays for another try"
    );
    // A printer that does not answer: said on the first screen.
    send(&mut s, [wifi(WifiMsg::UseTyped)]);
    let run = s.wifi.run;
    let unread = NetworksReport {
        protocol: None,
        encrypted: false,
        read: false,
        networks: Vec::new(),
        problems: vec![WifiProblem::LostContact],
    };
    send(
        &mut s,
        [Msg::Worker(Event::WifiNetworks {
            run,
            report: Box::new(unread),
        })],
    );
    assert_eq!(s.wifi.step, WifiStep::Reach);
    assert_eq!(s.wifi.unreached, vec![WifiProblem::LostContact]);
    send(&mut s, [Msg::NewCustomer]);
    assert!(s.wifi.run > run && s.wifi.typed.is_empty() && s.wifi.unreached.is_empty());
}
