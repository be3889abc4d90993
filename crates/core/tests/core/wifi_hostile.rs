//! Hostile printers: ten thousand networks, names with terminal escapes and bytes that are
//! not UTF-8, words that would end an XML element, answers too large or nested too deep.
//! Everything is bounded and cleaned where it enters; nothing panics.

use wps_pin_core::net::address::Target;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::ews::EwsError;
use wps_pin_core::net::wifi::network::MAX_NETWORKS;
use wps_pin_core::net::wifi::{PrinterWifi, Security, cdm, ledm};

use crate::support::wifi_cdm::{CdmOptions, cdm_printer};
use crate::support::wifi_ledm::{LedmOptions, Net, ledm_printer, networks_xml};
use crate::wifi_ledm::{fast, open};

#[test]
fn ten_thousand_networks_are_cut_to_the_strongest_few_hundred() {
    let many: Vec<Net> = (0..10_000u32)
        .map(|i| {
            (
                format!("net-{i:05}").into_bytes(),
                "WPA_PSK",
                (i % 6) as u8,
                6,
            )
        })
        .collect();
    let options = LedmOptions {
        networks_xml: Some(networks_xml(&many)),
        ..LedmOptions::default()
    };
    let (printer, _) = ledm_printer(options, false);
    let target = Target::parse(&printer.url()).unwrap();
    let list = fast().networks(&open(&target), &mut Certificates::in_memory(), &mut |_| {});
    assert!(list.read, "{:?}", list.problems);
    assert_eq!(list.networks.len(), MAX_NETWORKS);
    assert!(
        list.networks.iter().all(|n| n.signal == Some(5)),
        "strongest first"
    );

    let entries: Vec<serde_json::Value> = (0..10_000)
        .map(|i| {
            serde_json::json!({"ssid": format!("n{i}"), "authenticationMode": "wpa2",
            "signalStrength": {"signalStrength": i % 6}, "channel": 1})
        })
        .collect();
    let options = CdmOptions {
        radio_on: true,
        networks_json: Some(serde_json::json!({"wifiNetworkList": entries}).to_string()),
        ..CdmOptions::default()
    };
    let (printer, _) = cdm_printer(options, false);
    let target = Target::parse(&printer.url()).unwrap();
    let list = fast().networks(&open(&target), &mut Certificates::in_memory(), &mut |_| {});
    assert_eq!(list.networks.len(), MAX_NETWORKS, "{:?}", list.problems);
}

#[test]
fn names_with_controls_and_broken_utf8_are_shown_escaped_never_dropped() {
    let nets: Vec<Net> = vec![
        (b"Evil\x1b[31mRed\r\nFAKE LINE".to_vec(), "WPA_PSK", 5, 6),
        (vec![0xff, 0xfe, b'A'], "WPA_PSK", 4, 6),
        (
            "日本語のネットワーク".as_bytes().to_vec(),
            "x&lt;/wifi:SSID&gt;&lt;evil/&gt;",
            3,
            6,
        ),
    ];
    let xml = networks_xml(&nets).replace("<wifi:Channel>6<", "<wifi:Channel>999<");
    let list = ledm::parse_networks(xml.as_bytes()).unwrap();
    let shown: Vec<String> = list.iter().map(|n| n.ssid.display()).collect();
    assert_eq!(
        shown,
        [
            "Evil\\x1b[31mRed\\x0d\\x0aFAKE LINE",
            "\\xff\\xfeA",
            "日本語のネットワーク"
        ]
    );
    assert_eq!(
        list[1].ssid.as_bytes(),
        [0xff, 0xfe, b'A'],
        "sent back as it came"
    );
    assert_eq!(
        list[2].security,
        Security::Unknown,
        "a word that is not a keyword is dropped"
    );
    assert_eq!(list[2].wire.encryption_type, None);
    assert!(
        list.iter().all(|n| n.channel.is_none()),
        "channel 999 is none"
    );

    let json = br#"{"wifiNetworkList":[{"ssid":"a\u0007b\u202e","bssid":"zz","signalStrength":{"signalStrength":"9"}},{"ssid":""},{"ssid":"x"}]}"#;
    let list = cdm::parse_networks(json).unwrap();
    assert_eq!(list.len(), 2, "an empty name is no network");
    let odd = list.iter().find(|n| n.ssid.as_bytes() != b"x").unwrap();
    assert_eq!(odd.ssid.display(), "a\\x07b\\u{202e}");
    assert_eq!((odd.bssid.clone(), odd.signal), (None, None));
}

#[test]
fn answers_nested_too_deep_or_malformed_are_refused_with_a_reason() {
    let deep = "<a>".repeat(100_000);
    assert!(matches!(
        ledm::parse_networks(deep.as_bytes()),
        Err(EwsError::TooDeep(_))
    ));
    assert!(matches!(
        cdm::parse_networks("[".repeat(100_000).as_bytes()),
        Err(EwsError::TooDeep(_))
    ));
    assert!(matches!(
        ledm::parse_adapters(b"<io:Adapters"),
        Err(EwsError::Xml(_))
    ));
    assert!(matches!(
        cdm::parse_adapter_configs(b"{\"wifi0\":"),
        Err(EwsError::Json(_))
    ));
    assert!(matches!(
        cdm::parse_networks(b"{}"),
        Err(EwsError::Missing(_))
    ));
    let dtd = br#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>"#;
    assert!(ledm::parse_vsa(dtd).is_err(), "no DTD, no entity expansion");
}

#[test]
fn an_answer_larger_than_the_bound_is_not_read() {
    let big: Vec<Net> = (0..14_000u32)
        .map(|i| {
            (
                format!("a-rather-long-network-name-{i:06}").into_bytes(),
                "WPA_PSK",
                1,
                6,
            )
        })
        .collect();
    let xml = networks_xml(&big);
    assert!(xml.len() > 4 * 1024 * 1024);
    let options = LedmOptions {
        networks_xml: Some(xml),
        ..LedmOptions::default()
    };
    let (printer, _) = ledm_printer(options, false);
    let target = Target::parse(&printer.url()).unwrap();
    let list = fast().networks(&open(&target), &mut Certificates::in_memory(), &mut |_| {});
    assert!(!list.read && list.networks.is_empty());
    assert_eq!(list.to_json()["problems"][0]["kind"], "too_large");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Any bytes at all: a value or an error, never a panic (the fuzz target `wifi` does the
    /// same at length).
    #[test]
    fn any_answer_is_read_or_refused_without_a_panic(data in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
        let _ = ledm::parse_adapters(&data);
        let _ = ledm::parse_profile(&data);
        let _ = ledm::parse_protocols(&data);
        let _ = ledm::parse_networks(&data);
        let _ = ledm::parse_vsa(&data);
        let _ = cdm::parse_adapter_configs(&data);
        let _ = cdm::parse_wireless_ssid(&data);
        let _ = cdm::parse_networks(&data);
        let _ = cdm::parse_token(&data);
    }

    /// Network names from LEDM's hex: whatever the bytes, shown clean and sent back as they came.
    #[test]
    fn any_name_is_shown_clean_and_kept_as_bytes(name in proptest::collection::vec(proptest::prelude::any::<u8>(), 1..=32)) {
        let nets: Vec<Net> = vec![(name.clone(), "WPA_PSK", 3, 6)];
        let list = ledm::parse_networks(networks_xml(&nets).as_bytes()).unwrap();
        proptest::prop_assert_eq!(list[0].ssid.as_bytes(), &name[..]);
        proptest::prop_assert!(wps_pin_core::clean::is_clean(&list[0].ssid.display()));
    }
}
