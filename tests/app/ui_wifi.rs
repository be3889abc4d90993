//! "Set up Wi-Fi through the printer" by keyboard alone, at 250 % text in the app's own
//! default window, against demo mode's printers: the LEDM printer reached by a typed
//! address from "It doesn't work", HomeNetwork picked, the password typed (masked) and sent,
//! joined; and the CDM printer chosen on "Your printer", which asks for its
//! administrator password first. Every focus stop is on screen, every state is a live
//! region, and the password is in no state and no accessible value.

use std::time::Duration;

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_core::settings::{Settings, SettingsStore};
use wps_pin_core::world::wifi_demo::DEMO_PASSPHRASE;
use wps_pin_window::flow::Page;
use wps_pin_window::flow::wifi::WifiStep;
use wps_pin_window::{DEFAULT_SIZE, Options, WpsApp};

use crate::harness::{settle, step_until};
use crate::keyboard::{announced, focus_on_screen, press, tab_to, type_text};

fn step(h: &Harness<'_, WpsApp>) -> WifiStep {
    h.state().state.wifi.step
}

/// Steps the app until the route is at `want` (the demo printers take a moment).
fn until_step(h: &mut Harness<'_, WpsApp>, want: WifiStep) {
    step_until(h, &format!("{want:?}"), Duration::from_secs(15), |h| {
        step(h) == want
    });
    settle(h);
}

/// Demo mode at 250 % text in the default window, in English.
fn demo_app(dir: &std::path::Path) -> Harness<'static, WpsApp> {
    SettingsStore::at(dir)
        .save(&Settings {
            text_scale: 2.5,
            language: Some("en-US".into()),
            ..Settings::default()
        })
        .unwrap();
    let options = Options {
        demo: true,
        ..crate::harness::options()
    };
    let size = egui::vec2(DEFAULT_SIZE[0], DEFAULT_SIZE[1]);
    let mut h = crate::harness::app_in_with(dir, size, options);
    settle(&mut h);
    h
}

/// On the password screen: types `password` into the focused, masked field and sends it
/// with Enter.
fn type_password_and_send(h: &mut Harness<'_, WpsApp>, password: &str) {
    let field = "Wi-Fi password of “HomeNetwork”";
    assert_eq!(focus_on_screen(h, "password screen"), field);
    type_text(h, password);
    let node = h.get_by_label(field);
    assert_eq!(
        node.accesskit_node().role(),
        egui::accesskit::Role::PasswordInput
    );
    let value = node.accesskit_node().value().unwrap_or_default();
    assert!(!value.contains(password), "masked: {value:?}");
    press(h, Key::Enter);
}

/// The result screen says it joined, aloud, with focus on it; no password anywhere.
fn joined(h: &mut Harness<'_, WpsApp>, secrets: &[&str]) {
    until_step(h, WifiStep::Done);
    let said = "The printer joined “HomeNetwork”";
    assert!(announced(h, said), "the result is announced");
    focus_on_screen(h, "result");
    // A focusable line is read by its text (its value).
    let focused = h.query_by(|n| n.is_focused()).unwrap();
    let text = focused.accesskit_node().value().unwrap_or_default();
    assert!(text.contains(said), "focus is on {text:?}");
    let dump = format!("{:?}", h.state().state);
    for secret in secrets {
        assert!(!dump.contains(secret), "a password in the window's state");
    }
}

#[test]
fn the_ledm_printer_joins_by_keyboard_at_250_percent_from_it_doesnt_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_app(dir.path());
    // (Home's own focus at 250 % in demo mode is ui_journey_large's and the lead's.)
    tab_to(&mut h, "It doesn't work");
    press(&mut h, Key::Enter);
    tab_to(&mut h, "Set up Wi-Fi through the printer");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().state.nav.current(), Page::PrinterWifi);

    // The page opens at its title (its field is below the fold at this size); no printer
    // was chosen, so the address is typed.
    assert_eq!(
        focus_on_screen(&h, "arrival"),
        "Set up Wi-Fi through the printer"
    );
    tab_to(&mut h, "The printer's address (for example 192.168.1.23)");
    type_text(&mut h, "192.0.2.41");
    tab_to(&mut h, "Reach the printer at this address");
    press(&mut h, Key::Enter);

    // Its own list: said, and the first network has focus.
    until_step(&mut h, WifiStep::Networks);
    assert!(announced(&h, "The printer sees 4 networks"));
    assert_eq!(focus_on_screen(&h, "networks"), "HomeNetwork");
    press(&mut h, Key::Enter);

    assert_eq!(step(&h), WifiStep::Password);
    type_password_and_send(&mut h, DEMO_PASSPHRASE);
    joined(&mut h, &[DEMO_PASSPHRASE]);

    // Its address may change: "Find the printer again" opens the search.
    tab_to(&mut h, "Find the printer again");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().state.nav.current(), Page::FindPrinter);
}

