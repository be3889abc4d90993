//! What went wrong while reading a printer, kept as data so that every language can word
//! it. `Display` gives the English form for logs, `--json` and support staff; the window,
//! the command line and the summary use [`Problem::words`] in the person's language.

use std::fmt;

use fluent_bundle::FluentValue;

use super::ews::EwsError;
use super::http::HttpError;
use super::identity::Source;
use super::ipp::IppError;
use crate::i18n::Localizer;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What was being read: "IPP", a web page's path, or the printer's address.
    pub source: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    Http(HttpError),
    Ipp(IppError),
    Ews(EwsError),
    /// Two sources name different devices: two devices on one address, or a proxy.
    TwoIdentities {
        first: (Source, String),
        second: (Source, String),
    },
}

impl Problem {
    pub fn new(source: impl Into<String>, kind: ProblemKind) -> Self {
        Self {
            source: source.into(),
            kind,
        }
    }

    /// The problem in the person's language.
    pub fn words(&self, l: &Localizer) -> String {
        let (id, mut args): (&str, Vec<(&str, FluentValue<'_>)>) = match &self.kind {
            ProblemKind::Http(e) => match e {
                HttpError::NoAnswer(_) => ("problem-no-answer", vec![]),
                HttpError::Timeout => ("problem-timeout", vec![]),
                HttpError::TooLarge(_) => ("problem-too-large", vec![]),
                HttpError::Redirected(to) => {
                    ("problem-redirected", vec![("to", to.clone().into())])
                }
                HttpError::NeedsSignIn => ("problem-sign-in", vec![]),
                HttpError::NotFound => ("problem-not-found", vec![]),
                HttpError::Status(code) => ("problem-status", vec![("code", (*code).into())]),
                HttpError::CertificateChanged { was, now } => (
                    "problem-certificate-changed",
                    vec![("was", was.clone().into()), ("now", now.clone().into())],
                ),
                HttpError::Tls(_) => ("problem-secure-connection", vec![]),
                HttpError::BadAddress(_) | HttpError::Forbidden(_) => ("problem-not-asked", vec![]),
            },
            ProblemKind::Ipp(IppError::Status(code)) => (
                "problem-ipp-refused",
                vec![("code", format!("0x{code:04x}").into())],
            ),
            ProblemKind::Ews(EwsError::TooLarge(_)) => ("problem-too-large", vec![]),
            ProblemKind::Ipp(_) | ProblemKind::Ews(_) => ("problem-unreadable", vec![]),
            ProblemKind::TwoIdentities { first, second } => (
                "problem-two-identities",
                vec![
                    ("first-source", first.0.as_str().into()),
                    ("first", first.1.clone().into()),
                    ("second-source", second.0.as_str().into()),
                    ("second", second.1.clone().into()),
                ],
            ),
        };
        args.push(("source", self.source.clone().into()));
        l.t_args(id, &args)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ProblemKind::Http(e) => write!(f, "{}: {e}", self.source),
            ProblemKind::Ipp(e) => write!(f, "{}: {e}", self.source),
            ProblemKind::Ews(e) => write!(f, "{}: {e}", self.source),
            ProblemKind::TwoIdentities { first, second } => write!(
                f,
                "The printer reports two different identities ({} says {}, {} says {}).",
                first.0.as_str(),
                first.1,
                second.0.as_str(),
                second.1
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_words_in_every_language() {
        let kinds = [
            ProblemKind::Http(HttpError::NoAnswer("refused".into())),
            ProblemKind::Http(HttpError::Timeout),
            ProblemKind::Http(HttpError::TooLarge(10)),
            ProblemKind::Http(HttpError::Redirected("http://192.0.2.9/".into())),
            ProblemKind::Http(HttpError::NeedsSignIn),
            ProblemKind::Http(HttpError::NotFound),
            ProblemKind::Http(HttpError::Status(500)),
            ProblemKind::Http(HttpError::CertificateChanged {
                was: "ab12".into(),
                now: "cd34".into(),
            }),
            ProblemKind::Http(HttpError::Tls("bad".into())),
            ProblemKind::Http(HttpError::BadAddress("x".into())),
            ProblemKind::Ipp(IppError::Status(0x0400)),
            ProblemKind::Ipp(IppError::Truncated(3)),
            ProblemKind::Ews(EwsError::Json("eof".into())),
            ProblemKind::TwoIdentities {
                first: (Source::Ipp, "uuid-a".into()),
                second: (Source::Cdm, "uuid-b".into()),
            },
        ];
        for (tag, _) in crate::i18n::available() {
            let l = Localizer::new(tag);
            for kind in &kinds {
                let p = Problem::new("/DevMgmt/ProductConfigDyn.xml", kind.clone());
                let words = p.words(&l);
                assert!(!words.starts_with("problem-"), "{tag}: {words}");
                if !matches!(kind, ProblemKind::TwoIdentities { .. }) {
                    assert!(
                        words.contains("/DevMgmt/ProductConfigDyn.xml"),
                        "{tag}: {words}"
                    );
                }
            }
        }
        let changed = Problem::new("/", kinds[7].clone()).words(&Localizer::new("de"));
        assert!(
            changed.contains("ab12") && changed.contains("cd34"),
            "{changed}"
        );
    }
}
