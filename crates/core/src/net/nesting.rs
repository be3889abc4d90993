//! A bound on how deeply a printer's XML or JSON answer nests, found by one flat pass over
//! the bytes before any parser (which may recurse) sees them. Real answers nest a dozen
//! levels; a hostile one can nest a million, which would overflow a recursive parser's
//! stack and kill the app.

/// Deeper than any real LEDM or CDM document.
pub const MAX_DEPTH: usize = 64;

/// The XML's element nesting goes past `max` (comments, CDATA, processing
/// instructions and declarations are skipped; `<a/>` does not nest).
pub fn xml_too_deep(bytes: &[u8], max: usize) -> bool {
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(offset) = memchr(b'<', &bytes[i..]) {
        i += offset + 1;
        let rest = &bytes[i..];
        if rest.starts_with(b"!--") {
            i = skip_past(bytes, i, b"-->");
        } else if rest.starts_with(b"![CDATA[") {
            i = skip_past(bytes, i, b"]]>");
        } else if rest.starts_with(b"?") || rest.starts_with(b"!") {
            i = skip_past(bytes, i, b">");
        } else if rest.starts_with(b"/") {
            depth = depth.saturating_sub(1);
            i = skip_past(bytes, i, b">");
        } else {
            let end = skip_past(bytes, i, b">");
            let self_closing = end >= 2 && bytes.get(end - 2) == Some(&b'/');
            if !self_closing {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            i = end;
        }
        if i >= bytes.len() {
            break;
        }
    }
    false
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

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

/// The index just past the next `end` at or after `from` (or the end of the input).
fn skip_past(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    bytes[from.min(bytes.len())..]
        .windows(end.len())
        .position(|w| w == end)
        .map_or(bytes.len(), |p| from + p + end.len())
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
}
