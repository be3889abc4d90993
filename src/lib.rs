//! WPS PIN Helper: gets an HP printer onto Wi-Fi with WPS.
//!
//! The core (wps, settings, i18n, worker) has no GUI dependency; `ui` is the eframe
//! face and `cli` the command-line face of the same core.

pub mod catalog;
pub mod checks;
pub mod cli;
pub mod fsutil;
pub mod guide;
pub mod i18n;
pub mod net;
pub mod printer;
pub mod report;
pub mod settings;
pub mod ui;
pub mod watch;
pub mod worker;
pub mod wps;