#[test]
fn the_cdm_printer_asks_for_its_administrator_password_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_app(dir.path());
    tab_to(&mut h, "Your printer");
    press(&mut h, Key::Enter);
    tab_to(
        &mut h,
        "The printer's address (for example 192.168.1.23) or its web page address",
    );
    type_text(&mut h, "192.0.2.23");
    press(&mut h, Key::Enter);
    // Enter checks the address and leaves the caret in its field, the verdict under it.
    assert_eq!(
        focus_on_screen(&h, "after Enter"),
        "The printer's address (for example 192.168.1.23) or its web page address"
    );
    // Its status comes from the demo watch; then the route is offered under it.
    step_until(&mut h, "status", Duration::from_secs(10), |h| {
        h.query_by_label("Set up Wi-Fi through the printer")
            .is_some()
    });
    crate::harness::tab_to(&mut h, "Set up Wi-Fi through the printer");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().state.nav.current(), Page::PrinterWifi);
    tab_to(&mut h, "Use my printer at 192.0.2.23");
    press(&mut h, Key::Enter);

    // It asks for its administrator password: said, and the caret is in its field.
    until_step(&mut h, WifiStep::SignIn);
    assert!(announced(
        &h,
        "The printer asks for its administrator password"
    ));
    let field = "The printer's administrator password";
    assert_eq!(focus_on_screen(&h, "sign-in"), field);
    let admin = "printer-admin-secret";
    type_text(&mut h, admin);
    // "Show the password" shows it, when the person asks.
    tab_to(&mut h, "Show the password");
    press(&mut h, Key::Space);
    let shown = h.get_by_label(field).accesskit_node().value();
    assert_eq!(shown.as_deref(), Some(admin), "shown when asked");
    tab_to(&mut h, "Sign in");
    press(&mut h, Key::Enter);

    until_step(&mut h, WifiStep::Networks);
    assert_eq!(focus_on_screen(&h, "networks"), "HomeNetwork");
    press(&mut h, Key::Enter);
    type_password_and_send(&mut h, DEMO_PASSPHRASE);
    joined(&mut h, &[DEMO_PASSPHRASE, admin]);
    // Done: the route ends and the page closes; back where the person came from.
    tab_to(&mut h, "Done");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().state.nav.current(), Page::Printer);
    assert_eq!(step(&h), WifiStep::Reach);
}

#[test]
fn the_printers_own_setup_network_is_offered_and_this_computer_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    SettingsStore::at(dir.path())
        .save(&Settings {
            text_scale: 2.5,
            language: Some("en-US".into()),
            ..Settings::default()
        })
        .unwrap();
    // Demo mode reads its simulated air (never this computer's radio).
    let options = Options {
        demo: true,
        air: wps_pin_core::air::reading::AirSource::Radio,
        ..crate::harness::options()
    };
    let size = egui::vec2(DEFAULT_SIZE[0], DEFAULT_SIZE[1]);
    let mut h = crate::harness::app_in_with(dir.path(), size, options);
    settle(&mut h);
    tab_to(&mut h, "It doesn't work");
    press(&mut h, Key::Enter);
    tab_to(&mut h, "Set up Wi-Fi through the printer");
    press(&mut h, Key::Enter);
    let join = "Join “HP-Setup-0C-DeskJet 2700” and reach the printer there";
    step_until(&mut h, "the air", Duration::from_secs(10), |h| {
        h.query_by_label(join).is_some()
    });
    tab_to(&mut h, join);
    press(&mut h, Key::Enter);
    until_step(&mut h, WifiStep::Networks);
    assert!(
        h.query_by_label("This computer is back on its previous network.")
            .is_some()
    );
    tab_to(&mut h, "Café Corner");
    press(&mut h, Key::Enter);
    // An open network: no password, only "Send to the printer", focused.
    assert_eq!(focus_on_screen(&h, "open network"), "Send to the printer");
    press(&mut h, Key::Enter);
    until_step(&mut h, WifiStep::Done);
    let record = &h.state().state.journey.activity.printer_wifi[0];
    assert_eq!(
        record.setup_network.as_deref(),
        Some("HP-Setup-0C-DeskJet 2700")
    );
}

/// While the printer takes the settings and joins, the line counts seconds on screen, but
/// a screen reader hears it only when there is news (a new stage, or another half
/// minute), not every second: the line is no live region in a frame where only the count
/// changed.
#[test]
fn the_wait_is_announced_twice_a_minute_not_every_second() {
    use wps_pin_core::net::wifi::Progress;
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_app(dir.path());
    h.state_mut().state.nav.go(Page::PrinterWifi);
    let at = |h: &mut Harness<'_, WpsApp>, seconds| {
        let wifi = &mut h.state_mut().state.wifi;
        wifi.step = WifiStep::Sending;
        wifi.progress = Some(Progress::Waiting {
            seconds,
            limit: 120,
        });
        // What a screen reader is told in the frame that shows the change.
        h.step();
        let line = format!("Waiting for the printer to join: {seconds} of 120 seconds.");
        let shown = h.query_by(|n| n.value().is_some_and(|v| v.contains(&line)));
        assert!(shown.is_some(), "the line shows {seconds} s");
        let said = announced(h, &line);
        settle(h);
        said
    };
    assert!(at(&mut h, 1), "the wait's start is news");
    assert!(!at(&mut h, 2), "one second later is not");
    assert!(!at(&mut h, 29), "nor 29");
    assert!(at(&mut h, 30), "half a minute is");
    assert!(!at(&mut h, 31), "and the second after it is not");
}
