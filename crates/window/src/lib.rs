//! WPS PIN Helper's window: egui glue over the flow (`wps-pin-flow`) and the core.
//!
//! State lives in the flow's [`wps_pin_flow::AppState`] and changes only in
//! [`wps_pin_flow::update`]. Pages (`pages/`, one module a page) draw from it through
//! [`cx::Cx`] and say what the person did as messages; [`WpsApp`] hands them, and the
//! worker's events, to `update` and carries out the effects it returns. No page changes
//! the state, touches a socket or a file.

pub mod air;
mod app;
pub mod cx;
mod dialog;
pub mod fonts;
pub mod header;
pub mod illustration;
mod names;
pub mod options;
mod page_view;
pub mod pages;
mod question;
pub mod theme;
mod timer_bar;
pub mod widgets;

use std::process::ExitCode;

pub use app::WpsApp;
pub use eframe;
pub use options::Options;
pub use wps_pin_flow as flow;

use wps_pin_core::settings::SettingsStore;

pub use names::{APP_NAME, DEFAULT_SIZE};

const ICON_PNG: &[u8] = include_bytes!("../../../assets/icon/wps-pin-helper-256.png");

/// Opens the window and returns when it is closed.
pub fn run(opts: Options) -> ExitCode {
    let store = match SettingsStore::platform() {
        Ok(s) => s,
        Err(e) => {
            // Still start: settings just are not remembered this time.
            tracing::warn!("{e}");
            SettingsStore::at(std::env::temp_dir().join("wps-pin-helper"))
        }
    };
    let mut viewport = eframe::egui::ViewportBuilder::default()
        .with_title(APP_NAME)
        .with_app_id("wps-pin-helper")
        .with_inner_size(DEFAULT_SIZE)
        .with_min_inner_size([420.0, 360.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => tracing::warn!("window icon not used: {e}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_NAME,
        options,
        Box::new(move |cc| Ok(Box::new(WpsApp::new(cc, store, opts)?))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "WPS PIN Helper could not open its window: {e}\n\
                 On Linux, a desktop session (X11 or Wayland) with OpenGL is needed. \
                 The command-line tools still work: run `wps-pin-helper --help`."
            );
            ExitCode::from(1)
        }
    }
}
