//! Locale files stay in step with the code: every message of en-US is used (in the
//! source or in asset data), and every other locale has exactly en-US's messages.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn files_under(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, exts, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| exts.contains(&x))
        {
            out.push(p);
        }
    }
}

fn message_ids(locale: &str) -> BTreeSet<String> {
    message_sources(locale)
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn every_english_message_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    for dir in [
        "src",
        "crates/core/src",
        "crates/flow/src",
        "crates/window/src",
    ] {
        files_under(&root.join(dir), &["rs"], &mut sources);
    }
    files_under(
        &root.join("assets"),
        &["json", "toml", "ron", "yaml"],
        &mut sources,
    );
    let text: String = sources
        .iter()
        .map(|p| fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    // Each picture's text alternative is named by the picture's key (`Picture::alt_id`).
    let pictures: BTreeSet<&str> = wps_pin_core::guide::Picture::ALL
        .iter()
        .map(|p| p.alt_id())
        .collect();
    let unused: Vec<_> = message_ids("en-US")
        .into_iter()
        .filter(|id| !text.contains(&format!("\"{id}\"")) && !pictures.contains(id.as_str()))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code or asset uses: {unused:?}"
    );
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    let reference = message_ids("en-US");
    assert!(
        reference.len() > 50,
        "en-US has {} messages",
        reference.len()
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let tag = entry.file_name().to_string_lossy().into_owned();
        let ids = message_ids(&tag);
        let missing: Vec<_> = reference.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&reference).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{tag}: missing {missing:?}, extra {extra:?}"
        );
    }
}

/// Each message's source text, by id: from its `id =` line to the next line that starts
/// another entry or a comment.
fn message_sources(locale: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale);
    let mut files = Vec::new();
    files_under(&root, &["ftl"], &mut files);
    let mut out: Vec<(String, String)> = Vec::new();
    for f in files {
        for line in fs::read_to_string(f).unwrap().lines() {
            let starts_entry = line.chars().next().is_some_and(|c| !c.is_whitespace());
            match line.split_once('=') {
                Some((id, rest)) if starts_entry && is_message_id(id.trim_end()) => {
                    out.push((id.trim_end().to_owned(), rest.to_owned()));
                }
                _ if starts_entry => {} // a comment ends nothing that matters here
                _ => {
                    if let Some((_, text)) = out.last_mut() {
                        text.push('\n');
                        text.push_str(line);
                    }
                }
            }
        }
    }
    out
}

fn is_message_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The `$variables` a message uses.
fn variables(text: &str) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find('$') {
        rest = &rest[i + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.is_empty() {
            vars.insert(name);
        }
    }
    vars
}

#[test]
fn the_six_languages_are_shipped() {
    let tags: BTreeSet<_> = wps_pin_core::i18n::available()
        .iter()
        .map(|(tag, _)| tag)
        .collect();
    let want: BTreeSet<&&str> = [&"de", &"en-US", &"es", &"fr", &"pt-BR", &"zh-CN"].into();
    assert_eq!(tags, want);
}

