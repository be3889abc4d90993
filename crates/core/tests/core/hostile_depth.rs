//! Nesting that hides from a flat scan: `>` and `/>` inside quoted attribute values,
//! comments, CDATA and processing instructions. The depth pre-check reads a document as
//! the XML parser does — checked differentially against the parser itself on generated
//! documents — and a printer that nests far too deep is a refused answer, on a thread
//! with the window's 2 MiB stack as much as on the command line's.

use proptest::prelude::*;
use wps_pin_core::net::address::Target;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::ews::{EwsError, ledm};
use wps_pin_core::net::http::Limits;
use wps_pin_core::net::nesting::{self, MAX_DEPTH, xml_depth, xml_too_deep};
use wps_pin_core::net::probe;

use crate::support::hostile::{Misbehaviour, hostile_printer};

/// The issue's document: `<a x="/>">` 15,000 times (210 KB), which a scan that ends a
/// tag at the first `>` took for flat.
fn quoted(levels: usize) -> Vec<u8> {
    br#"<a x="/>">"#.repeat(levels)
}

#[test]
fn quoted_slash_gt_fifteen_thousand_times_is_refused_not_a_crash() {
    assert!(xml_too_deep(&quoted(15_000), MAX_DEPTH));
    assert!(matches!(
        ledm::parse_adapters(&quoted(15_000)),
        Err(EwsError::TooDeep(_))
    ));
    let printer = hostile_printer(Misbehaviour::Xml(quoted(15_000)));
    let base = printer.server.base();
    let target = Target::parse(&base)
        .and_then(|t| t.with_ipp(&format!("{base}/ipp/print")))
        .unwrap();
    // On a thread with a 2 MiB stack, as the window's watcher and checks run.
    let report = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || probe::probe(&target, &Certificates::in_memory(), Limits::default()))
        .unwrap()
        .join()
        .expect("the probe did not crash");
    let kinds: Vec<_> = report
        .identity
        .problems
        .iter()
        .map(|p| p.kind.key())
        .collect();
    assert!(kinds.contains(&"too_deep"), "{kinds:?}");
}

#[test]
fn other_constructs_that_hide_a_gt() {
    for (open, close) in [
        (&b"<a x='>'>"[..], &b"</a>"[..]),
        (b"<a x=\"/>\" y='/>' >", b"</a >"),
        (b"<a><!-- > --><?pi > ?><![CDATA[ /> ]]>", b"</a>"),
        (b"<a\n  x = \"&gt;/>\"\t>", b"</a>"),
    ] {
        let mut doc = open.repeat(MAX_DEPTH + 1);
        doc.extend(close.repeat(MAX_DEPTH + 1));
        assert_eq!(xml_depth(&doc, 1000), MAX_DEPTH + 1);
        assert!(matches!(
            ledm::parse_product_config(&doc),
            Err(EwsError::TooDeep(_))
        ));
    }
}

/// The deepest element nesting of a parsed document.
fn parsed_depth(doc: &roxmltree::Document<'_>) -> usize {
    doc.descendants()
        .filter(|n| n.is_element())
        .map(|n| n.ancestors().filter(|a| a.is_element()).count())
        .max()
        .unwrap_or(0)
}

/// What roxmltree makes of `bytes` with the app's options: `Some(depth)` when it
/// parses. Run on a stack sized for the document, so a deep one cannot abort the test.
fn parser_depth(bytes: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(bytes).ok()?;
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: nesting::XML_NODES,
    };
    nesting::on_parser_stack(nesting::parser_stack(bytes), || {
        roxmltree::Document::parse_with_options(text, opts)
            .ok()
            .map(|d| parsed_depth(&d))
    })
    .flatten()
}

/// Text that is markup to a flat scan: `<`, `>`, `/>`, tags and markup openers.
fn tricky() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("<"),
            Just(">"),
            Just("/>"),
            Just("<a>"),
            Just("</a>"),
            Just("<b/>"),
            Just("<!--"),
            Just("<![CDATA["),
            Just("?"),
            Just("]"),
            Just("x"),
            Just(" "),
            Just("'"),
            Just("\""),
        ],
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

/// Something that does not nest: a comment, CDATA, a processing instruction, text, or
/// an empty element, each holding tricky text where XML allows it (and sometimes
/// where it does not: then the parser refuses the document).
fn flat_item() -> impl Strategy<Value = String> {
    (0..6u8, tricky()).prop_map(|(kind, t)| match kind {
        0 => format!("<!--{}-->", t.replace('-', "")),
        1 => format!("<![CDATA[{}]]>", t.replace(']', "")),
        2 => format!("<?pi {}?>", t.replace('?', "")),
        3 => format!("<e v=\"{}\"/>", t.replace('"', "'")),
        4 => format!("<e v='{}' w=\"/>\"/>", t.replace('\'', "\"")),
        _ => t.replace(['<', '&'], ""),
    })
}

/// A start tag whose attribute values hold tricky text.
fn start_tag() -> impl Strategy<Value = String> {
    (tricky(), tricky(), any::<bool>()).prop_map(|(a, b, spaced)| {
        let (a, b) = (a.replace('"', "'"), b.replace('\'', "\""));
        if spaced {
            format!("<a x = \"{a}\"\n y='{b}' >")
        } else {
            format!("<a x=\"{a}\" y='{b}'>")
        }
    })
}

/// A document `levels` deep (one more where an empty element sits innermost): a spine
/// of start tags with flat items between them.
fn document() -> impl Strategy<Value = (Vec<u8>, usize)> {
    (1..(MAX_DEPTH + 24)).prop_flat_map(|levels| {
        (
            prop::collection::vec((start_tag(), flat_item()), levels),
            prop::collection::vec(flat_item(), levels),
        )
            .prop_map(move |(opens, befores)| {
                let mut doc = String::from("<?xml version=\"1.0\"?><!-- <r> -->");
                for (tag, item) in &opens {
                    doc.push_str(tag);
                    doc.push_str(item);
                }
                for item in &befores {
                    doc.push_str(item);
                    doc.push_str("</a>");
                }
                (doc.into_bytes(), levels)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever the pre-check accepts parses within the depth limit (or not at all),
    /// and where the parser reads a document, both count the same depth.
    #[test]
    fn the_pre_check_counts_as_the_parser_does((doc, levels) in document()) {
        let counted = xml_depth(&doc, usize::MAX);
        prop_assert!((levels..=levels + 1).contains(&counted), "counted {} of {}", counted, levels);
        if let Some(depth) = parser_depth(&doc) {
            prop_assert_eq!(depth, counted, "{}", String::from_utf8_lossy(&doc));
        }
        if !xml_too_deep(&doc, MAX_DEPTH) {
            prop_assert!(parser_depth(&doc).is_none_or(|d| d <= MAX_DEPTH));
        }
    }

    /// Cut or spliced anywhere, a document the pre-check accepts still parses within
    /// the limit or not at all.
    #[test]
    fn a_damaged_document_never_slips_past(
        (doc, _) in document(),
        cut in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        insert in tricky(),
    ) {
        let mut damaged = doc.clone();
        damaged.truncate(cut.index(doc.len() + 1));
        let at = at.index(damaged.len() + 1);
        damaged.splice(at..at, insert.bytes());
        if !xml_too_deep(&damaged, MAX_DEPTH) {
            prop_assert!(parser_depth(&damaged).is_none_or(|d| d <= MAX_DEPTH));
        }
        let _ = ledm::parse_adapters(&damaged);
    }
}
