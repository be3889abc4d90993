//! Ranked search over the catalog, fast enough for every keystroke.
//!
//! Every display name (and each family id, read as words) is tokenised once. A
//! query is compared with each name: model numbers weigh most, line words
//! ("officejet", "pro") less, "all-in-one" words least. A family scores as its best
//! name. The reason of the best match is kept so people see why a printer is listed.
//! A line the person typed ("DeskJet") comes first: other lines are listed only when
//! nothing of that line matches, and the answer says so.

use super::coverage::{self, Cover};
use super::family::Family;
use super::found::{Found, Match};
use super::lines::{self, Line, Typed};
use super::matching::{
    MFP_WEIGHT, MODEL_WEIGHT, ModelHow, WORD_WEIGHT, Why, model_match, one_edit_apart,
    token_weight, word_match,
};
use super::tokens::{Token, Tokens, tokenize};

/// Below this share of the query explained, a family is not shown.
const MIN_SCORE: f32 = 0.5;
const ID_FACTOR: f32 = 0.95;
/// A word no HP name uses ("epson", "asdf") counts this much against a match.
const UNKNOWN_WORD_WEIGHT: f32 = 2.0;

#[derive(Debug, Clone, Copy)]
enum NameRef {
    Name(usize),
    Id(usize),
}

struct Entry {
    family: usize,
    /// Which name matched: a display name, or one of the family's ids.
    name: NameRef,
    tokens: Tokens,
    /// The numbers the name covers beyond those it writes (series, ranges).
    covers: Vec<Cover>,
}

/// The tokenised catalog.
pub struct Index {
    entries: Vec<Entry>,
    /// The lines each family's names belong to.
    lines: Vec<Vec<Line>>,
    /// Every word used in a name or id, sorted, to tell HP words from others.
    vocabulary: Vec<String>,
}

impl Index {
    pub fn build(families: &[Family]) -> Self {
        let mut entries = Vec::new();
        let mut lines = Vec::with_capacity(families.len());
        for (fi, f) in families.iter().enumerate() {
            let names: Vec<Tokens> = f.names.iter().map(|n| tokenize(n, false)).collect();
            let mut family_lines: Vec<Line> = names.iter().flat_map(lines::of_name).collect();
            family_lines.sort();
            family_lines.dedup();
            let laser = family_lines.iter().any(|l| l.is_laser());
            lines.push(family_lines);
            for (ni, tokens) in names.iter().enumerate() {
                entries.push(Entry {
                    family: fi,
                    name: NameRef::Name(ni),
                    covers: coverage::of_name(tokens, &names, laser),
                    tokens: tokens.clone(),
                });
            }
            for (ii, id) in f.ids().enumerate() {
                let tokens = tokenize(id, false);
                entries.push(Entry {
                    family: fi,
                    name: NameRef::Id(ii),
                    covers: coverage::of_id(&tokens, &names, laser),
                    tokens,
                });
            }
        }
        let mut vocabulary: Vec<String> = entries
            .iter()
            .flat_map(|e| e.tokens.tokens.iter())
            .filter_map(|t| match t {
                Token::Word(w) => Some(w.clone()),
                _ => None,
            })
            .collect();
        vocabulary.sort();
        vocabulary.dedup();
        Self {
            entries,
            lines,
            vocabulary,
        }
    }

    /// True when some name uses `word` (or, while typing, a word starting with it;
    /// or a word one typo away).
    fn knows(&self, word: &str, open: bool) -> bool {
        let at = self.vocabulary.partition_point(|w| w.as_str() < word);
        let next = self.vocabulary.get(at);
        next.is_some_and(|w| w == word || (open && w.starts_with(word)))
            || (word.len() >= 5 && self.vocabulary.iter().any(|w| one_edit_apart(word, w)))
    }

