//! The PIN helper as a person uses it: choose a direction, type or paste, read the verdict,
//! run the 2-minute window (counted by the real worker thread).

use std::time::Duration;

use crate::harness::{activate, show_step, step_until, tab_to};
use eframe::egui::{Key, OutputCommand, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_core::guide::howto::Mark;
use wps_pin_window::WpsApp;
use wps_pin_window::flow::pin::WindowState;

const PRINTER_FIELD: &str = "The PIN your printer shows (8 digits, sometimes 4)";

fn on_pin_page(dir: &std::path::Path) -> Harness<'static, WpsApp> {
    on_pin_page_with(dir, crate::harness::options())
}

fn on_pin_page_with(
    dir: &std::path::Path,
    options: wps_pin_window::Options,
) -> Harness<'static, WpsApp> {
    let mut h = crate::harness::app_opened_with(dir, options);
    activate(&mut h, "Enter a PIN");
    activate(&mut h, "My printer shows a PIN");
    h
}

fn type_pin(h: &mut Harness<'_, WpsApp>, text: &str) {
    show_step(h, Mark::CheckPin);
    tab_to(h, PRINTER_FIELD);
    h.get_by_label(PRINTER_FIELD).type_text(text);
    h.run();
}

#[test]
fn a_valid_pin_is_confirmed_with_its_grouping() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "31415927");
    h.get_by_label("3141 5927 is a valid PIN: the last digit matches the others.");
    assert!(h.query_by_label_contains("well-known").is_none());
}

#[test]
fn a_wrong_last_digit_names_the_expected_digit_and_never_says_impossible() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "1234 5678");
    h.get_by_label_contains("we expected 0. Please check the PIN again.");
    h.get_by_label_contains("you can still try it");
    assert!(h.query_by_label_contains("cannot work").is_none());
}

#[test]
fn pasted_separators_are_accepted_and_well_known_pins_warned() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "1234-5670");
    h.get_by_label("1234 5670 is a valid PIN: the last digit matches the others.");
    h.get_by_label_contains("well-known default PIN");
}

#[test]
fn leading_zeros_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "0123 4565");
    h.get_by_label("0123 4565 is a valid PIN: the last digit matches the others.");
}

#[test]
fn short_input_is_progress_until_the_person_asks() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "12345");
    h.get_by_label("5 digits so far. A PIN has 8 digits (sometimes 4).");
    h.get_by_role_and_label(Role::Button, "Check PIN")
        .click_accesskit();
    h.run();
    h.get_by_label("You typed 5 digits. A WPS PIN has 8 digits (sometimes 4).");
}

#[test]
fn a_four_digit_pin_is_accepted_on_enter() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "1234");
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label_contains("1234 is a 4-digit PIN.");
}

#[test]
fn letters_get_a_plain_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "1234 567O");
    h.get_by_label_contains("“O” is not a digit.");
}

#[test]
fn copy_puts_the_digits_on_the_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "3141 5927");
    h.get_by_role_and_label(Role::Button, "Copy PIN")
        .click_accesskit();
    h.step();
    let copied: Vec<_> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(copied, vec!["31415927".to_owned()]);
    h.run();
    h.get_by_label_contains("The PIN is copied.");
}

#[test]
fn the_wps_window_counts_down_to_a_clear_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page_with(
        dir.path(),
        wps_pin_window::Options {
            wps_window: Duration::from_secs(2),
            ..crate::harness::options()
        },
    );
    show_step(&mut h, Mark::Timer);
    h.get_by_role_and_label(Role::Button, "Start the 2-minute timer")
        .click();
    step_until(&mut h, "countdown shown", Duration::from_secs(5), |h| {
        h.query_by_label("0:02 left").is_some() || h.query_by_label("0:01 left").is_some()
    });
    let again = "Start WPS again on both devices, then start the timer again.";
    step_until(&mut h, "time is up", Duration::from_secs(6), |h| {
        h.query_by_label_contains(again).is_some()
    });
    assert!(matches!(h.state().state.pin.window, WindowState::Ended));
    let ended = h.get_by_label(again);
    assert_eq!(
        ended.accesskit_node().live(),
        eframe::egui::accesskit::Live::Assertive,
        "screen readers announce the end at once"
    );
    assert_eq!(
        h.query_all_by_label_contains("Time is up").count(),
        1,
        "said once"
    );
    h.get_by_role_and_label(Role::Button, "Start the timer again");

    // A new attempt (another way) clears it.
    activate(&mut h, "There is no PIN: use the WPS buttons");
    assert!(h.query_by_label_contains("Time is up").is_none());
    show_step(&mut h, Mark::Timer);
    h.get_by_role_and_label(Role::Button, "Start the 2-minute timer");
}

#[test]
fn the_wps_window_can_be_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    show_step(&mut h, Mark::Timer);
    h.get_by_role_and_label(Role::Button, "Start the 2-minute timer")
        .click();
    step_until(&mut h, "countdown shown", Duration::from_secs(5), |h| {
        h.query_by_label("2:00 left").is_some() || h.query_by_label("1:59 left").is_some()
    });
    h.get_by_role_and_label(Role::Button, "Stop the timer")
        .click();
    step_until(&mut h, "timer stopped", Duration::from_secs(5), |h| {
        matches!(h.state().state.pin.window, WindowState::Idle)
    });
    h.run();
    h.get_by_role_and_label(Role::Button, "Start the 2-minute timer");
}

#[test]
fn each_direction_explains_who_shows_and_who_takes_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    h.get_by_role_and_label(
        Role::Image,
        "Picture: the printer shows the PIN on its screen, and the PIN goes into the router.",
    );
    activate(&mut h, "My router has a PIN");
    h.get_by_label("Your router's PIN (8 digits, sometimes 4)");
    h.get_by_label_contains("Some routers stop accepting their PIN");
    h.get_by_label_contains("the router's PIN lets the printer change the router's settings");
    activate(&mut h, "There is no PIN: use the WPS buttons");
    for step in 0..4 {
        h.state_mut()
            .dispatch(wps_pin_window::flow::Msg::PinStep(step));
        crate::harness::settle(&mut h);
        assert!(
            h.query_by_role(Role::TextInput).is_none(),
            "no PIN field in push-button mode"
        );
    }
}

#[test]
fn the_pin_is_never_written_to_the_settings_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path());
    type_pin(&mut h, "3141 5927");
    // Change a setting so the file is written while a PIN is in memory.
    activate(&mut h, "Settings");
    activate(&mut h, "High contrast");
    let path = dir.path().join("settings.json");
    step_until(&mut h, "settings saved", Duration::from_secs(5), |_| {
        std::fs::read_to_string(&path).is_ok_and(|s| s.contains("high-contrast"))
    });
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        !saved.contains("3141") && !saved.contains("5927"),
        "{saved}"
    );
}
