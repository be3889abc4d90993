//! Demo mode as a help-desk trainee uses it: every page says the printers are simulated,
//! the chosen demo printer answers the status and the checks with a simulated identity,
//! joins Wi-Fi a moment after the timer starts, and the summary names it. Nothing in
//! demo mode reaches a real address: the stand-in router and printer on the loopback
//! are never contacted.

use std::net::TcpListener;
use std::time::Duration;

use crate::harness::{activate, app_opened_with, options, show_step, step_until, tab_to};
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use wps_pin_core::guide::howto::Mark;
use wps_pin_window::Options;
use wps_pin_window::flow::Page;

const BANNER: &str = "Demo — simulated printers";

#[test]
fn a_demo_journey_trains_end_to_end_and_touches_no_real_address() {
    // Real addresses the app must leave alone in demo mode.
    let router = TcpListener::bind("127.0.0.1:0").unwrap();
    router.set_nonblocking(true).unwrap();
    let printer = TcpListener::bind("127.0.0.1:0").unwrap();
    printer.set_nonblocking(true).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.json");
    let mut h = app_opened_with(
        dir.path(),
        Options {
            demo: true,
            router: Some(router.local_addr().unwrap()),
            demo_join_after: Duration::from_millis(800),
            ..options()
        },
    );
    h.get_by_label(BANNER);

    // The scan's demo printer, its model and its panel.
    activate(&mut h, "Find my printer");
    h.get_by_label(BANNER);
    step_until(&mut h, "demo printers", Duration::from_secs(10), |h| {
        h.query_by_label("Looking for printers… 2 found").is_some()
    });
    activate(
        &mut h,
        "This is my printer: HP OfficeJet Pro 9010 series [4F1A2B]",
    );
    assert_eq!(h.state().state.nav.current(), Page::ChooseModel);
    h.get_by_label(BANNER);
    activate(&mut h, "A touchscreen");
    assert_eq!(h.state().state.nav.current(), Page::WherePin);

    // Its status resolves: simulated, on its cable (said in one line, opened on request).
    h.get_by_role_and_label(Role::Button, "Your printer: 192.0.2.23")
        .click_accesskit();
    step_until(&mut h, "demo status", Duration::from_secs(10), |h| {
        h.query_by_label_contains("answers through its network cable")
            .is_some()
    });

    // The PIN, checked, and the timer: the demo printer joins a moment later.
    h.state_mut().state.nav.go(Page::EnterPin);
    crate::harness::settle(&mut h);
    activate(&mut h, "My printer shows a PIN");
    let field = "The PIN your printer shows (8 digits, sometimes 4)";
    show_step(&mut h, Mark::CheckPin);
    tab_to(&mut h, field);
    h.get_by_label(field).type_text("3141 5927");
    crate::harness::settle(&mut h);
    show_step(&mut h, Mark::Timer);
    h.get_by_role_and_label(Role::Button, "Start the 2-minute timer")
        .click_accesskit();
    step_until(
        &mut h,
        "the demo printer joins",
        Duration::from_secs(10),
        |h| {
            h.query_by_label("Your printer is now on Wi-Fi “HomeNetwork”.")
                .is_some()
        },
    );

    // The checks answer for the demo printer, in the demo world.
    h.state_mut().state.nav.go(Page::Troubleshoot);
    crate::harness::settle(&mut h);
    h.get_by_label(BANNER);
    assert!(
        h.query_by_label_contains("Needs your printer's address")
            .is_none()
    );
    h.get_by_role_and_label(Role::Button, "Run the checks")
        .click_accesskit();
    step_until(&mut h, "demo checks", Duration::from_secs(10), |h| {
        h.query_by_label("The printer answers: Passed — 192.0.2.23")
            .is_some()
    });
    h.get_by_label("The router answers: Passed — 192.0.2.1");
    h.get_by_label("The printer is on Wi-Fi: Passed — HomeNetwork");
    h.get_by_label("Firmware revision: Passed — DEMO2611A");

    // The summary names the printer, its model, family, panel and guide.
    activate(&mut h, "JSON (for tools)");
    h.state_mut().state.trouble.save_path = out.display().to_string();
    crate::harness::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Save to this file")
        .click_accesskit();
    step_until(&mut h, "saved", Duration::from_secs(10), |_| out.exists());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains("31415927"), "the PIN is left out");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let p = &doc["printer"];
    assert_eq!(p["name"], "HP OfficeJet Pro 9010 series [4F1A2B]");
    assert_eq!(p["model"], "HP OfficeJet Pro 9010 series");
    assert_eq!(p["address"], "192.0.2.23");
    assert_eq!(p["mac"], "a0:b3:cc:4f:1a:2b");
    assert_eq!(p["host"], "HPA0B3CC4F1A2B.local");
    assert_eq!(p["firmware"], "DEMO2611A");
    assert_eq!(p["simulated"], true);
    let j = &doc["journey"];
    assert_eq!(j["family"], "HP OfficeJet Pro 9010 series");
    assert_eq!(j["panel"], "touchscreen");
    assert_eq!(j["guide"]["id"], "touchscreen");
    assert_eq!(j["pin_checks"][0]["verdict"], "valid_8");
    assert_eq!(j["timer_runs"][0]["way"], "printer-pin");
    assert_eq!(j["timer_runs"][0]["how"], "joined");

    // A real address typed in demo mode is not asked.
    activate(&mut h, "Home");
    h.state_mut().state.nav.go(Page::Printer);
    crate::harness::settle(&mut h);
    let field = "The printer's address (for example 192.168.1.23) or its web page address";
    tab_to(&mut h, field);
    let typed = format!("http://{}", printer.local_addr().unwrap());
    h.get_by_label(field).type_text(&typed);
    crate::harness::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Check this printer")
        .click_accesskit();
    step_until(&mut h, "not asked", Duration::from_secs(10), |h| {
        h.query_by_label_contains("In demo mode the app does not contact real printers")
            .is_some()
    });
    h.state_mut().state.nav.go(Page::Troubleshoot);
    crate::harness::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Run the checks")
        .click_accesskit();
    std::thread::sleep(Duration::from_millis(800));
    crate::harness::settle(&mut h);

    for (what, l) in [("router", &router), ("printer", &printer)] {
        match l.accept() {
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            other => panic!("demo mode reached the real {what}: {other:?}"),
        }
    }
}

#[test]
fn every_page_says_demo_mode() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_opened_with(
        dir.path(),
        Options {
            demo: true,
            ..options()
        },
    );
    for page in Page::ALL {
        {
            let st = &mut h.state_mut().state;
            st.nav.home();
            st.nav.go(page);
        }
        crate::harness::settle(&mut h);
        assert!(h.query_by_label(BANNER).is_some(), "{page:?}");
    }
    // Not in normal use.
    let dir = tempfile::tempdir().unwrap();
    let h = app_opened_with(dir.path(), options());
    assert!(h.query_by_label(BANNER).is_none());
}