    /// Families matching `query`, best first, at most `limit`: of the line the person
    /// typed when that line has any, else of any line (and [`Found::other_lines`] says so).
    pub fn find<'a>(&self, families: &'a [Family], query: &str, limit: usize) -> Found<'a> {
        let q = Query::new(query, |w, open| self.knows(w, open));
        let typed = Typed::of(&q.tokens);
        if q.tokens.tokens.is_empty() || limit == 0 {
            return Found::new(Vec::new(), typed, false, false);
        }
        // Best (score, extra words, why, entry) per family.
        let mut best: Vec<Option<(f32, usize, Why, NameRef)>> = vec![None; families.len()];
        for e in &self.entries {
            let Some((mut score, why)) = q.score(e) else {
                continue;
            };
            // Ids are HPLIP's internal names; what is printed on the device counts more.
            // The series an id covers is measured by the family's names already.
            let covered = matches!(
                &why,
                Why::Model {
                    how: ModelHow::InSeries { .. } | ModelHow::Near { .. },
                    ..
                }
            );
            if matches!(e.name, NameRef::Id(_)) && !covered {
                score *= ID_FACTOR;
            }
            let extra = q.extra_words(&e.tokens);
            let slot = &mut best[e.family];
            if slot
                .as_ref()
                .is_none_or(|(s, x, _, _)| score > *s || (score == *s && extra < *x))
            {
                *slot = Some((score, extra, why, e.name));
            }
        }
        let in_line = |fi: usize| {
            self.lines
                .get(fi)
                .is_some_and(|ls| ls.iter().any(|l| typed.lines.contains(l)))
        };
        let line_matched = !typed.lines.is_empty()
            && best
                .iter()
                .enumerate()
                .any(|(fi, b)| b.is_some() && in_line(fi));
        let mut found: Vec<(usize, Match<'a>)> = best
            .into_iter()
            .enumerate()
            .filter(|(fi, _)| !line_matched || in_line(*fi))
            .filter_map(|(fi, b)| {
                let (score, extra, why, name) = b?;
                let family = families.get(fi)?;
                let matched_name = match name {
                    NameRef::Name(n) => family.names.get(n).cloned(),
                    NameRef::Id(i) => family.ids().nth(i).map(|id| family.name_from_id(id)),
                }
                .unwrap_or_else(|| family.name());
                Some((
                    extra,
                    Match {
                        family,
                        score,
                        why,
                        matched_name,
                    },
                ))
            })
            .collect();
        // Ties: fewer words the person did not type, then families HPLIP knows under
        // more names and sections, then by id, so the order never depends on chance.
        found.sort_by(|(xa, a), (xb, b)| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| xa.cmp(xb))
                .then_with(|| weight(b.family).cmp(&weight(a.family)))
                .then_with(|| a.family.id.cmp(&b.family.id))
        });
        found.truncate(limit);
        let other_lines = !typed.lines.is_empty() && !line_matched && !found.is_empty();
        Found::new(
            found.into_iter().map(|(_, m)| m).collect(),
            typed,
            other_lines,
            q.typing_a_number(),
        )
    }
}

fn weight(f: &Family) -> usize {
    f.names.len() + f.sections as usize
}

struct Query {
    tokens: Tokens,
    has_words: bool,
    /// The last token may be unfinished (no space typed after it yet).
    open_last: bool,
    total: f32,
    has_model: bool,
}

