//! The main journey by keyboard alone at 250 % text in the app's own default window —
//! model, guide, the PIN typed after choosing the method, timer, troubleshooting,
//! summary saved — with the focused control on screen at every step, and the verdicts
//! a screen reader must hear set to be announced.

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wps_pin_core::settings::{Settings, SettingsStore};
use wps_pin_window::flow::Page;
use wps_pin_window::{DEFAULT_SIZE, WpsApp};

use crate::harness::settle;
use crate::keyboard::{announced, focus_on_screen, press, shown_whole, tab_to, type_text};

#[test]
fn the_whole_journey_by_keyboard_at_250_percent_in_the_default_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_250_percent(dir.path());

    // The model: the search box has the caret as soon as the page opens.
    tab_to(&mut h, "Choose my model");
    press(&mut h, Key::Enter);
    let search =
        "Type the model name or number. It is on the front of the printer or on its label.";
    assert_eq!(focus_on_screen(&h, "model page"), search);
    type_text(&mut h, "9015");
    tab_to(&mut h, "HP OfficeJet Pro 9010 series");
    press(&mut h, Key::Enter);
    tab_to(&mut h, "A touchscreen");
    press(&mut h, Key::Enter);

    // The guide: Next stays under the counter, and focus stays on it.
    assert_eq!(h.state().state.nav.current(), Page::WherePin);
    tab_to(&mut h, "Next");
    for _ in 0..3 {
        press(&mut h, Key::Enter);
        focus_on_screen(&h, "after Next");
    }
    // The last step's text is too long to share the view with its two rows of buttons at
    // 250 %: it takes the focus, whole in view, and is read first; its buttons come before it.
    assert!(
        focus_on_screen(&h, "last step").starts_with("Step 4 of 4: Straight away"),
        "the last step's text is read first"
    );
    assert!(shown_whole(&h, "Step 4 of 4: "), "and shown whole");
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    settle(&mut h);
    assert_eq!(focus_on_screen(&h, "Shift+Tab"), "Back to step 1");
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    settle(&mut h);
    assert_eq!(focus_on_screen(&h, "Shift+Tab"), "Enter the PIN");
    press(&mut h, Key::Enter);

    // The PIN: the way is chosen, then its field is reached by Tab (its steps come first).
    assert_eq!(h.state().state.nav.current(), Page::EnterPin);
    tab_to(&mut h, "My printer shows a PIN");
    press(&mut h, Key::Space);
    // The way's first step has the focus, in view; each Next shows the next one whole.
    assert!(
        focus_on_screen(&h, "method chosen").starts_with("Step 1 of 6: "),
        "the first step's instruction is read first"
    );
    // The timer goes with its own step: Start becomes Stop under the same focus.
    while h.query_by_label("Start the 2-minute timer").is_none() {
        tab_to(&mut h, "Next");
        press(&mut h, Key::Enter);
        assert!(
            focus_on_screen(&h, "after Next").starts_with("Step "),
            "the new step's instruction has the focus"
        );
    }
    tab_to(&mut h, "Start the 2-minute timer");
    press(&mut h, Key::Enter);
    assert_eq!(focus_on_screen(&h, "timer started"), "Stop the timer");
    // On to the PIN's step: the caret goes into its field.
    tab_to(&mut h, "Next");
    press(&mut h, Key::Enter);
    assert_eq!(
        focus_on_screen(&h, "PIN step"),
        "The PIN your printer shows (8 digits, sometimes 4)"
    );
    // With the timer's bar pinned above the page, the step's instruction and its field
    // do not fit together at 250 %: the field is at the bottom of the view with what fits
    // of the instruction above it, and the instruction is one Shift+Tab away, whole.
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    settle(&mut h);
    assert!(focus_on_screen(&h, "Shift+Tab from the field").starts_with("Step 5 of 6: "));
    assert!(shown_whole(&h, "Step 5 of 6: Straight away"), "read whole");
    press(&mut h, Key::Tab);
    assert_eq!(
        focus_on_screen(&h, "back in the field"),
        "The PIN your printer shows (8 digits, sometimes 4)"
    );
    type_text(&mut h, "1234 5678");
    assert!(
        announced(&h, "we expected 0"),
        "the wrong check digit is announced"
    );
    for _ in 0..4 {
        press(&mut h, Key::Backspace);
    }
    type_text(&mut h, "5670");
    assert!(announced(&h, "is a valid PIN"));
    assert!(
        shown_whole(&h, "is a valid PIN: the last digit"),
        "the verdict is in view with the field, under the timer's bar"
    );

    // It does not work: troubleshooting, a tick, and the summary saved.
    tab_to(&mut h, "It doesn't work");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().state.nav.current(), Page::Troubleshoot);
    tab_to(&mut h, "I tried this: Only one device in WPS mode");
    assert!(
        shown_whole(&h, "If two devices start push-button WPS"),
        "what the tick is about is in view above it"
    );
    press(&mut h, Key::Space);
    let out = dir.path().join("summary.txt");
    tab_to(&mut h, "Or type where to save it");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut h, &out.display().to_string());
    tab_to(&mut h, "Save to this file");
    press(&mut h, Key::Enter);
    crate::harness::step_until(&mut h, "saved", std::time::Duration::from_secs(10), |h| {
        h.query_by_label_contains("The summary is saved").is_some()
    });
    assert!(announced(&h, "The summary is saved"));
    settle(&mut h);
    assert!(
        focus_on_screen(&h, "saved").starts_with("The summary is saved"),
        "the save's outcome has the focus, in view"
    );
    focus_on_screen(&h, "after saving");
    assert!(out.exists());
}

/// At rest (no timer running), the step with the PIN field opens at 250 % with its
/// instruction and its field in view together, the caret in the field.
#[test]
fn the_pin_step_shows_its_instruction_with_its_field_at_250_percent() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_250_percent(dir.path());
    tab_to(&mut h, "Enter a PIN");
    press(&mut h, Key::Enter);
    tab_to(&mut h, "My printer shows a PIN");
    press(&mut h, Key::Space);
    let field = "The PIN your printer shows (8 digits, sometimes 4)";
    for _ in 0..6 {
        if focus_on_screen(&h, "PIN steps") == field {
            break;
        }
        tab_to(&mut h, "Next");
        press(&mut h, Key::Enter);
    }
    assert_eq!(focus_on_screen(&h, "the PIN's step"), field);
    assert!(
        shown_whole(&h, "Step 5 of 6: Straight away"),
        "the instruction is read with its field"
    );
}

/// The app in its default window at 250 % text, in English, with its settings in `dir`.
fn at_250_percent(dir: &std::path::Path) -> Harness<'static, WpsApp> {
    SettingsStore::at(dir)
        .save(&Settings {
            text_scale: 2.5,
            language: Some("en-US".into()),
            ..Settings::default()
        })
        .unwrap();
    let size = egui::vec2(DEFAULT_SIZE[0], DEFAULT_SIZE[1]);
    let mut h = crate::harness::app_in(dir, size);
    settle(&mut h);
    h
}
