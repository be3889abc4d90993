use super::request::put;
use super::tags::{TAG_END, TAG_OPERATION, tag};
use super::*;
use proptest::prelude::*;

/// A response built the way a printer sends one.
pub(crate) fn sample_response() -> Vec<u8> {
    let mut b = vec![2, 0, 0, 0, 0, 0, 0, 7, TAG_OPERATION];
    put(&mut b, tag::CHARSET, "attributes-charset", b"utf-8");
    b.push(0x04); // printer-attributes-tag
    put(
        &mut b,
        0x41,
        "printer-make-and-model",
        b"HP OfficeJet Pro 9010 series",
    );
    put(
        &mut b,
        0x45,
        "printer-uuid",
        b"urn:uuid:1C852A4D-B800-1F08-ABCD-A0B3CC4F1A2B",
    );
    put(
        &mut b,
        0x41,
        "printer-firmware-string-version",
        b"TESTFW2607",
    );
    put(&mut b, tag::ENUM, "printer-state", &3i32.to_be_bytes());
    put(
        &mut b,
        tag::KEYWORD,
        "printer-state-reasons",
        b"media-low-warning",
    );
    put(&mut b, tag::KEYWORD, "", b"none");
    put(
        &mut b,
        0x45,
        "printer-more-info",
        b"http://192.0.2.10/#hId-pgAirPrint",
    );
    // A nameWithLanguage value: "en", "Office".
    put(
        &mut b,
        tag::NAME_WITH_LANGUAGE,
        "printer-location",
        &[0, 2, b'e', b'n', 0, 6, b'O', b'f', b'f', b'i', b'c', b'e'],
    );
    put(&mut b, 0x30, "printer-firmware-version", &[1, 2, 3]);
    b.push(TAG_END);
    b
}

#[test]
fn request_has_the_operation_and_every_requested_attribute() {
    let req = get_printer_attributes("ipp://192.0.2.10:631/ipp/print", 42);
    assert_eq!(&req[..8], &[2, 0, 0, 0x0B, 0, 0, 0, 42]);
    // Our own reader can read it back.
    let back = parse_response(&req).unwrap();
    assert_eq!(
        back.text("printer-uri"),
        Some("ipp://192.0.2.10:631/ipp/print")
    );
    let wanted = back.get("requested-attributes").unwrap();
    assert_eq!(wanted.values.len(), REQUESTED.len());
    assert_eq!(*req.last().unwrap(), TAG_END);
}

#[test]
fn reads_identity_and_state() {
    let resp = parse_response(&sample_response()).unwrap();
    assert_eq!(resp.request_id, 7);
    let facts = IppFacts::from_response(&resp);
    assert_eq!(
        facts.make_and_model.as_deref(),
        Some("HP OfficeJet Pro 9010 series")
    );
    assert_eq!(
        facts.uuid.as_deref(),
        Some("1c852a4d-b800-1f08-abcd-a0b3cc4f1a2b")
    );
    assert_eq!(facts.firmware.as_deref(), Some("TESTFW2607"));
    assert_eq!(facts.state, Some(PrinterState::Idle));
    assert_eq!(facts.state_reasons, vec!["media-low-warning".to_owned()]);
    assert_eq!(facts.location.as_deref(), Some("Office"));
    assert!(matches!(
        resp.get("printer-firmware-version").unwrap().values[0],
        Value::Other { tag: 0x30, .. }
    ));
}

#[test]
fn every_truncation_is_an_error_not_a_panic() {
    let full = sample_response();
    for n in 0..full.len() {
        assert!(parse_response(&full[..n]).is_err(), "cut at {n}");
    }
}

#[test]
fn error_status_and_junk() {
    assert_eq!(
        parse_response(&[2, 0, 0x04, 0x06, 0, 0, 0, 1, 3]),
        Err(IppError::Status(0x0406))
    );
    assert!(matches!(
        parse_response(&[2, 0, 0, 0, 0, 0, 0, 1, 0x41, 0, 0]),
        Err(IppError::Malformed(_))
    ));
    // Invalid UTF-8 is replaced, not fatal.
    let mut b = vec![2, 0, 0, 0, 0, 0, 0, 1, 0x04];
    put(&mut b, 0x41, "printer-info", &[0xff, 0xfe, b'A']);
    b.push(TAG_END);
    assert_eq!(
        parse_response(&b).unwrap().text("printer-info"),
        Some("\u{fffd}\u{fffd}A")
    );
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = parse_response(&bytes);
    }

    #[test]
    fn mutated_responses_never_panic(pos in 0usize..400, byte in any::<u8>()) {
        let mut b = sample_response();
        let i = pos % b.len();
        b[i] = byte;
        if let Ok(r) = parse_response(&b) {
            let _ = IppFacts::from_response(&r);
        }
    }
}
