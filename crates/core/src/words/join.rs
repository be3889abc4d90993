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

/// "yes" or "no" in the reader's language.
pub fn yes_no(l: &Localizer, value: bool) -> String {
    l.t(if value {
        "cli-lookup-yes"
    } else {
        "cli-lookup-no"
    })
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
}
