//! Which model numbers a family covers beyond the ones it names: the series a display
//! name states ("HP ENVY 6000 series" covers 6000–6099), the range a name is written as
//! ("M109-M112"), and the series HPLIP's section id states ("smart_tank_510_series"),
//! narrowed to what the family's model names really reach. A number inside the id's
//! series but outside the names is only "near" the family, and is said to be so.
//!
//! LaserJet "series" are one model number with its variant letters: in HPLIP's data
//! every laser family called a series lists a single number ("LaserJet 9000 series":
//! 9000, 9000n, 9000dn…; "LaserJet 2100 Series"), except where its names span more
//! (P3010 series: P3011, P3015). So a laser series covers what its names span, no more.

use super::matching::{ModelHow, Why, series_range, series_variant};
use super::tokens::{ModelNo, Token, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A series the names state or reach.
    Series,
    /// A name written as a range.
    Range,
    /// Inside the id's series, outside what the names reach.
    Near,
}

/// One span of numbers a catalog entry covers.
#[derive(Debug, Clone)]
pub(super) struct Cover {
    prefix: String,
    digits: usize,
    first: u64,
    last: u64,
    kind: Kind,
    /// The number as the name or id writes it ("510", "M109-M112").
    raw: String,
    /// The series' variant letters ("9130e" → "e").
    suffix: String,
}

/// How well a span meets a typed number: narrower spans are better guesses, so a
/// number in both "500 to 599" and "510 to 519" goes to the narrower one.
fn width_quality(first: u64, last: u64) -> f32 {
    match last - first + 1 {
        0..10 => 0.88,
        10 => 0.87,
        _ => 0.83,
    }
}

const NEAR_QUALITY: f32 = 0.55;

impl Cover {
    fn new(m: &ModelNo, first: u64, last: u64, kind: Kind) -> Self {
        Self {
            prefix: m.prefix.clone(),
            digits: m.digits.len(),
            first,
            last,
            kind,
            raw: m
                .upto
                .as_ref()
                .map_or_else(|| m.raw.clone(), |r| r.raw.clone()),
            suffix: m.suffix.clone(),
        }
    }

    /// How well typed number `q` falls inside this span (0–1), with the reason. The
    /// letters must be the same: "4155" is not in the "D4100 series".
    pub(super) fn meets(&self, q: &ModelNo) -> Option<(f32, Why)> {
        if q.prefix != self.prefix
            || q.digits.len() != self.digits
            || !(self.first..=self.last).contains(&q.number)
        {
            return None;
        }
        let (first, last) = (self.first, self.last);
        let (quality, how) = match self.kind {
            Kind::Series => (
                width_quality(first, last) * series_variant(&q.suffix, &self.suffix),
                ModelHow::InSeries { first, last },
            ),
            // The ends themselves are model names, met as such.
            Kind::Range if q.number == first || q.number == last => return None,
            Kind::Range => (
                width_quality(first, last),
                ModelHow::InRange { first, last },
            ),
            Kind::Near => (NEAR_QUALITY, ModelHow::Near { first, last }),
        };
        Some((
            quality,
            Why::Model {
                typed: q.raw.clone(),
                model: self.raw.clone(),
                how,
            },
        ))
    }
}

fn models(tokens: &Tokens) -> impl Iterator<Item = &ModelNo> {
    tokens.tokens.iter().filter_map(|t| match t {
        Token::Model(m) => Some(m),
        _ => None,
    })
}

/// Ranges written in a name or id ("M109-M112").
fn written(tokens: &Tokens, out: &mut Vec<Cover>) {
    for m in models(tokens) {
        if let Some(r) = &m.upto {
            out.push(Cover::new(m, m.number, r.last, Kind::Range));
        }
    }
}

