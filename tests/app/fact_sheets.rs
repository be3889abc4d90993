//! Reading the fact sheets and the messages for the sources check (`sources.rs`): a
//! sheet's numbered sections with their text, the sections a `# Source:` comment names,
//! the numbers a message states, and words at the start of a word.

use std::collections::BTreeMap;

/// `word` in `text` at the start of a word ("lock" in "locked", not in "block").
pub(crate) fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The numbers in a text, except example addresses (192.168.1.23, 192.168.1.1:8080),
/// the example PIN (3141 5927) and a leading step number ("2. Do this").
pub(crate) fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        let line = match line.split_once(". ") {
            Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => rest,
            _ => line,
        };
        let words: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
            .collect();
        for (k, word) in words.iter().enumerate() {
            // "step 3": a step of the guide, not a fact.
            if k > 0 && words[k - 1].eq_ignore_ascii_case("step") {
                continue;
            }
            let word = word.trim_end_matches([',', '.', ':', ';', '?', '!']);
            let digits = word.chars().filter(char::is_ascii_digit).count();
            let dots = word.matches('.').count();
            let example = dots >= 3 || word == "3141" || word == "5927";
            if digits > 0 && !example {
                let n: String = word
                    .chars()
                    .skip_while(|c| !c.is_ascii_digit())
                    .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
                    .collect();
                out.push(n.trim_end_matches(['.', ',']).to_owned());
            }
        }
    }
    out
}

/// A facts file's sections by number ("1", "1.5", "3"), each with its whole text: its
/// heading and everything down to the next heading of the same or a higher level.
pub(crate) fn sections(text: &str) -> BTreeMap<String, String> {
    let heads: Vec<(usize, usize, String)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("##"))
        .filter_map(|(i, l)| {
            let level = l.chars().take_while(|c| *c == '#').count();
            let n: String = l
                .trim_start_matches('#')
                .trim_start()
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let n = n.trim_end_matches('.').to_owned();
            (!n.is_empty()).then_some((i, level, n))
        })
        .collect();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = BTreeMap::new();
    for (k, (start, level, n)) in heads.iter().enumerate() {
        let end = heads[k + 1..]
            .iter()
            .find(|(_, l, _)| l <= level)
            .map_or(lines.len(), |(i, _, _)| *i);
        out.insert(n.clone(), lines[*start..end].join("\n").to_lowercase());
    }
    out
}

/// The section numbers a source names after one facts file: "§1.4, §1.7", "§3–4",
/// "§0.3" (the third item of section 0, which has no numbered headings below it).
pub(crate) fn cited(chunk: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in chunk.split('§').skip(1) {
        let n: String = part
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '–' || *c == '-')
            .collect();
        let n = n.trim_end_matches(['.', '-', '–']);
        match n.split_once(['–', '-']) {
            Some((a, b)) => match (a.parse::<u32>(), b.parse::<u32>()) {
                (Ok(a), Ok(b)) if a <= b => out.extend((a..=b).map(|i| i.to_string())),
                _ => out.push(n.to_owned()),
            },
            None => out.push(n.to_owned()),
        }
    }
    out
}
