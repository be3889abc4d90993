//! Bounds on a printer's XML or JSON answer: its size, and how deeply it nests, found by
//! one pass over the bytes before any parser (which may recurse) sees them. Real answers
//! nest a dozen levels; a hostile one can nest tens of thousands, which would overflow a
//! recursive parser's stack and kill the app.
//!
//! The XML pass is a tokenizer that ends each construct where the XML parser does
//! (roxmltree, with DTDs refused): quoted attribute values (`<a x="/>">` opens an
//! element), comments, CDATA sections, processing instructions and a DOCTYPE with its
//! internal subset. Where a document is malformed the parser stops with an error at the
//! first fault, so counting on past it can only count more, never less. As a second
//! wall the parser runs on a thread whose stack holds the deepest nesting the document
//! and the parser's node limit allow ([`on_parser_stack`]): a miss here is a refused
//! answer, not an abort.

/// Larger documents are refused: real ones are a few kilobytes.
pub const MAX_DOCUMENT: usize = 2 * 1024 * 1024;

/// Deeper than any real LEDM or CDM document.
pub const MAX_DEPTH: usize = 64;

/// The XML's element nesting goes past `max`.
pub fn xml_too_deep(bytes: &[u8], max: usize) -> bool {
    xml_depth(bytes, max) > max
}

/// The deepest element nesting the XML parser meets reading `bytes` (counting stops
/// once it passes `stop`): `<r><a/></r>` is 2 deep, `<a/><a/>` 1. Markup inside
/// comments, CDATA, processing instructions, a DOCTYPE or quoted attribute values is
/// not markup.
pub fn xml_depth(bytes: &[u8], stop: usize) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut i = 0;
    while let Some(offset) = find(bytes, i, b"<") {
        i = offset;
        let rest = &bytes[i..];
        i = if rest.starts_with(b"<!--") {
            past(bytes, i + 4, b"-->")
        } else if rest.starts_with(b"<![CDATA[") {
            past(bytes, i + 9, b"]]>")
        } else if rest.starts_with(b"<?") {
            past(bytes, i + 2, b"?>")
        } else if rest.starts_with(b"<!") {
            past_declaration(bytes, i + 2)
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            past(bytes, i + 2, b">")
        } else {
            let (end, opens) = past_start_tag(bytes, i + 1);
            // An empty element is one level deeper for as long as it is read.
            deepest = deepest.max(depth + 1);
            if opens {
                depth += 1;
            }
            if deepest > stop {
                return deepest;
            }
            end
        };
    }
    deepest
}

/// Where a start tag ends (just past its `>`), and whether it opens an element (not
/// `/>`). Quoted values are skipped whole, so a `>` or `/>` inside one ends nothing. A
/// `<` outside quotes is an error to the parser; the tag is taken as ended there.
fn past_start_tag(bytes: &[u8], from: usize) -> (usize, bool) {
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' | b'\'' => i = past(bytes, i + 1, &[b]),
            b'>' => return (i + 1, true),
            b'/' if bytes.get(i + 1) == Some(&b'>') => return (i + 2, false),
            b'<' => return (i, false),
            _ => i += 1,
        }
    }
    (bytes.len(), false)
}

/// Past a `<!…>` declaration (a DOCTYPE): quoted literals and an internal subset in
/// `[…]` (with its own comments, processing instructions and quoted literals) are
/// skipped whole.
fn past_declaration(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    let mut subset = false;
    while let Some(&b) = bytes.get(i) {
        let rest = &bytes[i..];
        i = match b {
            b'"' | b'\'' => past(bytes, i + 1, &[b]),
            b'<' if subset && rest.starts_with(b"<!--") => past(bytes, i + 4, b"-->"),
            b'<' if subset && rest.starts_with(b"<?") => past(bytes, i + 2, b"?>"),
            b'[' => {
                subset = true;
                i + 1
            }
            b']' => {
                subset = false;
                i + 1
            }
            b'>' if !subset => return i + 1,
            _ => i + 1,
        };
    }
    bytes.len()
}

/// The index of the next `needle` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The index just past the next `end` at or after `from` (or the end of the input).
fn past(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    find(bytes, from, end).map_or(bytes.len(), |p| p + end.len())
}

