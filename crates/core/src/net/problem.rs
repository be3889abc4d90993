//! What went wrong while reading a printer, kept as data so that every language can word
//! it. `Display` gives the English form for logs; the window, the command line and the
//! summary use [`crate::words::problem`] in the person's language.

use std::fmt;

use super::ews::EwsError;
use super::http::HttpError;
use super::ipp::IppError;
use super::source::Source;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where it was met (once each): IPP, a web page's path, or the printer's address.
    pub sources: Vec<ProblemSource>,
    pub kind: ProblemKind,
}

/// What was being read when a problem was met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemSource {
    Ipp,
    /// A resource of the printer's web page ("/DevMgmt/ProductConfigDyn.xml").
    WebPage(String),
    /// Anything else, as named (the printer's address, say).
    Other(String),
}

impl ProblemSource {
    /// "IPP", a resource path or an address: what people and scripts are shown.
    pub fn as_str(&self) -> &str {
        match self {
            ProblemSource::Ipp => "IPP",
            ProblemSource::WebPage(path) | ProblemSource::Other(path) => path,
        }
    }
}

impl From<&str> for ProblemSource {
    fn from(s: &str) -> Self {
        match s {
            "IPP" => ProblemSource::Ipp,
            path if path.starts_with('/') => ProblemSource::WebPage(path.to_owned()),
            other => ProblemSource::Other(other.to_owned()),
        }
    }
}

impl From<String> for ProblemSource {
    fn from(s: String) -> Self {
        ProblemSource::from(s.as_str())
    }
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
    pub fn new(source: impl Into<ProblemSource>, kind: ProblemKind) -> Self {
        Self {
            sources: vec![source.into()],
            kind,
        }
    }

    /// Where it was met, as one line for logs and scripts ("IPP, /DevMgmt/…").
    pub fn sources_text(&self) -> String {
        let names: Vec<&str> = self.sources.iter().map(ProblemSource::as_str).collect();
        names.join(", ")
    }

    /// One problem per cause: problems of the same kind are joined, naming every place
    /// they were met ("/a, /b: the printer took too long").
    pub fn merged(problems: Vec<Problem>) -> Vec<Problem> {
        let mut out: Vec<Problem> = Vec::new();
        for p in problems {
            match out.iter_mut().find(|o| o.kind == p.kind) {
                Some(o) => {
                    for s in p.sources {
                        if !o.sources.contains(&s) {
                            o.sources.push(s);
                        }
                    }
                }
                None => out.push(p),
            }
        }
        out
    }
}

impl ProblemKind {
    /// A stable name of the cause, for scripts (`probe --json`, the JSON summary).
    pub fn key(&self) -> &'static str {
        match self {
            ProblemKind::Http(e) => match e {
                HttpError::NoAnswer(why) => why.key(),
                HttpError::Timeout => "timeout",
                HttpError::TooLarge(_) => "too_large",
                HttpError::Redirected(_) => "redirect_refused",
                HttpError::NeedsSignIn => "sign_in_needed",
                HttpError::NotFound => "not_found",
                HttpError::Status(_) => "http_error",
                HttpError::CertificateChanged { .. } => "certificate_changed",
                HttpError::Tls(_) => "secure_connection_failed",
                HttpError::BadAddress(_) | HttpError::Forbidden(_) => "not_asked",
            },
            ProblemKind::Ipp(IppError::Status(_)) => "ipp_refused",
            ProblemKind::Ipp(_) => "ipp_unreadable",
            ProblemKind::Ews(EwsError::TooLarge(_)) => "too_large",
            ProblemKind::Ews(EwsError::TooDeep(_)) => "too_deep",
            ProblemKind::Ews(_) => "unreadable",
            ProblemKind::TwoIdentities { .. } => "two_identities",
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ProblemKind::Http(e) => write!(f, "{}: {e}", self.sources_text()),
            ProblemKind::Ipp(e) => write!(f, "{}: {e}", self.sources_text()),
            ProblemKind::Ews(e) => write!(f, "{}: {e}", self.sources_text()),
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
