//! The printer-status parsers on fixtures written for this project, in the shapes the facts
//! sheet gives (two firmware styles of namespace prefixes, wired and Wi-Fi states), and on
//! hostile input.

use proptest::prelude::*;
use wps_pin_core::net::ews::ledm::{self, is_forbidden};
use wps_pin_core::net::ews::{AdapterKind, EwsError, MAX_DOCUMENT, cdm};
use wps_pin_core::net::identity::{self, Answers, Source};
use wps_pin_core::net::ipp::{IppFacts, PrinterState};

macro_rules! fixture {
    ($path:literal) => {
        include_bytes!(concat!("../fixtures/", $path)).as_slice()
    };
}

#[test]
fn discovery_tree_lists_resources_but_never_the_wps_pin() {
    let paths = ledm::parse_discovery_tree(fixture!("ledm/discovery-tree.xml")).unwrap();
    assert_eq!(
        paths,
        vec![
            "/DevMgmt/ProductConfigDyn.xml",
            "/DevMgmt/IOConfigDyn.xml",
            "/IoMgmt/IoMgmtManifest.xml"
        ]
    );
    assert!(is_forbidden("/IoMgmt/Adapters/wifi0/WPS/Pin"));
    assert!(is_forbidden("/iomgmt/adapters/wifi0/wps"));
    assert!(!is_forbidden(ledm::PRODUCT_CONFIG));
}

#[test]
fn product_config_reads_firmware_not_the_schema_version() {
    let p = ledm::parse_product_config(fixture!("ledm/product-config-inkjet.xml")).unwrap();
    assert_eq!(p.make_and_model.as_deref(), Some("HP ENVY 5540 series"));
    assert_eq!(p.serial.as_deref(), Some("TESTSERIAL01"));
    assert_eq!(
        p.uuid.as_deref(),
        Some("1c852a4d-b800-1f08-abcd-a0b3cc4f1a2b")
    );
    assert_eq!(p.firmware.as_deref(), Some("TESTFW1801A"));
    assert_eq!(p.firmware_date.as_deref(), Some("2018-01-05"));
}

#[test]
fn other_prefixes_and_newer_namespace_read_the_same() {
    let p = ledm::parse_product_config(fixture!("ledm/product-config-laserjet.xml")).unwrap();
    assert_eq!(
        p.make_and_model.as_deref(),
        Some("HP LaserJet Pro MFP M428fdw")
    );
    assert_eq!(p.serial.as_deref(), Some("TESTSERIAL02"), "trimmed");
    assert_eq!(p.firmware.as_deref(), Some("TESTFW2607B"));
    assert_eq!(p.uuid, None, "absent stays absent");
}

#[test]
fn adapters_wired_then_on_wifi() {
    let wired = ledm::parse_adapters(fixture!("ledm/adapters-wired.xml")).unwrap();
    assert_eq!(wired.len(), 3);
    assert_eq!(wired[0].kind, AdapterKind::Ethernet);
    assert_eq!(wired[0].connected, Some(true));
    assert_eq!(wired[0].mac.as_deref(), Some("a0:b3:cc:4f:1a:2b"));
    assert_eq!(wired[1].kind, AdapterKind::Wifi);
    assert_eq!(wired[1].connected, Some(false));
    assert_eq!(wired[1].ssid, None);
    assert_eq!(wired[2].kind, AdapterKind::WifiDirect);

    let mut wifi = ledm::parse_adapters(fixture!("ledm/adapters-wifi.xml")).unwrap();
    let w = &wifi[1];
    assert_eq!(w.connected, Some(true));
    assert_eq!(w.ssid.as_deref(), Some("HomeWiFi"), "hex SSID decoded");
    assert_eq!(w.signal_bars, Some(4));
    assert_eq!(w.signal_dbm, Some(-55));
    assert_eq!(w.mac.as_deref(), Some("a0:b3:cc:4f:1a:2c"));

    let io = ledm::parse_io_config(fixture!("ledm/io-config.xml")).unwrap();
    assert_eq!(io.len(), 1);
    assert_eq!(
        io[0].ipv4.as_deref(),
        Some("192.0.2.23"),
        "the IPv4 address, not the IPv6 one"
    );
    ledm::apply_io_config(&mut wifi, &io);
    assert_eq!(wifi[1].ipv4.as_deref(), Some("192.0.2.23"));
    assert_eq!(wifi[1].ipv4_method.as_deref(), Some("DHCP"));
    assert_eq!(wifi[1].hostname.as_deref(), Some("HPA0B3CC4F1A2B"));
    assert_eq!(
        wifi[0].ipv4, None,
        "the wired adapter gets nothing from the Wi-Fi config"
    );
}

#[test]
fn ssids_that_are_not_hex_stay_as_sent() {
    assert_eq!(ledm::decode_ssid("HomeWiFi"), "HomeWiFi");
    assert_eq!(ledm::decode_ssid("CAFE"), "CAFE", "hex digits but not text");
    assert_eq!(ledm::decode_ssid("4142"), "AB");
}