/// The JSON's nesting of arrays and objects goes past `max` (brackets inside strings
/// do not count).
pub fn json_too_deep(bytes: &[u8], max: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// The most nodes the XML parser builds; it stops with an error at the next one. Each
/// level of nesting is a node, so this also bounds how deep the parser can recurse. Real
/// LEDM documents have a few hundred (a list of 50 Wi-Fi networks about a thousand).
pub const XML_NODES: u32 = 10_000;

/// Stack the XML parser takes per level of nesting, with room to spare: measured about
/// 6.5 KiB in a build whose dependencies are not optimised, 0.7 KiB in a release build.
const STACK_PER_LEVEL: usize = if cfg!(debug_assertions) {
    8 * 1024
} else {
    1024
};

/// A stack that holds the deepest nesting `xml` can reach in the parser: one level per
/// `<` at most, and never more than [`XML_NODES`]. Only the pages it touches are used.
pub fn parser_stack(xml: &[u8]) -> usize {
    let starts = xml.iter().filter(|&&b| b == b'<').count();
    256 * 1024 + STACK_PER_LEVEL * starts.min(XML_NODES as usize + 1)
}

/// Runs `parse` on a thread of its own with a `stack`-byte stack ([`parser_stack`]), so
/// that even a nesting the pre-check did not see ends as the parser's error, never as a
/// stack overflow (which aborts the whole process). `None`: no thread could be started.
pub fn on_parser_stack<T: Send>(stack: usize, parse: impl FnOnce() -> T + Send) -> Option<T> {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("wps-parse".into())
            .stack_size(stack)
            .spawn_scoped(s, parse)
            .map_err(|e| tracing::warn!("no thread for the parser: {e}"))
            .ok()?
            .join()
            .ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested_xml(levels: usize) -> Vec<u8> {
        let mut v = Vec::with_capacity(levels * 7);
        for _ in 0..levels {
            v.extend_from_slice(b"<a>");
        }
        for _ in 0..levels {
            v.extend_from_slice(b"</a>");
        }
        v
    }

    #[test]
    fn real_documents_pass_and_a_million_levels_do_not() {
        let ok =
            b"<?xml version=\"1.0\"?><!-- c <a><a> --><r><a/><b x=\"1\"><![CDATA[<c><c>]]></b></r>";
        assert!(!xml_too_deep(ok, 2));
        assert!(xml_too_deep(&nested_xml(3), 2));
        assert!(xml_too_deep(&nested_xml(1_000_000), MAX_DEPTH));
        assert!(!xml_too_deep(&nested_xml(MAX_DEPTH), MAX_DEPTH));
        assert!(!json_too_deep(br#"{"a": ["[[[[", {"b": 1}]}"#, 3));
        assert!(json_too_deep(&vec![b'['; 1_000_000], MAX_DEPTH));
    }

    #[test]
    fn quotes_comments_and_declarations_end_where_the_parser_ends_them() {
        // A `/>` or `>` inside a quoted value ends nothing: each of these opens.
        assert_eq!(xml_depth(&br#"<a x="/>">"#.repeat(100), 1000), 100);
        assert_eq!(xml_depth(&b"<a x='>'>".repeat(100), 1000), 100);
        assert_eq!(xml_depth(br#"<a x="1" y='2'/><b/>"#, 10), 1);
        // A processing instruction ends at `?>`, not at the first `>`.
        assert_eq!(xml_depth(b"<?pi a > b ?><a><b></b></a>", 10), 2);
        assert_eq!(xml_depth(b"<?pi <a> ?><r/>", 10), 1);
        // A DOCTYPE's internal subset, with `>` inside it and in its literals.
        let doctype =
            br#"<!DOCTYPE r [ <!ELEMENT r ANY> <!ENTITY e "<a>"> <!-- > --> ]><r><a/></r>"#;
        assert_eq!(xml_depth(doctype, 10), 2);
        assert_eq!(xml_depth(b"<r><!-- <a> --><![CDATA[ <a> ]]></r>", 10), 1);
        // Counting stops early.
        assert_eq!(xml_depth(&nested_xml(1_000), 5), 6);
    }

    #[test]
    fn a_miss_is_the_parser_error_not_an_abort() {
        // As deep as the node limit lets the parser go, with no pre-check at all.
        let deep = String::from_utf8(nested_xml(XML_NODES as usize + 10)).unwrap();
        let opts = roxmltree::ParsingOptions {
            allow_dtd: false,
            nodes_limit: XML_NODES,
        };
        let stack = parser_stack(deep.as_bytes());
        let parsed = on_parser_stack(stack, || {
            roxmltree::Document::parse_with_options(&deep, opts).err()
        });
        assert!(matches!(
            parsed,
            Some(Some(roxmltree::Error::NodesLimitReached))
        ));
    }
}
