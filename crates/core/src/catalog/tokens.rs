//! Turns printer names and what people type into comparable tokens: case, spacing
//! and punctuation do not matter, "HP" and filler words are dropped, HP's
//! abbreviations are expanded, and model numbers are split into letters, number and
//! variant letters ("M428fdw" → m · 428 · fdw).

/// A model number such as "M428fdw", "9015e" or "CP1525nw".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelNo {
    /// Letters before the number ("m", "cp"); empty for "9015".
    pub prefix: String,
    pub number: u64,
    /// The digits as written, for "begins with" while typing.
    pub digits: String,
    /// Letters and digits after the number ("fdw", "e", "c1").
    pub suffix: String,
    /// As written in the name, for explanations.
    pub raw: String,
    /// A name written as a range ("M109-M112"): the last number it covers.
    pub upto: Option<ModelRange>,
}

/// The end of a range of model numbers written with a hyphen: "M109-M112", "3001-3008".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelRange {
    pub last: u64,
    /// The whole range as written ("M109-M112").
    pub raw: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Word(String),
    /// Words that say "all-in-one" (MFP, AIO, multifunction): they help a little
    /// when they match but never decide a match on their own.
    Mfp,
    Model(ModelNo),
}

/// What a text says, ready for matching.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    /// The text said "series": HP's "9010 series" covers 9010–9019.
    pub series: bool,
}

/// Words that carry no information about which printer is meant.
const STOP: &[&str] = &[
    "hp", "hewlett", "packard", "printer", "printers", "the", "e", "series", "serie", "model",
];

/// Abbreviations and joined spellings, expanded to the words in HP's names.
const EXPAND: &[(&str, &[&str])] = &[
    ("oj", &["officejet"]),
    ("ojp", &["officejet", "pro"]),
    ("dj", &["deskjet"]),
    ("lj", &["laserjet"]),
    ("ljp", &["laserjet", "pro"]),
    ("clj", &["color", "laserjet"]),
    ("colour", &["color"]),
    ("smarttank", &["smart", "tank"]),
    ("colorlaserjet", &["color", "laserjet"]),
    ("mfp", &["mfp"]),
    ("aio", &["mfp"]),
    ("multifunction", &["mfp"]),
];

/// Two words people type apart that HP writes as one.
const JOIN: &[(&str, &str, &str)] = &[
    ("office", "jet", "officejet"),
    ("desk", "jet", "deskjet"),
    ("laser", "jet", "laserjet"),
    ("page", "wide", "pagewide"),
    ("photo", "smart", "photosmart"),
    ("design", "jet", "designjet"),
    ("scan", "jet", "scanjet"),
];

/// Splits on anything that is not a letter or digit, lower-cased, keeping the
/// original spelling alongside.
fn raw_words(text: &str) -> Vec<(String, String)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| (w.to_lowercase(), w.to_owned()))
        .collect()
}

fn model_no(lower: &str, raw: &str) -> Option<ModelNo> {
    let digits_at = lower.find(|c: char| c.is_ascii_digit())?;
    let (prefix, rest) = lower.split_at(digits_at);
    if !prefix.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, suffix) = rest.split_at(end);
    // Very long digit runs are serial numbers or noise, not model numbers.
    if digits.len() > 9 {
        return None;
    }
    Some(ModelNo {
        prefix: prefix.to_owned(),
        number: digits.parse().ok()?,
        digits: digits.to_owned(),
        suffix: suffix.to_owned(),
        raw: raw.to_owned(),
        upto: None,
    })
}

/// The widest span a written range may have: wider ones are two unrelated models.
const MAX_RANGE: u64 = 99;