impl Query {
    fn new(text: &str, knows: impl Fn(&str, bool) -> bool) -> Self {
        let tokens = tokenize(text, true);
        let has_model = tokens.tokens.iter().any(|t| matches!(t, Token::Model(_)));
        let open_last = !text.ends_with(|c: char| c.is_whitespace());
        let last = tokens.tokens.len().saturating_sub(1);
        let total = tokens
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| match t {
                Token::Word(w) if !knows(w, open_last && i == last) => UNKNOWN_WORD_WEIGHT,
                t => token_weight(t),
            })
            .sum();
        let has_words = tokens.tokens.iter().any(|t| matches!(t, Token::Word(_)));
        Self {
            tokens,
            has_words,
            open_last,
            total,
            has_model,
        }
    }

    /// The last thing typed is a short number with no letters after it and no space:
    /// the person may still be typing it ("DeskJet 275…").
    fn typing_a_number(&self) -> bool {
        self.open_last
            && matches!(
                self.tokens.tokens.last(),
                Some(Token::Model(m)) if m.suffix.is_empty() && m.digits.len() < 4
            )
    }

    /// Name words the query does not mention: when the person typed words, a name
    /// with extra words ("Tank" in "LaserJet Tank 1020") is the less likely one.
    fn extra_words(&self, name: &Tokens) -> usize {
        if !self.has_words {
            return 0;
        }
        name.tokens
            .iter()
            .filter(|n| match n {
                Token::Word(nw) => !self.tokens.tokens.iter().any(|q| match q {
                    Token::Word(w) => word_match(w, nw, true).is_some(),
                    _ => false,
                }),
                _ => false,
            })
            .count()
    }

    fn score(&self, entry: &Entry) -> Option<(f32, Why)> {
        let name = &entry.tokens;
        let mut got = 0.0;
        let mut best_model: Option<(f32, Why)> = None;
        let mut words_missing = false;
        let last = self.tokens.tokens.len().saturating_sub(1);
        for (i, t) in self.tokens.tokens.iter().enumerate() {
            let open = self.open_last && i == last;
            match t {
                Token::Model(q) => {
                    let hit = name
                        .tokens
                        .iter()
                        .filter_map(|n| match n {
                            Token::Model(m) => model_match(q, m, self.tokens.series, open),
                            _ => None,
                        })
                        .chain(entry.covers.iter().filter_map(|c| c.meets(q)))
                        .max_by(|a, b| a.0.total_cmp(&b.0));
                    if let Some((quality, why)) = hit {
                        got += MODEL_WEIGHT * quality;
                        if best_model.as_ref().is_none_or(|(b, _)| quality > *b) {
                            best_model = Some((quality, why));
                        }
                    }
                }
                Token::Word(w) => {
                    let quality = name
                        .tokens
                        .iter()
                        .filter_map(|n| match n {
                            Token::Word(nw) => word_match(w, nw, open),
                            _ => None,
                        })
                        .fold(0.0_f32, f32::max);
                    if quality == 0.0 {
                        words_missing = true;
                    }
                    got += WORD_WEIGHT * quality;
                }
                Token::Mfp => {
                    if name.tokens.contains(&Token::Mfp) {
                        got += MFP_WEIGHT;
                    }
                }
            }
        }
        let score = got / self.total;
        if self.has_model {
            let (_, why) = best_model?;
            (score >= MIN_SCORE).then_some((score, why))
        } else {
            // Words alone: every word has to be found, or nonsense would list printers.
            (!words_missing && score > 0.0).then_some((score, Why::Words))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::matching::*;

    #[test]
    fn series_ranges() {
        assert_eq!(series_range(9010), Some((9010, 9019)));
        assert_eq!(series_range(2700), Some((2700, 2799)));
        assert_eq!(series_range(6000), Some((6000, 6099)));
        assert_eq!(series_range(9015), None);
        assert_eq!(series_range(0), None);
        assert_eq!(in_series(2700, 2755), Some((2700, 2799)));
        assert_eq!(in_series(2700, 2800), None);
    }

    #[test]
    fn one_edit() {
        assert!(one_edit_apart("offcejet", "officejet"));
        assert!(one_edit_apart("officejte", "officejet"));
        assert!(one_edit_apart("lasrjet", "laserjet"));
        assert!(one_edit_apart("deskjat", "deskjet"));
        assert!(!one_edit_apart("deskjet", "laserjet"));
        assert!(one_edit_apart("same", "same"));
    }
}
