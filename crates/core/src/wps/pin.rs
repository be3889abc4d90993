//! WPS PIN parsing and the check-digit rule (WSC / hostap `wps_pin_checksum`).
//!
//! A PIN is kept as a string: generated PINs may start with zero. Like hostap's
//! `wps_check_pin`, separators are ignored, 4 and 8 digits are legal, and only an
//! 8-digit PIN carries a check digit. A wrong check digit is reported with the
//! digit that was expected: it almost always means a typo, but some routers accept
//! such PINs, so the verdict never says the PIN "cannot work".

use serde::Serialize;

/// Router PINs that are published as static defaults (facts/wps.md §1.11). A PIN
/// shown by a printer that equals one of these is suspicious; a router using one
/// is open to anyone who knows the list.
const WELL_KNOWN_PINS: &[&str] = &[
    "12345670", "00000000", "20172527", "46264848", "76229909", "62327145", "10864111", "31957199",
    "30432031", "71412252", "68175542", "95661469", "95719115", "48563710", "20854836", "43977680",
    "05294176", "99956042", "35611530", "67958146", "34259283", "94229882", "95755212",
];

/// The outcome of checking what a person typed or pasted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinCheck {
    /// Exactly what was given.
    pub input: String,
    /// The digits with separators removed (may be any length, even empty).
    pub digits: String,
    pub verdict: Verdict,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Eight digits with a matching check digit.
    Valid8,
    /// Four digits: legal, but there is no check digit to catch a typo.
    Valid4,
    /// Eight digits whose last digit does not match the first seven.
    WrongCheckDigit { expected: u8 },
    /// Nothing typed yet.
    Empty,
    /// Digits only so far, fewer than 8 (and not exactly 4), or more than 8.
    WrongLength { digits: usize },
    /// A character that is neither a digit nor a separator.
    NotADigit { character: char },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Warning {
    /// The PIN is on published lists of default router PINs.
    WellKnownDefault,
}

impl Warning {
    /// The message id in the locale files (locales/*/main.ftl).
    pub fn message_id(self) -> &'static str {
        match self {
            Warning::WellKnownDefault => "pin-warning-well-known",
        }
    }
}

impl PinCheck {
    pub fn is_valid(&self) -> bool {
        matches!(self.verdict, Verdict::Valid8 | Verdict::Valid4)
    }

    /// The cleaned PIN when it has a legal length (4 or 8 digits), whether or not
    /// its check digit matches.
    pub fn pin(&self) -> Option<&str> {
        match self.verdict {
            Verdict::Valid8 | Verdict::Valid4 | Verdict::WrongCheckDigit { .. } => {
                Some(&self.digits)
            }
            _ => None,
        }
    }

    /// "1234 5670": the grouping people read off a screen or label.
    pub fn grouped(&self) -> String {
        group_digits(&self.digits)
    }
}

/// Separators people type or paste between digit groups.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | ':' | '_' | '/' | '\u{2010}'..='\u{2015}')
}

/// ASCII digit for ASCII and full-width digits (typed with an East Asian input method).
fn digit_of(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{FF10}'..='\u{FF19}' => char::from_u32(c as u32 - 0xFF10 + u32::from(b'0')),
        _ => None,
    }
}

/// Keeps the digits of `input`, dropping separators; stops at the first other
/// character and returns it.
pub fn clean(input: &str) -> Result<String, char> {
    let mut digits = String::with_capacity(8);
    for c in input.chars() {
        if let Some(d) = digit_of(c) {
            digits.push(d);
        } else if !is_separator(c) {
            return Err(c);
        }
    }
    Ok(digits)
}

