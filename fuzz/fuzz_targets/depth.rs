#![no_main]
//! The depth pre-checks against the parsers they guard: whatever the XML pre-check
//! accepts, roxmltree reads within the depth limit (or refuses); the same for JSON and
//! serde_json. A finding here is a document that could hide its nesting.
use libfuzzer_sys::fuzz_target;
use wps_pin_core::net::nesting::{self, MAX_DEPTH};

fn xml_depth(doc: &roxmltree::Document<'_>) -> usize {
    doc.descendants()
        .filter(|n| n.is_element())
        .map(|n| n.ancestors().filter(|a| a.is_element()).count())
        .max()
        .unwrap_or(0)
}

fn json_depth(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Array(a) => 1 + a.iter().map(json_depth).max().unwrap_or(0),
        serde_json::Value::Object(o) => 1 + o.values().map(json_depth).max().unwrap_or(0),
        _ => 0,
    }
}

fuzz_target!(|data: &[u8]| {
    if !nesting::xml_too_deep(data, MAX_DEPTH)
        && let Ok(text) = std::str::from_utf8(data)
    {
        let opts = roxmltree::ParsingOptions {
            allow_dtd: false,
            nodes_limit: nesting::XML_NODES,
        };
        let depth = nesting::on_parser_stack(nesting::parser_stack(data), || {
            roxmltree::Document::parse_with_options(text, opts)
                .ok()
                .map(|d| xml_depth(&d))
        })
        .flatten();
        if let Some(depth) = depth {
            assert!(depth <= MAX_DEPTH, "XML {depth} deep passed the pre-check");
            assert_eq!(depth, nesting::xml_depth(data, usize::MAX));
        }
    }
    if !nesting::json_too_deep(data, MAX_DEPTH)
        && let Ok(v) = serde_json::from_slice::<serde_json::Value>(data)
    {
        assert!(json_depth(&v) <= MAX_DEPTH, "JSON passed the pre-check too deep");
    }
});
