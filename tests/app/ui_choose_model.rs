//! The model page end to end in the real app: search, result cards, the panel
//! question with pictures, the guide, and the remembered answer next time.

// Test helpers fail loudly: a panic is the report.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use eframe::egui::{self, Key, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_core::catalog::{PanelKind, panels};
use wps_pin_core::settings::SettingsStore;
use wps_pin_window::WpsApp;
use wps_pin_window::flow::Page;

use crate::harness::activate;

const SEARCH: &str =
    "Type the model name or number. It is on the front of the printer or on its label.";

fn app(dir: &Path) -> Harness<'static, WpsApp> {
    let store = SettingsStore::at(dir);
    let mut h = Harness::builder()
        .with_size(egui::vec2(900.0, 1600.0))
        // The worker wakes the window from its own thread: allow a few more passes.
        .with_max_steps(32)
        .build_eframe(move |cc| WpsApp::new(cc, store, crate::harness::options()).unwrap());
    h.run();
    h
}

/// From Home to the model page, with the query typed into the search box.
fn search(h: &mut Harness<'static, WpsApp>, query: &str) {
    h.get_by_role_and_label(Role::Button, "Choose my model")
        .click();
    h.run();
    assert_eq!(h.state().state.nav.current(), Page::ChooseModel);
    h.get_by_label(SEARCH).focus();
    h.run();
    h.get_by_label(SEARCH).type_text(query);
    h.run();
}

#[test]
fn type_9015_choose_answer_and_the_answer_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = app(dir.path());
        search(&mut h, "9015");
        // Results on typing, as large cards with what the printer can do.
        let card = h.get_by_role_and_label(Role::Button, "HP OfficeJet Pro 9010 series");
        card.click();
        h.run();
        assert!(h.query_by_label("Wi-Fi: yes (HP's driver data)").is_some());
        assert!(h.query_by_label("Web page in the printer: yes").is_some());
        // The panel question, with a picture for each kind.
        assert!(h.query_by_label("Only buttons and lights").is_some());
        assert!(
            h.query_by_label("A small text display with buttons")
                .is_some()
        );
        h.get_by_label("A touchscreen").click();
        h.run();
        // Landed on that panel's guide.
        let s = &h.state().state;
        assert_eq!(s.nav.current(), Page::WherePin);
        assert_eq!(s.journey.panel, Some(PanelKind::Touchscreen));
        assert!(
            h.query_by_label_contains("Before the printer makes a PIN")
                .is_some()
        );
        // Dropping the app stops the worker after it has written what was asked.
    }
    let stored = panels::store(dir.path()).load().value;
    assert_eq!(
        stored.get("officejet_pro_9010_series"),
        Some(PanelKind::Touchscreen)
    );

    // Next time: the same model goes straight to the remembered answer.
    let mut h = app(dir.path());
    search(&mut h, "OfficeJet Pro 9015e");
    // The result card already says what was answered before, also to screen readers.
    let card = h.get_by_role_and_label(Role::Button, "HP OfficeJet Pro 9010 series");
    let description = card.accesskit_node().description().unwrap_or_default();
    assert!(
        description.contains("Control panel, as you told us before: A touchscreen"),
        "{description}"
    );
    assert!(description.contains("Wi-Fi: yes"), "{description}");
    h.get_by_role_and_label(Role::Button, "HP OfficeJet Pro 9010 series")
        .click();
    h.run();
    assert!(
        h.query_by_label_contains("You told us before that this model has: A touchscreen")
            .is_some()
    );
    assert!(h.query_by_label("Only buttons and lights").is_none());
    h.get_by_role_and_label(Role::Button, "Show the steps")
        .click();
    h.run();
    let s = &h.state().state;
    assert_eq!(s.nav.current(), Page::WherePin);
    assert_eq!(s.journey.panel, Some(PanelKind::Touchscreen));
}

