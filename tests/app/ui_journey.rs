//! The main journey by keyboard alone — choose the model, follow its guide, check the PIN,
//! start the WPS timer, then troubleshoot — in English and in Spanish. Every control is
//! reached with Tab and used with Enter, Space or typing; Escape goes back.

use crate::harness::{activate, app_with, focused_label, next_until, settle, tab_to};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wps_pin_core::i18n::Localizer;
use wps_pin_core::settings::Settings;
use wps_pin_window::WpsApp;
use wps_pin_window::flow::Page;
use wps_pin_window::flow::pin::WindowState;

fn type_text(h: &mut Harness<'_, WpsApp>, text: &str) {
    h.event(egui::Event::Text(text.into()));
    settle(h);
}

fn shown(h: &Harness<'_, WpsApp>, text: &str) -> bool {
    h.query_all_by_label(text).next().is_some()
}

/// Some node's name contains `text` (notices put a word such as "Good" in front).
fn shown_in(h: &Harness<'_, WpsApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn journey(tag: &str) {
    let l = Localizer::new(tag);
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_with(
        dir.path(),
        Settings {
            language: Some(tag.into()),
            ..Settings::default()
        },
    );
    settle(&mut h);

    // Choose the model: type its number, pick the result, say which panel it has.
    activate(&mut h, &l.t("home-choose-model"));
    assert_eq!(h.state().state.nav.current(), Page::ChooseModel);
    tab_to(&mut h, &l.t("catalog-search-label"));
    type_text(&mut h, "9015");
    activate(&mut h, "HP OfficeJet Pro 9010 series");
    activate(&mut h, &l.t("where-touchscreen"));

    // Its guide, step by step, to the PIN.
    assert_eq!(h.state().state.nav.current(), Page::WherePin);
    let steps = 4;
    for step in 1..=steps {
        let counter = l.t_args(
            "guide-step-of",
            &[("step", step.into()), ("total", steps.into())],
        );
        assert!(shown(&h, &counter), "{tag}: {counter:?} is not shown");
        if step < steps {
            activate(&mut h, &l.t("guide-next"));
        }
    }
    assert!(shown(&h, &l.t("guide-pin-into-router")));
    activate(&mut h, &l.t("guide-done"));

    // The PIN: which side shows it, then the digits, checked as they are typed.
    assert_eq!(h.state().state.nav.current(), Page::EnterPin);
    tab_to(&mut h, &l.t("pin-method-printer"));
    h.key_press(Key::Space);
    settle(&mut h);
    // One step at a time: Next to the moment to start the timer, then on to the PIN.
    while h
        .query_by_role_and_label(Role::Button, &l.t("pin-timer-start"))
        .is_none()
    {
        activate(&mut h, &l.t("guide-next"));
    }
    activate(&mut h, &l.t("pin-timer-start"));
    assert!(
        matches!(h.state().state.pin.window, WindowState::Running { .. }),
        "{tag}: the timer did not start"
    );
    next_until(&mut h, &l.t("pin-field-label-printer"));
    type_text(&mut h, "1234 5678");
    let wrong = l.t_args("pin-wrong-check-digit", &[("expected", 0.into())]);
    assert!(
        shown_in(&h, &wrong),
        "{tag}: the wrong check digit is not explained"
    );
    for _ in 0..4 {
        h.key_press(Key::Backspace);
    }
    type_text(&mut h, "5670");
    let grouped = wps_pin_core::wps::check_pin("12345670").grouped();
    let valid = l.t_args("pin-valid-8", &[("pin", grouped.into())]);
    assert!(
        shown_in(&h, &valid),
        "{tag}: the valid PIN is not confirmed"
    );

    // It did not work: troubleshoot, and tick what was tried with Space.
    activate(&mut h, &l.t("pin-not-working"));
    assert_eq!(h.state().state.nav.current(), Page::Troubleshoot);
    let tick = format!("{}: {}", l.t("trouble-tried"), l.t("trouble-one-device"));
    tab_to(&mut h, &tick);
    h.key_press(Key::Space);
    settle(&mut h);
    assert!(h.state().state.trouble.tried[0].is_some());

    // Shift+Tab walks back through the same controls; Escape goes back a page.
    let forward = focused_label(&h);
    h.key_press(Key::Tab);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    settle(&mut h);
    assert_eq!(
        focused_label(&h),
        forward,
        "{tag}: Shift+Tab did not return"
    );
    h.key_press(Key::Escape);
    settle(&mut h);
    assert_eq!(h.state().state.nav.current(), Page::EnterPin);
}

#[test]
fn the_main_journey_by_keyboard_in_english() {
    journey("en-US");
}

#[test]
fn the_main_journey_by_keyboard_in_spanish() {
    journey("es");
}
