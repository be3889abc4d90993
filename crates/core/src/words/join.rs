//! Joining words the way the reader's language does: a label and its value, the items
//! of a list, yes and no.

use crate::i18n::Localizer;

/// "Label: value", joined the way the reader's language joins them.
pub fn labelled(l: &Localizer, label: &str, value: &str) -> String {
    l.t_args(
        "words-label-value",
        &[("label", label.into()), ("value", value.into())],
    )
}

/// The items of a list, separated the way the reader's language separates them.
pub fn list<S: AsRef<str>>(l: &Localizer, items: &[S]) -> String {
    let separator = l.t("words-list-separator");
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// Sentences that belong together, each on its own line (a notice, a card's text).
pub fn lines<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(AsRef::as_ref)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// "yes" or "no" in the reader's language.
pub fn yes_no(l: &Localizer, value: bool) -> String {
    l.t(if value { "words-yes" } else { "words-no" })
}

/// A text with a short note after it, as "text (note)": a time, a source, a port.
/// Chinese puts the note in full-width parentheses.
pub fn with_note(l: &Localizer, text: &str, note: &str) -> String {
    l.t_args(
        "words-with-note",
        &[("text", text.into()), ("note", note.into())],
    )
}

/// A line and a value that goes with it: "The printer answers: Passed — 192.168.1.23".
pub fn with_detail(l: &Localizer, text: &str, detail: &str) -> String {
    l.t_args(
        "words-with-detail",
        &[("text", text.into()), ("detail", detail.into())],
    )
}

/// An item of a bulleted list: "• text".
pub fn bullet(l: &Localizer, text: &str) -> String {
    l.t_args("words-bullet", &[("text", text.into())])
}

/// A numbered heading or step: "3. text".
pub fn numbered(l: &Localizer, number: usize, text: &str) -> String {
    l.t_args(
        "words-numbered",
        &[("number", number.to_string().into()), ("text", text.into())],
    )
}

/// A percentage, spaced the way the language spaces it: "150%", "150 %".
pub fn percent(l: &Localizer, value: f32) -> String {
    let rounded = format!("{:.0}", value.round());
    l.t_args("words-percent", &[("value", rounded.into())])
}

/// A whole number with its digits grouped the way the language groups them: "3,305",
/// "3.305", "3 305". Languages that leave four-digit numbers ungrouped (Spanish) say
/// so with `words-group-from`.
pub fn number(l: &Localizer, n: u64) -> String {
    let digits = n.to_string();
    let from: usize = l.t("words-group-from").trim().parse().unwrap_or(4);
    if digits.len() < from.max(4) {
        return digits;
    }
    let separator = l.t("words-group-separator");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_lists_follow_the_language() {
        let en = Localizer::new("en-US");
        assert_eq!(labelled(&en, "Model", "HP"), "Model: HP");
        assert_eq!(list(&en, &["a", "b", "c"]), "a, b, c");
        let fr = Localizer::new("fr");
        assert_eq!(labelled(&fr, "Modèle", "HP"), "Modèle\u{a0}: HP");
        let zh = Localizer::new("zh-CN");
        assert_eq!(labelled(&zh, "型号", "HP"), "型号：HP");
        assert_eq!(list(&zh, &["a", "b"]), "a、b");
        assert_eq!(list::<&str>(&zh, &[]), "");
    }

    #[test]
    fn numbers_percentages_and_notes_follow_the_language() {
        let en = Localizer::new("en-US");
        assert_eq!(number(&en, 3305), "3,305");
        assert_eq!(number(&en, 1_234_567), "1,234,567");
        assert_eq!(number(&en, 999), "999");
        assert_eq!(number(&Localizer::new("de"), 3305), "3.305");
        assert_eq!(number(&Localizer::new("pt-BR"), 3305), "3.305");
        assert_eq!(number(&Localizer::new("fr"), 3305), "3\u{202f}305");
        let es = Localizer::new("es");
        assert_eq!(
            number(&es, 3305),
            "3305",
            "four digits stay whole in Spanish"
        );
        assert_eq!(number(&es, 13_305), "13.305");
        assert_eq!(number(&Localizer::new("zh-CN"), 3305), "3,305");
        assert_eq!(percent(&en, 150.0), "150%");
        assert_eq!(percent(&Localizer::new("fr"), 150.0), "150\u{a0}%");
        assert_eq!(percent(&Localizer::new("de"), 125.4), "125\u{a0}%");
        let zh = Localizer::new("zh-CN");
        assert_eq!(with_note(&zh, "检查", "12:00"), "检查（12:00）");
        assert_eq!(with_note(&en, "PIN check", "12:00"), "PIN check (12:00)");
        assert_eq!(bullet(&en, "x"), "• x");
        assert_eq!(numbered(&en, 3, "x"), "3. x");
        assert_eq!(with_detail(&en, "a", "b"), "a — b");
        assert_eq!(yes_no(&Localizer::new("de"), true), "ja");
    }
}
