//! Troubleshooting as a help-desk worker uses it: run the measured checks against a
//! printer served in the test process, mark two steps, save the summary, find them in it.

use std::net::TcpListener;
use std::time::Duration;

use crate::harness::{activate, app, step_until, tab_to};
use crate::support::fake_printer::fake_printer;
use eframe::egui::{Key, accesskit::Role};
use egui_kittest::kittest::Queryable;
use wps_pin_core::net::address::Target;
use wps_pin_core::report::Format;
use wps_pin_window::flow::Page;
use wps_pin_window::flow::journey::ChosenPrinter;

#[test]
fn run_checks_mark_steps_and_save_the_summary() {
    let printer = fake_printer();
    // Stands in for the router: tests never contact the real default gateway.
    let router = TcpListener::bind("127.0.0.1:0").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.json");
    let mut h = crate::harness::app_opened_with(
        dir.path(),
        wps_pin_window::Options {
            router: Some(router.local_addr().unwrap()),
            ..crate::harness::options()
        },
    );
    {
        let st = &mut h.state_mut().state;
        let target = printer_target(&printer.server.base());
        st.journey.printer = Some(ChosenPrinter::new(target, false));
        st.journey.pin = "3141 5927".into();
        st.journey.family = wps_pin_core::catalog::catalog().get("officejet_pro_9010_series");
        st.journey.panel = Some(wps_pin_core::catalog::PanelKind::Touchscreen);
        st.journey.guide = Some(wps_pin_core::guide::GuideId::Touchscreen);
    }
    activate(&mut h, "It doesn't work");
    h.get_by_role_and_label(Role::Button, "Run the checks")
        .click();
    step_until(&mut h, "check results", Duration::from_secs(30), |h| {
        h.query_by_label("The printer answers: Passed — 127.0.0.1")
            .is_some()
    });
    h.get_by_label("The router answers: Passed — 127.0.0.1");
    h.get_by_label("Firmware revision: Passed — TESTFW1801A");
    h.get_by_label("The printer is on Wi-Fi: Failed");

    for step in [
        "Only one device in WPS mode",
        "The router's security is WPA2 (or WPA2/WPA3 mixed)",
    ] {
        tab_to(&mut h, &format!("I tried this: {step}"));
        h.key_press(Key::Space);
        h.run();
    }
    activate(&mut h, "JSON (for tools)");
    assert_eq!(h.state().state.trouble.format, Format::Json);
    h.state_mut().state.trouble.save_path = out.display().to_string();
    h.run();
    h.get_by_role_and_label(Role::Button, "Save to this file")
        .click_accesskit();
    step_until(&mut h, "saved", Duration::from_secs(10), |h| {
        h.query_by_label_contains("The summary is saved").is_some()
    });
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let steps: Vec<_> = doc["steps_tried"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        steps,
        // Named the same in every language, for tools.
        vec!["one_device", "security"]
    );
    assert_eq!(doc["printer"]["model"], "HP ENVY 5540 series");
    assert_eq!(doc["printer"]["address"], "127.0.0.1");
    assert_eq!(doc["journey"]["family"], "HP OfficeJet Pro 9010 series");
    assert_eq!(doc["journey"]["panel"], "touchscreen");
    assert_eq!(doc["journey"]["guide"]["id"], "touchscreen");
    assert_eq!(doc["journey"]["guide"]["step"], 1);
    assert_eq!(
        doc["pin"],
        serde_json::Value::Null,
        "the PIN is left out by default"
    );
    assert!(!std::fs::read_to_string(&out).unwrap().contains("31415927"));

    // Asked for, the PIN is included.
    activate(
        &mut h,
        "Include the WPS PIN (left out unless you tick this)",
    );
    h.get_by_role_and_label(Role::Button, "Save to this file")
        .click_accesskit();
    // The file exists: it is replaced only when the person says so.
    step_until(&mut h, "asked", Duration::from_secs(10), |h| {
        h.query_by_label_contains("already exists in").is_some()
    });
    assert!(!std::fs::read_to_string(&out).unwrap().contains("31415927"));
    h.get_by_role_and_label(Role::Button, "Replace it")
        .click_accesskit();
    step_until(&mut h, "saved again", Duration::from_secs(10), |_| {
        std::fs::read_to_string(&out).is_ok_and(|t| t.contains("31415927"))
    });
    assert_eq!(h.state().state.nav.current(), Page::Troubleshoot);
}

