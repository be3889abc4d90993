//! The parser of one access point's elements, on elements built here byte by byte from
//! the specification (IEEE 802.11 elements, WSC attributes as in hostap): every WPS
//! attribute and state, split WPS elements, names, and hostile input (RSN: air_security.rs).

use proptest::prelude::*;
use wps_pin_core::air::bss::{self, Problem, RawBss};
use wps_pin_core::air::elements::ElementProblem;
use wps_pin_core::air::rsn;
use wps_pin_core::air::wps::{self, Registrar, WpsProblem, WpsState};

fn el(id: u8, body: &[u8]) -> Vec<u8> {
    let mut v = vec![id, body.len() as u8];
    v.extend_from_slice(body);
    v
}

fn attr(t: u16, v: &[u8]) -> Vec<u8> {
    let mut out = t.to_be_bytes().to_vec();
    out.extend_from_slice(&(v.len() as u16).to_be_bytes());
    out.extend_from_slice(v);
    out
}

/// WPS data in vendor elements of at most `chunk` bytes after the prefix.
fn wps_elements(data: &[u8], chunk: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for part in data.chunks(chunk) {
        let mut body = vec![0x00, 0x50, 0xF2, 0x04];
        body.extend_from_slice(part);
        out.extend(el(221, &body));
    }
    out
}

fn raw(ies: Vec<u8>) -> RawBss {
    RawBss {
        bssid: [2, 0, 0, 0, 0, 1],
        freq_mhz: 2437,
        ies,
        ..RawBss::default()
    }
}

const UUID: [u8; 16] = [
    0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
];

fn every_attribute() -> Vec<u8> {
    [
        attr(0x104A, &[0x10]),
        attr(0x1044, &[0x02]),
        attr(0x1057, &[0x01]),
        attr(0x1041, &[0x01]),
        attr(0x1012, &[0x00, 0x04]),
        attr(0x1053, &[0x01, 0x88]),
        attr(0x103B, &[0x03]),
        attr(0x1047, &UUID),
        attr(0x1021, b"Example Networks"),
        attr(0x1023, b"Home Router"),
        attr(0x1024, b"HR-1"),
        attr(0x1042, b"SERIAL0001"),
        attr(0x1011, b"Living room"),
        attr(0x1008, &[0x43, 0x8C]),
        attr(0x103C, &[0x03]),
        attr(
            0x1049,
            &[
                0x00, 0x37, 0x2A, 0x00, 0x01, 0x20, 0x01, 0x06, 1, 2, 3, 4, 5, 6,
            ],
        ),
    ]
    .concat()
}

#[test]
fn every_wps_attribute_is_read() {
    let w = wps::parse(&every_attribute());
    assert_eq!(w.version, (2, 0));
    assert_eq!(w.version_text(), "2.0");
    assert_eq!(w.state, Some(WpsState::Configured));
    assert!(w.locked);
    assert_eq!(w.registrar, Some(Registrar::PushButton));
    assert_eq!(w.password_id, Some(4));
    assert_eq!(w.registrar_config_methods, Some(0x0188));
    assert_eq!(w.uuid, Some(UUID));
    assert_eq!(
        w.uuid_text().as_deref(),
        Some("12345678-9abc-def0-1122-334455667788")
    );
    assert_eq!(w.manufacturer.as_deref(), Some("Example Networks"));
    assert_eq!(w.model_name.as_deref(), Some("Home Router"));
    assert_eq!(w.model_number.as_deref(), Some("HR-1"));
    assert_eq!(w.device_name.as_deref(), Some("Living room"));
    assert_eq!(w.rf_bands, Some(0x03));
    assert_eq!(wps::rf_band_names(0x07), ["2.4 GHz", "5 GHz", "60 GHz"]);
    assert_eq!(w.config_methods, Some(0x438C));
    assert_eq!(
        wps::config_method_names(0x438C),
        [
            "label",
            "display",
            "push_button",
            "keypad",
            "virtual_push_button",
            "physical_display"
        ]
    );
    assert_eq!(wps::config_method_names(0x0800), ["0x0800"]);
    assert!(w.problems.is_empty(), "{:?}", w.problems);
}

