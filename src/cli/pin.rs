//! `pin check`: the verdict on a PIN, as text for people or JSON for scripts.

use std::process::ExitCode;

use serde_json::json;

use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::words;
use wps_pin_core::wps::{self, PinCheck};

pub fn check(input: &str, as_json: bool) -> ExitCode {
    let check = wps::check_pin(input);
    if as_json {
        // JSON is for scripts: messages in English so they stay stable.
        println!("{}", pin_json(&check, &Localizer::new(i18n::FALLBACK)));
    } else {
        let lang = i18n::system_language().unwrap_or_default();
        println!(
            "{}",
            words::pin_lines(&check, &Localizer::new(&lang)).join("\n")
        );
    }
    if check.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

pub fn pin_json(check: &PinCheck, l: &Localizer) -> serde_json::Value {
    let mut doc = json!({
        "input": check.input,
        "pin": check.pin(),
        "length": check.digits.len(),
        "valid": check.is_valid(),
        "verdict": words::pin_verdict(check, l),
        "warnings": check.warnings.iter().map(|w| words::pin_warning(*w, l)).collect::<Vec<_>>(),
    });
    if let wps::Verdict::WrongCheckDigit { expected } = check.verdict {
        doc["expected_check_digit"] = json!(expected);
    }
    doc
}
