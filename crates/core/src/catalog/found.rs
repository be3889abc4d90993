//! What a search found: the families, best first, and what the query itself says
//! (the line typed, the model's letters), which holds even when nothing matched.

use super::family::Family;
use super::lines::{Line, Typed};
use super::matching::{ModelHow, Why};
use super::wifi::{self, WifiAnswer};

#[derive(Debug, Clone)]
pub struct Match<'a> {
    pub family: &'a Family,
    /// 0.0–1.0: how much of the query the family explains, and how well.
    pub score: f32,
    pub why: Why,
    /// The display name that matched best (for an id, the id read as a name).
    pub matched_name: String,
}

impl Match<'_> {
    /// Only near the family: HPLIP's id holds the number, its model names do not.
    pub fn is_near(&self) -> bool {
        matches!(
            self.why,
            Why::Model {
                how: ModelHow::Near { .. },
                ..
            }
        )
    }
}

#[derive(Debug, Clone, Default)]
pub struct Found<'a> {
    pub matches: Vec<Match<'a>>,
    /// What the query says about the person's printer.
    pub typed: Typed,
    /// The query named a line, nothing of that line matched, and the matches are
    /// from other lines.
    pub other_lines: bool,
    /// The query reads like an HP model (a line word and a number) that the list does
    /// not have: it may be newer than the list.
    pub not_in_list: bool,
}

impl<'a> Found<'a> {
    /// `typing`: the number may be unfinished, so "not in the list" waits.
    pub(super) fn new(
        matches: Vec<Match<'a>>,
        typed: Typed,
        other_lines: bool,
        typing: bool,
    ) -> Self {
        let in_line = !other_lines && !typed.lines.is_empty();
        let named = in_line && matches.iter().any(|m| !m.is_near());
        let not_in_list = typed.looks_like_model()
            && typed.model.as_ref().is_some_and(|m| m.digits.len() >= 2)
            && !typing
            && !named;
        Self {
            matches,
            typed,
            other_lines,
            not_in_list,
        }
    }

    /// The lines the person typed ("DeskJet").
    pub fn lines(&self) -> &[Line] {
        &self.typed.lines
    }

    /// Wi-Fi for one match, from the catalog and the model's letters as typed.
    pub fn wifi(&self, m: &Match<'_>) -> WifiAnswer {
        wifi::answer(Some(m.family), &self.typed, None)
    }

    /// Wi-Fi for the typed model when the list does not have it.
    pub fn typed_wifi(&self) -> WifiAnswer {
        wifi::answer(None, &self.typed, None)
    }
}
