//! The app's tests in one binary (each test binary links the whole app): the command
//! line end to end, and the window driven through AccessKit with egui_kittest as a
//! person would drive it. Printers, routers and mDNS responders are served in this
//! process on the loopback, from the helpers the core's tests use.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../crates/core/tests/core/support/mod.rs"]
pub mod support;

mod cli;
mod harness;
mod keyboard;

mod cli_air;
mod cli_demo;
mod cli_faults;
mod cli_hostile;
mod cli_lookup;
mod cli_pin;
mod cli_probe;
mod cli_report;
mod cli_scan;
mod cli_wifi;
mod fact_sheets;
mod guide_print;
mod hostile;
mod illustrations;
mod locales;
mod picture_words;
mod sources;
mod typography;
mod ui_accessibility;
mod ui_air;
mod ui_choose_model;
mod ui_choose_model_answers;
mod ui_demo;
mod ui_find_printer;
mod ui_focus;
mod ui_guide;
mod ui_journey;
mod ui_journey_large;
mod ui_navigation;
mod ui_pin;
mod ui_pin_steps;
mod ui_printer;
mod ui_settings;
mod ui_troubleshoot;
mod ui_wifi;
