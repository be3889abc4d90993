//! Spellings of current HP models across the lines, each with the family it must find
//! first and the Wi-Fi answer it must give (yes, no or not known, and from where).

use wps_pin_core::catalog::{WifiSource, catalog};

use WifiSource::{Hplip, HplipNetworkOnly, HplipUsbOnly, ModelName};

const YES: Option<bool> = Some(true);
const NO: Option<bool> = Some(false);
const UNKNOWN: Option<bool> = None;

/// What people type → the family, Wi-Fi and where that answer comes from.
const CURRENT: &[(&str, &str, Option<bool>, WifiSource)] = &[
    // OfficeJet
    (
        "OfficeJet Pro 9015e",
        "officejet_pro_9010_series",
        YES,
        Hplip,
    ),
    (
        "hp officejet pro 9015e all-in-one",
        "officejet_pro_9010_series",
        YES,
        Hplip,
    ),
    ("OJ Pro 9025e", "officejet_pro_9020_series", YES, Hplip),
    (
        "OfficeJet Pro 8025e",
        "officejet_pro_8020_series",
        YES,
        Hplip,
    ),
    (
        "OfficeJet Pro 8035e",
        "officejet_pro_8030_series",
        YES,
        Hplip,
    ),
    (
        "OfficeJet Pro 8125e",
        "officejet_pro_8120_series",
        YES,
        Hplip,
    ),
    (
        "OfficeJet Pro 9135e",
        "officejet_pro_9130e_series",
        YES,
        Hplip,
    ),
    (
        "OfficeJet Pro 9730e",
        "officejet_pro_9730_series",
        YES,
        Hplip,
    ),
    ("OfficeJet 8015e", "officejet_8010_series", YES, Hplip),
    (
        "OfficeJet 250 Mobile",
        "officejet_250_mobile_series",
        YES,
        Hplip,
    ),
    // DeskJet
    ("DeskJet 2755e", "deskjet_2700_series", YES, Hplip),
    ("deskjet 2720e", "deskjet_2700_series", YES, Hplip),
    ("DeskJet 2855e", "deskjet_2800_series", YES, Hplip),
    ("DeskJet 2630", "deskjet_2600_series", YES, Hplip),
    ("DeskJet 3755", "deskjet_3700_series", YES, Hplip),
    ("DeskJet 4155e", "deskjet_plus_4100_series", YES, Hplip),
    ("DeskJet 4255e", "deskjet_4200_series", YES, Hplip),
    // ENVY
    ("ENVY 6055e", "envy_6000_series", YES, Hplip),
    ("envy6055e", "envy_6000_series", YES, Hplip),
    ("ENVY 6155e", "envy_6100_series", YES, Hplip),
    ("ENVY Pro 6455e", "envy_pro_6400_series", YES, Hplip),
    ("ENVY 5055", "envy_5000_series", YES, Hplip),
    ("ENVY Photo 7855", "envy_photo_7800_series", YES, Hplip),
    (
        "ENVY Inspire 7955e",
        "envy_inspire_7900_series",
        UNKNOWN,
        HplipNetworkOnly,
    ),
    (
        "ENVY Inspire 7255e",
        "envy_inspire_7200_series",
        UNKNOWN,
        HplipNetworkOnly,
    ),
    // Smart Tank and Ink Tank
    ("Smart Tank 515", "smart_tank_510_series", YES, Hplip),
    ("Smart Tank 5105", "smart_tank_5100_series", YES, Hplip),
    ("Smart Tank 7301", "smart_tank_7300_series", YES, Hplip),
    ("Smart Tank 7602", "smart_tank_7600_series", YES, Hplip),
    (
        "Smart Tank Plus 555",
        "smart_tank_plus_550_series",
        YES,
        Hplip,
    ),
    ("smart tank 350", "smart_tank_350_series", NO, HplipUsbOnly),
    (
        "Ink Tank Wireless 415",
        "ink_tank_wireless_410_series",
        YES,
        Hplip,
    ),
    // LaserJet
    ("LaserJet Pro M404dw", "laserjet_pro_m404-m405", YES, Hplip),
    ("LJ Pro MFP M428fdw", "laserjet_pro_m428f-m429f", YES, Hplip),
    ("LaserJet Pro M15w", "laserjet_m14-m17", YES, Hplip),
    ("LaserJet M110we", "laserjet_m109-m112", YES, Hplip),
    ("LaserJet MFP M140we", "laserjet_mfp_m139-m142", YES, Hplip),
    ("LaserJet M209dwe", "laserjet_m207-m212", YES, Hplip),
    (
        "LaserJet MFP M234sdwe",
        "laserjet_mfp_m232-m237",
        YES,
        Hplip,
    ),
    ("LaserJet Pro 3002dwe", "laserjet_pro_3001-3008", YES, Hplip),
    ("LaserJet Pro 4001dwe", "laserjet_pro_4001", YES, Hplip),
    (
        "LaserJet Pro MFP 4101fdwe",
        "laserjet_pro_mfp_4101",
        YES,
        Hplip,
    ),
    ("LaserJet 1022nw", "laserjet_1022nw", YES, ModelName),
    (
        "LaserJet P1102w",
        "laserjet_professional_p1102",
        YES,
        ModelName,
    ),
    ("LaserJet Tank 1020w", "laserjet_tank_1020", YES, Hplip),
    ("Neverstop Laser 1001nw", "neverstop_laser_100x", YES, Hplip),
    // Color LaserJet
    (
        "Color LaserJet Pro MFP M479fdw",
        "color_laserjet_pro_m478f-9f",
        YES,
        Hplip,
    ),
    ("CLJ Pro M255dw", "colorlaserjet_m255-m256", YES, Hplip),
    (
        "Color LaserJet Pro MFP M283fdw",
        "colorlaserjet_mfp_m282-m285",
        YES,
        Hplip,
    ),
    (
        "Color LaserJet Pro MFP 3302fdw",
        "color_laserjet_pro_mfp_3302",
        YES,
        Hplip,
    ),
    (
        "Color LaserJet Pro MFP 4301fdw",
        "color_laserjet_pro_mfp_4301-4303",
        YES,
        ModelName,
    ),
    (
        "colour laserjet pro mfp 4301cdw",
        "color_laserjet_pro_mfp_4301-4303",
        YES,
        ModelName,
    ),
    // PageWide and Tango
    ("PageWide Pro 477dw", "pagewide_pro_477dw_mfp", YES, Hplip),
    ("Tango X", "tango", YES, Hplip),
];

#[test]
fn current_models_find_their_family_and_wifi_answer() {
    // The examples plus at least 30 more.
    assert!(CURRENT.len() >= 40, "{}", CURRENT.len());
    let mut wrong = Vec::new();
    for (query, family, wifi, source) in CURRENT {
        let found = catalog().find(query, 5);
        let Some(top) = found.matches.first() else {
            wrong.push(format!("{query:?}: nothing found"));
            continue;
        };
        let answer = found.wifi(top);
        let got = (top.family.id.as_str(), answer.has_wifi, answer.source);
        if got != (*family, *wifi, *source) {
            wrong.push(format!(
                "{query:?}: want {family} {wifi:?} {source:?}, got {got:?}"
            ));
        }
        if found.other_lines || found.not_in_list {
            wrong.push(format!(
                "{query:?}: said to be of another line or not listed"
            ));
        }
    }
    assert!(wrong.is_empty(), "wrong answers:\n{}", wrong.join("\n"));
}
