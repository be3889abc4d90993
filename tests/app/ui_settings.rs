//! Settings apply at once, survive a restart, and a damaged file never stops the app.

use std::time::Duration;

use crate::harness::{activate, app, app_with, english, step_until};
use eframe::egui::{self, Color32, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_core::settings::{Settings, SettingsStore, Theme};
use wps_pin_window::WpsApp;

fn saved(dir: &std::path::Path) -> Settings {
    SettingsStore::at(dir).load().value
}

fn wait_saved(
    h: &mut Harness<'_, WpsApp>,
    dir: &std::path::Path,
    pred: impl Fn(&Settings) -> bool,
) {
    step_until(h, "settings saved", Duration::from_secs(5), |_| {
        pred(&saved(dir))
    });
}

#[test]
fn larger_text_applies_at_once_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Settings");
    activate(&mut h, "Larger text");
    assert_eq!(h.ctx.zoom_factor(), 1.25);
    wait_saved(&mut h, dir.path(), |s| s.text_scale == 1.25);
    activate(&mut h, "Normal size");
    assert_eq!(h.ctx.zoom_factor(), 1.0);
}

#[test]
fn ctrl_plus_and_minus_change_the_text_size_setting() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    let zoomed = h.state().state.settings.text_scale;
    assert!(zoomed > 1.0, "Ctrl + made text larger: {zoomed}");
    wait_saved(&mut h, dir.path(), |s| s.text_scale == zoomed);
    for _ in 0..30 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run();
    }
    assert_eq!(h.state().state.settings.text_scale, 2.5, "capped at 250 %");
    assert_eq!(h.ctx.zoom_factor(), 2.5);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.state().state.settings.text_scale, 1.0);
}

#[test]
fn ctrl_plus_and_minus_work_on_the_settings_page_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.state_mut()
        .state
        .nav
        .go(wps_pin_window::flow::Page::Settings);
    h.run();
    for expected in [1.1_f32, 1.2, 1.3] {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run();
        let now = h.state().state.settings.text_scale;
        assert!(
            (now - expected).abs() < 0.011,
            "{now} after Ctrl +, expected {expected}"
        );
    }
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    let now = h.state().state.settings.text_scale;
    assert!((now - 1.2).abs() < 0.011, "Ctrl - gave {now}");
}

#[test]
fn high_contrast_and_reduced_motion_apply_live() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    assert_eq!(h.ctx.global_style().visuals.panel_fill, Color32::WHITE);
    activate(&mut h, "Settings");
    activate(&mut h, "High contrast");
    assert_eq!(h.ctx.global_style().visuals.panel_fill, Color32::BLACK);
    assert_eq!(
        h.ctx.global_style().visuals.override_text_color,
        Some(Color32::WHITE)
    );
    activate(&mut h, "Reduce motion");
    assert_eq!(h.ctx.global_style().animation_time, 0.0);
    wait_saved(&mut h, dir.path(), |s| {
        s.theme == Theme::HighContrast && s.reduced_motion
    });
}

#[test]
fn settings_are_remembered_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = app(dir.path());
        activate(&mut h, "Settings");
        activate(&mut h, "High contrast");
        activate(&mut h, "Larger text");
        wait_saved(&mut h, dir.path(), |s| {
            s.text_scale == 1.25 && s.theme == Theme::HighContrast
        });
    }
    let mut h = crate::harness::app_in(dir.path(), egui::vec2(1000.0, 900.0));
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 1.25);
    assert_eq!(h.ctx.global_style().visuals.panel_fill, Color32::BLACK);
}

#[test]
fn the_settings_folder_is_shown_only_when_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::harness::app_in(dir.path(), egui::vec2(1000.0, 900.0));
    h.run();
    activate(&mut h, "Settings");
    let folder = dir.path().display().to_string();
    assert!(h.query_by_label_contains(&folder).is_none());
    let expanded = |h: &Harness<'_, WpsApp>| {
        h.get_by_label("Where the app keeps its files")
            .accesskit_node()
            .data()
            .is_expanded()
    };
    assert_eq!(
        expanded(&h),
        Some(false),
        "a screen reader hears it is closed"
    );
    activate(&mut h, "Where the app keeps its files");
    let shown = h.get_by_label_contains(&folder);
    assert_eq!(
        shown.accesskit_node().data().live(),
        Some(egui::accesskit::Live::Polite),
        "read out when it appears (AccessKit on Linux does not pass 'expanded' on)"
    );
    assert_eq!(expanded(&h), Some(true));
}

#[test]
fn a_corrupt_settings_file_is_moved_aside_and_the_app_starts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.json"), b"\x00\xffnot json{{").unwrap();
    let mut h = crate::harness::app_in(dir.path(), egui::vec2(1000.0, 900.0));
    h.run();
    h.get_by_label("Let's connect your printer to Wi-Fi");
    h.get_by_label_contains("Your settings file was damaged");
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("settings.json.broken-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept for support");
    // Its place is for the help desk: not shown until asked for.
    let kept_name = kept[0].file_name().to_string_lossy().into_owned();
    assert!(h.query_by_label_contains(&kept_name).is_none());
    h.get_by_label("Where is the file?").click();
    h.run();
    h.get_by_label_contains("The damaged file was kept here");
    h.get_by_label_contains(&kept_name);
    h.get_by_label("OK").click();
    h.run();
    assert!(
        h.query_by_label_contains("Your settings file was damaged")
            .is_none()
    );
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        Color32::WHITE,
        "defaults in use"
    );
}

#[test]
fn the_language_can_be_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_with(
        dir.path(),
        Settings {
            language: None,
            ..english()
        },
    );
    h.run();
    activate(&mut h, "Settings");
    activate(&mut h, "English");
    wait_saved(&mut h, dir.path(), |s| {
        s.language.as_deref() == Some("en-US")
    });
}

/// Every language can be chosen by keyboard, and the window speaks it on the next frame.
#[test]
fn switching_language_is_instant_and_remembered() {
    use wps_pin_core::i18n::{self, Localizer};
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Settings");
    let mut current = Localizer::new("en-US");
    for (tag, name) in i18n::available().iter().rev() {
        activate(&mut h, name);
        let now = Localizer::new(tag);
        let title = now.t("settings-title");
        assert_eq!(h.state().localizer().tag(), *tag);
        assert!(
            h.query_all_by_label(&title).next().is_some(),
            "the settings page is not in {tag} right after choosing it: {title:?}"
        );
        if current.t("settings-title") != title {
            assert!(
                h.query_all_by_label(&current.t("settings-title"))
                    .next()
                    .is_none()
            );
        }
        current = now;
        wait_saved(&mut h, dir.path(), |s| s.language.as_deref() == Some(tag));
    }
}
