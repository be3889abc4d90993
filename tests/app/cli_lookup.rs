//! `wps-pin-helper lookup` end to end: the built binary, its JSON and exit codes.

// Test helpers fail loudly: a panic is the report.
#![allow(clippy::unwrap_used)]

use std::process::Output;

fn lookup(args: &[&str]) -> Output {
    let conf = tempfile::tempdir().unwrap();
    crate::cli::command(conf.path())
        .arg("lookup")
        .args(args)
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
    assert_eq!(top["wireless_source"], "hplip");
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
    assert_eq!(m["wireless_source"], "hplip-usb-only");
    assert_eq!(m["network"], false);
    // Said as the evidence, with the way to tell.
    let text = String::from_utf8_lossy(&lookup(&["smart tank 350"]).stdout).into_owned();
    assert!(
        text.contains("Wi-Fi: no (HP's driver data lists no Wi-Fi for this model)"),
        "{text}"
    );
    assert!(text.contains("If your printer has a Wi-Fi button, light or menu, it has Wi-Fi."));
}

#[test]
fn wifi_is_yes_no_or_null_with_its_source() {
    let doc = json(&lookup(&[
        "HP ENVY Inspire 7955e",
        "--json",
        "--limit",
        "1",
    ]));
    let m = &doc["matches"][0];
    assert_eq!(m["id"], "envy_inspire_7900_series");
    assert!(m["wireless"].is_null());
    assert_eq!(m["wireless_source"], "hplip-network-only");
    let doc = json(&lookup(&["Color LaserJet Pro MFP 4301fdw", "--json"]));
    assert_eq!(doc["matches"][0]["wireless"], true);
    assert_eq!(doc["matches"][0]["wireless_source"], "model-name");
    let doc = json(&lookup(&["LaserJet 1022nw", "--json"]));
    assert_eq!(doc["matches"][0]["id"], "laserjet_1022nw");
    assert_eq!(doc["matches"][0]["wireless"], true);
}

#[test]
fn the_typed_line_comes_first_and_other_lines_are_said_to_be_so() {
    let doc = json(&lookup(&["DeskJet", "2755e", "--json"]));
    assert_eq!(doc["lines"], serde_json::json!(["DeskJet"]));
    assert_eq!(doc["other_lines"], false);
    let ids: Vec<&str> = doc["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["deskjet_2700_series"]);
    let out = lookup(&["deskjet 9015"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("No DeskJet printer matches. These printers are from other lines."),
        "{text}"
    );
}

#[test]
fn a_model_not_in_the_list_is_said_to_be_so() {
    let out = lookup(&["HP DeskJet 2955e"]);
    assert_eq!(out.status.code(), Some(1), "nothing matched");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Not in our list yet (it may be newer than the list)."),
        "{text}"
    );
    assert!(!text.contains("No HP printer matches"), "{text}");
    let doc = json(&lookup(&["HP Laser 107w", "--json"]));
    assert_eq!(doc["not_in_list"], true);
    assert_eq!(doc["typed"]["model"], "107w");
    assert_eq!(doc["typed"]["wireless"], true);
    assert_eq!(doc["typed"]["wireless_source"], "model-name");
    let doc = json(&lookup(&["9015", "--json"]));
    assert_eq!(doc["not_in_list"], false);
    assert!(doc["typed"]["wireless"].is_null());
}

#[test]
fn help_says_where_the_catalog_comes_from() {
    let out = lookup(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let c = wps_pin_core::catalog::catalog();
    let names: usize = c.families().iter().map(|f| f.names.len()).sum();
    // Numbers are grouped the way the language groups them: "3,305" in English.
    let en = wps_pin_core::i18n::Localizer::new("en-US");
    let grouped = |n: usize| wps_pin_core::words::number(&en, n as u64);
    assert!(names >= 1000 && grouped(names).contains(','));
    assert!(
        text.contains(&format!(
            "HPLIP 3.25.8, HP's printer software for Linux: {} families with {} model names.",
            grouped(c.families().len()),
            grouped(names)
        )),
        "{text}"
    );
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

#[test]
fn an_empty_query_is_a_usage_error() {
    for q in ["", "   "] {
        let out = lookup(&[q]);
        assert_eq!(out.status.code(), Some(2), "{q:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("Type a model name or number"));
    }
}
