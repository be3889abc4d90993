//! The names the app suggests for what the person asks it to write (a printable guide,
//! a support summary).

/// "wps-support-summary-Case-42-HP-OfficeJet-Pro-9010-series-2026-12-07-143205.txt": what
/// it is, the case and the printer (when known) and the second, so the next file (the
/// next customer's, a minute later or less) does not replace this one. Names are cut to
/// letters, digits and dashes.
pub fn suggested_name(stem: &str, parts: &[Option<&str>], ext: &str) -> String {
    let date = wps_pin_core::time::utc(std::time::SystemTime::now());
    // "2026-12-07 14:32:05 UTC" → "2026-12-07-143205"
    let day = date.get(..10).unwrap_or_default();
    let second: String = date.get(11..19).unwrap_or_default().replace(':', "");
    let mut name = stem.to_owned();
    for part in parts.iter().flatten() {
        let slug = slug(part);
        if !slug.is_empty() {
            name.push('-');
            name.push_str(&slug);
        }
    }
    format!("{name}-{day}-{second}.{ext}")
}

/// Letters and digits kept, anything else one dash, at most 60 characters.
fn slug(text: &str) -> String {
    let dashed: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let words: Vec<&str> = dashed.split('-').filter(|p| !p.is_empty()).collect();
    words.join("-").chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_what_whose_and_when() {
        let n = suggested_name(
            "wps-guide-label",
            &[Some("Case 42/a"), None, Some("HP DeskJet 2700")],
            "html",
        );
        assert!(
            n.starts_with("wps-guide-label-Case-42-a-HP-DeskJet-2700-20"),
            "{n}"
        );
        assert!(n.ends_with(".html"));
        // yyyy-mm-dd-hhmmss
        let when = &n[n.len() - 22..n.len() - 5];
        assert!(
            when.starts_with("20") && when.as_bytes()[10] == b'-',
            "{when}"
        );
        assert!(suggested_name("x", &[Some("../../etc")], "txt").starts_with("x-etc-"));
    }
}
