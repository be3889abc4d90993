//! Locale files stay in step with the code: every message of en-US is used (in the
//! source or in asset data), and every other locale has exactly en-US's messages.
//! (Sources of fact messages: `sources.rs`; each language's typography: `typography.rs`.)

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

pub(crate) fn files_under(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
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
pub(crate) fn message_sources(locale: &str) -> Vec<(String, String)> {
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

pub(crate) fn is_message_id(id: &str) -> bool {
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

/// The text a person reads: simple placeables (`{ $count }`, `{ "," }`) left out, and of
/// a select expression (`{ $n -> [one] … *[other] … }`) the variants' text, without
/// their keys.
pub(crate) fn readable(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '{' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The matching brace.
        let (mut depth, mut end) = (0usize, chars.len());
        for (j, c) in chars.iter().enumerate().skip(i) {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let inner: String = chars[i + 1..end.min(chars.len())].iter().collect();
        if let Some((_, variants)) = inner.split_once("->") {
            for line in readable(variants).lines() {
                let line = line.trim().trim_start_matches('*');
                let line = match line.strip_prefix('[') {
                    Some(rest) => rest.split_once(']').map_or(rest, |(_, r)| r),
                    None => line,
                };
                if !line.trim().is_empty() {
                    out.push_str(line.trim());
                    out.push('\n');
                }
            }
        }
        i = end + 1;
    }
    out
}
