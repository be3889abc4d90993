//! The guides: one step per screen, walked with the keyboard, each guide remembering
//! where the person was.

use crate::harness::{activate, app};
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_window::flow::Page;

#[test]
fn walk_the_touchscreen_guide_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Where is the PIN?");
    activate(&mut h, "A touchscreen");
    h.get_by_label("Printer with a touchscreen");
    h.get_by_label("Step 1 of 4");
    h.get_by_label_contains("Before the printer makes a PIN");
    assert!(
        h.get_by_role_and_label(Role::Button, "Previous step")
            .accesskit_node()
            .is_disabled()
    );
    activate(&mut h, "Next");
    activate(&mut h, "Next");
    h.get_by_label("Step 3 of 4");
    activate(&mut h, "Previous step");
    h.get_by_label("Step 2 of 4");
    activate(&mut h, "Next");
    h.get_by_label("Step 3 of 4");
    h.get_by_label("Choose Wi-Fi Protected Setup (WPS), then PIN.");

    h.get_by_label("The printer shows an 8-digit PIN and often a timer.");
    h.get_by_label_contains("Menu names vary by model.");

    // Another route, then back: the touchscreen guide is still at step 3.
    activate(&mut h, "A PIN on a label");
    h.get_by_label("Step 1 of 4");
    // The panel chosen stays chosen while another route's guide is read.
    assert_eq!(
        h.get_by_role_and_label(Role::RadioButton, "A touchscreen")
            .accesskit_node()
            .toggled(),
        Some(eframe::egui::accesskit::Toggled::True)
    );
    activate(&mut h, "A touchscreen");
    h.get_by_label("Step 3 of 4");
    activate(&mut h, "Next");
    activate(&mut h, "Enter the PIN");
    assert_eq!(h.state().state.nav.current(), Page::EnterPin);
}

#[test]
fn every_guide_can_be_opened_and_walked_to_its_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Where is the PIN?");
    for g in wps_pin_core::guide::all() {
        h.state_mut().state.journey.guide = Some(g.id);
        crate::harness::settle(&mut h);
        for i in 1..=g.steps.len() {
            h.get_by_label(&format!("Step {i} of {}", g.steps.len()));
            if i < g.steps.len() {
                h.get_by_role_and_label(Role::Button, "Next")
                    .click_accesskit();
                crate::harness::settle(&mut h);
            }
        }
        let done = match g.done {
            wps_pin_core::guide::Done::EnterPin => "Enter the PIN",
            wps_pin_core::guide::Done::SeeJoined => "See whether it joined",
            wps_pin_core::guide::Done::Home => "Finish",
        };
        h.get_by_role_and_label(Role::Button, done);
    }
}

#[test]
fn the_buttons_and_lights_guide_ends_with_seeing_whether_it_joined() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Where is the PIN?");
    activate(&mut h, "Only buttons and lights");
    assert!(h.query_by_label_contains("Menu names vary").is_none());
    h.get_by_label_contains("Buttons and light patterns vary by model.");
    for _ in 0..4 {
        activate(&mut h, "Next");
    }
    h.get_by_label("Step 5 of 5");
    assert!(
        h.query_by_role_and_label(Role::Button, "Enter the PIN")
            .is_none()
    );
    activate(&mut h, "See whether it joined");
    assert_eq!(h.state().state.nav.current(), Page::Printer);
}

#[test]
fn where_is_the_pin_names_the_chosen_model() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.state_mut().state.journey.family =
        wps_pin_core::catalog::catalog().get("officejet_pro_9010_series");
    activate(&mut h, "Where is the PIN?");
    h.get_by_label("For the printer: HP OfficeJet Pro 9010 series");
}

#[test]
fn print_or_save_names_the_file_for_the_printer_and_the_day_and_says_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::harness::app_opened_with(
        dir.path(),
        wps_pin_window::Options {
            print_dir: Some(dir.path().to_owned()),
            ..crate::harness::options()
        },
    );
    h.state_mut().state.journey.family =
        wps_pin_core::catalog::catalog().get("deskjet_2700_series");
    activate(&mut h, "Where is the PIN?");
    activate(&mut h, "Only buttons and lights");
    h.get_by_role_and_label(Role::Button, "Print or save this guide")
        .click_accesskit();
    // No save window here, said as such: the suggested file is typed, named for the guide,
    // the printer and the minute.
    crate::harness::step_until(
        &mut h,
        "no dialog",
        std::time::Duration::from_secs(10),
        |h| {
            h.query_by_label_contains("No save window can open")
                .is_some()
        },
    );
    let typed = std::path::PathBuf::from(&h.state().state.print.typed);
    let day = &wps_pin_core::time::utc(std::time::SystemTime::now())[..10];
    let name = typed.file_name().unwrap().to_string_lossy().into_owned();
    let stem = format!("wps-guide-lights-only-HP-DeskJet-2700-All-in-One-Printer-series-{day}-");
    assert!(name.starts_with(&stem) && name.ends_with(".html"), "{name}");
    assert_eq!(typed.parent(), Some(dir.path()));
    h.get_by_role_and_label(Role::Button, "Save to this file")
        .click_accesskit();
    crate::harness::step_until(
        &mut h,
        "the guide is saved",
        std::time::Duration::from_secs(10),
        |h| h.query_by_label_contains("The guide is saved as").is_some(),
    );
    // True to what happened: saved under that name; no browser was asked here.
    h.get_by_label_contains(&format!("The guide is saved as “{name}”, as a web page"));
    assert!(
        h.query_by_label_contains(&dir.path().display().to_string())
            .is_none()
    );
    let html = std::fs::read_to_string(dir.path().join(&name)).unwrap();
    assert!(html.contains("Printer with only buttons and lights"));
    assert!(html.contains("For the printer: HP DeskJet 2700"));
    assert_eq!(html.matches("<svg").count(), 5);
}

#[test]
fn a_guide_reopens_at_the_step_reached_last_time() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = app(dir.path());
        activate(&mut h, "Where is the PIN?");
        activate(&mut h, "A touchscreen");
        activate(&mut h, "Next");
        activate(&mut h, "Next");
        h.get_by_label("Step 3 of 4");
        // Closing the app stops the worker once it has written what was asked.
    }
    let mut h = app(dir.path());
    activate(&mut h, "Where is the PIN?");
    activate(&mut h, "A touchscreen");
    h.get_by_label("Step 3 of 4");
    activate(&mut h, "Previous step");
    h.get_by_label("Step 2 of 4");
}
