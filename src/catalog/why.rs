//! The reason of a match in the person's words.

use fluent_bundle::FluentValue;

use super::search::{ModelHow, Why};
use crate::i18n::Localizer;

pub fn why_text(why: &Why, l: &Localizer) -> String {
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
            }
        }
    }
}
