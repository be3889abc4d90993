//! Fluent translations embedded at build time (see build.rs), with fallback to en-US.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub const FALLBACK: &str = "en-US";

type Bundle = FluentBundle<FluentResource>;

/// Looks up the person's words in the chosen language.
pub struct Localizer {
    tag: &'static str,
    bundle: Bundle,
    fallback: Option<Bundle>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("tag", &self.tag).finish()
    }
}

fn bundle_for(tag: &'static str, sources: &[&str]) -> Bundle {
    let lang: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![lang]);
    // No right-to-left locales are shipped, and isolation marks would leak into
    // copied text and the command line.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                tracing::error!(tag, ?errors, "locale file has syntax errors");
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(tag, ?errors, "duplicate messages in locale");
        }
    }
    bundle
}

/// Picks the best embedded locale for a requested tag: exact match, then same
/// language ("es-MX" → "es"), then en-US.
pub fn negotiate(requested: &str) -> &'static str {
    embedded_match(requested).unwrap_or(FALLBACK)
}

/// The embedded locale that serves `requested`, if any does.
fn embedded_match(requested: &str) -> Option<&'static str> {
    let norm = |s: &str| s.replace('_', "-").to_ascii_lowercase();
    let want = norm(requested);
    let want = want.split(['.', '@']).next().unwrap_or_default(); // "de_DE.UTF-8"
    if let Some((tag, _)) = LOCALES.iter().find(|(t, _)| norm(t) == want) {
        return Some(tag);
    }
    let lang = want.split('-').next().unwrap_or_default();
    LOCALES
        .iter()
        .find(|(t, _)| norm(t).split('-').next() == Some(lang))
        .map(|(t, _)| *t)
}

/// The system's preferred language: the first of the person's languages (in order of
/// preference) that the app speaks, else their first one.
pub fn system_language() -> Option<String> {
    let preferred: Vec<String> = sys_locale::get_locales().collect();
    preferred
        .iter()
        .find(|t| embedded_match(t).is_some())
        .or(preferred.first())
        .cloned()
}

/// Every embedded language as (tag, name in that language), worked out once.
pub fn available() -> &'static [(&'static str, String)] {
    static NAMES: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        LOCALES
            .iter()
            .map(|(tag, _)| (*tag, Localizer::new(tag).t("language-name")))
            .collect()
    })
}

/// The name of an embedded language in that language ("Deutsch").
pub fn language_name(tag: &str) -> Option<&'static str> {
    available()
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, name)| name.as_str())
}

impl Localizer {
    /// A localizer for the best match of `requested`.
    pub fn new(requested: &str) -> Self {
        let tag = negotiate(requested);
        let sources = |t: &str| {
            LOCALES
                .iter()
                .find(|(x, _)| *x == t)
                .map(|(_, s)| *s)
                .unwrap_or_default()
        };
        let fallback = (tag != FALLBACK).then(|| bundle_for(FALLBACK, sources(FALLBACK)));
        Self {
            tag,
            bundle: bundle_for(tag, sources(tag)),
            fallback,
        }
    }

    /// The embedded tag in use, e.g. "en-US".
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// Whether the chosen language or the fallback defines `id`.
    pub fn has_message(&self, id: &str) -> bool {
        std::iter::once(&self.bundle)
            .chain(self.fallback.as_ref())
            .any(|b| b.has_message(id))
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, ?errors, "message formatted with errors");
                }
                return text.into_owned();
            }
        }
        tracing::error!(id, "no such message in any locale");
        if let Ok(mut missing) = MISSING.lock() {
            missing.insert(id.to_owned());
        }
        id.to_owned()
    }
}

/// Ids looked up but defined nowhere, so tests that visit every page can fail on them.
static MISSING: std::sync::Mutex<std::collections::BTreeSet<String>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// Every message id requested so far that no locale defines.
pub fn missing_ids() -> Vec<String> {
    MISSING
        .lock()
        .map(|m| m.iter().cloned().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_falls_back_sensibly() {
        assert_eq!(negotiate("en-US"), "en-US");
        assert_eq!(negotiate("en_GB.UTF-8"), "en-US");
        assert_eq!(negotiate("xx-YY"), FALLBACK);
        assert_eq!(negotiate("de_DE.UTF-8"), "de");
        assert_eq!(negotiate("de_AT@euro"), "de");
        assert_eq!(negotiate("es-MX"), "es");
        assert_eq!(negotiate("fr_CA"), "fr");
        assert_eq!(negotiate("pt_PT"), "pt-BR");
        assert_eq!(negotiate("pt-br"), "pt-BR");
        assert_eq!(negotiate("zh_CN.UTF-8"), "zh-CN");
        assert_eq!(negotiate(""), FALLBACK);
    }

    #[test]
    fn formats_messages_with_arguments() {
        let l = Localizer::new("en-US");
        assert_eq!(l.t("language-name"), "English");
        let text = l.t_args("pin-wrong-check-digit", &[("expected", 7.into())]);
        assert!(text.contains('7'), "{text}");
        assert_eq!(l.t("no-such-message"), "no-such-message");
        assert!(missing_ids().contains(&"no-such-message".to_owned()));
    }

    #[test]
    fn every_locale_parses_cleanly() {
        for (tag, sources) in LOCALES {
            for s in *sources {
                assert!(
                    FluentResource::try_new((*s).to_owned()).is_ok(),
                    "{tag} has Fluent syntax errors"
                );
            }
        }
    }
}
