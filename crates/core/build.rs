// A build script that cannot read locales/ must stop the build with the reason.
#![allow(clippy::expect_used)]

//! Build-time checks and embedding.
//! - Every folder under locales/ becomes an embedded language; each must define
//!   exactly the message ids of en-US (the reference), so a missing translation
//!   fails the build instead of showing an id to a person.
//! - Every guide in assets/guides/ parses, every message it names exists in every locale,
//!   and every picture it names has its SVG in assets/illustrations/: a broken guide fails
//!   the build with the file and line.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const REFERENCE: &str = "en-US";
/// locales/ and assets/ live at the top of the workspace, beside the binary's package.
const ROOT: &str = "../..";

fn at(path: &str) -> PathBuf {
    Path::new(ROOT).join(path)
}

fn main() {
    embed_locales();
}

fn embed_locales() {
    let locales = at("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut langs: Vec<(String, Vec<PathBuf>)> = Vec::new();
    for entry in fs::read_dir(&locales).expect("locales/ folder") {
        let entry = entry.expect("locales/ entry");
        if !entry.path().is_dir() {
            continue;
        }
        let tag = entry.file_name().to_string_lossy().into_owned();
        let mut files: Vec<PathBuf> = fs::read_dir(entry.path())
            .expect("locale folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        println!("cargo:rerun-if-changed={}", entry.path().display());
        langs.push((tag, files));
    }
    langs.sort_by(|a, b| (a.0 != REFERENCE, &a.0).cmp(&(b.0 != REFERENCE, &b.0)));

    let ids_of = |files: &[PathBuf]| -> BTreeSet<String> {
        files
            .iter()
            .flat_map(|f| message_ids(&fs::read_to_string(f).expect("readable .ftl")))
            .collect()
    };
    let reference = langs
        .iter()
        .find(|(t, _)| t == REFERENCE)
        .map(|(_, f)| ids_of(f))
        .expect("locales/en-US must exist");
    let mut problems = String::new();
    for (tag, files) in &langs {
        let ids = ids_of(files);
        for missing in reference.difference(&ids) {
            let _ = writeln!(problems, "locales/{tag}: missing message `{missing}`");
        }
        for extra in ids.difference(&reference) {
            let _ = writeln!(problems, "locales/{tag}: `{extra}` is not in en-US");
        }
    }
    if !problems.is_empty() {
        panic!("locale files are out of step with en-US:\n{problems}");
    }
    let locale_ids: Vec<(String, BTreeSet<String>)> =
        langs.iter().map(|(t, f)| (t.clone(), ids_of(f))).collect();
    check_guides(&locale_ids);

    let mut out = String::from(
        "/// Embedded locales: (language tag, Fluent sources). en-US comes first.\n\
         pub static LOCALES: &[(&str, &[&str])] = &[\n",
    );
    for (tag, files) in &langs {
        let _ = write!(out, "    ({tag:?}, &[");
        for f in files {
            let abs = fs::canonicalize(f).expect("path");
            let _ = write!(out, "include_str!({:?}), ", abs.display().to_string());
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("write locales.rs");
}

/// Checks every guide against the locales and the illustrations.
fn check_guides(locales: &[(String, BTreeSet<String>)]) {
    println!("cargo:rerun-if-changed={}", at("assets/guides").display());
    println!(
        "cargo:rerun-if-changed={}",
        at("assets/illustrations").display()
    );
    let mut problems = String::new();
    let mut files: Vec<PathBuf> = fs::read_dir(at("assets/guides"))
        .expect("assets/guides/ folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for file in files {
        let name = file.display().to_string();
        let text = fs::read_to_string(&file).expect("readable guide");
        let doc: serde_json::Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                let _ = writeln!(
                    problems,
                    "{name} line {} column {}: {e}",
                    e.line(),
                    e.column()
                );
                continue;
            }
        };
        let mut ids: Vec<String> = ["title", "intro", "note"]
            .iter()
            .filter_map(|k| doc[k].as_str().map(str::to_owned))
            .collect();
        let steps = doc["steps"].as_array().cloned().unwrap_or_default();
        if steps.is_empty() {
            let _ = writeln!(problems, "{name}: no steps");
        }
        for (i, step) in steps.iter().enumerate() {
            ids.extend(
                ["text", "see"]
                    .iter()
                    .filter_map(|k| step[k].as_str().map(str::to_owned)),
            );
            match step["picture"].as_str() {
                Some(p) if at(&format!("assets/illustrations/{p}.svg")).exists() => {
                    ids.push(format!("picture-{p}"));
                }
                other => {
                    let _ = writeln!(problems, "{name} step {}: no illustration {other:?}", i + 1);
                }
            }
        }
        for (tag, known) in locales {
            for id in ids.iter().filter(|id| !known.contains(*id)) {
                let _ = writeln!(problems, "{name}: `{id}` is missing from locales/{tag}");
            }
        }
    }
    if !problems.is_empty() {
        panic!("guides are broken:\n{problems}");
    }
}

/// Message ids: lines starting with an identifier followed by `=` (terms start with `-`).
fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let ok = id.chars().next()?.is_ascii_alphabetic()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| id.to_owned())
        })
        .collect()
}
