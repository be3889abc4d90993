//! How the window is opened: chosen once at start (by the command line or a test),
//! never changed while it runs.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use wps_pin_core::air::reading::AirSource;
use wps_pin_core::net::discovery::Scope;
use wps_pin_core::wps;

#[derive(Debug, Clone)]
pub struct Options {
    /// Simulated printers in the scan (help-desk training).
    pub demo: bool,
    /// Measure start-up: close after the first frame is shown, printing the time since this instant.
    pub exit_after_first_frame: Option<Instant>,
    /// Where to search for printers; tests keep it on the loopback.
    pub scan_scope: Scope,
    /// Where printable guides go (default: the documents folder).
    pub print_dir: Option<PathBuf>,
    /// The WPS walk time the timer counts down; tests shorten it.
    pub wps_window: Duration,
    /// A router that is not the default gateway (tests: a stand-in on the loopback).
    pub router: Option<SocketAddr>,
    /// Open files the app wrote (a printed guide) in the browser; tests turn it off.
    pub open_written_files: bool,
    /// Where the Wi-Fi readings come from: the radio, or in demo mode a simulated router
    /// (the radio is never read in demo mode); tests read a file or nothing.
    pub air: AirSource,
    /// Ask where to save with the system's save dialog; without it (tests), the file
    /// is typed.
    pub save_dialog: bool,
    /// Tests: a save window that answers this file at once (instead of the system's).
    pub chosen_file: Option<PathBuf>,
    /// Demo mode: how long after WPS is started (the timer) the demo printer joins Wi-Fi.
    pub demo_join_after: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            demo: false,
            exit_after_first_frame: None,
            scan_scope: Scope::AllInterfaces,
            print_dir: None,
            wps_window: wps::WALK_TIME,
            router: None,
            open_written_files: true,
            air: AirSource::Radio,
            save_dialog: true,
            chosen_file: None,
            demo_join_after: Duration::from_secs(8),
        }
    }
}
