//! Watching a printer from the window: the status strip follows the real probe of a
//! printer served in the test process, and joining Wi-Fi is announced in large type.

use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::harness::{activate, app, step_until, tab_to};
use crate::support::fake_printer::fake_printer;
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_window::flow::Page;

const FIELD: &str = "The printer's address (for example 192.168.1.23) or its web page address";

#[test]
fn the_moment_the_printer_joins_wifi_is_announced() {
    let printer = fake_printer();
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Enter a PIN");
    activate(&mut h, "My printer shows a PIN");
    activate(&mut h, "Check my printer's connection");
    assert_eq!(h.state().state.nav.current(), Page::Printer);
    tab_to(&mut h, FIELD);
    h.get_by_label(FIELD).type_text(&printer.server.base());
    h.run();
    h.get_by_role_and_label(Role::Button, "Check this printer")
        .click();
    step_until(
        &mut h,
        "the printer's facts",
        Duration::from_secs(20),
        |h| h.query_by_label("Model: HP ENVY 5540 series").is_some(),
    );
    h.get_by_label("The printer answers through its network cable. It is not on Wi-Fi yet.");
    h.get_by_label("Firmware: TESTFW1801A");

    // The person goes on to the PIN page; the strip follows them there, in one line that
    // opens on request.
    h.state_mut().state.nav.go(Page::EnterPin);
    h.run();
    h.get_by_role_and_label(Role::Button, "Your printer: 127.0.0.1")
        .click();
    h.run();
    h.get_by_label("The printer answers through its network cable. It is not on Wi-Fi yet.");

    printer.on_wifi.store(true, Ordering::SeqCst);
    step_until(&mut h, "the announcement", Duration::from_secs(20), |h| {
        h.query_by_label("Your printer is now on Wi-Fi “HomeWiFi”.")
            .is_some()
    });
    let said = h.get_by_label("Your printer is now on Wi-Fi “HomeWiFi”.");
    assert_eq!(
        said.accesskit_node().live(),
        eframe::egui::accesskit::Live::Assertive,
        "screen readers announce it at once"
    );
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    // The line stays open as the person left it.
    h.get_by_label_contains("Connected to Wi-Fi “HomeWiFi”, 192.0.2.23, signal good");
    assert!(!printer.asked_for_wps.load(Ordering::SeqCst));
}

#[test]
fn a_bad_address_gets_a_plain_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.state_mut().state.nav.go(Page::Printer);
    h.run();
    tab_to(&mut h, FIELD);
    h.get_by_label(FIELD).type_text("my printer please");
    h.run();
    h.get_by_role_and_label(Role::Button, "Check this printer")
        .click();
    h.run();
    h.get_by_label_contains("This is not an address the app can use.");
    assert!(h.state().state.journey.printer.is_none());
}

#[test]
fn a_changed_certificate_is_refused_and_named_on_the_printer_page() {
    use crate::support::tls_printer::tls_printer;
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.state_mut().state.nav.go(Page::Printer);
    h.run();
    for (port, expect) in [
        (
            tls_printer(b"<hello/>"),
            // It reports no adapter at all: it does not say (it may well be on Wi-Fi).
            "The printer answers, but it does not say whether it is on Wi-Fi.",
        ),
        (
            tls_printer(b"<impostor/>"),
            "The printer's security certificate has changed since the app last talked to it",
        ),
    ] {
        let field = h.get_by_label(FIELD);
        field.focus();
        h.run();
        h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
        h.get_by_label(FIELD)
            .type_text(&format!("https://127.0.0.1:{port}"));
        h.run();
        h.get_by_role_and_label(Role::Button, "Check this printer")
            .click();
        step_until(&mut h, expect, Duration::from_secs(20), |h| {
            h.query_by_label_contains(expect).is_some()
        });
    }
    // The problem list names it too, once.
    let named = h
        .query_all_by_label_contains("security certificate has changed")
        .count();
    assert!(named >= 2, "status and problem list: {named}");
}

#[test]
fn the_printer_page_is_reached_from_home_and_from_a_scan_card_under_one_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Your printer");
    assert_eq!(h.state().state.nav.current(), Page::Printer);
    assert!(
        h.query_by_label("My printer").is_none(),
        "one name for the page"
    );
    activate(&mut h, "Home");

    // From a demo scan card: the printer is chosen and its page opens.
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::harness::app_opened_with(
        dir.path(),
        wps_pin_window::Options {
            demo: true,
            ..crate::harness::options()
        },
    );
    activate(&mut h, "Find my printer");
    step_until(&mut h, "demo printers", Duration::from_secs(10), |h| {
        h.query_by_label("Looking for printers… 2 found").is_some()
    });
    activate(
        &mut h,
        "See its status: HP LaserJet Pro MFP M428fdw [77D2E1]",
    );
    assert_eq!(h.state().state.nav.current(), Page::Printer);
    let chosen = h.state().state.journey.printer.as_ref().unwrap();
    assert_eq!(chosen.target.host.to_string(), "192.0.2.41");
    step_until(&mut h, "its status", Duration::from_secs(10), |h| {
        h.query_by_label("Model: HP LaserJet Pro MFP M428fdw")
            .is_some()
    });
}

#[test]
fn the_printer_page_names_no_resource_paths() {
    use wps_pin_core::net::http::HttpError;
    use wps_pin_core::net::problem::{Problem, ProblemKind};
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    {
        let st = &mut h.state_mut().state;
        let target = wps_pin_core::net::address::Target::parse("192.0.2.9").unwrap();
        let mut chosen = wps_pin_window::flow::journey::ChosenPrinter::new(target.clone(), false);
        chosen.last = Some(wps_pin_core::net::probe::Report {
            target,
            identity: wps_pin_core::net::identity::Identity {
                problems: vec![Problem::new(
                    "/DevMgmt/DiscoveryTree.xml",
                    ProblemKind::Http(HttpError::NeedsSignIn),
                )],
                ..Default::default()
            },
            answered: true,
            certificate: None,
        });
        st.journey.printer = Some(chosen);
        st.nav.go(Page::Printer);
    }
    crate::harness::settle(&mut h);
    h.get_by_label_contains("the printer's web page: this page needs the printer's sign-in");
    assert!(h.query_by_label_contains("/DevMgmt").is_none());
}
