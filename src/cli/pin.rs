//! `pin check`: the verdict on a PIN, as text for people or JSON for scripts.

use std::process::ExitCode;

use fluent_bundle::FluentValue;
use serde_json::json;

use crate::i18n::{self, Localizer};
use crate::wps::{self, PinCheck};

pub fn check(input: &str, as_json: bool) -> ExitCode {
    let check = wps::check_pin(input);
    if as_json {
        // JSON is for scripts: messages in English so they stay stable.
        println!("{}", pin_json(&check, &Localizer::new(i18n::FALLBACK)));
    } else {
        let lang = i18n::system_language().unwrap_or_default();
        println!("{}", pin_text(&check, &Localizer::new(&lang)));
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
        "verdict": verdict_text(check, l),
        "warnings": check.warnings.iter().map(|w| l.t(w.message_id())).collect::<Vec<_>>(),
    });
    if let wps::Verdict::WrongCheckDigit { expected } = check.verdict {
        doc["expected_check_digit"] = json!(expected);
    }
    doc
}

/// The one-sentence verdict a person reads, shared by the window and the command line.
pub fn verdict_text(check: &PinCheck, l: &Localizer) -> String {
    use wps::Verdict::*;
    match check.verdict {
        Valid8 => l.t_args("pin-valid-8", &[("pin", check.grouped().into())]),
        Valid4 => l.t_args("pin-valid-4", &[("pin", check.grouped().into())]),
        WrongCheckDigit { expected } => {
            l.t_args("pin-wrong-check-digit", &[("expected", expected.into())])
        }
        Empty => l.t("pin-empty"),
        WrongLength { digits } => l.t_args("pin-wrong-length", &[("count", digits.into())]),
        NotADigit { character } => l.t_args(
            "pin-not-a-digit",
            &[("character", FluentValue::from(character.to_string()))],
        ),
    }
}

pub fn pin_text(check: &PinCheck, l: &Localizer) -> String {
    let mut out = verdict_text(check, l);
    for w in &check.warnings {
        out.push('\n');
        out.push_str(&l.t_args("cli-warning", &[("message", l.t(w.message_id()).into())]));
    }
    out
}
