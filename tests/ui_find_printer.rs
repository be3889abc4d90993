//! The scan page in demo mode (simulated printers through the same worker events), and
//! the typed-address check on the loopback.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

mod common;

use std::time::Duration;

use common::{activate, app, step_until, tab_to};
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use wps_pin_helper::ui::nav::Page;

#[test]
fn demo_printers_appear_and_choosing_one_picks_its_model() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.state_mut().demo = true;
    activate(&mut h, "Find my printer");
    step_until(
        &mut h,
        "three demo printers",
        Duration::from_secs(10),
        |h| h.query_by_label("Looking for printers… 3 found").is_some(),
    );
    h.get_by_label("Model: HP LaserJet Pro MFP M428fdw");
    h.get_by_label("Address: 192.0.2.41");
    activate(
        &mut h,
        "This is my printer: HP LaserJet Pro MFP M428fdw [77D2E1]",
    );
    assert_eq!(h.state().state.nav.current(), Page::ChooseModel);
    let st = &h.state().state;
    let target = st.printer.target.as_ref().unwrap();
    assert_eq!(target.host, "192.0.2.41");
    assert_eq!(
        target.web_base.as_deref(),
        Some("http://192.0.2.41"),
        "from its adminurl"
    );
    let family = st.choose_model.chosen.clone().expect("a family is chosen");
    assert!(
        family.to_ascii_lowercase().contains("m428")
            || family.to_ascii_lowercase().contains("m429"),
        "{family}"
    );
}

#[test]
fn the_search_stops_when_the_page_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.state_mut().demo = true;
    activate(&mut h, "Find my printer");
    step_until(&mut h, "a printer", Duration::from_secs(10), |h| {
        !h.state().state.find.printers.is_empty()
    });
    activate(&mut h, "Home");
    let n = h.state().state.find.printers.len();
    std::thread::sleep(Duration::from_millis(2000));
    common::settle(&mut h);
    assert_eq!(
        h.state().state.find.printers.len(),
        n,
        "no more updates after leaving"
    );
}

#[test]
fn a_typed_address_is_checked_on_the_printer_ports() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.state_mut().demo = true;
    activate(&mut h, "Find my printer");
    let field = "Type the printer's address (for example 192.168.1.23) or its name";
    tab_to(&mut h, field);
    h.get_by_label(field).type_text("127.0.0.1");
    common::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Check this address")
        .click_accesskit();
    step_until(&mut h, "the answer", Duration::from_secs(10), |h| {
        h.query_by_label_contains("at 127.0.0.1").is_some()
    });
    h.state_mut().state.find.address = "no such thing!".into();
    common::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Check this address")
        .click_accesskit();
    step_until(&mut h, "a plain message", Duration::from_secs(10), |h| {
        h.query_by_label_contains("is not an address or a printer name")
            .is_some()
    });
}
