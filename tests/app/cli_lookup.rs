//! `wps-pin-helper lookup` end to end: the built binary, its JSON and exit codes.

// Test helpers fail loudly: a panic is the report.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

fn lookup(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wps-pin-helper"))
        .arg("lookup")
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_lists_matches_best_first() {
    let out = lookup(&["HP OJ Pro 9015e", "--json", "--limit", "3"]);
    assert_eq!(out.status.code(), Some(0));
    let doc = json(&out);
    assert_eq!(doc["query"], "HP OJ Pro 9015e");
    let matches = doc["matches"].as_array().unwrap();
    assert!(!matches.is_empty() && matches.len() <= 3);
    let top = &matches[0];
    assert_eq!(top["id"], "officejet_pro_9010_series");
    assert!(top["name"].as_str().unwrap().contains("OfficeJet Pro"));
    assert!(
        top["names"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n.is_string())
    );
    assert_eq!(top["wireless"], true);
    assert_eq!(top["network"], true);
    assert_eq!(top["ews"], true);
    assert_eq!(top["protocol"], "ledm");
    assert!(top["why"].as_str().unwrap().contains("9010"));
    let scores: Vec<f64> = matches
        .iter()
        .map(|m| m["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
}

#[test]
fn several_words_without_quotes_are_one_query() {
    let out = lookup(&["LaserJet", "Pro", "M428fdw", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let doc = json(&out);
    assert_eq!(doc["query"], "LaserJet Pro M428fdw");
    assert_eq!(doc["matches"][0]["id"], "laserjet_pro_m428f-m429f");
    assert_eq!(doc["matches"][0]["name"], "HP LaserJet Pro MFP M428fdw");
}

#[test]
fn a_usb_only_model_says_so() {
    let doc = json(&lookup(&["smart tank 350", "--json", "--limit", "1"]));
    let m = &doc["matches"][0];
    assert_eq!(m["id"], "smart_tank_350_series");
    assert_eq!(m["wireless"], false);
    assert_eq!(m["network"], false);
}

#[test]
fn nothing_matched_exits_1() {
    let out = lookup(&["xyzzy", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let doc = json(&out);
    assert_eq!(doc["matches"].as_array().unwrap().len(), 0);
    let text = lookup(&["qwerty uiop"]);
    assert_eq!(text.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&text.stdout).contains("No HP printer matches"));
}

#[test]
fn text_output_is_for_people() {
    let out = lookup(&["M404dw"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("1. HP LaserJet Pro M404dw"), "{text}");
    assert!(text.contains("Wi-Fi: yes"), "{text}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(lookup(&[]).status.code(), Some(2));
    assert_eq!(lookup(&["9015", "--limit", "0"]).status.code(), Some(2));
    assert_eq!(lookup(&["9015", "--limit", "many"]).status.code(), Some(2));
    assert_eq!(lookup(&["9015", "--bogus"]).status.code(), Some(2));
}
