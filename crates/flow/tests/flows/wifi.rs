//! "Set up Wi-Fi through the printer", the whole route against demo mode's world on a
//! real worker: the LEDM printer, the CDM printer that asks for sign-in, a wrong
//! password, the printer's setup network. The password is in no state, no summary, and
//! goes with the route. (Answers fed by hand, and the plain-HTTP question: wifi_answers.)

use std::sync::Arc;
use std::time::{Duration, Instant};

use wps_pin_core::air::demo::Scenario;
use wps_pin_core::air::networks::{Air, Context};
use wps_pin_core::air::reading::{Reading, Source};
use wps_pin_core::air::setup_network::{Returned, SetupError};
use wps_pin_core::net::address::Target;
use wps_pin_core::net::wifi::{PassphraseError, Protocol, Secret, WifiProblem};
use wps_pin_core::report::Format;
use wps_pin_core::worker::{Command, Event, Handed, Setup, WifiReach, Worker};
use wps_pin_core::world::demo::DemoWorld;
use wps_pin_core::world::wifi_demo::DEMO_PASSPHRASE;
use wps_pin_flow::wifi::{WifiMsg, WifiStep};
use wps_pin_flow::{AppState, Effect, Msg, Page, summary, update};

use super::{commands, demo, send};

const LEDM: &str = "192.0.2.41";
const CDM: &str = "192.0.2.23";
const ADMIN: &str = "the-admin-secret";

/// Demo mode's world on a real worker, its waits shortened.
fn worker() -> Worker {
    let world = DemoWorld::new(Duration::from_secs(60)).with_wifi_step(Duration::from_millis(2));
    Worker::spawn(
        Setup {
            store: None,
            world: Arc::new(world),
            dialog: None,
        },
        Arc::new(|| {}),
    )
    .unwrap()
}

/// What the window does: the effects' commands go to the worker.
fn carry(worker: &Worker, fx: Vec<Effect>) {
    for e in fx {
        if let Effect::Send(c) = e {
            worker.send(c);
        }
    }
}

/// Takes `msg`, then the worker's events, until `done` holds (bounded).
fn run_until(
    s: &mut AppState,
    worker: &Worker,
    msg: Msg,
    done: impl Fn(&AppState) -> bool,
) -> Vec<Effect> {
    let fx = update(s, msg);
    let mut all = fx.clone();
    carry(worker, fx);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done(s) {
        assert!(Instant::now() < deadline, "stuck at {:?}", s.wifi);
        match worker.try_recv() {
            Some(event) => {
                let fx = update(s, Msg::Worker(event));
                all.extend(fx.clone());
                carry(worker, fx);
            }
            None => std::thread::sleep(Duration::from_millis(2)),
        }
    }
    all
}

pub fn wifi(msg: WifiMsg) -> Msg {
    Msg::Wifi(msg)
}

pub fn secret(text: &str) -> Handed<Secret> {
    Handed::new(Secret::new(text.into()))
}

fn at(step: WifiStep) -> impl Fn(&AppState) -> bool {
    move |s| s.wifi.step == step
}

pub fn pick(s: &AppState, name: &str) -> Msg {
    let list = &s.wifi.networks.as_ref().unwrap().networks;
    let i = list.iter().position(|n| n.ssid.display() == name).unwrap();
    wifi(WifiMsg::Pick(i))
}

/// Nothing the state holds, nor any summary, has `secret` in it.
fn nowhere(s: &AppState, secret: &str) {
    let dump = format!("{s:?}");
    assert!(!dump.contains(secret), "the state holds a password");
    for format in [Format::Text, Format::Markdown, Format::Json, Format::Html] {
        let mut s2 = summary::build(s);
        s2.include_pin = true;
        let doc = wps_pin_core::report::render(&s2, format, s.l());
        assert!(!doc.contains(secret), "{format:?} holds a password");
    }
}

fn choose(s: &mut AppState, address: &str) {
    send(s, [Msg::ChoosePrinter(Target::parse(address).unwrap())]);
}