#[test]
fn cdm_identity_with_numbers_as_numbers_and_unknown_keys() {
    let p = cdm::parse_identity(fixture!("cdm/identity.json")).unwrap();
    assert_eq!(
        p.make_and_model.as_deref(),
        Some("HP OfficeJet Pro 9010 series")
    );
    assert_eq!(p.firmware.as_deref(), Some("TESTFW2607C"));
    assert_eq!(p.firmware_date.as_deref(), Some("202607240158"));
    assert_eq!(
        p.uuid.as_deref(),
        Some("7d1b3c00-0000-4000-8000-a0b3cc4f1a2b")
    );
    let (name, enabled) = cdm::parse_bonjour(fixture!("cdm/discovery-services.json")).unwrap();
    assert_eq!(
        name.as_deref(),
        Some("HP OfficeJet Pro 9010 series [4F1A2B]")
    );
    assert_eq!(enabled, Some(true), "\"true\" as a string");
}

#[test]
fn hostile_documents_are_clear_errors() {
    let bomb = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<io:Adapters xmlns:io="http://www.hp.com/schemas/imaging/con/ledm/iomgmt/2008/11/30">&lol3;</io:Adapters>"#;
    assert!(matches!(ledm::parse_adapters(bomb), Err(EwsError::Xml(_))));
    let truncated = &fixture!("ledm/adapters-wifi.xml")[..300];
    assert!(matches!(
        ledm::parse_adapters(truncated),
        Err(EwsError::Xml(_))
    ));
    assert!(matches!(
        ledm::parse_adapters(b"\xff\xfe<a/>"),
        Err(EwsError::Xml(_))
    ));
    let huge = vec![b' '; MAX_DOCUMENT + 1];
    assert!(matches!(
        ledm::parse_product_config(&huge),
        Err(EwsError::TooLarge(_))
    ));
    assert!(matches!(
        cdm::parse_identity(&huge),
        Err(EwsError::TooLarge(_))
    ));
    assert!(matches!(
        ledm::parse_product_config(fixture!("ledm/adapters-wifi.xml")),
        Err(EwsError::Missing(_))
    ));
    let deep = "[".repeat(10_000);
    assert!(matches!(
        cdm::parse_identity(deep.as_bytes()),
        Err(EwsError::TooDeep(_))
    ));
    assert!(matches!(
        cdm::parse_identity(b"[1,2]"),
        Err(EwsError::Missing(_))
    ));
    // A very long value is bounded.
    let long = format!(
        r#"{{"makeAndModel": {{"name": "{}"}}}}"#,
        "A".repeat(100_000)
    );
    let p = cdm::parse_identity(long.as_bytes()).unwrap();
    let model = p.make_and_model.unwrap();
    assert_eq!(model.chars().count(), 257, "256 characters and an ellipsis");
    assert!(model.ends_with('…'));
}

#[test]
fn merged_identity_names_its_sources_and_prefers_the_web_server() {
    let answers = Answers {
        ipp: Some(IppFacts {
            make_and_model: Some("HP ENVY 5540 series (IPP)".into()),
            firmware: Some("IPPFW".into()),
            uuid: Some("1c852a4d-b800-1f08-abcd-a0b3cc4f1a2b".into()),
            state: Some(PrinterState::Idle),
            ..IppFacts::default()
        }),
        ledm: Some(ledm::parse_product_config(fixture!("ledm/product-config-inkjet.xml")).unwrap()),
        cdm: None,
        adapters: ledm::parse_adapters(fixture!("ledm/adapters-wifi.xml")).unwrap(),
    };
    let id = identity::merge(&answers);
    assert_eq!(id.model.as_ref().unwrap().value, "HP ENVY 5540 series");
    assert_eq!(id.model.as_ref().unwrap().source, Source::Ledm);
    assert_eq!(id.firmware.as_ref().unwrap().value, "TESTFW1801A");
    assert_eq!(id.sources, vec![Source::Ipp, Source::Ledm]);
    assert!(id.problems.is_empty());
    assert_eq!(
        id.connected_wifi().unwrap().ssid.as_deref(),
        Some("HomeWiFi")
    );
    let doc = id.to_json("192.0.2.23");
    assert_eq!(doc["sources"], serde_json::json!(["ipp", "ledm"]));
    assert_eq!(doc["adapters"][1]["kind"], "wifi");
    assert_eq!(doc["adapters"][1]["signal"], 4);

    // IPP alone still gives a model; a different UUID elsewhere is reported.
    let mut only_ipp = answers.clone();
    only_ipp.ledm = None;
    only_ipp.adapters.clear();
    only_ipp.cdm = Some(cdm::parse_identity(fixture!("cdm/identity.json")).unwrap());
    let id = identity::merge(&only_ipp);
    assert_eq!(id.model.as_ref().unwrap().source, Source::Cdm);
    assert_eq!(id.problems.len(), 1, "{:?}", id.problems);
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_the_ews_parsers(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = ledm::parse_discovery_tree(&bytes);
        let _ = ledm::parse_product_config(&bytes);
        let _ = ledm::parse_adapters(&bytes);
        let _ = ledm::parse_io_config(&bytes);
        let _ = cdm::parse_identity(&bytes);
        let _ = cdm::parse_bonjour(&bytes);
    }

    #[test]
    fn mutated_fixtures_never_panic(pos in 0usize..3000, byte in any::<u8>()) {
        for doc in [fixture!("ledm/adapters-wifi.xml"), fixture!("ledm/io-config.xml"), fixture!("cdm/identity.json")] {
            let mut b = doc.to_vec();
            let i = pos % b.len();
            b[i] = byte;
            let _ = ledm::parse_adapters(&b);
            let _ = ledm::parse_io_config(&b);
            let _ = cdm::parse_identity(&b);
        }
    }
}
