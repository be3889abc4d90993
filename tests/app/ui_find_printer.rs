//! The scan page in demo mode (simulated printers through the same worker events), and
//! the typed-address check on the loopback.

use std::time::Duration;

use crate::harness::{activate, app_opened_with, options, step_until, tab_to};
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use wps_pin_window::Options;
use wps_pin_window::flow::Page;

#[test]
fn demo_printers_appear_and_choosing_one_picks_its_model() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_app(dir.path());
    activate(&mut h, "Find my printer");
    step_until(
        &mut h,
        "the two demo printers on the network",
        Duration::from_secs(10),
        |h| h.query_by_label("Looking for printers… 2 found").is_some(),
    );
    h.get_by_label("Model: HP LaserJet Pro MFP M428fdw");
    h.get_by_label("Address: 192.0.2.41");
    // Each card says where the scan heard of it (the demo's printers: its own search).
    assert_eq!(
        h.query_all_by_label("Heard on the network just now.")
            .count(),
        2
    );
    activate(
        &mut h,
        "This is my printer: HP LaserJet Pro MFP M428fdw [77D2E1]",
    );
    assert_eq!(h.state().state.nav.current(), Page::ChooseModel);
    let st = &h.state().state;
    let printer = st.journey.printer.as_ref().unwrap();
    assert!(
        printer.simulated,
        "a demo printer is simulated, never probed"
    );
    assert_eq!(printer.target.host.to_string(), "192.0.2.41");
    assert_eq!(
        printer.target.web_base().as_str(),
        "http://192.0.2.41/",
        "from its adminurl"
    );
    let family = st.journey.family.expect("a family is chosen").id.clone();
    assert!(
        family.to_ascii_lowercase().contains("m428")
            || family.to_ascii_lowercase().contains("m429"),
        "{family}"
    );
}

#[test]
fn the_search_stops_when_the_page_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_app(dir.path());
    activate(&mut h, "Find my printer");
    step_until(&mut h, "a printer", Duration::from_secs(10), |h| {
        !h.state().state.find.printers.is_empty()
    });
    activate(&mut h, "Home");
    let n = h.state().state.find.printers.len();
    std::thread::sleep(Duration::from_millis(2000));
    crate::harness::settle(&mut h);
    assert_eq!(
        h.state().state.find.printers.len(),
        n,
        "no more updates after leaving"
    );
}

#[test]
fn a_typed_address_is_checked_on_the_printer_ports() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_opened_with(dir.path(), options());
    activate(&mut h, "Find my printer");
    let field = "Type the printer's address (for example 192.168.1.23) or its name";
    tab_to(&mut h, field);
    h.get_by_label(field).type_text("127.0.0.1");
    crate::harness::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Check this address")
        .click_accesskit();
    step_until(&mut h, "the answer", Duration::from_secs(10), |h| {
        h.query_by_label_contains("at 127.0.0.1").is_some()
    });
    h.state_mut().state.find.address = "no such thing!".into();
    crate::harness::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Check this address")
        .click_accesskit();
    step_until(&mut h, "a plain message", Duration::from_secs(10), |h| {
        h.query_by_label_contains("is not an address or a printer name")
            .is_some()
    });
}

/// The app with simulated printers (help-desk training).
fn demo_app(dir: &std::path::Path) -> egui_kittest::Harness<'static, wps_pin_window::WpsApp> {
    app_opened_with(
        dir,
        Options {
            demo: true,
            ..options()
        },
    )
}