#[test]
fn version_is_1_0_without_the_wfa_extension_and_follows_version2() {
    let w = wps::parse(&attr(0x104A, &[0x10]));
    assert_eq!(w.version_text(), "1.0");
    let other_vendor = attr(0x1049, &[0x00, 0x11, 0x22, 0x00, 0x01, 0x20]);
    assert_eq!(wps::parse(&other_vendor).version_text(), "1.0");
    let v21 = attr(0x1049, &[0x00, 0x37, 0x2A, 0x00, 0x01, 0x21]);
    assert_eq!(wps::parse(&v21).version_text(), "2.1");
}

#[test]
fn states_locks_and_registrars() {
    let state = |s| wps::parse(&attr(0x1044, &[s])).state;
    assert_eq!(state(1), Some(WpsState::Unconfigured));
    assert_eq!(state(2), Some(WpsState::Configured));
    assert_eq!(state(7), Some(WpsState::Other(7)));
    assert_eq!(wps::parse(&[]).state, None);
    assert!(!wps::parse(&attr(0x1057, &[0])).locked);
    assert!(!wps::parse(&attr(0x1044, &[2])).locked);
    let reg = |parts: &[Vec<u8>]| wps::parse(&parts.concat()).registrar;
    let sr = attr(0x1041, &[1]);
    let dpid = |v: u16| attr(0x1012, &v.to_be_bytes());
    assert_eq!(reg(&[sr.clone(), dpid(4)]), Some(Registrar::PushButton));
    assert_eq!(reg(&[dpid(4), sr.clone()]), Some(Registrar::PushButton));
    assert_eq!(reg(&[sr.clone(), dpid(0)]), Some(Registrar::Pin));
    assert_eq!(reg(&[sr.clone(), dpid(5)]), Some(Registrar::Pin));
    assert_eq!(reg(std::slice::from_ref(&sr)), Some(Registrar::Pin));
    assert_eq!(reg(&[attr(0x1041, &[0]), dpid(4)]), None);
    assert_eq!(reg(&[dpid(4)]), None);
}

#[test]
fn empty_names_are_none_and_names_are_cleaned() {
    let w = wps::parse(
        &[
            attr(0x1021, b""),
            attr(0x1023, b"  \0"),
            attr(0x1011, b"Evil\x1b[31m\r\nline"),
            attr(0x1024, &[0xff, b'9']),
        ]
        .concat(),
    );
    assert_eq!(w.manufacturer, None);
    assert_eq!(w.model_name, None);
    assert_eq!(
        w.device_name.as_deref(),
        Some("Evil\\x1b[31m\\x0d\\x0aline")
    );
    assert_eq!(w.model_number.as_deref(), Some("\u{fffd}9"));
}

#[test]
fn split_wps_elements_are_joined_in_order_across_other_elements() {
    let data = every_attribute();
    // Split in the middle of attributes, with other elements between the pieces.
    let pieces = wps_elements(&data, 40);
    let mut ies = el(0, b"Home");
    let mut count = 0;
    let mut rest = &pieces[..];
    while let [221, len, ..] = rest {
        let n = usize::from(*len) + 2;
        ies.extend_from_slice(&rest[..n]);
        ies.extend(el(3, &[6])); // a DS parameter element between pieces
        rest = &rest[n..];
        count += 1;
    }
    assert!(count >= 3, "{count} pieces");
    let b = bss::parse(&raw(ies));
    let w = b.wps.expect("a WPS element");
    assert_eq!(w.model_name.as_deref(), Some("Home Router"));
    assert_eq!(w.uuid, Some(UUID));
    assert_eq!(w.version_text(), "2.0");
    assert!(b.problems.is_empty(), "{:?}", b.problems);
    // hostap's own split (251 bytes) of long data.
    let long = [data.clone(), attr(0x1011, &[b'x'; 240])].concat();
    let b = bss::parse(&raw(wps_elements(&long, 251)));
    assert_eq!(b.wps.unwrap().device_name.map(|n| n.len()), Some(240));
}

#[test]
fn ssid_band_wpa1_and_hidden_names() {
    let mut ies = el(0, b"Caf\xc3\xa9 \xff");
    ies.extend(el(221, &[0x00, 0x50, 0xF2, 0x01, 1, 0]));
    let b = bss::parse(&RawBss {
        freq_mhz: 5180,
        ..raw(ies)
    });
    assert_eq!(b.ssid.as_deref(), Some("Café \u{fffd}"));
    assert_eq!(b.band.text(), "5 GHz");
    assert!(b.security.wpa1 && b.security.rsn.is_none() && !b.hidden);
    for hidden in [el(0, b""), el(0, &[0, 0, 0, 0]), el(1, &[0x82])] {
        let b = bss::parse(&raw(hidden));
        assert!(b.hidden && b.ssid.is_none());
    }
    // A probe response names it, its beacons do not: hidden, with its name known.
    let b = bss::parse(&RawBss {
        beacon_ies: Some(el(0, b"")),
        ..raw(el(0, b"Home"))
    });
    assert!(b.hidden);
    assert_eq!(b.ssid.as_deref(), Some("Home"));
    let long = bss::parse(&raw(el(0, &[b'a'; 40])));
    assert_eq!(long.problems, [Problem::LongSsid(40)]);
}

