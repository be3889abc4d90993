//! At first start (no language chosen yet) the app speaks the computer's language.
//! Its own test binary: it changes the process environment, which no other test may see.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

#[path = "app/harness.rs"]
mod harness;

use eframe::egui;
use wps_pin_core::i18n::Localizer;
use wps_pin_core::settings::SettingsStore;

#[test]
fn a_german_computer_gets_german_and_a_brazilian_one_portuguese() {
    for (system, tag) in [
        ("de_DE.UTF-8", "de"),
        ("pt_BR.UTF-8", "pt-BR"),
        ("zh_CN.UTF-8", "zh-CN"),
    ] {
        // SAFETY: this binary has one test and it is the only thread touching the environment.
        unsafe {
            std::env::remove_var("LANGUAGE");
            std::env::set_var("LC_ALL", system);
            std::env::set_var("LANG", system);
        }
        let dir = tempfile::tempdir().unwrap();
        // Nothing saved yet: a first start.
        assert!(!SettingsStore::at(dir.path()).path().exists());
        let mut h = harness::app_in(dir.path(), egui::vec2(1024.0, 768.0));
        harness::settle(&mut h);
        assert_eq!(h.state().localizer().tag(), tag, "system {system}");
        let home = Localizer::new(tag).t("home-question");
        assert!(
            egui_kittest::kittest::Queryable::query_by_label(&h, &home).is_some(),
            "the home page is not in {tag}: {home:?}"
        );
    }
}
