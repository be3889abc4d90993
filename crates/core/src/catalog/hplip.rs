//! Reads HPLIP's model database (`data/models/models.dat`, an INI-like file) and
//! derives the catalog's facts from it: names, connection flags, web server and
//! status protocol. Only facts are kept, never the file's text.
//!
//! Used by `examples/gen_catalog.rs`; pure (text in, catalog out) so tests reach it.

use std::collections::{BTreeMap, HashMap};

use super::family::{CatalogFile, FORMAT, Family, Protocol, name_from_id};

/// The note stored in the generated asset.
pub const SOURCE_NOTE: &str =
    "derived from HPLIP data/models/models.dat by examples/gen_catalog.rs";

/// The HPLIP release named in the note kept beside a copy of models.dat ("… (HPLIP
/// 3.25.8, 2025-12-19)"): models.dat itself does not say.
pub fn version_in_note(note: &str) -> Option<String> {
    note.match_indices("HPLIP ").find_map(|(at, word)| {
        let version: String = note[at + word.len()..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let version = version.trim_end_matches('.');
        (version.contains('.') && version.len() <= 20).then(|| version.to_owned())
    })
}

/// io-support bits (HPLIP base/codes.py).
const IO_USB: i64 = 0x2;
const IO_NETWORK: i64 = 0x4;
const IO_WIRELESS: i64 = 0x8;

#[derive(Debug, Default)]
struct Section {
    name: String,
    /// modelN → display name, ordered by N.
    models: BTreeMap<u32, String>,
    io_support: i64,
    ews: i64,
    status_type: i64,
}

fn parse_sections(text: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sections.push(Section {
                name: name.trim().to_owned(),
                ..Section::default()
            });
            continue;
        }
        let (Some(section), Some((key, value))) = (sections.last_mut(), line.split_once('='))
        else {
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        let int = || value.parse::<i64>().unwrap_or(0);
        match key {
            "io-support" => section.io_support = int(),
            "embedded-server-type" => section.ews = int(),
            "status-type" => section.status_type = int(),
            _ => {
                if let Some(n) = key.strip_prefix("model").and_then(|n| n.parse().ok())
                    && !value.is_empty()
                {
                    section.models.insert(n, value.to_owned());
                }
            }
        }
    }
    sections
}

/// "hp_officejet_pro_9010_series" and "officejet_pro_9010_series" are one series.
fn family_id(section: &str) -> String {
    let lower = section.to_ascii_lowercase();
    lower.strip_prefix("hp_").unwrap_or(&lower).to_owned()
}

