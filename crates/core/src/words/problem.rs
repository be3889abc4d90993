//! What went wrong while reading a printer, in the reader's language.

use fluent_bundle::FluentValue;

use crate::i18n::Localizer;
use crate::net::ews::EwsError;
use crate::net::http::{HttpError, NoAnswer};
use crate::net::ipp::IppError;
use crate::net::problem::{Problem, ProblemKind, ProblemSource};

/// The problem in the person's language.
pub fn problem(p: &Problem, l: &Localizer) -> String {
    let (id, mut args): (&str, Vec<(&str, FluentValue<'_>)>) = match &p.kind {
        ProblemKind::Http(e) => match e {
            HttpError::NoAnswer(why) => (
                match why {
                    NoAnswer::Refused => "problem-no-answer-refused",
                    NoAnswer::NoRoute => "problem-no-answer-no-route",
                    NoAnswer::UnknownName => "problem-no-answer-unknown-name",
                    NoAnswer::Closed => "problem-no-answer-closed",
                    NoAnswer::Other => "problem-no-answer",
                },
                vec![],
            ),
            HttpError::Timeout => ("problem-timeout", vec![]),
            HttpError::TooLarge(_) => ("problem-too-large", vec![]),
            HttpError::Redirected(to) => ("problem-redirected", vec![("to", to.clone().into())]),
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
        ProblemKind::Ews(EwsError::TooDeep(_)) => ("problem-too-deep", vec![]),
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
    let sources: Vec<String> = p.sources.iter().map(|s| s.as_str().to_owned()).collect();
    args.push(("source", super::join::list(l, &sources).into()));
    l.t_args(id, &args)
}

/// The problem for people at home: a web page's resource path ("/DevMgmt/…") reads as
/// "the printer's web page"; the command line and the summary keep the paths.
pub fn problem_plain(p: &Problem, l: &Localizer) -> String {
    let web = ProblemSource::Other(l.t("problem-source-web"));
    let mut sources: Vec<ProblemSource> = Vec::new();
    for s in &p.sources {
        let plain = match s {
            ProblemSource::WebPage(_) => web.clone(),
            other => other.clone(),
        };
        if !sources.contains(&plain) {
            sources.push(plain);
        }
    }
    let plain = Problem {
        sources,
        kind: p.kind.clone(),
    };
    problem(&plain, l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::identity::Source;

    #[test]
    fn every_kind_has_words_in_every_language() {
        let kinds = [
            ProblemKind::Http(HttpError::NoAnswer(NoAnswer::Refused)),
            ProblemKind::Http(HttpError::NoAnswer(NoAnswer::UnknownName)),
            ProblemKind::Ews(EwsError::TooDeep(64)),
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
                let words = problem(&p, &l);
                assert!(!words.starts_with("problem-"), "{tag}: {words}");
                if !matches!(kind, ProblemKind::TwoIdentities { .. }) {
                    assert!(
                        words.contains("/DevMgmt/ProductConfigDyn.xml"),
                        "{tag}: {words}"
                    );
                }
            }
        }
        let certificate = kinds
            .iter()
            .find(|k| matches!(k, ProblemKind::Http(HttpError::CertificateChanged { .. })))
            .unwrap();
        let changed = Problem::new("/", certificate.clone());
        // Met in three places, merged into one problem: the resource paths read as the
        // printer's web page, once.
        let merged = Problem::merged(
            [
                "IPP",
                "/DevMgmt/DiscoveryTree.xml",
                "/cdm/system/v1/identity",
            ]
            .map(|at| Problem::new(at, ProblemKind::Http(HttpError::Timeout)))
            .to_vec(),
        );
        assert_eq!(merged.len(), 1);
        let plain = problem_plain(&merged[0], &Localizer::new("en-US"));
        assert!(!plain.contains('/'), "{plain}");
        assert!(plain.starts_with("IPP, the printer's web page:"), "{plain}");
        let changed = problem(&changed, &Localizer::new("de"));
        assert!(
            changed.contains("ab12") && changed.contains("cd34"),
            "{changed}"
        );
    }
}
