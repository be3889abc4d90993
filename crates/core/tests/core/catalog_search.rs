//! The model search against the embedded catalog: real-world spellings, nonsense,
//! HP's series naming in both directions, and arbitrary input.

use proptest::prelude::*;
use wps_pin_core::catalog::{Catalog, Family, ModelHow, Protocol, Why, catalog};

/// What people type or read off a printer → the family they mean.
const SPELLINGS: &[(&str, &str)] = &[
    ("9015e", "officejet_pro_9010_series"),
    ("9015", "officejet_pro_9010_series"),
    ("OfficeJet Pro 9015", "officejet_pro_9010_series"),
    ("HP OJ Pro 9015e", "officejet_pro_9010_series"),
    ("office jet pro 9015e", "officejet_pro_9010_series"),
    ("hp-officejet-pro-9015e", "officejet_pro_9010_series"),
    ("OFFICEJET PRO 9015E", "officejet_pro_9010_series"),
    ("offcejet pro 9015", "officejet_pro_9010_series"),
    ("OJ9015 pro", "officejet_pro_9010_series"),
    ("OfficeJet Pro 9025e", "officejet_pro_9020_series"),
    ("OJ Pro 8025e", "officejet_pro_8020_series"),
    ("officejet pro 8025", "officejet_pro_8020_series"),
    ("officejet 8015", "officejet_8010_series"),
    ("Officejet Pro 8610", "officejet_pro_8610"),
    ("OfficeJet Pro 8600", "officejet_pro_8600"),
    ("officejet pro 6978", "officejet_pro_6970"),
    ("OfficeJet 3830", "officejet_3830_series"),
    ("OfficeJet 250 Mobile", "officejet_250_mobile_series"),
    ("M428fdw", "laserjet_pro_m428f-m429f"),
    ("LaserJet Pro M428fdw", "laserjet_pro_m428f-m429f"),
    ("laserjet pro m 428fdw", "laserjet_pro_m428f-m429f"),
    ("LaserJet Pro MFP M428-M429", "laserjet_pro_m428-m429"),
    ("M428dw", "laserjet_pro_m428-m429"),
    ("M404dw", "laserjet_pro_m404-m405"),
    ("LJ Pro M404n", "laserjet_pro_m404-m405"),
    ("LaserJet Pro M15w", "laserjet_m14-m17"),
    ("LaserJet 1020", "laserjet_1020"),
    ("LaserJet Tank 1020w", "laserjet_tank_1020"),
    ("LaserJet M1132 MFP", "laserjet_professional_m1132_mfp"),
    ("P1102", "laserjet_professional_p1102"),
    ("CLJ Pro M281fdw", "colorlaserjet_mfp_m278-m281"),
    (
        "Color LaserJet Pro MFP M479fdw",
        "color_laserjet_pro_m478f-9f",
    ),
    ("M479dw", "color_laserjet_pro_m479"),
    ("Colour LaserJet M153cnw", "colorlaserjet_m153-m154"),
    ("Neverstop Laser 1001nw", "neverstop_laser_100x"),
    ("ENVY 5540 series", "envy_5540_series"),
    ("Envy 5545", "envy_5540_series"),
    ("ENVY 6055e", "envy_6000_series"),
    ("Envy 6000", "envy_6000_series"),
    ("ENVY Pro 6455", "envy_pro_6400_series"),
    ("HP Envy 6500e", "envy_6500_series"),
    ("ENVY 4520", "envy_4520_series"),
    ("Envy 5030", "envy_5000_series"),
    ("Envy Photo 7855", "envy_photo_7800_series"),
    ("DeskJet 2755e", "deskjet_2700_series"),
    ("DJ 2720e", "deskjet_2700_series"),
    ("deskjet 2700 series", "deskjet_2700_series"),
    ("DeskJet Ink Advantage 2775", "deskjet_2700_series"),
    ("DeskJet 2630", "deskjet_2600_series"),
    ("DeskJet 3755", "deskjet_3700_series"),
    ("DeskJet Plus 4155e", "deskjet_plus_4100_series"),
    ("Smart Tank 7301", "smart_tank_7300_series"),
    ("smarttank 7301", "smart_tank_7300_series"),
    ("smart tank 350", "smart_tank_350_series"),
    ("Smart Tank Plus 555", "smart_tank_plus_550_series"),
    ("Photosmart C4180", "photosmart_c4100_series"),
    ("PageWide Pro 477dw", "pagewide_pro_477dw_mfp"),
    ("Tango X", "tango"),
    ("OfficeJet Pro 9135e", "officejet_pro_9130e_series"),
    ("OfficeJet Pro 9135", "officejet_pro_9130_series"),
    ("LaserJet P1102w", "laserjet_professional_p1102"),
    ("LaserJet M209dwe", "laserjet_m207-m212"),
    ("Envy Inspire 7955e", "envy_inspire_7900_series"),
    ("Smart Tank 5105", "smart_tank_5100_series"),
    ("DeskJet 4255e", "deskjet_4200_series"),
    ("ENVY 6155e", "envy_6100_series"),
    ("HP DeskJet 2755e All-in-One Printer", "deskjet_2700_series"),
    ("Color LaserJet Pro M255dw", "colorlaserjet_m255-m256"),
];

