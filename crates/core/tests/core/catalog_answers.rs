//! Catalog answers a person can trust (issue 18): Wi-Fi as yes, no or not known with
//! its source; the line the person typed first; "belongs to" only where the family's
//! names reach; models the list does not have recognised as such.

use proptest::prelude::*;
use wps_pin_core::catalog::{Family, Found, Line, ModelHow, Typed, Why, WifiSource, catalog, wifi};
use wps_pin_core::net::ews::{Adapter, AdapterKind};

fn find(query: &str) -> Found<'static> {
    catalog().find(query, 10)
}

fn ids(found: &Found<'_>) -> Vec<String> {
    found.matches.iter().map(|m| m.family.id.clone()).collect()
}

/// The top result's Wi-Fi answer and its source.
fn top_wifi(query: &str) -> (String, Option<bool>, WifiSource) {
    let found = find(query);
    let m = found
        .matches
        .first()
        .unwrap_or_else(|| panic!("{query}: nothing"));
    let w = found.wifi(m);
    (m.family.id.clone(), w.has_wifi, w.source)
}

// ---- The examples of the issue ----

#[test]
fn wireless_families_without_the_hplip_bit_are_not_told_no() {
    // The section mixes dn and fdw variants and has no wireless bit: the name says yes.
    let (id, wifi, source) = top_wifi("HP Color LaserJet Pro MFP 4301fdw");
    assert!(id.starts_with("color_laserjet_pro_mfp_4301"), "{id}");
    assert_eq!((wifi, source), (Some(true), WifiSource::ModelName));
    // io-support=20 (network and Bluetooth, no wireless bit): not known, never no.
    let (id, wifi, source) = top_wifi("HP ENVY Inspire 7955e");
    assert_eq!(id, "envy_inspire_7900_series");
    assert_eq!((wifi, source), (None, WifiSource::HplipNetworkOnly));
    let (id, wifi, source) = top_wifi("LaserJet 1022nw");
    assert_eq!(id, "laserjet_1022nw");
    assert_eq!((wifi, source), (Some(true), WifiSource::ModelName));
}

#[test]
fn a_dn_variant_of_a_mixed_family_is_not_known_rather_than_no() {
    let (_, wifi, source) = top_wifi("Color LaserJet Pro MFP 4301fdn");
    assert_eq!((wifi, source), (None, WifiSource::SomeModels));
    let (_, wifi, source) = top_wifi("Color LaserJet Pro MFP 4301");
    assert_eq!((wifi, source), (None, WifiSource::SomeModels));
}

#[test]
fn a_narrower_range_beats_a_wider_one() {
    // 515 is in both the 500 series (500–599) and the 510 series (510–519).
    for query in ["Smart Tank 515", "515", "smarttank 515"] {
        let found = find(query);
        assert_eq!(ids(&found)[0], "smart_tank_510_series", "{query}");
        assert_eq!(found.wifi(&found.matches[0]).has_wifi, Some(true));
        let Why::Model { how, .. } = &found.matches[0].why else {
            panic!("{query}")
        };
        assert_eq!(
            *how,
            ModelHow::InSeries {
                first: 510,
                last: 519
            }
        );
    }
}

#[test]
fn the_typed_line_word_decides() {
    let found = find("DeskJet 2755e");
    assert_eq!(ids(&found), ["deskjet_2700_series"], "no Photosmart 2700");
    let found = find("envy 6055");
    assert_eq!(
        ids(&found),
        ["envy_6000_series"],
        "no DeskJet Plus, no Smart Tank"
    );
    let found = find("officejet 9015e");
    assert!(!found.matches.is_empty());
    assert!(
        found
            .matches
            .iter()
            .all(|m| m.family.id.starts_with("officejet")),
        "no LaserJet 9000: {:?}",
        ids(&found)
    );
    let found = find("DeskJet 4155e");
    assert_eq!(ids(&found)[0], "deskjet_plus_4100_series");
    assert!(found.matches.len() <= 3, "{:?}", ids(&found));
    assert!(found.matches.iter().all(|m| {
        m.family
            .names
            .iter()
            .any(|n| n.to_lowercase().contains("deskjet"))
    }));
    assert!(!found.other_lines && !found.not_in_list);
}

