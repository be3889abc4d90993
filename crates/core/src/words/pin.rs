//! A PIN check in words.

use crate::i18n::Localizer;
use crate::wps::{PinCheck, Verdict, Warning};

/// The one-sentence verdict a person reads.
// Source: facts/wps.md §1.1 (the check digit) — the messages name it.
pub fn pin_verdict(check: &PinCheck, l: &Localizer) -> String {
    match check.verdict {
        Verdict::Valid8 => l.t_args("pin-valid-8", &[("pin", check.grouped().into())]),
        Verdict::Valid4 => l.t_args("pin-valid-4", &[("pin", check.grouped().into())]),
        Verdict::WrongCheckDigit { expected } => {
            l.t_args("pin-wrong-check-digit", &[("expected", expected.into())])
        }
        Verdict::Empty => l.t("pin-empty"),
        Verdict::WrongLength { digits } => {
            l.t_args("pin-wrong-length", &[("count", digits.into())])
        }
        Verdict::NotADigit { character } => l.t_args(
            "pin-not-a-digit",
            &[("character", character.to_string().into())],
        ),
    }
}

pub fn pin_warning(w: Warning, l: &Localizer) -> String {
    l.t(w.message_id())
}

/// The verdict, then each warning on its own line ("Warning: …").
pub fn pin_lines(check: &PinCheck, l: &Localizer) -> Vec<String> {
    let mut out = vec![pin_verdict(check, l)];
    for w in &check.warnings {
        out.push(l.t_args("words-warning", &[("message", pin_warning(*w, l).into())]));
    }
    out
}

/// What the PIN page's notice says: the verdict, and after a wrong check digit that the
/// PIN may still be tried (facts/wps.md §1.2: some routers accept it), on its own line.
pub fn pin_notice(check: &PinCheck, l: &Localizer) -> String {
    let verdict = pin_verdict(check, l);
    match check.verdict {
        Verdict::WrongCheckDigit { .. } => {
            super::join::lines(&[verdict, l.t("pin-wrong-check-digit-still")])
        }
        _ => verdict,
    }
}
