//! The router's side in the window, in demo mode (simulated readings through the same path
//! as the radio's): the "Your router" panel on the PIN page in every verdict and with each
//! warning, following the two-minute window; the HP printers nearby on the scan page; the
//! air checks on the troubleshooting page; reading only while those pages are shown.

use std::time::Duration;

use crate::harness::{activate, app_opened_with, options, show_step, step_until};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wps_pin_core::air::demo::Scenario;
use wps_pin_core::air::reading::AirSource;
use wps_pin_core::guide::howto::Mark;
use wps_pin_window::{Options, WpsApp};

const PANEL: &str = "What your router says right now";
const WAIT: Duration = Duration::from_secs(10);

fn demo(air: AirSource) -> Options {
    Options {
        demo: true,
        air,
        ..options()
    }
}

fn wait_for(h: &mut Harness<'static, WpsApp>, text: &str) {
    step_until(h, text, WAIT, |h| h.query_by_label_contains(text).is_some());
}

fn on_pin_page(dir: &std::path::Path, opts: Options, method: &str) -> Harness<'static, WpsApp> {
    let mut h = app_opened_with(dir, opts);
    activate(&mut h, "Enter a PIN");
    activate(&mut h, method);
    // The router's state goes with the step that starts the timer.
    show_step(&mut h, Mark::Timer);
    h
}

#[test]
fn the_panel_says_each_verdict_and_warning() {
    use Scenario::*;
    let cases: &[(Scenario, &str, Option<&str>)] = &[
        (Ready, "WPS is on and idle", None),
        (
            NoWps,
            "No access point of this network offers WPS right now.",
            None,
        ),
        (
            Unconfigured,
            "The router reports its WPS as on but “not configured”.",
            None,
        ),
        (
            Locked,
            "The router reports WPS as locked. If entering the PIN fails, restart the router.",
            None,
        ),
        (PinActive, "Your router is waiting for a PIN now.", None),
        (
            PushButtonActive,
            "Your router's push-button WPS was active when this was read.",
            None,
        ),
        (
            Only5Ghz,
            "WPS is on and idle",
            Some("This computer sees no 2.4 GHz access point"),
        ),
        (
            Wpa3Only,
            "WPS is on and idle",
            Some("This network uses WPA3 only."),
        ),
        (
            Hidden,
            "WPS is on and idle",
            Some("This network hides its name."),
        ),
        (
            Overlap,
            "push-button WPS was active",
            Some("Two routers are in push-button mode at the same time"),
        ),
    ];
    for (scenario, verdict, warning) in cases {
        let dir = tempfile::tempdir().unwrap();
        let mut h = on_pin_page(
            dir.path(),
            demo(AirSource::Demo(*scenario)),
            "My printer shows a PIN",
        );
        wait_for(&mut h, verdict);
        h.get_by_label(PANEL);
        h.get_by_label("Your network: “HomeNetwork”");
        h.get_by_label_contains(" ago.");
        match warning {
            Some(w) => {
                h.get_by_label_contains(w);
            }
            None => assert!(
                h.query_by_label_contains("This network hides its name")
                    .is_none()
                    && h.query_by_label_contains("This computer sees no 2.4 GHz access point")
                        .is_none(),
                "{scenario:?}: no warning expected"
            ),
        }
    }
}

#[test]
fn the_demo_router_follows_the_two_minute_window() {
    // The controls below the panel may be out of view: pressed as a screen reader would.
    let dir = tempfile::tempdir().unwrap();
    // Plain demo mode: the simulated router, never this computer's radio.
    let mut h = on_pin_page(dir.path(), demo(AirSource::Radio), "My printer shows a PIN");
    wait_for(&mut h, "WPS is on and idle");
    h.get_by_role_and_label(Role::Button, "Start the 2-minute timer")
        .click_accesskit();
    wait_for(&mut h, "Your router is waiting for a PIN now.");
    // Another way is a new attempt: its timer is started again.
    h.get_by_role_and_label(Role::RadioButton, "There is no PIN: use the WPS buttons")
        .click_accesskit();
    h.run();
    show_step(&mut h, Mark::Timer);
    h.get_by_role_and_label(Role::Button, "Start the 2-minute timer")
        .click_accesskit();
    wait_for(
        &mut h,
        "Your router's push-button WPS was active when this was read.",
    );
    h.get_by_role_and_label(Role::Button, "Stop the timer")
        .click_accesskit();
    wait_for(&mut h, "WPS is on and idle");
}

#[test]
fn the_air_is_read_only_while_its_pages_are_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path(), demo(AirSource::Radio), "My printer shows a PIN");
    wait_for(&mut h, "WPS is on and idle");
    assert!(h.state().state.running.air.is_some());
    activate(&mut h, "Home");
    assert_eq!(h.state().state.running.air, None);
    assert!(h.state().state.air.is_none(), "no stale reading is kept");
    // Tests read nothing unless they ask: no panel at all.
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path(), options(), "My printer shows a PIN");
    h.run();
    assert!(h.query_by_label(PANEL).is_none());
}

#[test]
fn the_scan_page_lists_hp_printers_seen_in_the_air() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_opened_with(dir.path(), demo(AirSource::Radio));
    activate(&mut h, "Find my printer");
    wait_for(&mut h, "HP printers nearby, on their own Wi-Fi");
    h.get_by_label_contains("DeskJet 2700 series offers its own network “HP-Setup-0C-DeskJet 2700”. HP printers do this in setup mode");
    h.get_by_label_contains("HP OfficeJet Pro 9010 offers its own Wi-Fi Direct network “DIRECT-4B-HP OfficeJet Pro 9010”");
}

#[test]
fn the_troubleshooting_checks_read_the_air() {
    let dir = tempfile::tempdir().unwrap();
    // A stand-in router on the loopback: the real default gateway is never contacted.
    let router = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let opts = Options {
        router: Some(router.local_addr().unwrap()),
        ..demo(AirSource::Demo(Scenario::Locked))
    };
    let mut h = app_opened_with(dir.path(), opts);
    activate(&mut h, "It doesn't work");
    h.get_by_role_and_label(Role::Button, "Run the checks")
        .click();
    step_until(&mut h, "air checks", Duration::from_secs(30), |h| {
        h.query_by_label("WPS is not locked: Failed").is_some()
    });
    h.get_by_label("Your Wi-Fi network offers WPS: Passed — HomeNetwork");
    h.get_by_label("Your network has a 2.4 GHz access point: Passed");
    h.get_by_label_contains("The router reports WPS as locked.");
}
