//! Catalog answers in words: why a family matched, what it can do, its control panel.

use fluent_bundle::FluentValue;

use super::join::yes_no;
use crate::catalog::{Family, PanelKind};
use crate::catalog::{ModelHow, Why};
use crate::i18n::Localizer;

/// The reason of a match.
pub fn why(why: &Why, l: &Localizer) -> String {
    match why {
        Why::Words => l.t("catalog-why-words"),
        Why::Model { typed, model, how } => {
            let typed: FluentValue = typed.clone().into();
            let model: FluentValue = model.clone().into();
            let range = |first: &u64, last: &u64| -> Vec<(&str, FluentValue)> {
                vec![
                    ("typed", typed.clone()),
                    ("model", model.clone()),
                    ("first", first.to_string().into()),
                    ("last", last.to_string().into()),
                ]
            };
            let pair = [("typed", typed.clone()), ("model", model.clone())];
            match how {
                ModelHow::Exact => l.t_args("catalog-why-exact", &[("model", typed.clone())]),
                ModelHow::SameNumber => l.t_args("catalog-why-same-number", &pair),
                ModelHow::NumberOnly => l.t_args("catalog-why-number-only", &pair),
                ModelHow::Beginning => l.t_args("catalog-why-beginning", &pair),
                ModelHow::InSeries { first, last } => {
                    l.t_args("catalog-why-in-series", &range(first, last))
                }
                ModelHow::SeriesCovers { first, last } => {
                    l.t_args("catalog-why-series-covers", &range(first, last))
                }
                ModelHow::InRange { .. } => l.t_args("catalog-why-in-range", &pair),
                ModelHow::Near { .. } => l.t_args("catalog-why-near", &pair),
            }
        }
    }
}

/// "Wi-Fi: yes. Network cable: no. Web page: yes." from the catalog's flags.
pub fn family_facts(f: &Family, l: &Localizer) -> String {
    l.t_args(
        "cli-lookup-facts",
        &[
            ("wifi", yes_no(l, f.wireless).into()),
            ("cable", yes_no(l, f.network).into()),
            ("web", yes_no(l, f.ews).into()),
        ],
    )
}

/// The short name of a kind of control panel ("A touchscreen").
pub fn panel_title(kind: PanelKind, l: &Localizer) -> String {
    l.t(match kind {
        PanelKind::Touchscreen => "where-touchscreen",
        PanelKind::TextDisplay => "where-text-display",
        PanelKind::LightsOnly => "where-lights-only",
    })
}

/// How to recognise that kind of panel.
pub fn panel_description(kind: PanelKind, l: &Localizer) -> String {
    l.t(match kind {
        PanelKind::Touchscreen => "where-touchscreen-desc",
        PanelKind::TextDisplay => "where-text-display-desc",
        PanelKind::LightsOnly => "where-lights-only-desc",
    })
}
