//! Catalog answers in words: why a family matched, what it can do (Wi-Fi as yes, no or
//! not known, with where that comes from), its control panel, and where the list
//! itself comes from.

use fluent_bundle::FluentValue;

use super::join::{lines, list, number, yes_no};
use crate::catalog::{Catalog, Family, Line, PanelKind, WifiAnswer, WifiSource};
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

/// "yes (HP's driver data)", "not known (…)": the answer and where it comes from.
pub fn wifi_answer(a: &WifiAnswer, l: &Localizer) -> String {
    let answer = l.t(match a.has_wifi {
        Some(true) => "wifi-yes",
        Some(false) => "wifi-no",
        None => "wifi-unknown",
    });
    let source = l.t(match a.source {
        WifiSource::Printer => "wifi-source-printer",
        WifiSource::Hplip => "wifi-source-hplip",
        WifiSource::ModelName => "wifi-source-model-name",
        WifiSource::SomeModels => "wifi-source-some-models",
        WifiSource::ModelNameNotInFamily => "wifi-source-model-name-not-in-family",
        WifiSource::HplipNetworkOnly => "wifi-source-hplip-network-only",
        WifiSource::HplipUsbOnly => "wifi-source-hplip-usb-only",
        WifiSource::HplipUsbOnlyOnNetwork => "wifi-source-hplip-usb-only-on-network",
        WifiSource::HplipNothing => "wifi-source-hplip-nothing",
        WifiSource::NotInList => "wifi-source-not-in-list",
    });
    l.t_args(
        "wifi-answer-with-source",
        &[("answer", answer.into()), ("source", source.into())],
    )
}

/// "Wi-Fi: yes (HP's driver data)", one line.
pub fn wifi_fact(a: &WifiAnswer, l: &Localizer) -> String {
    l.t_args("catalog-fact-wifi", &[("answer", wifi_answer(a, l).into())])
}

/// What a "no" or "not known" means for the person, worded as the evidence: never
/// "cannot join a Wi-Fi network". None for a "yes".
pub fn wifi_notice(a: &WifiAnswer, l: &Localizer) -> Option<String> {
    match a.has_wifi {
        Some(true) => None,
        Some(false) => Some(l.t("catalog-wifi-no")),
        None => Some(l.t("catalog-wifi-unknown")),
    }
}

/// "Wi-Fi: yes (HP's driver data). Network cable: no. Web page: yes."
pub fn family_facts(f: &Family, wifi: &WifiAnswer, l: &Localizer) -> String {
    l.t_args(
        "catalog-facts",
        &[
            ("wifi", wifi_answer(wifi, l).into()),
            ("cable", yes_no(l, f.network).into()),
            ("web", yes_no(l, f.ews).into()),
        ],
    )
}

/// The person typed a line ("DeskJet") and nothing of it matched: the results shown
/// are from other lines.
pub fn other_lines(lines: &[Line], l: &Localizer) -> String {
    let names: Vec<&str> = lines.iter().map(|line| line.name()).collect();
    l.t_args("catalog-other-lines", &[("lines", list(l, &names).into())])
}

/// A name that reads like an HP model the list does not have.
pub fn not_in_list(l: &Localizer) -> String {
    l.t("catalog-not-in-list")
}

/// The notice for such a name: not in the list, and what its letters say about Wi-Fi.
pub fn not_in_list_notice(typed_wifi: &WifiAnswer, l: &Localizer) -> String {
    lines(&[not_in_list(l), wifi_fact(typed_wifi, l)])
}

/// Nothing matched what the person typed.
pub fn no_match(query: &str, l: &Localizer) -> String {
    l.t_args(
        "catalog-no-match",
        &[("query", query.trim().to_owned().into())],
    )
}

/// A search result's text: what the family can do, why it matched, and the control
/// panel the person told us before, one per line.
pub fn family_card(
    f: &Family,
    wifi: &WifiAnswer,
    why_matched: &Why,
    remembered: Option<PanelKind>,
    l: &Localizer,
) -> String {
    let mut out = vec![family_facts(f, wifi, l), why(why_matched, l)];
    if let Some(kind) = remembered {
        let panel = panel_title(kind, l);
        out.push(l.t_args("catalog-card-remembered", &[("panel", panel.into())]));
    }
    lines(&out)
}

/// Where the list comes from: HPLIP's version, how many families and names.
pub fn catalog_source(c: &Catalog, l: &Localizer) -> String {
    let version = c.hplip_version().unwrap_or("?").to_owned();
    l.t_args(
        "catalog-source",
        &[
            ("version", version.into()),
            ("families", number(l, c.families().len() as u64).into()),
            ("names", number(l, c.name_count() as u64).into()),
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