#[test]
fn a_bare_number_lists_the_two_officejet_9010_families_in_a_stable_order() {
    // The two families have the same facts and HPLIP lists the Pro twice: it comes
    // first, and nothing of another line sits between or above them.
    let found = find("9015");
    assert_eq!(
        ids(&found)[..2],
        ["officejet_pro_9010_series", "officejet_9010_series"]
    );
    assert!(ids(&found).iter().all(|id| !id.starts_with("laserjet")));
    // With the line word "pro" typed, the Pro scores above the plain OfficeJet.
    let found = find("officejet pro 9015");
    assert_eq!(ids(&found)[0], "officejet_pro_9010_series");
    assert!(found.matches[0].score > found.matches[1].score);
}

#[test]
fn belongs_to_is_said_only_where_the_names_reach() {
    // Photosmart 2700 names 2710 and 2713: 2755 is only near it, and said so.
    let found = find("2755e");
    assert_eq!(ids(&found)[0], "deskjet_2700_series");
    let photosmart = found
        .matches
        .iter()
        .find(|m| m.family.id == "photosmart_2700_series")
        .expect("listed as near");
    assert!(photosmart.is_near());
    assert!(photosmart.score < found.matches[0].score);
    // A laser "series" is one model with its letters: 9015 is not in the LaserJet 9000.
    assert!(!ids(&find("9015")).contains(&"laserjet_9000_series".to_owned()));
    assert!(!ids(&find("LaserJet Pro 4001dwe")).contains(&"laserjet_4000_series".to_owned()));
    // A name written as a range covers the numbers inside it.
    let found = find("LaserJet M110we");
    assert_eq!(ids(&found)[0], "laserjet_m109-m112");
    assert!(matches!(
        found.matches[0].why,
        Why::Model {
            how: ModelHow::InRange {
                first: 109,
                last: 112
            },
            ..
        }
    ));
}

#[test]
fn models_missing_from_the_list_are_recognised() {
    // M110we is covered by the family written "M109-M112", with Wi-Fi from HPLIP.
    let (id, wifi, source) = top_wifi("HP LaserJet M110we");
    assert_eq!(id, "laserjet_m109-m112");
    assert_eq!((wifi, source), (Some(true), WifiSource::Hplip));
    for query in ["DeskJet 2955e", "Smart Tank 6555e", "HP Laser 107w"] {
        let found = find(query);
        assert!(found.not_in_list, "{query}");
        assert!(found.matches.iter().all(|m| !m.is_near()), "{query}");
    }
    // The name's own letters still speak: "w" on a laser model is Wi-Fi.
    let found = find("HP Laser 107w");
    assert_eq!(found.typed_wifi().has_wifi, Some(true));
    assert_eq!(found.lines(), [Line::Laser]);
    assert!(
        found.other_lines,
        "results of other lines are said to be so"
    );
    assert_eq!(find("DeskJet 2955e").typed_wifi().has_wifi, None);
    // Words and numbers that are no HP model are not "missing from the list".
    for query in [
        "xyzzy 1234",
        "Canon PIXMA 1234",
        "DeskJet",
        "9015",
        "DeskJet 2",
    ] {
        assert!(!find(query).not_in_list, "{query}");
    }
}

#[test]
fn the_other_lines_are_shown_only_when_the_typed_line_has_nothing() {
    let found = find("deskjet 9015");
    assert!(found.other_lines && found.not_in_list);
    assert_eq!(ids(&found)[0], "officejet_9010_series");
    assert!(!find("officejet 9015").other_lines);
}

// ---- Wi-Fi from every signal ----

fn adapter(kind: AdapterKind) -> Adapter {
    Adapter::new("x", kind)
}

