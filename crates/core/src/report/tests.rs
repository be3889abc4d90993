use super::*;

#[test]
fn the_case_and_note_are_in_every_format_cleaned() {
    let s = Summary {
        case: Some("  <b>#42</b> | *Smith*\n".into()),
        note: Some("line one\nline two \u{1b}[2J\u{202e}".into()),
        ..Summary::new()
    };
    let l = Localizer::new("en-US");
    for format in [Format::Text, Format::Markdown, Format::Html, Format::Json] {
        let out = render(&s, format, &l);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{202e}'),
            "{out}"
        );
        assert!(out.contains("line one line two"), "{format:?}: {out}");
        assert!(out.contains("#42"), "{format:?}: {out}");
    }
    assert!(render(&s, Format::Text, &l).contains("Case: <b>#42</b> | *Smith*"));
    assert!(render(&s, Format::Markdown, &l).contains("Case: &lt;b&gt;\\#42"));
    assert!(render(&s, Format::Html, &l).contains("Note: line one line two \\x1b[2J"));
    let json: serde_json::Value = serde_json::from_str(&render(&s, Format::Json, &l)).unwrap();
    assert_eq!(json["case"], "<b>#42</b> | *Smith*");
    let none = render(&Summary::new(), Format::Text, &l);
    assert!(!none.contains("Case:") && !none.contains("Note:"));
}

#[test]
fn formats_parse() {
    assert_eq!(Format::parse("MD"), Some(Format::Markdown));
    assert_eq!(Format::parse("pdf"), None);
}

#[test]
fn wifi_set_through_the_printer_is_said_in_every_format() {
    use crate::journey::{Activity, PrinterWifiRecord};
    use crate::net::wifi::{JoinReport, Protocol, Ssid, WifiProblem};
    let joined = JoinReport {
        protocol: Some(Protocol::Ledm),
        ssid: Ssid::from_text("Home <Wi-Fi>").unwrap(),
        encrypted: true,
        sent: true,
        joined: true,
        ipv4: Some("192.0.2.141".parse().unwrap()),
        problems: vec![],
    };
    let wrong = JoinReport {
        joined: false,
        ipv4: None,
        problems: vec![WifiProblem::WrongPassphrase { code: None }],
        ..joined.clone()
    };
    let at = SystemTime::UNIX_EPOCH;
    let summary = Summary {
        journey: JourneyRecord {
            activity: Activity {
                printer_wifi: vec![
                    PrinterWifiRecord::of(&wrong, Some("192.0.2.41".into()), None, at),
                    PrinterWifiRecord::of(&joined, None, Some("HP-Setup>ab".into()), at),
                ],
                ..Activity::default()
            },
            ..JourneyRecord::default()
        },
        ..Summary::new()
    };
    let l = Localizer::new("en-US");
    for format in [Format::Text, Format::Markdown, Format::Json, Format::Html] {
        let doc = render(&summary, format, &l);
        assert!(doc.contains("192.0.2.141"), "{format:?}: {doc}");
        assert!(doc.contains("HP-Setup"), "{format:?}: {doc}");
        assert!(doc.contains("Wi-Fi"), "{format:?}: {doc}");
        assert!(
            doc.to_lowercase().contains("password may be wrong")
                || doc.contains("wrong_passphrase"),
            "{format:?}: {doc}"
        );
    }
    let json = render(&summary, Format::Json, &l);
    assert!(
        json.contains("\"joined\": true") && json.contains("\"ledm\""),
        "{json}"
    );
    // Text from the network is escaped where it lands (the name's angle brackets).
    assert!(render(&summary, Format::Html, &l).contains("Home &lt;Wi-Fi&gt;"));
}
