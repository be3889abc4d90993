//! The wording layer: every domain value a person reads (a PIN verdict, a printer's
//! adapter, a check and its state, a problem) is worded here, once, through the
//! [`Localizer`]. The window, the command line and the support summary all call these
//! functions, so the three faces never drift apart.
//!
//! Joining is the language's business too: a label and its value ("Model: …", French
//! "Modèle : …", Chinese "型号：…") and the items of a list (", " or "、") come from
//! the locale files, never from code.

mod address;
mod catalog;
mod checks;
mod files;
mod pin;
mod printer;
mod problem;

pub use address::address_error;
pub use catalog::{family_facts, panel_description, panel_title, why};
pub use checks::{check_explanation, check_line, check_name, check_state};
pub use files::{file_error, load_problem};
pub use pin::{pin_lines, pin_verdict, pin_warning};
pub use printer::{
    adapter_kind, adapter_line, adapter_state, identity_lines, printer_lines, signal,
};
pub use problem::problem;

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
