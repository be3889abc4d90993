//! HP's product lines (DeskJet, OfficeJet, LaserJet, …): the word in a printer's name
//! that says which line it belongs to. A line the person typed decides which families
//! come first, and whether the model-name letters may be read for Wi-Fi.

use super::matching::one_edit_apart;
use super::tokens::{ModelNo, Token, Tokens, tokenize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Line {
    LaserJet,
    Laser,
    Neverstop,
    OfficeJet,
    DeskJet,
    Envy,
    Photosmart,
    PageWide,
    SmartTank,
    InkTank,
    Inkjet,
    DesignJet,
    ScanJet,
    Psc,
    Tango,
}

/// Each line with the words that name it, as the tokenizer writes them.
const LINES: &[(Line, &[&str])] = &[
    (Line::LaserJet, &["laserjet"]),
    (Line::Laser, &["laser"]),
    (Line::Neverstop, &["neverstop"]),
    (Line::OfficeJet, &["officejet"]),
    (Line::DeskJet, &["deskjet"]),
    (Line::Envy, &["envy"]),
    (Line::Photosmart, &["photosmart"]),
    (Line::PageWide, &["pagewide"]),
    (Line::SmartTank, &["smart", "tank"]),
    (Line::InkTank, &["ink", "tank"]),
    (Line::Inkjet, &["inkjet"]),
    (Line::DesignJet, &["designjet"]),
    (Line::ScanJet, &["scanjet"]),
    (Line::Psc, &["psc"]),
    (Line::Tango, &["tango"]),
];

impl Line {
    /// The line's name as HP writes it; a brand, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Line::LaserJet => "LaserJet",
            Line::Laser => "Laser",
            Line::Neverstop => "Neverstop",
            Line::OfficeJet => "OfficeJet",
            Line::DeskJet => "DeskJet",
            Line::Envy => "ENVY",
            Line::Photosmart => "Photosmart",
            Line::PageWide => "PageWide",
            Line::SmartTank => "Smart Tank",
            Line::InkTank => "Ink Tank",
            Line::Inkjet => "Inkjet",
            Line::DesignJet => "DesignJet",
            Line::ScanJet => "ScanJet",
            Line::Psc => "PSC",
            Line::Tango => "Tango",
        }
    }

    /// Laser printers, where HP's model letters state Wi-Fi with a "w".
    pub fn is_laser(self) -> bool {
        matches!(self, Line::LaserJet | Line::Laser | Line::Neverstop)
    }
}

/// What a query says about the person's own printer, whatever the catalog holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Typed {
    /// The HP lines named ("DeskJet").
    pub lines: Vec<Line>,
    /// The first model number typed ("M110we").
    pub model: Option<ModelNo>,
}

impl Typed {
    pub fn parse(query: &str) -> Self {
        Self::of(&tokenize(query, true))
    }

    pub(super) fn of(tokens: &Tokens) -> Self {
        Self {
            lines: typed(tokens),
            model: tokens.tokens.iter().find_map(|t| match t {
                Token::Model(m) => Some(m.clone()),
                _ => None,
            }),
        }
    }

    /// Reads like an HP model: a line word and a number ("LaserJet M110we").
    pub fn looks_like_model(&self) -> bool {
        !self.lines.is_empty() && self.model.is_some()
    }
}

fn words(tokens: &Tokens) -> Vec<&str> {
    tokens
        .tokens
        .iter()
        .map(|t| match t {
            Token::Word(w) => w.as_str(),
            _ => "",
        })
        .collect()
}

/// The lines a name belongs to (words spelled exactly as HP writes them).
pub(super) fn of_name(tokens: &Tokens) -> Vec<Line> {
    find(&words(tokens), |typed, word| typed == word)
}

/// The lines a person typed, forgiving one slip in a long word ("offcejet").
pub fn typed(tokens: &Tokens) -> Vec<Line> {
    find(&words(tokens), |typed, word| {
        typed == word || (typed.len() >= 5 && one_edit_apart(typed, word))
    })
}

fn find(words: &[&str], same: impl Fn(&str, &str) -> bool) -> Vec<Line> {
    let mut out = Vec::new();
    for (line, names) in LINES {
        let found = words
            .windows(names.len())
            .any(|w| w.iter().zip(names.iter()).all(|(a, b)| same(a, b)));
        if found && !out.contains(line) {
            out.push(*line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::tokens::tokenize;

    #[test]
    fn lines_of_names_and_queries() {
        let name = |n: &str| of_name(&tokenize(n, false));
        let q = |n: &str| typed(&tokenize(n, true));
        assert_eq!(name("HP Color LaserJet Pro MFP M479fdw"), [Line::LaserJet]);
        assert_eq!(name("HP Smart Tank Plus 555"), [Line::SmartTank]);
        assert_eq!(name("HP LaserJet Tank 1020w"), [Line::LaserJet]);
        assert_eq!(name("HP DeskJet Ink Advantage 2775"), [Line::DeskJet]);
        assert_eq!(q("offcejet pro 9015"), [Line::OfficeJet]);
        assert_eq!(q("OJ9015"), [Line::OfficeJet]);
        assert_eq!(q("smarttank 7301"), [Line::SmartTank]);
        assert_eq!(q("desk jet 2755e"), [Line::DeskJet]);
        // "Tank" alone could be three lines; "laser" is its own line, not LaserJet.
        assert!(q("tank 515").is_empty());
        assert_eq!(q("laser 107w"), [Line::Laser]);
        assert!(q("9015").is_empty());
    }
}