#[test]
fn a_model_without_wifi_says_so_and_offers_what_works() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    search(&mut h, "smart tank 350");
    h.get_by_role_and_label(Role::Button, "HP Smart Tank 350")
        .click();
    h.run();
    // Said as the evidence, never as "cannot join a Wi-Fi network".
    assert!(
        h.query_by_label("Wi-Fi: no (HP's driver data lists no Wi-Fi for this model)")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("HP's driver data lists no Wi-Fi for this model.")
            .is_some()
    );
    assert!(h.query_by_label_contains("cannot join").is_none());
    assert!(
        h.query_by_label("Connect the printer to the computer with a USB cable.")
            .is_some()
    );
    // No Ethernet socket on this model, so that is not offered.
    assert!(
        h.query_by_label_contains("network cable (Ethernet)")
            .is_none()
    );
    // The person can still go on: the panel question follows.
    assert!(h.query_by_label("A touchscreen").is_some());
    h.get_by_role_and_label(Role::Button, "Choose another model")
        .click();
    h.run();
    assert!(h.query_by_label(SEARCH).is_some());
}

#[test]
fn keyboard_only_search_and_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    search(&mut h, "M428fdw");
    // Arrow down from the search box reaches the first card; Enter chooses it.
    h.key_press(Key::ArrowDown);
    h.run();
    let first = h.get_by_role_and_label(Role::Button, "HP LaserJet Pro MFP M428fdw");
    assert!(first.is_focused());
    h.key_press(Key::ArrowDown);
    h.run();
    assert!(
        h.get_by_role_and_label(Role::Button, "HP LaserJet Pro M428-M429")
            .is_focused()
    );
    h.key_press(Key::ArrowUp);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    // The panel question opens with the first picture focused.
    assert!(h.get_by_label("A touchscreen").is_focused());
    h.key_press(Key::Tab);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let s = &h.state().state;
    assert_eq!(s.nav.current(), Page::WherePin);
    assert_eq!(s.journey.panel, Some(PanelKind::TextDisplay));
    assert_eq!(
        s.remembered.answers.get("laserjet_pro_m428f-m429f"),
        Some(PanelKind::TextDisplay)
    );
}

#[test]
fn nothing_found_says_so_and_offers_the_panel_guide() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    search(&mut h, "xyzzy");
    assert!(h.query_by_label_contains("No HP printer matches").is_some());
    h.get_by_role_and_label(Role::Button, "Choose my kind of control panel")
        .click();
    h.run();
    assert_eq!(h.state().state.nav.current(), Page::WherePin);
}

