//! Locale files stay in step with the code: every message of en-US is used (in the
//! source or in asset data), and every other locale has exactly en-US's messages.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale);
    let mut files = Vec::new();
    files_under(&root, &["ftl"], &mut files);
    let mut ids = BTreeSet::new();
    for f in files {
        for line in fs::read_to_string(f).unwrap().lines() {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim_end();
                if id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_english_message_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    files_under(&root.join("src"), &["rs"], &mut sources);
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
    let unused: Vec<_> = message_ids("en-US")
        .into_iter()
        .filter(|id| !text.contains(&format!("\"{id}\"")))
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
