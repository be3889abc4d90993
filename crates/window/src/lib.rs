//! WPS PIN Helper's window: an eframe app over the core (`wps-pin-core`).
//!
//! State flows one way: pages (`pages/`, one module a page) draw from the [`journey`]
//! and their own state and return [`Action`]s; `handler` carries them out after the
//! frame, and `events` applies what the worker reports. No page touches another
//! page's state, a socket or a file.

pub mod action;
pub mod air;
mod app;
mod dialog;
mod events;
mod files;
pub mod fonts;
mod handler;
pub mod header;
pub mod illustration;
pub mod journey;
mod names;
pub mod nav;
pub mod options;
mod page_view;
pub mod pages;
pub mod state;
pub mod theme;
pub mod widgets;

use std::process::ExitCode;

pub use action::Action;
pub use app::{Cx, WpsApp};
pub use eframe;
pub use options::Options;
pub use state::AppState;

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