#[test]
fn real_world_spellings_find_the_right_family_first() {
    assert!(SPELLINGS.len() >= 40);
    let mut wrong = Vec::new();
    for (query, want) in SPELLINGS {
        let found = catalog().search(query, 5);
        let got: Vec<_> = found.iter().map(|m| m.family.id.as_str()).collect();
        if got.first() != Some(want) {
            wrong.push(format!("{query:?}: want {want}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "wrong top result:\n{}", wrong.join("\n"));
}

#[test]
fn every_expected_family_exists_with_its_facts() {
    let c = catalog();
    assert!(c.families().len() > 1300, "{}", c.families().len());
    for (_, id) in SPELLINGS {
        assert!(c.get(id).is_some(), "{id} missing from the catalog");
    }
    let oj = c.get("officejet_pro_9010_series").unwrap();
    assert!(oj.wireless && oj.network && oj.ews);
    assert_eq!(oj.protocol, Protocol::Ledm);
    let tank = c.get("smart_tank_350_series").unwrap();
    assert!(!tank.wireless && !tank.network && tank.usb, "USB only");
}

#[test]
fn nonsense_finds_nothing() {
    for query in [
        "",
        "   ",
        "!!!???",
        "HP",
        "printer",
        "xyzzy",
        "qwerty uiop",
        "asdf 1234",
        "Canon PIXMA 1234",
        "officejet 99999999",
    ] {
        let found = catalog().search(query, 10);
        assert!(
            found.is_empty(),
            "{query:?} found {:?}",
            found.iter().map(|m| &m.family.id).collect::<Vec<_>>()
        );
    }
}

#[test]
fn results_are_ranked_explained_and_limited() {
    let found = catalog().search("M428", 10);
    assert!(found.len() >= 2);
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(found.iter().all(|m| (0.0..=1.0).contains(&m.score)));
    assert!(
        found
            .iter()
            .take(2)
            .all(|m| m.family.id.starts_with("laserjet_pro_m428"))
    );
    assert_eq!(catalog().search("envy", 3).len(), 3);
    let m = &catalog().search("M428fdw", 1)[0];
    assert_eq!(m.matched_name, "HP LaserJet Pro MFP M428fdw");
    assert!(matches!(
        &m.why,
        Why::Model {
            how: ModelHow::Exact,
            ..
        }
    ));
}

#[test]
fn typing_gives_results_on_the_way() {
    // Each keystroke of "officejet pro 9015" gives sensible results once a word is there.
    let query = "officejet pro 9015";
    for end in 4..=query.len() {
        let part = &query[..end];
        assert!(!catalog().search(part, 5).is_empty(), "{part:?}");
    }
    let found = catalog().search("officejet pro 90", 5);
    assert!(
        found
            .iter()
            .any(|m| m.family.id == "officejet_pro_9010_series")
    );
}

fn family(id: &str, names: &[&str]) -> Family {
    Family {
        id: id.into(),
        also: vec![],
        names: names.iter().map(|n| (*n).to_owned()).collect(),
        wireless: true,
        network: false,
        usb: true,
        ews: true,
        protocol: Protocol::Ledm,
        sections: 1,
    }
}

#[test]
fn series_ranges_work_both_ways() {
    let c = Catalog::new(vec![
        family("a", &["HP DeskJet 2700 series"]),
        family("b", &["HP DeskJet 2755e"]),
        family("c", &["HP OfficeJet 9010 series"]),
    ]);
    let ids = |q: &str| -> Vec<String> {
        c.search(q, 10)
            .iter()
            .map(|m| m.family.id.clone())
            .collect()
    };
    // A model number finds its series...
    assert_eq!(ids("DeskJet 2722"), ["a"]);
    assert_eq!(ids("OfficeJet 9019"), ["c"]);
    // ...and a series finds the models in it.
    assert_eq!(ids("DeskJet 2700 series"), ["a", "b"]);
    let covers = c.search("DeskJet 2700 series", 10);
    assert!(matches!(
        covers[1].why,
        Why::Model {
            how: ModelHow::SeriesCovers {
                first: 2700,
                last: 2799
            },
            ..
        }
    ));
    // Outside the range there is nothing.
    assert!(ids("DeskJet 2800").is_empty());
    assert!(ids("OfficeJet 9020").is_empty());
    // Without the word "series", 2700 means that number.
    assert_eq!(ids("DeskJet 2700"), ["a"]);
}

proptest! {
    #[test]
    fn search_never_panics(query in ".{0,80}") {
        let found = catalog().search(&query, 20);
        prop_assert!(found.len() <= 20);
        for m in &found {
            prop_assert!((0.0..=1.0).contains(&m.score));
        }
    }

    #[test]
    fn model_like_queries_never_panic(
        query in "(hp |oj |dj |clj |lj |envy |pro |mfp |series |[a-z]{1,3}[0-9]{1,6}[a-z]{0,3} |[0-9]{1,12} |- ){0,6}"
    ) {
        let found = catalog().search(&query, 5);
        prop_assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    }
}