/// Steps the app until `done`, for results that come back from the worker thread.
fn step_until(
    h: &mut Harness<'static, WpsApp>,
    what: &str,
    done: impl Fn(&Harness<'static, WpsApp>) -> bool,
) {
    for _ in 0..250 {
        h.step();
        if done(h) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("timed out waiting for: {what}");
}

#[test]
fn answers_are_shared_by_export_and_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut known = wps_pin_core::catalog::PanelAnswers::default();
    known.set("envy_6000_series", PanelKind::TextDisplay);
    panels::store(dir.path()).save(&known).unwrap();

    let mut h = app(dir.path());
    search(&mut h, "envy 6055e");
    h.get_by_label("Remembered control panels").click();
    h.run();
    assert!(
        h.query_by_label("The control panel of 1 model is remembered.")
            .is_some()
    );
    let shared = dir.path().join("shop.json");
    h.state_mut().state.model.share_path = shared.display().to_string();
    h.run();
    h.get_by_role_and_label(Role::Button, "Save the answers to this file")
        .click();
    step_until(&mut h, "export", |h| {
        h.query_by_label_contains("The answers were saved to")
            .is_some()
    });
    let (exported, _) = wps_pin_core::catalog::panels::import(&shared).unwrap();
    assert_eq!(exported, known);

    // A file from another shop: one good answer, one unreadable entry.
    let other = dir.path().join("other.json");
    std::fs::write(
        &other,
        br#"{"format": 1, "answers": {"deskjet_2700_series": "lights-only", "bad id": "touchscreen"}}"#,
    )
    .unwrap();
    h.state_mut().state.model.share_path = other.display().to_string();
    h.run();
    h.get_by_role_and_label(Role::Button, "Add the answers from this file")
        .click();
    step_until(&mut h, "import", |h| {
        h.query_by_label_contains("1 answer was added.").is_some()
    });
    assert!(
        h.query_by_label_contains("1 entry could not be read")
            .is_some()
    );
    assert_eq!(h.state().state.remembered.answers.len(), 2);
    // The imported answer is used: the ENVY 6000 keeps its own, the DeskJet has one now.
    drop(h);
    let stored = panels::store(dir.path()).load().value;
    assert_eq!(
        stored.get("deskjet_2700_series"),
        Some(PanelKind::LightsOnly)
    );
    assert_eq!(stored.get("envy_6000_series"), Some(PanelKind::TextDisplay));
}

#[test]
fn a_remembered_answer_can_be_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut known = wps_pin_core::catalog::PanelAnswers::default();
    known.set("deskjet_2700_series", PanelKind::Touchscreen);
    panels::store(dir.path()).save(&known).unwrap();
    let mut h = app(dir.path());
    search(&mut h, "DeskJet 2755e");
    h.get_by_role_and_label(Role::Button, "HP DeskJet 2700 All-in-One Printer series")
        .click();
    h.run();
    h.get_by_role_and_label(Role::Button, "That is not right: choose again")
        .click();
    h.run();
    h.get_by_label("Only buttons and lights").click();
    h.run();
    let s = &h.state().state;
    assert_eq!(s.journey.panel, Some(PanelKind::LightsOnly));
    assert_eq!(
        s.remembered.answers.get("deskjet_2700_series"),
        Some(PanelKind::LightsOnly)
    );
}

#[test]
fn every_damaged_stored_file_is_set_aside_and_said_on_home() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("settings.json", "Your settings file was damaged"),
        (
            "panel-answers.json",
            "The remembered control panels could not be read",
        ),
        (
            "guide-progress.json",
            "The places you reached in the guides could not be read",
        ),
        (
            "printer-certificates.json",
            "The list of printer certificates the app trusts could not be read",
        ),
    ];
    for (name, _) in files {
        std::fs::write(dir.path().join(name), b"{not json").unwrap();
    }
    let mut h = crate::harness::app_in(dir.path(), egui::vec2(1000.0, 1400.0));
    crate::harness::settle(&mut h);
    for (name, said) in files {
        assert!(h.query_by_label_contains(said).is_some(), "{name} not said");
        assert!(!dir.path().join(name).exists(), "{name} not set aside");
        let kept = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .any(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with(&format!("{name}.broken-"))
            });
        assert!(kept, "{name} is kept for support");
    }
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    assert!(
        h.query_by_label_contains("could not be read").is_none(),
        "dismissed"
    );
}

#[test]
fn show_the_steps_opens_the_remembered_panels_guide_not_the_last_one_viewed() {
    let dir = tempfile::tempdir().unwrap();
    let mut answers = panels::PanelAnswers::default();
    answers.set("deskjet_2700_series", PanelKind::LightsOnly);
    panels::store(dir.path()).save(&answers).unwrap();
    let mut h = app(dir.path());
    // Another guide first.
    activate(&mut h, "Where is the PIN?");
    activate(&mut h, "A touchscreen");
    activate(&mut h, "Home");
    search(&mut h, "DeskJet 2755e");
    activate(&mut h, "HP DeskJet 2700 All-in-One Printer series");
    activate(&mut h, "Show the steps");
    let s = &h.state().state;
    assert_eq!(s.nav.current(), Page::WherePin);
    assert_eq!(
        s.journey.guide,
        Some(wps_pin_core::guide::GuideId::LightsOnly)
    );
    h.get_by_label("Printer with only buttons and lights");
    assert!(h.query_by_label("Printer with a touchscreen").is_none());
}
