//! The window: an eframe app over the core. Pages live in `pages/`, one file a page.

mod app;
pub mod fonts;
pub mod header;
pub mod illustration;
pub mod nav;
pub mod pages;
pub mod theme;
pub mod widgets;

use std::process::ExitCode;

pub use app::{Action, AppState, Cx, WpsApp};

use crate::settings::SettingsStore;

pub const APP_NAME: &str = "WPS PIN Helper";

/// How the window is opened.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Simulated printers in the scan (help-desk training).
    pub demo: bool,
    /// Measure start-up: close after the first frame is shown, printing the time since this instant.
    pub exit_after_first_frame: Option<std::time::Instant>,
}

const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/wps-pin-helper-256.png");

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
        .with_inner_size([960.0, 760.0])
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
        Box::new(move |cc| {
            let mut app = WpsApp::new(cc, store)?;
            app.exit_after_first_frame = opts.exit_after_first_frame;
            app.demo = opts.demo;
            Ok(Box::new(app))
        }),
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
