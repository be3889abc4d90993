//! HTTP(S) to one printer, and only to it. Every request is bounded (connect time, total
//! time, body size); a redirect to another host is not followed; the printer's
//! self-signed certificate is trusted on first use for this device only and a changed
//! certificate is refused; WPS resources are never requested.

use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::Url;
use reqwest::blocking::Client;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use sha2::{Digest, Sha256};

use super::address::Host;
use super::ews::ledm::is_forbidden;

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub connect: Duration,
    pub total: Duration,
    pub max_body: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(3),
            total: Duration::from_secs(8),
            max_body: super::ews::MAX_DOCUMENT,
        }
    }
}

pub type Fingerprint = [u8; 32];

pub fn fingerprint_hex(fp: &Fingerprint) -> String {
    fp.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn parse_fingerprint(hex: &str) -> Option<Fingerprint> {
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    #[error("this is not a printer address the app may use: {0}")]
    BadAddress(String),
    #[error("the app never asks a printer for {0}")]
    Forbidden(String),
    #[error("the printer did not answer ({0})")]
    NoAnswer(String),
    #[error("the printer took too long to answer")]
    Timeout,
    #[error("the printer sent more than {0} bytes; the answer was not read")]
    TooLarge(usize),
    #[error("the printer sent the app to another address ({0}); it was not followed")]
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

/// Trusts exactly one certificate (by SHA-256 of its DER), learning it on first use.
/// The handshake signature is still checked, so the peer must hold the key.
#[derive(Debug)]
struct PinnedCert {
    pinned: Mutex<Option<Fingerprint>>,
    /// The last certificate presented, to explain a refusal.
    seen: Mutex<Option<Fingerprint>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl ServerCertVerifier for PinnedCert {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let fp: Fingerprint = Sha256::digest(end_entity.as_ref()).into();
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Some(fp);
        }
        let mut pinned = self
            .pinned
            .lock()
            .map_err(|_| rustls::Error::General("pin store unavailable".into()))?;
        match *pinned {
            None => {
                *pinned = Some(fp);
                Ok(ServerCertVerified::assertion())
            }
            Some(p) if p == fp => Ok(ServerCertVerified::assertion()),
            Some(_) => Err(rustls::Error::General("certificate changed".into())),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// A client for one printer host.
pub struct PrinterHttp {
    client: Client,
    host: Host,
    limits: Limits,
    pin: Arc<PinnedCert>,
}

impl PrinterHttp {
    /// `host` is the printer; `pin` a fingerprint learned before.
    pub fn new(host: &Host, pin: Option<Fingerprint>, limits: Limits) -> Result<Self, HttpError> {
        let host = host.clone();
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let pin = Arc::new(PinnedCert {
            pinned: Mutex::new(pin),
            seen: Mutex::new(None),
            provider: provider.clone(),
        });
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| HttpError::Tls(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(pin.clone())
            .with_no_client_auth();
        let allowed = host.clone();
        let client = Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(limits.connect)
            .timeout(limits.total)
            .no_proxy()
            .redirect(reqwest::redirect::Policy::custom(move |attempt| {
                if attempt.previous().len() < 3 && allowed.is_host_of(attempt.url()) {
                    attempt.follow()
                } else {
                    attempt.stop()
                }
            }))
            .build()
            .map_err(|e| HttpError::Tls(e.to_string()))?;
        Ok(Self {
            client,
            host,
            limits,
            pin,
        })
    }

    pub fn host(&self) -> &Host {
        &self.host
    }

    /// The certificate fingerprint trusted now (learned on first HTTPS use).
    pub fn pinned(&self) -> Option<Fingerprint> {
        self.pin.pinned.lock().ok().and_then(|p| *p)
    }

    /// GET a path on this printer.
    pub fn get(&self, base: &Url, path: &str) -> Result<Vec<u8>, HttpError> {
        if is_forbidden(path) {
            return Err(HttpError::Forbidden(path.to_owned()));
        }
        let joined = base
            .join(path)
            .map_err(|_| HttpError::BadAddress(path.to_owned()))?;
        let url = self.url(joined.as_str())?;
        self.send(self.client.get(url))
    }

    /// POST an IPP message to `url` (which must name this printer).
    pub fn post_ipp(&self, url: &Url, body: Vec<u8>) -> Result<Vec<u8>, HttpError> {
        let url = self.url(url.as_str())?;
        self.send(
            self.client
                .post(url)
                .header("Content-Type", "application/ipp")
                .body(body),
        )
    }

    fn url(&self, s: &str) -> Result<Url, HttpError> {
        let url = Url::parse(s).map_err(|_| HttpError::BadAddress(s.to_owned()))?;
        let scheme_ok = matches!(url.scheme(), "http" | "https");
        if !scheme_ok
            || !self.host.is_host_of(&url)
            || url.path().to_ascii_lowercase().contains("/wps")
        {
            return Err(HttpError::BadAddress(s.to_owned()));
        }
        Ok(url)
    }

    fn send(&self, request: reqwest::blocking::RequestBuilder) -> Result<Vec<u8>, HttpError> {
        let started = Instant::now();
        let response = request.send().map_err(|e| self.explain(&e))?;
        let status = response.status().as_u16();
        if (300..400).contains(&status) {
            let to = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("?")
                .chars()
                .take(200)
                .collect();
            return Err(HttpError::Redirected(to));
        }
        match status {
            401 | 403 => return Err(HttpError::NeedsSignIn),
            404 => return Err(HttpError::NotFound),
            s if !(200..300).contains(&s) => return Err(HttpError::Status(s)),
            _ => {}
        }
        if let Some(len) = response.content_length()
            && len > self.limits.max_body as u64
        {
            return Err(HttpError::TooLarge(self.limits.max_body));
        }
        // Read in pieces so a body that trickles forever still meets the deadline.
        let mut body = Vec::new();
        let mut reader = response.take(self.limits.max_body as u64 + 1);
        let mut chunk = [0u8; 16 * 1024];
        loop {
            if started.elapsed() > self.limits.total {
                return Err(HttpError::Timeout);
            }
            match reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => body.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(classify_io(&e)),
            }
            if body.len() > self.limits.max_body {
                return Err(HttpError::TooLarge(self.limits.max_body));
            }
        }
        Ok(body)
    }

    fn explain(&self, e: &reqwest::Error) -> HttpError {
        let seen = self.pin.seen.lock().ok().and_then(|s| *s);
        let pinned = self.pinned();
        if let (Some(now), Some(was)) = (seen, pinned)
            && now != was
        {
            let tail = |fp: &Fingerprint| fingerprint_hex(fp)[56..].to_owned();
            return HttpError::CertificateChanged {
                was: tail(&was),
                now: tail(&now),
            };
        }
        if e.is_timeout() {
            return HttpError::Timeout;
        }
        let mut text = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            text = format!("{text}: {s}");
            source = s.source();
        }
        tracing::debug!("request failed: {text}");
        if text.contains("certificate") || text.contains("tls") || text.contains("TLS") {
            return HttpError::Tls(text);
        }
        // Say what happened in words a person can act on; the details go to the log.
        let plain = if text.contains("Connection refused") {
            "nothing answers on that port"
        } else if text.contains("No route to host") || text.contains("unreachable") {
            "this computer has no route to it"
        } else if text.contains("dns error") || text.contains("lookup") {
            "its name could not be found"
        } else if text.contains("reset") || text.contains("closed") {
            "it closed the connection"
        } else {
            "the connection failed"
        };
        HttpError::NoAnswer(plain.to_owned())
    }
}

fn classify_io(e: &std::io::Error) -> HttpError {
    let text = e.to_string();
    if text.contains("timed out") || e.kind() == std::io::ErrorKind::TimedOut {
        HttpError::Timeout
    } else {
        HttpError::NoAnswer(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_round_trip() {
        let fp = [0xabu8; 32];
        assert_eq!(parse_fingerprint(&fingerprint_hex(&fp)), Some(fp));
        assert_eq!(parse_fingerprint("zz"), None);
    }

    #[test]
    fn only_the_printer_host_and_never_wps() {
        let host = Host::parse("192.0.2.5").unwrap();
        let h = PrinterHttp::new(&host, None, Limits::default()).unwrap();
        assert!(
            h.url("http://192.0.2.5/DevMgmt/ProductConfigDyn.xml")
                .is_ok()
        );
        assert!(
            h.url("http://192.0.2.6/DevMgmt/ProductConfigDyn.xml")
                .is_err()
        );
        assert!(h.url("file:///etc/passwd").is_err());
        assert!(
            h.url("http://192.0.2.5/IoMgmt/Adapters/wifi0/WPS/Pin")
                .is_err()
        );
        let base = Url::parse("http://192.0.2.5/").unwrap();
        assert_eq!(
            h.get(&base, "/IoMgmt/Adapters/wifi0/WPS/Pin"),
            Err(HttpError::Forbidden(
                "/IoMgmt/Adapters/wifi0/WPS/Pin".into()
            ))
        );
        let v6 =
            PrinterHttp::new(&Host::parse("[fe80::1]").unwrap(), None, Limits::default()).unwrap();
        assert!(v6.url("http://[fe80::1]:631/ipp/print").is_ok());
    }
}