/// The numbers of the family's names with `m`'s letters and length, inside `series`.
fn reached(m: &ModelNo, names: &[Tokens], series: (u64, u64)) -> Vec<u64> {
    let mut numbers: Vec<u64> = names
        .iter()
        .flat_map(models)
        .filter(|n| {
            n.prefix == m.prefix
                && n.digits.len() == m.digits.len()
                && (series.0..=series.1).contains(&n.number)
        })
        .map(|n| n.number)
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

/// What a display name covers: its written ranges, and when it says "series", the
/// series of each number in it (for a laser family, only what its names span).
pub(super) fn of_name(name: &Tokens, names: &[Tokens], laser: bool) -> Vec<Cover> {
    let mut out = Vec::new();
    written(name, &mut out);
    if name.series {
        for m in models(name) {
            let Some(series) = series_range(m.number) else {
                continue;
            };
            let span = if laser {
                match reached(m, names, series).as_slice() {
                    [] | [_] => continue,
                    numbers => narrowest(numbers, series).unwrap_or(series),
                }
            } else {
                series
            };
            out.push(Cover::new(m, span.0, span.1, Kind::Series));
        }
    }
    out
}

/// The narrowest span of HP's series naming (ten or a hundred numbers) inside
/// `within` that holds all of `numbers`.
fn narrowest(numbers: &[u64], within: (u64, u64)) -> Option<(u64, u64)> {
    let (lo, hi) = (numbers.iter().min()?, numbers.iter().max()?);
    [10, 100]
        .into_iter()
        .map(|w| (lo - lo % w, lo - lo % w + w - 1))
        .find(|(first, last)| hi <= last && *first >= within.0 && *last <= within.1)
}

/// What an HPLIP section id covers. "smart_tank_510_series" states a series, but the
/// id is the driver's name, not the printer's: the family covers the part of the series
/// its model names reach (Smart Tank 510 → 510–519; DeskJet 3720, 3755 → 3700–3799),
/// and the rest of the series is only near. An id whose names have no number of that
/// length (the names are elsewhere) covers the whole series. A laser id covers what its
/// names span and nothing near.
pub(super) fn of_id(id: &Tokens, names: &[Tokens], laser: bool) -> Vec<Cover> {
    let mut out = Vec::new();
    written(id, &mut out);
    if !id.series {
        return out;
    }
    for m in models(id) {
        let Some(series) = series_range(m.number) else {
            continue;
        };
        let numbers = reached(m, names, series);
        let reached = match numbers.as_slice() {
            // One laser model and its letters: the names say it all.
            [] | [_] if laser => continue,
            [] => series,
            numbers => narrowest(numbers, series).unwrap_or(series),
        };
        out.push(Cover::new(m, reached.0, reached.1, Kind::Series));
        if laser {
            continue;
        }
        if reached.0 > series.0 {
            out.push(Cover::new(m, series.0, reached.0 - 1, Kind::Near));
        }
        if reached.1 < series.1 {
            out.push(Cover::new(m, reached.1 + 1, series.1, Kind::Near));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::tokens::tokenize;

    fn spans(covers: &[Cover]) -> Vec<(u64, u64, Kind)> {
        covers.iter().map(|c| (c.first, c.last, c.kind)).collect()
    }

    fn id_spans(id: &str, names: &[&str]) -> Vec<(u64, u64, Kind)> {
        let names: Vec<Tokens> = names.iter().map(|n| tokenize(n, false)).collect();
        let laser = id.contains("laser");
        spans(&of_id(&tokenize(id, false), &names, laser))
    }

    #[test]
    fn an_id_covers_what_its_names_reach() {
        use Kind::*;
        assert_eq!(
            id_spans("smart_tank_510_series", &["HP Smart Tank 510"]),
            [(510, 519, Series)]
        );
        assert_eq!(
            id_spans(
                "deskjet_9000_series",
                &["HP DeskJet 9000", "HP DeskJet 9000dn"]
            ),
            [(9000, 9009, Series), (9010, 9099, Near)]
        );
        // A laser series is one model with its letters, or what its names span.
        assert!(
            id_spans(
                "laserjet_9000_series",
                &["HP LaserJet 9000", "HP LaserJet 9000dn"]
            )
            .is_empty()
        );
        assert_eq!(
            id_spans(
                "laserjet_p3010_series",
                &["HP LaserJet P3011", "HP LaserJet P3015"]
            ),
            [(3010, 3019, Series)]
        );
        assert_eq!(
            id_spans(
                "photosmart_2700_series",
                &["HP Photosmart 2710", "HP Photosmart 2713"]
            ),
            [(2710, 2719, Series), (2700, 2709, Near), (2720, 2799, Near)]
        );
        assert_eq!(
            id_spans(
                "deskjet_3700_series",
                &["HP DeskJet 3720", "HP DeskJet 3755"]
            ),
            [(3700, 3799, Series)]
        );
        // The names are of another length: the id's series stands.
        assert_eq!(
            id_spans("smart_tank_7300_series", &["HP Smart Tank 790"]),
            [(7300, 7399, Series)]
        );
        assert!(id_spans("laserjet_1022nw", &["HP LaserJet 1022nw"]).is_empty());
    }

    #[test]
    fn names_cover_their_series_and_ranges() {
        let name = |n: &str, laser| {
            let t = tokenize(n, false);
            of_name(&t, std::slice::from_ref(&t), laser)
        };
        let c = name("HP Smart Tank 500 series", false);
        assert_eq!(spans(&c), [(500, 599, Kind::Series)]);
        assert!(name("HP LaserJet 2100 Series", true).is_empty());
        let c = name("HP LaserJet M109-M112", true);
        assert_eq!(spans(&c), [(109, 112, Kind::Range)]);
        let q = &tokenize("M110we", true).tokens[0];
        let Token::Model(q) = q else { panic!() };
        let (quality, why) = c[0].meets(q).unwrap();
        assert!(quality > 0.87);
        assert!(matches!(
            why,
            Why::Model {
                how: ModelHow::InRange {
                    first: 109,
                    last: 112
                },
                ..
            }
        ));
        assert!(name("HP Smart Tank 510", false).is_empty());
    }
}
