//! `wps-pin-helper pin check` end to end: text, JSON and exit codes.

use crate::cli::run;

fn json(args: &[&str]) -> (serde_json::Value, i32) {
    let out = run(args);
    let doc = serde_json::from_slice(&out.stdout).expect("one JSON document");
    (doc, out.status.code().unwrap())
}

#[test]
fn valid_pin_as_json() {
    let (doc, code) = json(&["pin", "check", "3141-5927", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(doc["input"], "3141-5927");
    assert_eq!(doc["pin"], "31415927");
    assert_eq!(doc["length"], 8);
    assert_eq!(doc["valid"], true);
    assert!(doc.get("expected_check_digit").is_none());
    assert_eq!(doc["warnings"], serde_json::json!([]));
}

#[test]
fn wrong_check_digit_as_json() {
    let (doc, code) = json(&["pin", "check", "12345678", "--json"]);
    assert_eq!(code, 1);
    assert_eq!(doc["valid"], false);
    assert_eq!(doc["pin"], "12345678");
    assert_eq!(doc["expected_check_digit"], 0);
}

#[test]
fn wrong_length_has_no_pin() {
    let (doc, code) = json(&["pin", "check", "12345", "--json"]);
    assert_eq!(code, 1);
    assert_eq!(doc["pin"], serde_json::Value::Null);
    assert_eq!(doc["length"], 5);
}

#[test]
fn four_digits_and_leading_zeros() {
    let (doc, code) = json(&["pin", "check", "0123 4565", "--json"]);
    assert_eq!((doc["pin"].as_str(), code), (Some("01234565"), 0));
    let (doc, code) = json(&["pin", "check", "1234", "--json"]);
    assert_eq!(
        (doc["length"].as_u64(), doc["valid"].as_bool(), code),
        (Some(4), Some(true), 0)
    );
}

#[test]
fn well_known_pin_warns() {
    let (doc, code) = json(&["pin", "check", "1234 5670", "--json"]);
    assert_eq!(code, 0);
    let warnings = doc["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0]
            .as_str()
            .unwrap()
            .contains("well-known default PIN")
    );
}

#[test]
fn text_output_for_people() {
    let out = run(&["pin", "check", "12345678"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("we expected 0. Please check the PIN again."),
        "{text}"
    );

    let out = run(&["pin", "check", "1234-5670"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("1234 5670 is a valid PIN"), "{text}");
    assert!(
        text.contains("Warning: This is a well-known default PIN"),
        "{text}"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["pin", "check"]).status.code(), Some(2));
    assert_eq!(run(&["pin", "frobnicate"]).status.code(), Some(2));
    assert_eq!(run(&["no-such-command"]).status.code(), Some(2));
}

#[test]
fn help_lists_the_subcommands() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("pin"), "{text}");
    let out = run(&["pin", "--help"]);
    assert!(String::from_utf8(out.stdout).unwrap().contains("check"));
}