#[test]
fn no_wps_and_empty_vendor_elements() {
    let b = bss::parse(&raw(
        [el(0, b"Home"), el(221, &[]), el(221, &[0x00])].concat()
    ));
    assert!(b.wps.is_none() && b.problems.is_empty());
    // The prefix alone: WPS is there, says nothing.
    let b = bss::parse(&raw(el(221, &[0x00, 0x50, 0xF2, 0x04])));
    let w = b.wps.unwrap();
    assert_eq!(
        (w.version_text(), w.state, w.registrar),
        ("1.0".into(), None, None)
    );
}

#[test]
fn broken_elements_keep_what_came_before() {
    // The RSN element claims more than is left: the SSID before it is kept.
    let mut ies = el(0, b"Home");
    ies.extend([48, 200, 1, 0]);
    let b = bss::parse(&raw(ies));
    assert_eq!(b.ssid.as_deref(), Some("Home"));
    assert_eq!(
        b.problems,
        [Problem::Elements(ElementProblem::PastEnd {
            id: 48,
            claimed: 200,
            left: 2
        })]
    );
    // A WPS attribute whose length runs past the end: the state before it is kept.
    let data = [attr(0x1044, &[2]), vec![0x10, 0x21, 0x00, 0x50, b'H']].concat();
    let w = wps::parse(&data);
    assert_eq!(w.state, Some(WpsState::Configured));
    assert_eq!(
        w.problems,
        [WpsProblem::PastEnd {
            attr: 0x1021,
            claimed: 0x50,
            left: 1
        }]
    );
    // A header cut short, a fixed attribute of the wrong size, an extension past its end.
    assert_eq!(
        wps::parse(&[0x10, 0x44, 0x00]).problems,
        [WpsProblem::TruncatedHeader]
    );
    let w = wps::parse(&[attr(0x1044, &[0, 2]), attr(0x1057, &[1])].concat());
    assert_eq!((w.state, w.locked), (None, true));
    assert_eq!(
        w.problems,
        [WpsProblem::WrongLength {
            attr: 0x1044,
            len: 2
        }]
    );
    let w = wps::parse(&attr(0x1049, &[0x00, 0x37, 0x2A, 0x00, 0x05, 0x20]));
    assert_eq!(
        (w.version_text(), w.problems.clone()),
        ("1.0".into(), vec![WpsProblem::ExtensionPastEnd])
    );
    assert_eq!(wps::parse(&attr(0x1047, &[1; 15])).uuid, None);
}

/// The same bytes every run: a small linear congruential generator.
fn garbage(n: usize, mut seed: u32) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 24) as u8
        })
        .collect()
}

#[test]
fn four_kilobytes_of_garbage() {
    for seed in 0..200 {
        let g = garbage(4096, seed);
        let b = bss::parse(&RawBss {
            beacon_ies: Some(g.clone()),
            ..raw(g.clone())
        });
        assert!(b.problems.len() <= 16);
        let w = wps::parse(&g);
        assert!(w.problems.len() <= 8);
        let _ = rsn::parse(&g);
        // As the body of WPS elements, joined.
        let b = bss::parse(&raw(wps_elements(&g, 251)));
        assert!(b.wps.is_some());
    }
}

proptest! {
    #[test]
    fn random_bytes_never_panic(ies in proptest::collection::vec(any::<u8>(), 0..2048),
                                beacon in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..300))) {
        let b = bss::parse(&RawBss { beacon_ies: beacon, ..raw(ies.clone()) });
        if let Some(s) = &b.ssid {
            prop_assert!(wps_pin_core::clean::is_clean(s));
        }
        let _ = wps::parse(&ies);
        let _ = rsn::parse(&ies);
        let _ = bss::parse(&raw(wps_elements(&ies, 97)));
    }
}
