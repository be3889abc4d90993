//! Text that arrives from a printer, a router or the air, made safe to show once, where
//! it enters: control characters (terminal escapes, CR/LF, NUL, bidirectional
//! overrides) become visible escapes such as `\x1b`, so nothing can recolour a terminal,
//! forge a line or reorder what a person reads; surrounding space is trimmed; the length
//! is capped. Every face (window, command line, summaries, logs) shows only cleaned text.

/// Longer than any model name, firmware version or network name.
pub const MAX_CHARS: usize = 256;

/// Characters that change how the text around them is laid out without being seen.
fn is_invisible_control(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' // zero-width spaces and marks, LRM/RLM
            | '\u{2028}' | '\u{2029}' // line and paragraph separators
            | '\u{202A}'..='\u{202E}' // bidirectional embeddings and overrides
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' // bidirectional isolates
            | '\u{FEFF}')
}

/// `s` cleaned: trimmed, each control shown as an escape, at most `MAX_CHARS`
/// characters (then "…"). Empty text is `None`.
pub fn text(s: &str) -> Option<String> {
    text_within(s, MAX_CHARS)
}

/// As [`text`], with another cap.
pub fn text_within(s: &str, max_chars: usize) -> Option<String> {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\0');
    if t.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(t.len().min(max_chars * 4));
    let mut count = 0;
    for c in t.chars() {
        // Most characters are kept as they are: no allocation for them.
        let escaped = is_invisible_control(c).then(|| escape(c));
        let n = escaped.as_ref().map_or(1, |e| e.chars().count());
        if count + n > max_chars {
            out.push('…');
            return Some(out);
        }
        match &escaped {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
        count += n;
    }
    Some(out)
}

/// `\x1b` for a C0 or C1 control, `\u{202e}` for the others.
fn escape(c: char) -> String {
    let code = u32::from(c);
    if code < 0x100 {
        format!("\\x{code:02x}")
    } else {
        format!("\\u{{{code:x}}}")
    }
}

/// Whether `s` is safe as it is: no control or invisible layout character.
pub fn is_clean(s: &str) -> bool {
    !s.chars().any(is_invisible_control)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_controls_and_caps_length() {
        assert_eq!(text("  HP ENVY 6000  ").as_deref(), Some("HP ENVY 6000"));
        assert_eq!(
            text("HP\x1b]0;pwned\x07\r\nFAKE LINE: serial=XYZ").as_deref(),
            Some("HP\\x1b]0;pwned\\x07\\x0d\\x0aFAKE LINE: serial=XYZ")
        );
        assert_eq!(text("a\u{202e}b").as_deref(), Some("a\\u{202e}b"));
        assert_eq!(text(" \0 "), None);
        let long = "x".repeat(70_000);
        let capped = text(&long).unwrap();
        assert_eq!(capped.chars().count(), MAX_CHARS + 1);
        assert!(capped.ends_with('…'));
        assert_eq!(text("打印机").as_deref(), Some("打印机"));
    }

    proptest! {
        #[test]
        fn cleaned_text_is_always_clean_and_bounded(s in any::<String>()) {
            if let Some(t) = text(&s) {
                prop_assert!(is_clean(&t));
                prop_assert!(t.chars().count() <= MAX_CHARS + 1);
            }
        }
    }
}