fn family_of(section: &Section) -> Family {
    let mut names: Vec<String> = Vec::new();
    for name in section.models.values() {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Family {
        id: family_id(&section.name),
        also: Vec::new(),
        names,
        wireless: section.io_support & IO_WIRELESS != 0,
        network: section.io_support & IO_NETWORK != 0,
        usb: section.io_support & IO_USB != 0,
        ews: section.ews == 1,
        protocol: Protocol::from_status_type(section.status_type),
        sections: 1,
    }
}

/// Folds `other` into `into`: names are added, a capability any copy has is kept.
fn merge(into: &mut Family, other: Family) {
    for name in other.names {
        if !into.names.contains(&name) {
            into.names.push(name);
        }
    }
    into.sections += other.sections;
    into.wireless |= other.wireless;
    into.network |= other.network;
    into.usb |= other.usb;
    into.ews |= other.ews;
    if into.protocol == Protocol::Other {
        into.protocol = other.protocol;
    }
    if other.id != into.id && !into.also.contains(&other.id) {
        into.also.push(other.id);
    }
    for id in other.also {
        if id != into.id && !into.also.contains(&id) {
            into.also.push(id);
        }
    }
}

/// Sorted names and every fact: equal keys describe the same printers.
type SameFamilyKey = (Vec<String>, bool, bool, bool, bool, Protocol);

/// The most common spelling of each word of the model names ("OfficeJet").
fn spellings(sections: &[Section]) -> HashMap<String, String> {
    let mut counts: HashMap<String, BTreeMap<String, usize>> = HashMap::new();
    for word in sections
        .iter()
        .flat_map(|s| s.models.values())
        .flat_map(|n| n.split_whitespace())
    {
        *counts
            .entry(word.to_ascii_lowercase())
            .or_default()
            .entry(word.to_owned())
            .or_default() += 1;
    }
    counts
        .into_iter()
        .filter_map(|(lower, forms)| {
            // Most used first; ties broken by the spelling itself, for stable output.
            let best = forms
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
            Some((lower, best.0))
        })
        .collect()
}

/// Builds the catalog: a section without model names is named after its id;
/// sections with the same id (ignoring "hp_"), or with the same names and the same
/// facts, become one family. Families are sorted by id so regenerating gives
/// stable output.
pub fn catalog_from_models_dat(
    text: &str,
    source: &str,
    hplip_version: Option<&str>,
) -> CatalogFile {
    let sections = parse_sections(text);
    let spelling = spellings(&sections);
    let mut by_id: Vec<Family> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for section in &sections {
        let mut family = family_of(section);
        // "[]" or "[hp_]": nothing to call the family by.
        if family.id.is_empty() {
            continue;
        }
        if family.names.is_empty() {
            let name = name_from_id(&family.id, |w| spelling.get(w).map(String::as_str));
            family.names.push(name);
        }
        match index.get(&family.id) {
            Some(&i) => merge(&mut by_id[i], family),
            None => {
                index.insert(family.id.clone(), by_id.len());
                by_id.push(family);
            }
        }
    }
    by_id.sort_by(|a, b| a.id.cmp(&b.id));

    // Same names and same facts under two ids: one family that answers to both.
    let mut families: Vec<Family> = Vec::new();
    let mut seen: HashMap<SameFamilyKey, usize> = HashMap::new();
    for family in by_id {
        let mut names = family.names.clone();
        names.sort();
        let key = (
            names,
            family.wireless,
            family.network,
            family.usb,
            family.ews,
            family.protocol,
        );
        match seen.get(&key) {
            Some(&i) => merge(&mut families[i], family),
            None => {
                seen.insert(key, families.len());
                families.push(family);
            }
        }
    }
    for f in &mut families {
        f.also.sort();
    }
    CatalogFile {
        format: FORMAT,
        source: source.to_owned(),
        hplip: hplip_version.map(str::to_owned),
        families,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A hand-written sample in the file's shape (not taken from HPLIP).
    const SAMPLE: &str = "# comment\n\
        [hp_officejet_pro_1230_series]\n\
        io-support=14\nembedded-server-type=1\nstatus-type=10\n\
        model2=HP OfficeJet Pro 1235\nmodel1=HP OfficeJet Pro 1230 series\n\
        [officejet_pro_1230_series]\n\
        io-support=14\nembedded-server-type=1\nstatus-type=10\n\
        model1=HP OfficeJet Pro 1230 series\n\
        [deskjet_77]\nio-support=2\nembedded-server-type=0\nstatus-type=3\nmodel1=HP DeskJet 77\n\
        [deskjet_77_twin]\nio-support=2\nembedded-server-type=0\nstatus-type=3\nmodel1=HP DeskJet 77\n\
        [no_names]\nio-support=8\n\
        garbage line\n=\n[broken\nmodelx=HP Nothing\nio-support=lots\n";

    #[test]
    fn derives_facts_and_merges_duplicates() {
        let c = catalog_from_models_dat(SAMPLE, "sample", None);
        let ids: Vec<_> = c.families.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["deskjet_77", "no_names", "officejet_pro_1230_series"]);
        let oj = &c.families[2];
        assert_eq!(
            oj.names,
            ["HP OfficeJet Pro 1230 series", "HP OfficeJet Pro 1235"]
        );
        assert!(oj.wireless && oj.network && oj.usb && oj.ews);
        assert_eq!(oj.protocol, Protocol::Ledm);
        let dj = &c.families[0];
        assert_eq!(dj.also, ["deskjet_77_twin"]);
        assert!(!dj.wireless && !dj.network && dj.usb && !dj.ews);
        assert_eq!(dj.protocol, Protocol::Other);
        // Named after its id, with the spelling the other names use; the unreadable
        // io-support value counts as nothing.
        let unnamed = &c.families[1];
        assert_eq!(unnamed.names, ["HP no names"]);
        assert!(!unnamed.wireless);
        let c = catalog_from_models_dat("[hp_deskjet_88_series]\nio-support=8\n", "x", None);
        assert_eq!(c.families[0].names, ["HP deskjet 88 series"]);
        let c = catalog_from_models_dat(
            "[a]\nmodel1=HP DeskJet 1\n[b]\nmodel1=HP DeskJet 2\n[hp_deskjet_3]\n",
            "x",
            None,
        );
        assert_eq!(c.families[2].names, ["HP DeskJet 3"]);
    }

    #[test]
    fn json_lines_round_trip() {
        let c = catalog_from_models_dat(SAMPLE, "sample \"quoted\"", Some("3.1.4"));
        let text = c.to_json_lines();
        let back: CatalogFile = serde_json::from_str(&text).unwrap();
        assert_eq!(back, c);
        assert_eq!(text.lines().count(), 5);
    }

    #[test]
    fn the_version_is_read_from_the_note() {
        let note =
            "a mirror of the HPLIP release tarballs\nCommit: 552d179 (HPLIP 3.25.8, 2025-12-19)\n";
        assert_eq!(version_in_note(note).as_deref(), Some("3.25.8"));
        assert_eq!(version_in_note("HPLIP 3.25."), Some("3.25".into()));
        assert_eq!(version_in_note("no version here"), None);
        assert_eq!(version_in_note("HPLIP x"), None);
    }

    #[test]
    fn garbage_gives_an_empty_catalog() {
        assert!(
            catalog_from_models_dat("\u{0}\n[[[\n==", "x", None)
                .families
                .is_empty()
        );
    }
}
