//! `pin check`: the verdict on a PIN, as text for people or JSON for scripts.

use std::process::ExitCode;

use serde_json::json;

use super::terminal::{Outcome, say};
use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::words;
use wps_pin_core::wps::{self, PinCheck};

pub fn check(input: &str, as_json: bool) -> Outcome {
    let check = wps::check_pin(input);
    if as_json {
        // JSON is for scripts: messages in English so they stay stable.
        say(&pin_json(&check, &Localizer::new(i18n::FALLBACK)).to_string())?;
    } else {
        say(&words::pin_lines(&check, &super::terminal::reader()).join("\n"))?;
    }
    Ok(if check.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
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
