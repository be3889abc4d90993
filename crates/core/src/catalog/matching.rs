//! How one typed word or model number matches one name in the catalog: the scoring
//! pieces the search adds up.

use super::tokens::{ModelNo, Token};

pub(super) const MODEL_WEIGHT: f32 = 3.0;
pub(super) const WORD_WEIGHT: f32 = 1.0;
pub(super) const MFP_WEIGHT: f32 = 0.3;

/// How a typed model number met a model number in a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelHow {
    /// Same letters, number and variant letters.
    Exact,
    /// Same number; the variant letters differ or were left out ("M428" → "M428fdw").
    SameNumber,
    /// The typed number lies in the family's series: "9015" in the 9010 series.
    InSeries { first: u64, last: u64 },
    /// The family's name is a range of models that includes the typed number: "M110"
    /// in "M109-M112".
    InRange { first: u64, last: u64 },
    /// HPLIP's id puts the family in a series that holds the typed number, but the
    /// family's model names do not reach it (they cover `first` to `last`).
    Near { first: u64, last: u64 },
    /// The query named a series that covers the family's number.
    SeriesCovers { first: u64, last: u64 },
    /// The number was typed without its letters ("428" for "M428").
    NumberOnly,
    /// The number is still being typed ("901" → "9010").
    Beginning,
}

/// Why a family was listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    Model {
        /// As typed.
        typed: String,
        /// As written in the family's name.
        model: String,
        how: ModelHow,
    },
    /// Only words matched (for example "envy").
    Words,
}

pub(super) fn token_weight(t: &Token) -> f32 {
    match t {
        Token::Model(_) => MODEL_WEIGHT,
        Token::Word(_) => WORD_WEIGHT,
        Token::Mfp => MFP_WEIGHT,
    }
}

pub(super) fn word_match(typed: &str, name: &str, open: bool) -> Option<f32> {
    if typed == name {
        Some(1.0)
    } else if open && name.starts_with(typed) {
        Some(0.8)
    } else if typed.len() >= 5 && one_edit_apart(typed, name) {
        Some(0.7)
    } else {
        None
    }
}

/// True when one letter was left out, added, changed or two were swapped.
/// Compares bytes: names are ASCII, and this runs for every name on each keystroke.
pub(super) fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[head..], &b[head..]);
    match (ra.len(), rb.len()) {
        (0, 0) => true,
        (x, y) if x == y => {
            ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (x, y) if x > y => ra[1..] == *rb,
        _ => *ra == rb[1..],
    }
}

/// HP's series naming: a number ending in zeros stands for the numbers it starts,
/// 9010 → 9010–9019, 2700 → 2700–2799 (at most a hundred models).
pub(super) fn series_range(base: u64) -> Option<(u64, u64)> {
    if base == 0 {
        return None;
    }
    let mut zeros = 0;
    let mut n = base;
    while n.is_multiple_of(10) && zeros < 2 {
        n /= 10;
        zeros += 1;
    }
    (zeros > 0).then(|| (base, base + 10u64.pow(zeros) - 1))
}

pub(super) fn in_series(base: u64, n: u64) -> Option<(u64, u64)> {
    series_range(base).filter(|(first, last)| (*first..=*last).contains(&n))
}

/// How well typed model number `q` meets `m` from a name (0–1), with the reason.
/// A name's series and ranges are met by [`super::coverage`].
pub(super) fn model_match(
    q: &ModelNo,
    m: &ModelNo,
    query_is_series: bool,
    open: bool,
) -> Option<(f32, Why)> {
    let letters = if q.prefix == m.prefix {
        1.0
    } else if q.prefix.is_empty() {
        0.8
    } else {
        return None;
    };
    let (number, how) = if q.number == m.number && q.digits.len() == m.digits.len() {
        let variant = variant_match(&q.suffix, &m.suffix);
        let how = if letters < 1.0 {
            ModelHow::NumberOnly
        } else if variant == 1.0 {
            ModelHow::Exact
        } else {
            ModelHow::SameNumber
        };
        (variant, how)
    } else if let Some((first, last)) = query_is_series
        .then(|| in_series(q.number, m.number))
        .flatten()
    {
        (0.8, ModelHow::SeriesCovers { first, last })
    } else if open
        && letters == 1.0
        && q.suffix.is_empty()
        && q.digits.len() >= 2
        && m.digits.starts_with(&q.digits)
    {
        (0.6, ModelHow::Beginning)
    } else {
        return None;
    };
    let how = if letters < 1.0 && !matches!(how, ModelHow::Beginning) {
        ModelHow::NumberOnly
    } else {
        how
    };
    Some((
        letters * number,
        Why::Model {
            typed: q.raw.clone(),
            model: m.raw.clone(),
            how,
        },
    ))
}

/// Variant letters of a series: 9135e fits the 9130e series best, then the plain
/// 9130 series, then other variants such as 9130b.
pub(super) fn series_variant(typed: &str, series: &str) -> f32 {
    if typed == series {
        1.0
    } else if series.is_empty() {
        0.99
    } else if typed.is_empty() {
        0.98
    } else {
        0.97
    }
}

/// Variant letters: "fdw" = "fdw"; none typed; the marketing "e" of 9015e; typed
/// the start of them; or a different variant of the same number.
pub(super) fn variant_match(typed: &str, name: &str) -> f32 {
    if typed == name {
        1.0
    } else if typed.is_empty() {
        0.95
    } else if typed.strip_suffix('e') == Some(name) {
        0.97
    } else if name.starts_with(typed) || name.is_empty() {
        // Typed the start of them, or the name covers every variant ("P1102").
        0.9
    } else {
        0.7
    }
}