/// Ranges written with a hyphen between two model numbers with the same letters and as
/// many digits, the first smaller ("M109-M112"): (first as written, lower-cased; end).
fn written_ranges(text: &str) -> Vec<(String, ModelRange)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for pair in runs.windows(2) {
        let ((a0, a1), (b0, b1)) = (pair[0], pair[1]);
        if &text[a1..b0] != "-" {
            continue;
        }
        let (a, b) = (&text[a0..a1], &text[b0..b1]);
        let (Some(first), Some(last)) = (
            model_no(&a.to_lowercase(), a),
            model_no(&b.to_lowercase(), b),
        ) else {
            continue;
        };
        if first.prefix == last.prefix
            && first.digits.len() == last.digits.len()
            && first.number < last.number
            && last.number - first.number <= MAX_RANGE
        {
            let raw = format!("{a}-{b}");
            out.push((
                a.to_lowercase(),
                ModelRange {
                    last: last.number,
                    raw,
                },
            ));
        }
    }
    out
}

/// Known words that people write stuck to a number: "OJ9015", "envy6055".
fn glued_word(prefix: &str) -> Option<&'static [&'static str]> {
    if let Some((_, words)) = EXPAND.iter().find(|(a, _)| *a == prefix) {
        return Some(words);
    }
    const GLUED: &[&str] = &[
        "officejet",
        "deskjet",
        "laserjet",
        "envy",
        "photosmart",
        "pagewide",
        "tank",
        "pro",
    ];
    GLUED
        .iter()
        .position(|w| *w == prefix)
        .map(|i| std::slice::from_ref(&GLUED[i]))
}

/// Tokenises a printer name or a query. `split_glued` also separates a known word
/// stuck to a number (for queries; names are written properly).
pub fn tokenize(text: &str, split_glued: bool) -> Tokens {
    let ranges = written_ranges(text);
    let mut words = raw_words(text);
    if split_glued {
        join_spaced_model_letters(&mut words);
    }
    // "office jet" → "officejet"
    let mut i = 0;
    while i + 1 < words.len() {
        if let Some((_, _, joined)) = JOIN
            .iter()
            .find(|(a, b, _)| *a == words[i].0 && *b == words[i + 1].0)
        {
            let raw = format!("{}{}", words[i].1, words[i + 1].1);
            words[i] = ((*joined).to_owned(), raw);
            words.remove(i + 1);
        }
        i += 1;
    }
    let mut out = Tokens::default();
    let mut k = 0;
    while k < words.len() {
        let (lower, raw) = &words[k];
        k += 1;
        // "all-in-one" (also "e-all-in-one")
        if lower == "all"
            && words.get(k).is_some_and(|w| w.0 == "in")
            && words.get(k + 1).is_some_and(|w| w.0 == "one")
        {
            out.tokens.push(Token::Mfp);
            k += 2;
            continue;
        }
        if lower == "series" || lower == "serie" {
            out.series = true;
        }
        if STOP.contains(&lower.as_str()) {
            continue;
        }
        if let Some(m) = model_no(lower, raw) {
            if split_glued
                && !m.prefix.is_empty()
                && let Some(expanded) = glued_word(&m.prefix)
            {
                push_words(&mut out, expanded);
                let cut = raw.len() - (lower.len() - m.prefix.len()).min(raw.len());
                let rest = &lower[m.prefix.len()..];
                if let Some(m) = model_no(rest, raw.get(cut..).unwrap_or(rest)) {
                    out.tokens.push(Token::Model(m));
                }
                continue;
            }
            let mut m = m;
            m.upto = ranges
                .iter()
                .find(|(first, _)| first == lower)
                .map(|(_, r)| r.clone());
            out.tokens.push(Token::Model(m));
            continue;
        }
        match EXPAND.iter().find(|(a, _)| a == lower) {
            Some((_, expanded)) => push_words(&mut out, expanded),
            None => out.tokens.push(Token::Word(lower.clone())),
        }
    }
    out
}