#[test]
fn every_translation_uses_the_same_variables_as_english() {
    let english: std::collections::BTreeMap<_, _> = message_sources("en-US")
        .into_iter()
        .map(|(id, text)| (id, variables(&text)))
        .collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut problems = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let tag = entry.file_name().to_string_lossy().into_owned();
        for (id, text) in message_sources(&tag) {
            let vars = variables(&text);
            if english.get(&id).is_some_and(|want| *want != vars) {
                problems.push(format!("{tag} {id}: {vars:?}, en-US {:?}", english[&id]));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A translation whose characters the bundled fonts cannot draw shows empty boxes.
#[test]
fn the_bundled_fonts_draw_every_character_of_every_locale() {
    use eframe::egui::{self, FontFamily, FontId};
    let ctx = egui::Context::default();
    ctx.set_fonts(wps_pin_window::fonts::definitions());
    // One frame loads the fonts; its output goes nowhere.
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    files_under(&dir, &["ftl"], &mut files);
    let mut missing = BTreeSet::new();
    for f in &files {
        let text = fs::read_to_string(f).unwrap();
        for c in text.chars().filter(|c| !c.is_control()) {
            for family in [FontFamily::Proportional, FontFamily::Monospace] {
                if !ctx.fonts_mut(|fonts| fonts.has_glyph(&FontId::new(18.0, family.clone()), c)) {
                    let file = f.strip_prefix(&dir).unwrap().display().to_string();
                    missing.insert(format!("U+{:04X} {c:?} ({family:?}) in {file}", c as u32));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "characters no bundled font can draw (after changing locales, run \
         python3 scripts/gen-fonts.py): {missing:#?}"
    );
}

/// Words that state a fact from ../shared/facts: a message whose English text has one of
/// them is a fact message, and names its source section in a `# Source:` comment.
const FACT_WORDS: &[&str] = &[
    "2 minutes",
    "2-minute",
    "11,000",
    "wep",
    "tkip",
    "wpa",
    "locks",
    "locked",
    "lockout",
    "check digit",
    "last digit",
    "well-known",
    "ghz",
    "mesh",
    "hidden",
    "in wps mode",
    "two at once",
    "refuses both",
    "isolation",
    "guest network",
    "hplip",
    "driver data",
    "reset or a firmware update",
    "8-digit",
    "8 digits",
    "4 digits",
    "guess",
    "vary by model",
    "varies by model",
    "vary by router",
    "wi-fi direct",
    "settings of the router",
    "router's settings, and",
];

/// Each en-US message with the `# ` comment lines just above it.
fn messages_with_comments() -> Vec<(String, String, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en-US");
    let mut files = Vec::new();
    files_under(&root, &["ftl"], &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let mut comments: Vec<String> = Vec::new();
        for line in fs::read_to_string(&f).unwrap().lines() {
            if let Some(c) = line.strip_prefix("# ") {
                comments.push(c.to_owned());
                continue;
            }
            match line.split_once('=') {
                Some((id, text)) if is_message_id(id.trim_end()) && !line.starts_with(' ') => {
                    out.push((id.trim_end().to_owned(), text.to_owned(), comments.clone()));
                }
                _ => {}
            }
            if !line.starts_with(' ') && line != "}" {
                comments.clear();
            }
        }
    }
    out
}

/// The numbered sections of a facts file: "1", "1.5", "3.2"…
fn sections(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.starts_with('#'))
        .filter_map(|l| {
            let n: String = l
                .trim_start_matches('#')
                .trim_start()
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let n = n.trim_end_matches('.').to_owned();
            (!n.is_empty()).then_some(n)
        })
        .collect()
}

/// Every message that states a fact names where it comes from: a `# Source:` comment with
/// a facts file and section (`facts/wps.md §1.5`), and every facts section named exists.
#[test]
fn fact_messages_name_their_source_in_the_facts() {
    let problems = fact_problems(messages_with_comments());
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The check itself catches a fact without a source, and a source that is not there.
#[test]
fn the_fact_check_catches_a_missing_or_wrong_source() {
    let message = |comment: &str| {
        let comments = if comment.is_empty() {
            vec![]
        } else {
            vec![comment.to_owned()]
        };
        vec![("x".to_owned(), " WPS waits 2 minutes.".to_owned(), comments)]
    };
    assert_eq!(fact_problems(message("")).len(), 1);
    assert!(fact_problems(message("Source: facts/wps.md §1.5")).is_empty());
    let facts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/facts");
    if facts.is_dir() {
        assert_eq!(fact_problems(message("Source: facts/wps.md §9.9")).len(), 1);
        assert_eq!(fact_problems(message("Source: facts/nope.md §1")).len(), 1);
    }
}

fn fact_problems(messages: Vec<(String, String, Vec<String>)>) -> Vec<String> {
    let facts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/facts");
    let mut problems = Vec::new();
    for (id, text, comments) in messages {
        let lower = text.to_lowercase();
        let fact = FACT_WORDS.iter().find(|w| lower.contains(*w));
        let sources: Vec<&String> = comments
            .iter()
            .filter(|c| c.starts_with("Source:"))
            .collect();
        if let Some(word) = fact
            && !sources.iter().any(|s| s.contains("facts/"))
        {
            problems.push(format!(
                "{id}: states a fact ({word:?}) without a facts source"
            ));
        }
        for s in sources {
            // "facts/wps.md §1.4, §1.7; facts/hp-printers.md §3.2": each § belongs to the
            // facts file named before it.
            for (i, chunk) in s.split("facts/").enumerate().skip(1) {
                let file: String = chunk
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .collect::<String>()
                    .trim_end_matches([',', ';', ')'])
                    .to_owned();
                let Ok(text) = fs::read_to_string(facts.join(&file)) else {
                    if facts.is_dir() {
                        problems.push(format!("{id}: no facts file {file:?} (part {i})"));
                    }
                    continue; // without ../shared the files cannot be read here
                };
                let known = sections(&text);
                for part in chunk.split('§').skip(1) {
                    let n: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == '.')
                        .collect();
                    let n = n.trim_end_matches('.');
                    // "§0.3": the third item of section 0, which has no headings below it.
                    let major = n.split('.').next().unwrap_or_default();
                    let in_list = n.contains('.')
                        && known.contains(major)
                        && !known.iter().any(|k| k.starts_with(&format!("{major}.")));
                    if !known.contains(n) && !in_list {
                        problems.push(format!("{id}: {file} has no section §{n}"));
                    }
                }
            }
            if !s.contains("facts/") && s.contains('§') {
                problems.push(format!("{id}: a § without a facts file"));
            }
        }
    }
    problems
}