#[test]
fn the_ledm_printer_joins_the_home_network_and_the_summary_says_so_without_the_password() {
    let w = worker();
    let mut s = demo();
    choose(&mut s, LEDM);
    send(&mut s, [Msg::Go(Page::Printer), wifi(WifiMsg::Open)]);
    assert_eq!(s.nav.current(), Page::PrinterWifi);
    let fx = run_until(&mut s, &w, wifi(WifiMsg::UseChosen), at(WifiStep::Networks));
    assert!(fx.contains(&Effect::Focus(wps_pin_flow::Focus::WifiStep)));
    assert!(
        fx.iter().any(|e| matches!(e, Effect::Send(Command::WifiNetworks { reach: WifiReach::Address(t), .. }) if t.host.to_string() == LEDM))
    );
    assert_eq!(s.wifi.protocol(), Some(Protocol::Ledm));
    let demo_net = pick(&s, "HomeNetwork");
    send(&mut s, [demo_net]);
    assert_eq!(s.wifi.step, WifiStep::Password, "HTTPS: no question");
    let typed = secret(DEMO_PASSPHRASE);
    let send_it = wifi(WifiMsg::Send {
        passphrase: Some(typed.clone()),
        admin: None,
    });
    assert!(!format!("{send_it:?}").contains(DEMO_PASSPHRASE));
    let fx = run_until(&mut s, &w, send_it, at(WifiStep::Done));
    // The command carried the password once, checked, and printed as hidden.
    let join = commands(&fx)
        .into_iter()
        .find(|c| matches!(c, Command::WifiJoin { .. }))
        .unwrap();
    assert!(matches!(
        join,
        Command::WifiJoin {
            passphrase: Some(_),
            ..
        }
    ));
    assert!(!format!("{join:?}").contains(DEMO_PASSPHRASE));
    drop(fx);
    let result = s.wifi.result.clone().unwrap();
    assert!(result.joined && result.ipv4.is_some(), "{result:?}");
    nowhere(&s, DEMO_PASSPHRASE);
    let record = &s.journey.activity.printer_wifi[0];
    assert!(
        record.joined && record.ssid == "HomeNetwork" && record.printer.as_deref() == Some(LEDM)
    );
    for format in [Format::Text, Format::Json] {
        let mut sum = summary::build(&s);
        sum.created = std::time::SystemTime::now();
        let doc = wps_pin_core::report::render(&sum, format, s.l());
        assert!(doc.contains("HomeNetwork"), "{doc}");
    }
    // Its address may change: "Find it again" opens the search, and the route ends.
    let run = s.wifi.run;
    send(&mut s, [wifi(WifiMsg::FindAgain)]);
    assert_eq!(s.nav.current(), Page::FindPrinter);
    assert!(s.wifi.run > run && s.wifi.step == WifiStep::Reach && s.wifi.result.is_none());
    nowhere(&s, DEMO_PASSPHRASE);
}

#[test]
fn the_cdm_printer_asks_for_its_administrator_password_first() {
    let w = worker();
    let mut s = demo();
    choose(&mut s, CDM);
    send(&mut s, [wifi(WifiMsg::Open)]);
    run_until(&mut s, &w, wifi(WifiMsg::UseChosen), at(WifiStep::SignIn));
    assert!(!s.wifi.sign_in_refused);
    // An empty sign-in sends nothing.
    assert!(commands(&send(&mut s, [wifi(WifiMsg::SignIn(secret("")))])).is_empty());
    let admin = secret(ADMIN);
    run_until(
        &mut s,
        &w,
        wifi(WifiMsg::SignIn(admin.clone())),
        at(WifiStep::Networks),
    );
    assert_eq!(s.wifi.protocol(), Some(Protocol::Cdm));
    let demo_net = pick(&s, "HomeNetwork");
    send(&mut s, [demo_net]);
    nowhere(&s, ADMIN);
    run_until(
        &mut s,
        &w,
        wifi(WifiMsg::Send {
            passphrase: Some(secret(DEMO_PASSPHRASE)),
            admin: Some(admin),
        }),
        at(WifiStep::Done),
    );
    assert!(s.wifi.result.as_ref().unwrap().joined);
    nowhere(&s, ADMIN);
    nowhere(&s, DEMO_PASSPHRASE);
    send(&mut s, [wifi(WifiMsg::Finish)]);
    assert_eq!(s.wifi.step, WifiStep::Reach);
}