/// The check digit for the first seven digits of an 8-digit PIN: weights 3,1,3,1,3,1,3
/// so that 3·d1 + d2 + 3·d3 + d4 + 3·d5 + d6 + 3·d7 + d8 ≡ 0 (mod 10).
pub fn check_digit(first_seven: &[u8; 7]) -> u8 {
    let sum: u32 = first_seven
        .iter()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

pub fn check(input: &str) -> PinCheck {
    let (digits, verdict) = match clean(input) {
        Err(character) => (String::new(), Verdict::NotADigit { character }),
        Ok(digits) => {
            let verdict = match digits.len() {
                0 => Verdict::Empty,
                4 => Verdict::Valid4,
                8 => {
                    let d: Vec<u8> = digits.bytes().map(|b| b - b'0').collect();
                    let first_seven = [d[0], d[1], d[2], d[3], d[4], d[5], d[6]];
                    let expected = check_digit(&first_seven);
                    if expected == d[7] {
                        Verdict::Valid8
                    } else {
                        Verdict::WrongCheckDigit { expected }
                    }
                }
                n => Verdict::WrongLength { digits: n },
            };
            (digits, verdict)
        }
    };
    let mut warnings = Vec::new();
    if digits.len() == 8 && WELL_KNOWN_PINS.contains(&digits.as_str()) {
        warnings.push(Warning::WellKnownDefault);
    }
    PinCheck {
        input: input.to_owned(),
        digits,
        verdict,
        warnings,
    }
}

/// Groups digits by four with a space: "12345670" → "1234 5670".
pub fn group_digits(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn valid_vectors_from_the_facts_sheet() {
        for pin in [
            "12345670", "00000000", "01234565", "22222220", "76543210", "31415927", "27182819",
            "05294176",
        ] {
            let c = check(pin);
            assert_eq!(c.verdict, Verdict::Valid8, "{pin}");
            assert_eq!(c.pin(), Some(pin), "leading zeros kept for {pin}");
        }
    }

    #[test]
    fn invalid_vectors_name_the_expected_digit() {
        for (pin, expected) in [
            ("12345678", 0),
            ("12345679", 0),
            ("11111111", 5),
            ("99999999", 5),
            ("87654321", 5),
            ("01234567", 5),
            ("00000001", 0),
        ] {
            assert_eq!(
                check(pin).verdict,
                Verdict::WrongCheckDigit { expected },
                "{pin}"
            );
        }
    }

    #[test]
    fn separators_and_lengths_follow_hostap() {
        assert_eq!(check("1234-5670").pin(), Some("12345670"));
        assert_eq!(check("1234 5670").pin(), Some("12345670"));
        assert_eq!(check("1-2.3:4 5670").pin(), Some("12345670"));
        assert_eq!(check(" 1234\t5670\n").verdict, Verdict::Valid8);
        assert_eq!(check("1234").verdict, Verdict::Valid4);
        assert_eq!(check("12345").verdict, Verdict::WrongLength { digits: 5 });
        assert_eq!(
            check("123456789").verdict,
            Verdict::WrongLength { digits: 9 }
        );
        assert_eq!(check("").verdict, Verdict::Empty);
        assert_eq!(check(" - ").verdict, Verdict::Empty);
        assert_eq!(
            check("1234a670").verdict,
            Verdict::NotADigit { character: 'a' }
        );
        assert_eq!(check("１２３４５６７０").pin(), Some("12345670"));
    }

    #[test]
    fn well_known_pins_warn_and_others_do_not() {
        assert_eq!(check("1234 5670").warnings, vec![Warning::WellKnownDefault]);
        assert_eq!(check("05294176").warnings, vec![Warning::WellKnownDefault]);
        assert!(check("31415927").warnings.is_empty());
        for pin in WELL_KNOWN_PINS {
            assert_eq!(check(pin).verdict, Verdict::Valid8, "list entry {pin}");
        }
    }

    #[test]
    fn grouping() {
        assert_eq!(group_digits("12345670"), "1234 5670");
        assert_eq!(group_digits("1234"), "1234");
        assert_eq!(group_digits("123456"), "1234 56");
    }

    proptest! {
        #[test]
        fn every_generated_pin_passes(first in 0u32..10_000_000) {
            let s = format!("{first:07}");
            let d: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
            let seven = [d[0], d[1], d[2], d[3], d[4], d[5], d[6]];
            let pin = format!("{s}{}", check_digit(&seven));
            prop_assert_eq!(check(&pin).verdict, Verdict::Valid8);
            // The weighted-sum form from the facts sheet agrees.
            let all: Vec<u32> = pin.bytes().map(|b| u32::from(b - b'0')).collect();
            let sum: u32 = all.iter().enumerate().map(|(i, d)| if i % 2 == 0 { 3 * d } else { *d }).sum();
            prop_assert_eq!(sum % 10, 0);
        }

        #[test]
        fn every_changed_check_digit_fails(first in 0u32..10_000_000, delta in 1u8..10) {
            let s = format!("{first:07}");
            let d: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
            let right = check_digit(&[d[0], d[1], d[2], d[3], d[4], d[5], d[6]]);
            let wrong = (right + delta) % 10;
            prop_assert_eq!(
                check(&format!("{s}{wrong}")).verdict,
                Verdict::WrongCheckDigit { expected: right }
            );
        }

        #[test]
        fn arbitrary_input_never_panics(input in ".{0,40}") {
            let c = check(&input);
            prop_assert_eq!(c.input, input);
        }
    }
}
