//! A saved reading (`air --save`): a file written by hand from the specification, read
//! and written back; files that are not readings; the JSON document of what was read.

use std::path::Path;

use wps_pin_core::air::networks::{Air, Context, Verdict, Warning};
use wps_pin_core::air::reading::{
    AirSource, Reading, ScanPolicy, ScanRequest, Source, Unavailable,
};
use wps_pin_core::air::{RawBss, file, json, radio};
use wps_pin_core::store::FileProblem;

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/air/home-pin-active.json")
}

fn assess(list: Vec<RawBss>) -> Air {
    Air::assess(&Reading::new(Source::File, list), &Context::default())
}

#[test]
fn a_saved_reading_written_by_hand_from_the_specification() {
    let list = file::load(&fixture()).unwrap();
    assert_eq!(list.len(), 5);
    let reading = file::read(&fixture());
    assert!(reading.followed_scan(), "the file says it followed a scan");
    let air = Air::assess(&reading, &Context::default());
    let home = air.connected().unwrap();
    assert_eq!(home.ssid.as_deref(), Some("HomeNetwork"));
    assert_eq!(home.verdict, Verdict::PinActive);
    assert!(home.warnings.is_empty());
    let w = home
        .bss
        .iter()
        .find_map(|b| b.wps.as_ref().filter(|w| w.model_name.is_some()))
        .unwrap();
    assert_eq!(w.manufacturer.as_deref(), Some("Example Networks"));
    assert_eq!(
        w.uuid_text().as_deref(),
        Some("00010203-0405-0607-0809-0a0b0c0d0e0f")
    );
    let cafe = air
        .networks
        .iter()
        .find(|n| n.ssid.as_deref() == Some("Cafe"))
        .unwrap();
    assert_eq!(
        (cafe.verdict, cafe.warnings.as_slice()),
        (Verdict::NoWps, &[Warning::No24Ghz, Warning::Wpa3Only][..])
    );
    let hidden = air.networks.iter().find(|n| n.ssid.is_none()).unwrap();
    assert_eq!(
        (hidden.verdict, hidden.warnings.as_slice()),
        (Verdict::Locked, &[Warning::Hidden][..])
    );
    assert_eq!(
        air.printers[0].model.as_deref(),
        Some("HP DeskJet 3630 series")
    );
    // Written back and read again: the same access points.
    let again = file::from_json(file::to_json(&list).as_bytes()).unwrap();
    assert_eq!(again, list);
    // Without a scan before it, a missing band is not concluded from the reading.
    let cafe_without_scan = assess(list)
        .networks
        .into_iter()
        .find(|n| n.ssid.as_deref() == Some("Cafe"))
        .unwrap();
    assert_eq!(cafe_without_scan.warnings, [Warning::Wpa3Only]);
}

#[test]
fn a_saved_reading_keeps_whether_it_followed_a_scan() {
    let dir = tempfile::tempdir().unwrap();
    let list = file::load(&fixture()).unwrap();
    for (scan, followed) in [
        (ScanRequest::Finished, true),
        (ScanRequest::Requested, false),
    ] {
        let path = dir.path().join(format!("{followed}.json"));
        let reading = Reading {
            scan,
            ..Reading::new(Source::Nl80211, list.clone())
        };
        file::save_reading(&path, &reading).unwrap();
        let again = file::read(&path);
        assert_eq!(again.followed_scan(), followed);
        assert_eq!(again.bss, list);
    }
}

#[test]
fn files_that_are_not_readings_are_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    for text in [
        "not json",
        r#"{"format": 2, "bss": []}"#,
        r#"{"format": 1, "bss": [{"bssid": "zz", "freq_mhz": 1, "ies": ""}]}"#,
        r#"{"format": 1, "bss": [{"bssid": "02:00:00:00:00:01", "freq_mhz": 1, "ies": "0"}]}"#,
    ] {
        std::fs::write(&bad, text).unwrap();
        let r = radio::read(&AirSource::File(bad.clone()), ScanPolicy::Request);
        match r.unavailable {
            Some(Unavailable::File(e)) => assert_eq!(e.problem, FileProblem::Damaged, "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    let missing = radio::read(
        &AirSource::File(dir.path().join("none")),
        ScanPolicy::CacheOnly,
    );
    assert!(
        matches!(missing.unavailable, Some(Unavailable::File(ref e)) if e.problem == FileProblem::NotFound)
    );
}

#[test]
fn the_json_document() {
    let list = file::load(&fixture()).unwrap();
    let air = assess(list);
    let doc = json::document(&air, "2026-01-01 00:00:00 UTC");
    assert_eq!(doc["source"], "file");
    assert_eq!(doc["unavailable"], serde_json::Value::Null);
    let home = &doc["networks"][0];
    assert_eq!(home["ssid"], "HomeNetwork");
    assert_eq!(home["verdict"], "pin_active");
    assert_eq!(home["warnings"], serde_json::json!([]));
    let b = &home["bss"][0];
    assert_eq!(b["band"], "2.4 GHz");
    assert_eq!(b["freq_mhz"], 2437);
    assert_eq!(b["security"]["akm"], serde_json::json!(["psk", "sae"]));
    assert_eq!(b["security"]["pmf_required"], false);
    assert_eq!(b["wps"]["version"], "2.0");
    assert_eq!(b["wps"]["state"], "configured");
    assert_eq!(b["wps"]["registrar"], "pin");
    assert_eq!(
        b["wps"]["rf_bands"],
        serde_json::json!(["2.4 GHz", "5 GHz"])
    );
    assert_eq!(
        home["bss"][1]["wps"]["manufacturer"],
        serde_json::Value::Null
    );
    let hidden = doc["networks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["ssid"].is_null())
        .unwrap();
    assert_eq!(hidden["verdict"], "locked");
    assert_eq!(doc["printers_in_air"][0]["kind"], "direct");
}