#[test]
fn the_summary_is_one_button_away_and_its_saved_message_sits_by_its_button() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.md");
    let options = wps_pin_window::Options {
        chosen_file: Some(out.clone()),
        ..crate::harness::options()
    };
    let mut h = crate::harness::app_in_with(dir.path(), eframe::egui::vec2(960.0, 760.0), options);
    crate::harness::settle(&mut h);
    activate(&mut h, "It doesn't work");
    activate(&mut h, "Make a support summary");
    let window = h.ctx.content_rect();
    let copy = h.get_by_role_and_label(Role::Button, "Copy the summary");
    assert!(
        copy.is_focused(),
        "the summary's first button has the focus"
    );
    assert!(window.contains_rect(copy.rect()), "and is on screen");
    // What the save window returns is written, and said in one line under the save
    // controls, with the folder, in view and with the focus.
    h.get_by_role_and_label(Role::Button, "Save the summary…")
        .click_accesskit();
    step_until(&mut h, "saved", Duration::from_secs(10), |h| {
        h.query_by_label_contains("The summary is saved").is_some()
    });
    crate::harness::settle(&mut h);
    let here = h
        .get_by_role_and_label(Role::Button, "Save to this file")
        .rect();
    let said = h.get_by_label_contains("The summary is saved");
    assert!(said.rect().min.y > here.max.y);
    assert!(said.is_focused() && window.contains_rect(said.rect()));
    let folder = out.parent().unwrap().display().to_string();
    h.get_by_label_contains(&format!("in {folder}"));
}

#[test]
fn a_save_that_fails_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "It doesn't work");
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, b"x").unwrap();
    h.state_mut().state.trouble.save_path = blocker.join("summary.txt").display().to_string();
    h.run();
    h.get_by_role_and_label(Role::Button, "Save to this file")
        .click_accesskit();
    step_until(&mut h, "failure", Duration::from_secs(10), |h| {
        h.query_by_label_contains("The summary could not be saved.")
            .is_some()
    });
}

#[test]
fn a_file_chosen_in_the_save_dialog_is_written_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("chosen.md");
    let mut h = crate::harness::app_opened_with(
        dir.path(),
        wps_pin_window::Options {
            chosen_file: Some(out.clone()),
            ..crate::harness::options()
        },
    );
    activate(&mut h, "It doesn't work");
    activate(&mut h, "Markdown");
    // What the app does when the system's save dialog returns a file.
    h.get_by_role_and_label(Role::Button, "Save the summary…")
        .click_accesskit();
    step_until(&mut h, "written", Duration::from_secs(10), |_| out.exists());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("# WPS PIN Helper: support summary"),
        "{text}"
    );
    h.get_by_role_and_label(Role::Button, "Save the summary…");
}

/// The fake printer at `base`, its IPP endpoint on the same server.
pub fn printer_target(base: &str) -> Target {
    Target::parse(base)
        .and_then(|t| t.with_ipp(&format!("{base}/ipp/print")))
        .unwrap()
}

/// The measured checks as the page shows them after a run.
fn with_run(
    run: wps_pin_core::checks::CheckRun,
) -> egui_kittest::Harness<'static, wps_pin_window::WpsApp> {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "It doesn't work");
    h.state_mut().state.trouble.run = Some(run);
    crate::harness::settle(&mut h);
    h
}

#[test]
fn no_network_is_said_once_above_the_checks_and_each_state_has_a_symbol() {
    use wps_pin_core::checks::{self, CheckRun};
    let h = with_run(CheckRun {
        results: checks::evaluate(None, None, None, None),
        local: None,
        printer: None,
        router: None,
        air: None,
    });
    assert_eq!(
        h.query_all_by_label_contains("not seem to be connected to a network")
            .count(),
        1
    );
    h.get_by_label("The router answers: Cannot be checked from here");
    assert!(
        h.query_by_label_contains("does not report it").is_none(),
        "no second reason for the router"
    );
    assert!(
        h.query_by_label_contains("Needs your printer's address")
            .is_none(),
        "said once, above the button, not under each check"
    );
    let symbols = |name: &str| h.query_all_by_role_and_label(Role::Image, name).count();
    assert_eq!(symbols("Not asked (no printer address)"), 6);
    assert_eq!(symbols("Cannot be checked from here"), 1);
}

#[test]
fn each_check_has_one_reason_of_its_own() {
    use wps_pin_core::checks::{self, CheckRun};
    use wps_pin_core::net::local::LocalNetwork;
    let local = LocalNetwork {
        interface: "eth0".into(),
        ipv4: vec![("192.0.2.20".parse().unwrap(), 24)],
        gateway: None,
    };
    // A printer that answers on IPP only: no web page details, no firmware, no Wi-Fi state.
    let target = Target::parse("192.0.2.23").unwrap();
    let report = wps_pin_core::net::probe::Report {
        target,
        identity: wps_pin_core::net::identity::Identity {
            sources: vec![wps_pin_core::net::identity::Source::Ipp],
            ..Default::default()
        },
        answered: true,
        certificate: None,
    };
    let h = with_run(CheckRun {
        results: checks::evaluate(Some(&report), Some(&local), None, None),
        local: Some(local),
        printer: Some(report),
        router: None,
        air: None,
    });
    h.get_by_label_contains("could not read details from its web page");
    h.get_by_label("The printer does not report its firmware revision.");
    h.get_by_label("The printer does not report whether it is on Wi-Fi.");
    h.get_by_label_contains("without a secure connection (HTTPS)");
    // The router page's words for a computer without a router.
    h.get_by_label("This computer has no router (default gateway) right now.");
    assert!(h.query_by_label_contains("may be switched off").is_none());
    assert_eq!(
        h.query_all_by_role_and_label(Role::Image, "Passed").count(),
        2
    );
    assert!(
        h.query_by_label_contains("Needs your printer's address")
            .is_none()
    );
}
