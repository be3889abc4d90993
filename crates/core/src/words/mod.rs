//! The wording layer: every domain value a person reads (a PIN verdict, a printer's
//! adapter, a check and its state, a problem, a router's WPS read from the air) is
//! worded here, once, through the [`Localizer`]. The window, the command line and the support summary all call these
//! functions, so the three faces never drift apart.
//!
//! Joining is the language's business too: a label and its value ("Model: …", French
//! "Modèle : …", Chinese "型号：…") and the items of a list (", " or "、") come from
//! the locale files, never from code.

mod address;
mod air;
mod catalog;
mod checks;
mod files;
mod join;
mod journey;
mod pin;
mod printer;
mod problem;
mod status;
mod wifi;

pub use address::address_error;
pub use air::{
    air_age, air_band_unchecked, air_bss_line, air_lines, air_network_line, air_network_name,
    air_printer, air_scan, air_unavailable, air_verdict, air_verdict_short, air_warning,
    air_warning_line,
};
pub use catalog::{
    catalog_source, family_card, family_facts, no_match, not_in_list, not_in_list_notice,
    other_lines, panel_description, panel_title, why, wifi_answer, wifi_fact, wifi_notice,
};
pub use checks::{
    check_explanation, check_line, check_name, check_reason, check_result_state, check_state,
    no_network,
};
pub use files::{file_error, load_problem, load_problem_where, save_error};
pub use journey::{journey_lines, model_lines, pin_check, printer_fact_lines, timer_run, way};
pub use pin::{pin_lines, pin_notice, pin_verdict, pin_warning};
pub use printer::{
    WifiSeen, adapter_kind, adapter_line, adapter_state, identity_lines, no_answer, printer_lines,
    signal, wifi_seen, wifi_status,
};
pub use problem::{problem, problem_plain};
pub use status::{open_ports, port_name};
pub use wifi::{
    passphrase_error, printer_wifi_lines, setup_error, setup_returned, unencrypted_question,
    wifi_join_lines, wifi_network_line, wifi_network_lines, wifi_problem, wifi_progress,
    wifi_protocol, wifi_security, wifi_status_lines,
};

pub use join::{
    bullet, labelled, lines, list, number, numbered, percent, with_detail, with_note, yes_no,
};
