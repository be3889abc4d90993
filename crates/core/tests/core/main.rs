//! The core's integration tests, in one binary (one link): parsers against fixtures and
//! hostile input, the probe and certificate trust against servers in this process,
//! discovery against real mDNS responders on the loopback. None of them links a GUI.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod support;

mod air_elements;
mod air_file;
mod air_networks;
#[cfg(target_os = "linux")]
mod air_nm;
#[cfg(target_os = "linux")]
mod air_radio;
mod air_security;
mod catalog_answers;
mod catalog_asset;
mod catalog_current_models;
mod catalog_fuzz;
mod catalog_search;
mod discovery;
mod ews_parsers;
mod hostile;
mod hostile_depth;
mod hostile_files;
mod hostile_paths;
mod probe;
mod tls_pinning;
mod wifi_cdm;
mod wifi_hostile;
mod wifi_ledm;
mod wifi_secrets;
#[cfg(target_os = "linux")]
mod wifi_setup_network;