#[test]
fn the_printer_itself_settles_it() {
    let tank = catalog().get("smart_tank_350_series").unwrap();
    let none = Typed::default();
    let answer = wifi::answer(Some(tank), &none, None);
    assert_eq!(answer.has_wifi, Some(false), "HPLIP lists only USB");
    assert_eq!(answer.source, WifiSource::HplipUsbOnly);
    let with_wifi = [adapter(AdapterKind::Ethernet), adapter(AdapterKind::Wifi)];
    let answer = wifi::answer(Some(tank), &none, Some(&with_wifi));
    assert_eq!(
        (answer.has_wifi, answer.source),
        (Some(true), WifiSource::Printer)
    );
    // Found on the network without a Wi-Fi adapter: the USB-only data is wrong somewhere.
    let wired = [adapter(AdapterKind::Ethernet)];
    let answer = wifi::answer(Some(tank), &none, Some(&wired));
    assert_eq!(
        (answer.has_wifi, answer.source),
        (None, WifiSource::HplipUsbOnlyOnNetwork)
    );
    // Not in the list, but the printer answered with a Wi-Fi adapter.
    let answer = wifi::answer(None, &Typed::parse("LaserJet Q1234"), Some(&with_wifi));
    assert_eq!(answer.has_wifi, Some(true));
}

#[test]
fn old_inkjet_letters_are_not_read_as_wifi() {
    // A "w" on a 2000s DeskJet is not HP's current Wi-Fi letter.
    let dj = catalog().get("deskjet_5550").unwrap();
    let answer = wifi::answer(Some(dj), &Typed::parse("Deskjet 5550w"), None);
    assert_ne!(answer.source, WifiSource::ModelName);
    assert_ne!(answer.has_wifi, Some(true));
}

/// "No" is said only on evidence: never for a family with HPLIP's wireless bit, never
/// when the name's own letters say Wi-Fi, and only where HPLIP lists USB alone.
#[test]
fn no_is_said_only_on_evidence() {
    for f in catalog().families() {
        for name in &f.names {
            let a = wifi::answer(Some(f), &Typed::parse(name), None);
            if f.wireless {
                assert_eq!(a.has_wifi, Some(true), "{name}");
            }
            if a.has_wifi == Some(false) {
                assert!(f.usb && !f.network && !f.wireless, "{name}");
                assert_eq!(a.source, WifiSource::HplipUsbOnly);
            }
        }
    }
}

fn in_line(f: &Family, word: &str) -> bool {
    f.names
        .iter()
        .any(|n| n.to_lowercase().replace([' ', '-'], "").contains(word))
}

proptest! {
    /// A query with a line word never ranks another line first when that line has a
    /// match: the oracle is the number alone, whose in-line matches stay matches when
    /// the line word is added.
    #[test]
    fn the_typed_line_ranks_first(
        line in prop::sample::select(vec![
            ("DeskJet", "deskjet"), ("OfficeJet", "officejet"), ("OfficeJet Pro", "officejet"),
            ("LaserJet", "laserjet"), ("ENVY", "envy"), ("Smart Tank", "smarttank"),
            ("Photosmart", "photosmart"), ("PageWide", "pagewide"), ("Color LaserJet", "laserjet"),
        ]),
        number in "(m|p|cp|)[1-9][0-9]{2,3}(e|w|dw|fdw|dwe|n|)",
    ) {
        let (typed, word) = line;
        let alone = catalog().find(&number, 2000);
        let line_has_match = alone.matches.iter().any(|m| in_line(m.family, word));
        let found = catalog().find(&format!("{typed} {number}"), 5);
        if line_has_match {
            prop_assert!(!found.matches.is_empty());
            prop_assert!(in_line(found.matches[0].family, word), "{typed} {number}: {}", found.matches[0].family.id);
            prop_assert!(!found.other_lines);
        }
        if found.other_lines {
            prop_assert!(found.matches.iter().all(|m| !in_line(m.family, word)));
        }
    }
}
