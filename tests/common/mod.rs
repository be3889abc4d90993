//! Shared helpers for the UI tests: the real app over a temporary settings folder,
//! driven like a person would (Tab, Enter, typing), queried through AccessKit.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

pub mod fake_printer;
pub mod http_server;

use std::path::Path;
use std::time::{Duration, Instant};

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_helper::settings::{Settings, SettingsStore};
use wps_pin_helper::ui::WpsApp;

/// The worker wakes the window from its own thread (a saved setting, a tick), so a
/// frame may need a few more passes to settle than egui's default allows.
pub fn builder(size: egui::Vec2) -> egui_kittest::HarnessBuilder<WpsApp> {
    Harness::builder().with_size(size).with_max_steps(32)
}

/// The real app over an existing settings folder.
pub fn app_in(dir: &Path, size: egui::Vec2) -> Harness<'static, WpsApp> {
    let store = SettingsStore::at(dir);
    builder(size).build_eframe(move |cc| {
        let mut app = WpsApp::new(cc, store).expect("app starts");
        // No announcement or query may leave this computer during tests.
        app.scan_scope = wps_pin_helper::net::discovery::Scope::LoopbackOnly;
        app
    })
}

/// The app in English with the given settings stored beforehand.
pub fn app_with(dir: &Path, settings: Settings) -> Harness<'static, WpsApp> {
    SettingsStore::at(dir)
        .save(&settings)
        .expect("seed settings");
    app_in(dir, egui::vec2(1000.0, 1400.0))
}

pub fn english() -> Settings {
    Settings {
        language: Some("en-US".into()),
        ..Settings::default()
    }
}

pub fn app(dir: &Path) -> Harness<'static, WpsApp> {
    let mut h = app_with(dir, english());
    settle(&mut h);
    h
}

pub fn focused_label(h: &Harness<'_, WpsApp>) -> Option<String> {
    h.query_by(|n| n.is_focused())
        .and_then(|n| n.accesskit_node().label())
}

/// Runs frames until the UI is idle, or for a bounded number of frames while
/// something animates on purpose (the scan page's spinner).
pub fn settle(h: &mut Harness<'_, WpsApp>) {
    let _ = h.try_run();
}

/// Presses Tab until the control named `label` has keyboard focus.
pub fn tab_to(h: &mut Harness<'_, WpsApp>, label: &str) {
    let mut seen = Vec::new();
    for _ in 0..80 {
        let now = focused_label(h);
        if now.as_deref() == Some(label) {
            return;
        }
        seen.push(now.unwrap_or_default());
        h.key_press(Key::Tab);
        settle(h);
    }
    panic!("Tab never reached {label:?}; focus went through {seen:?}");
}

/// Reaches a control by Tab and activates it with Enter, as a keyboard user would.
pub fn activate(h: &mut Harness<'_, WpsApp>, label: &str) {
    tab_to(h, label);
    h.key_press(Key::Enter);
    settle(h);
}

/// Steps the app in real time until `pred` holds (the worker runs on its own thread).
pub fn step_until(
    h: &mut Harness<'_, WpsApp>,
    what: &str,
    limit: Duration,
    pred: impl Fn(&Harness<'_, WpsApp>) -> bool,
) {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        h.step();
        if pred(h) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("timed out waiting for: {what}");
}