#[test]
fn a_wrong_password_is_said_and_can_be_typed_again() {
    let w = worker();
    let mut s = demo();
    choose(&mut s, LEDM);
    send(&mut s, [wifi(WifiMsg::Open)]);
    run_until(&mut s, &w, wifi(WifiMsg::UseChosen), at(WifiStep::Networks));
    let demo_net = pick(&s, "HomeNetwork");
    send(&mut s, [demo_net]);
    // Too short: said, nothing sent, still on the password screen.
    let fx = send(
        &mut s,
        [wifi(WifiMsg::Send {
            passphrase: Some(secret("short")),
            admin: None,
        })],
    );
    assert!(commands(&fx).is_empty());
    assert_eq!(s.wifi.passphrase_error, Some(PassphraseError::TooShort));
    assert_eq!(s.wifi.step, WifiStep::Password);
    run_until(
        &mut s,
        &w,
        wifi(WifiMsg::Send {
            passphrase: Some(secret("not the demo password")),
            admin: None,
        }),
        at(WifiStep::Done),
    );
    let result = s.wifi.result.clone().unwrap();
    assert!(!result.joined);
    assert!(matches!(
        result.problems[0],
        WifiProblem::WrongPassphrase { .. }
    ));
    assert!(!s.journey.activity.printer_wifi[0].joined);
    nowhere(&s, "not the demo password");
    send(&mut s, [wifi(WifiMsg::TryAgain)]);
    assert_eq!(s.wifi.step, WifiStep::Password);
    assert_eq!(s.wifi.passphrase_error, None);
    send(&mut s, [wifi(WifiMsg::OtherNetwork)]);
    assert_eq!(s.wifi.step, WifiStep::Networks);
    assert!(s.wifi.chosen.is_none());
}

#[test]
fn the_printers_setup_network_is_offered_from_the_air_and_this_computer_returns() {
    let w = worker();
    let mut s = demo();
    let fx = send(&mut s, [wifi(WifiMsg::Open)]);
    assert!(
        commands(&fx)
            .iter()
            .any(|c| matches!(c, Command::WatchAir { .. })),
        "the first screen reads the air"
    );
    let reading = Reading::new(Source::Demo, wps_pin_core::air::demo::air(Scenario::Ready));
    let air = Air::assess(&reading, &Context::default());
    send(&mut s, [Msg::Worker(Event::Air(Box::new(air)))]);
    let setup = wps_pin_flow::wifi::printer_networks(s.air.as_ref());
    let (name, _) = setup
        .iter()
        .find(|(n, _)| n.starts_with("HP-Setup"))
        .unwrap()
        .clone();
    assert!(wps_pin_flow::wifi::can_join_setup_network(s.config.demo));
    run_until(
        &mut s,
        &w,
        wifi(WifiMsg::UseSetupNetwork(name.clone())),
        at(WifiStep::Networks),
    );
    assert_eq!(s.wifi.returned, Some(Ok(Returned::ToPrevious)));
    assert!(!s.wifi.joining_setup);
    assert_eq!(s.wifi.setup_network(), Some(name.clone()));
    let open = pick(&s, "Café Corner");
    send(&mut s, [open]);
    run_until(
        &mut s,
        &w,
        wifi(WifiMsg::Send {
            passphrase: None,
            admin: None,
        }),
        at(WifiStep::Done),
    );
    let record = &s.journey.activity.printer_wifi[0];
    assert_eq!(record.setup_network.as_deref(), Some(name.as_str()));
    assert!(record.printer.is_none() && record.joined);
    // Joining it fails: the first screen again, with the reason.
    send(
        &mut s,
        [wifi(WifiMsg::Restart), wifi(WifiMsg::UseSetupNetwork(name))],
    );
    let run = s.wifi.run;
    send(
        &mut s,
        [Msg::Worker(Event::WifiSetupNotJoined {
            run,
            error: SetupError::NotPermitted,
        })],
    );
    assert_eq!(s.wifi.step, WifiStep::Reach);
    assert_eq!(s.wifi.setup_error, Some(SetupError::NotPermitted));
}