/// "M 428fdw" → "M428fdw": one or two letters that are no known word, followed by
/// a number, are the model's letters typed apart.
fn join_spaced_model_letters(words: &mut Vec<(String, String)>) {
    let mut i = 0;
    while i + 1 < words.len() {
        let (w, next) = (&words[i].0, &words[i + 1].0);
        let letters = (1..=2).contains(&w.chars().count())
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && !STOP.contains(&w.as_str())
            && !EXPAND.iter().any(|(a, _)| a == w);
        if letters && next.starts_with(|c: char| c.is_ascii_digit()) {
            let lower = format!("{w}{next}");
            let raw = format!("{}{}", words[i].1, words[i + 1].1);
            words[i] = (lower, raw);
            words.remove(i + 1);
        }
        i += 1;
    }
}

fn push_words(out: &mut Tokens, words: &[&str]) {
    for w in words {
        out.tokens.push(if *w == "mfp" {
            Token::Mfp
        } else {
            Token::Word((*w).to_owned())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &Tokens) -> Vec<String> {
        t.tokens
            .iter()
            .map(|t| match t {
                Token::Word(w) => w.clone(),
                Token::Mfp => "<mfp>".into(),
                Token::Model(m) => format!("{}|{}|{}", m.prefix, m.number, m.suffix),
            })
            .collect()
    }

    #[test]
    fn names_and_queries_normalise_alike() {
        let t = tokenize("HP OfficeJet Pro All-in-One 9010", false);
        assert_eq!(words(&t), ["officejet", "pro", "<mfp>", "|9010|"]);
        let q = tokenize("  hp   OJ-Pro 9015e ", true);
        assert_eq!(words(&q), ["officejet", "pro", "|9015|e"]);
        assert_eq!(
            words(&tokenize("Office Jet pro9015", true)),
            ["officejet", "pro", "|9015|"]
        );
        assert_eq!(
            words(&tokenize("LaserJet Pro MFP M428-M429", true)),
            ["laserjet", "pro", "<mfp>", "m|428|", "m|429|"]
        );
        assert_eq!(
            words(&tokenize("CLJ CP1525nw", true)),
            ["color", "laserjet", "cp|1525|nw"]
        );
        assert!(tokenize("ENVY 5540 Series", true).series);
        assert_eq!(
            words(&tokenize("HP Photosmart 5521 e-All-in-One Printer", false)),
            ["photosmart", "|5521|", "<mfp>"]
        );
        assert_eq!(words(&tokenize("OJ9015", true)), ["officejet", "|9015|"]);
        assert_eq!(
            words(&tokenize("laserjet m 428fdw", true)),
            ["laserjet", "m|428|fdw"]
        );
    }

    fn upto(t: &Tokens) -> Vec<Option<(u64, String)>> {
        t.tokens
            .iter()
            .filter_map(|t| match t {
                Token::Model(m) => Some(m.upto.as_ref().map(|r| (r.last, r.raw.clone()))),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn written_ranges_are_kept() {
        let t = tokenize("HP LaserJet M109-M112", false);
        assert_eq!(words(&t), ["laserjet", "m|109|", "m|112|"]);
        assert_eq!(upto(&t), [Some((112, "M109-M112".into())), None]);
        let t = tokenize("HP LaserJet Pro 3001-3008 Printer series", false);
        assert_eq!(upto(&t)[0], Some((3008, "3001-3008".into())));
        // Not ranges: other letters, other lengths, backwards, too wide, other separators.
        for text in [
            "M428-P429",
            "M14-M170",
            "M17-M14",
            "1000-2000",
            "M14 M17",
            "M14--M17",
        ] {
            let t = tokenize(text, false);
            assert!(upto(&t).iter().all(Option::is_none), "{text}");
        }
    }

    #[test]
    fn odd_input_gives_no_tokens_not_a_panic() {
        assert!(tokenize("", true).tokens.is_empty());
        assert!(tokenize("---  ...", true).tokens.is_empty());
        let t = tokenize("12345678901234567890", true);
        assert_eq!(words(&t), ["12345678901234567890"]);
        let _ = tokenize("ÖJ9015 ǅ ß9 ﬃ1", true);
    }
}
