//! Shared helpers for the UI tests: the real app over a temporary settings folder,
//! driven like a person would (Tab, Enter, typing), queried through AccessKit.
#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_core::air::reading::AirSource;
use wps_pin_core::net::discovery::Scope;
use wps_pin_core::settings::{Settings, SettingsStore};
use wps_pin_window::{Options, WpsApp};

/// The worker wakes the window from its own thread (a saved setting, a tick), so a
/// frame may need a few more passes to settle than egui's default allows.
pub fn builder(size: egui::Vec2) -> egui_kittest::HarnessBuilder<WpsApp> {
    Harness::builder().with_size(size).with_max_steps(32)
}

/// What every test window starts with: no announcement or query leaves this computer,
/// this computer's Wi-Fi is not read (tests of the air use demo mode or a file), and
/// nothing the app writes is opened in a browser.
pub fn options() -> Options {
    Options {
        scan_scope: Scope::LoopbackOnly,
        open_written_files: false,
        air: AirSource::Off,
        save_dialog: false,
        ..Options::default()
    }
}

/// The real app over an existing settings folder.
pub fn app_in(dir: &Path, size: egui::Vec2) -> Harness<'static, WpsApp> {
    app_in_with(dir, size, options())
}

/// The real app over an existing settings folder, opened with `options`.
pub fn app_in_with(dir: &Path, size: egui::Vec2, options: Options) -> Harness<'static, WpsApp> {
    let store = SettingsStore::at(dir);
    builder(size).build_eframe(move |cc| WpsApp::new(cc, store, options).expect("app starts"))
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
    app_opened_with(dir, options())
}

/// The app in English, opened with `options`, settled.
pub fn app_opened_with(dir: &Path, options: Options) -> Harness<'static, WpsApp> {
    SettingsStore::at(dir)
        .save(&english())
        .expect("seed settings");
    let mut h = app_in_with(dir, egui::vec2(1000.0, 1400.0), options);
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

/// On the PIN page with a way chosen: presses Next (by keyboard) until `label` has the
/// focus — arriving at the PIN's step puts the caret in its field.
pub fn next_until(h: &mut Harness<'_, WpsApp>, label: &str) {
    let next = h.state().localizer().t("guide-next");
    let mut seen = Vec::new();
    for _ in 0..12 {
        let now = focused_label(h);
        if now.as_deref() == Some(label) {
            return;
        }
        seen.push(now.unwrap_or_default());
        activate(h, &next);
    }
    panic!("Next never reached {label:?}; focus went through {seen:?}");
}

/// Shows the chosen way's step that carries `mark` (for tests that are not about walking
/// the steps).
pub fn show_step(h: &mut Harness<'_, WpsApp>, mark: wps_pin_core::guide::howto::Mark) {
    let s = &h.state().state;
    let method = s.pin.method.expect("a way is chosen");
    let at = wps_pin_core::guide::howto::steps(method.direction(), s.journey.panel)
        .iter()
        .position(|step| step.mark == Some(mark))
        .expect("the way has that step");
    h.state_mut()
        .dispatch(wps_pin_window::flow::Msg::PinStep(at));
    settle(h);
}
