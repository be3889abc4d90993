//! What went wrong with a request, as values every language can word. The cause is read
//! from the error chain's types — `io::ErrorKind`, the TLS library's error, the app's own
//! resolver's answer — never from the text of a message, which differs between systems
//! and languages.

use std::io;

use super::resolve::{NameNotFound, NoSuchZone};

/// Why nothing answered, as far as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAnswer {
    /// Nothing listens on that port.
    Refused,
    /// This computer has no route to the address.
    NoRoute,
    /// The name could not be found.
    UnknownName,
    /// The printer closed the connection.
    Closed,
    Other,
}

impl std::fmt::Display for NoAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NoAnswer::Refused => "nothing answers on that port",
            NoAnswer::NoRoute => "this computer has no route to it",
            NoAnswer::UnknownName => "its name could not be found",
            NoAnswer::Closed => "it closed the connection",
            NoAnswer::Other => "the connection failed",
        })
    }
}

impl NoAnswer {
    /// A stable key for scripts.
    pub fn key(self) -> &'static str {
        match self {
            NoAnswer::Refused => "refused",
            NoAnswer::NoRoute => "no_route",
            NoAnswer::UnknownName => "unknown_name",
            NoAnswer::Closed => "closed",
            NoAnswer::Other => "no_answer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    #[error("this is not a printer address the app may use: {0}")]
    BadAddress(String),
    #[error("the app never asks a printer for {0}")]
    Forbidden(String),
    #[error("the printer did not answer ({0})")]
    NoAnswer(NoAnswer),
    #[error("the printer took too long to answer")]
    Timeout,
    #[error("the printer sent more than {0} bytes; the answer was not read")]
    TooLarge(usize),
    #[error("the printer sent the app to {0}; the app did not follow it")]
    Redirected(String),
    #[error("this page needs the printer's sign-in")]
    NeedsSignIn,
    #[error("this page is not on this model")]
    NotFound,
    #[error("the printer answered with an error (HTTP {0})")]
    Status(u16),
    #[error(
        "the printer's security certificate has changed since the app last talked to it \
         (was …{was}, now …{now}). This happens after a reset or a firmware update, but could \
         also mean another device is pretending to be the printer, so the app stopped."
    )]
    CertificateChanged { was: String, now: String },
    #[error("a secure connection to the printer failed: {0}")]
    Tls(String),
}

/// What the system said, by kind.
fn from_kind(kind: io::ErrorKind) -> Option<HttpError> {
    use io::ErrorKind::*;
    Some(match kind {
        ConnectionRefused => HttpError::NoAnswer(NoAnswer::Refused),
        HostUnreachable | NetworkUnreachable | AddrNotAvailable | NetworkDown => {
            HttpError::NoAnswer(NoAnswer::NoRoute)
        }
        ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof | NotConnected => {
            HttpError::NoAnswer(NoAnswer::Closed)
        }
        TimedOut => HttpError::Timeout,
        _ => return None,
    })
}

/// A TLS failure; its text may quote the printer's certificate, so it is printer text.
fn tls(e: &rustls::Error) -> HttpError {
    HttpError::Tls(crate::net::clean::text(&e.to_string()).unwrap_or_default())
}

/// The first cause in `e`'s chain the app can name. `io::Error` hides the error it
/// wraps from `source()`, so its inner error is looked at too.
fn cause(e: &(dyn std::error::Error + 'static)) -> Option<HttpError> {
    let mut next = Some(e);
    while let Some(err) = next {
        if err.is::<NameNotFound>() {
            return Some(HttpError::NoAnswer(NoAnswer::UnknownName));
        }
        if err.is::<NoSuchZone>() {
            return Some(HttpError::NoAnswer(NoAnswer::NoRoute));
        }
        if let Some(t) = err.downcast_ref::<rustls::Error>() {
            return Some(tls(t));
        }
        if let Some(r) = err.downcast_ref::<reqwest::Error>()
            && r.is_timeout()
        {
            return Some(HttpError::Timeout);
        }
        if let Some(io) = err.downcast_ref::<io::Error>() {
            if let Some(found) = io
                .get_ref()
                .and_then(|inner| cause(inner as &(dyn std::error::Error + 'static)))
            {
                return Some(found);
            }
            if let Some(found) = from_kind(io.kind()) {
                return Some(found);
            }
        }
        next = err.source();
    }
    None
}

/// A request that failed before an answer arrived.
pub(super) fn classify(e: &reqwest::Error) -> HttpError {
    if e.is_timeout() {
        return HttpError::Timeout;
    }
    if let Some(found) = cause(e) {
        return found;
    }
    // Connected, then the exchange broke off: the printer closed the connection.
    if !e.is_connect() && e.is_request() {
        return HttpError::NoAnswer(NoAnswer::Closed);
    }
    HttpError::NoAnswer(NoAnswer::Other)
}

/// Reading an answer's body failed.
pub(super) fn classify_io(e: &io::Error) -> HttpError {
    cause(e).unwrap_or(HttpError::NoAnswer(NoAnswer::Closed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn causes_are_read_from_kinds_and_types_not_text() {
        let refused = io::Error::from(io::ErrorKind::ConnectionRefused);
        assert_eq!(
            classify_io(&refused),
            HttpError::NoAnswer(NoAnswer::Refused)
        );
        // Whatever the message says, in whatever language.
        let german = io::Error::new(io::ErrorKind::TimedOut, "Zeitüberschreitung");
        assert_eq!(classify_io(&german), HttpError::Timeout);
        let wrapped = io::Error::other(NameNotFound);
        assert_eq!(
            classify_io(&wrapped),
            HttpError::NoAnswer(NoAnswer::UnknownName)
        );
        let english_words = io::Error::other("Connection refused (dns error, timed out)");
        assert_eq!(
            classify_io(&english_words),
            HttpError::NoAnswer(NoAnswer::Closed)
        );
        let tls_inside = io::Error::new(
            io::ErrorKind::InvalidData,
            rustls::Error::General("bad\u{1b}[2J".into()),
        );
        assert!(matches!(classify_io(&tls_inside), HttpError::Tls(t) if !t.contains('\u{1b}')));
    }
}
