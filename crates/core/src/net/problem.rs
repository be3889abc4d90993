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
