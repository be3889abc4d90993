//! HTTP(S) to one printer, and only to it. Every request is bounded (connect time, total
//! time, body size); a redirect to another host or port, or from HTTPS down to HTTP, is
//! not followed; the printer's self-signed certificate is trusted on first use for this
//! device only and a changed certificate is refused; WPS resources are never requested.

use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::address::Host;
use reqwest::Url;
use reqwest::blocking::Client;

mod error;
mod pinned_tls;
mod pinning;
mod resolve;
mod rules;

pub use error::{HttpError, NoAnswer};
pub use pinned_tls::{PinnedTls, pinned_tls};
use pinning::PinnedCert;
pub use pinning::{Fingerprint, fingerprint_hex, parse_fingerprint};
pub use resolve::{NameNotFound, NoSuchZone};
pub use rules::Refusal;

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub connect: Duration,
    /// One request, from sending to the last byte.
    pub total: Duration,
    /// A whole probe: every request together.
    pub probe: Duration,
    pub max_body: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(3),
            total: Duration::from_secs(8),
            probe: Duration::from_secs(15),
            max_body: super::nesting::MAX_DOCUMENT,
        }
    }
}

/// A client for one printer host.
pub struct PrinterHttp {
    client: Client,
    host: Host,
    limits: Limits,
    pin: Arc<PinnedCert>,
    /// When the current probe must end (none: each request has only its own limit).
    deadline: Mutex<Option<Instant>>,
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
            .dns_resolver(Arc::new(resolve::Resolver::for_host(&host)))
            // Redirect targets meet the same rule as the first URL, and keep its scheme
            // and port; a refused one comes back as the 3xx answer and is reported.
            .redirect(reqwest::redirect::Policy::custom(move |attempt| {
                let allowed = attempt.previous().last().is_some_and(|from| {
                    rules::check_redirect(&allowed, from, attempt.url()).is_ok()
                });
                if attempt.previous().len() < 3 && allowed {
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
            deadline: Mutex::new(None),
        })
    }

    pub fn host(&self) -> &Host {
        &self.host
    }

    /// Every request from now on ends by `deadline` (a probe's overall limit).
    pub fn set_deadline(&self, deadline: Option<Instant>) {
        if let Ok(mut d) = self.deadline.lock() {
            *d = deadline;
        }
    }

    /// How long the next request may take: its own limit, or what is left of the probe's.
    fn budget(&self) -> Result<Duration, HttpError> {
        let overall = self.deadline.lock().ok().and_then(|d| *d);
        let left = overall.map(|d| d.saturating_duration_since(Instant::now()));
        match left {
            Some(left) if left.is_zero() => Err(HttpError::Timeout),
            Some(left) => Ok(left.min(self.limits.total)),
            None => Ok(self.limits.total),
        }
    }

    /// The certificate fingerprint trusted now (learned on first HTTPS use).
    pub fn pinned(&self) -> Option<Fingerprint> {
        self.pin.pinned.lock().ok().and_then(|p| *p)
    }

    /// GET a path on this printer.
    pub fn get(&self, base: &Url, path: &str) -> Result<Vec<u8>, HttpError> {
        if crate::net::resource::is_wps_path(path) {
            return Err(HttpError::Forbidden(path.to_owned()));
        }
        let joined = base
            .join(path)
            .map_err(|_| HttpError::BadAddress(path.to_owned()))?;
        let url = self.url(joined.as_str())?;
        self.send(self.client.get(url.clone()), &url)
    }

    /// POST an IPP message to `url` (which must name this printer).
    pub fn post_ipp(&self, url: &Url, body: Vec<u8>) -> Result<Vec<u8>, HttpError> {
        let url = self.url(url.as_str())?;
        self.send(
            self.client
                .post(url.clone())
                .header("Content-Type", "application/ipp")
                .body(body),
            &url,
        )
    }

    fn url(&self, s: &str) -> Result<Url, HttpError> {
        let url = Url::parse(s).map_err(|_| HttpError::BadAddress(s.to_owned()))?;
        match rules::check(&self.host, &url) {
            Ok(()) => Ok(url),
            Err(Refusal::WpsResource) => Err(HttpError::Forbidden(url.path().to_owned())),
            Err(_) => Err(HttpError::BadAddress(s.to_owned())),
        }
    }

    fn send(
        &self,
        request: reqwest::blocking::RequestBuilder,
        url: &Url,
    ) -> Result<Vec<u8>, HttpError> {
        let started = Instant::now();
        let budget = self.budget()?;
        let request = match (&self.host, url.port()) {
            // The stand-in name is the client's; the printer is told its address.
            (Host::Scoped(ip, _), Some(port)) => {
                request.header(reqwest::header::HOST, format!("[{ip}]:{port}"))
            }
            (Host::Scoped(ip, _), None) => request.header(reqwest::header::HOST, format!("[{ip}]")),
            _ => request,
        };
        let response = request
            .timeout(budget)
            .send()
            .map_err(|e| self.explain(&e))?;
        let status = response.status().as_u16();
        if (300..400).contains(&status) {
            // A redirect the rule refused (another host, a WPS resource, too many).
            let location = response
                .headers()
                .get("location")
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                .unwrap_or_default();
            let to = super::clean::text_within(&location, 200).unwrap_or_else(|| "?".into());
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
            if started.elapsed() > budget {
                return Err(HttpError::Timeout);
            }
            match reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => body.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                // The request's own timeout ends a slow body with an error of its own.
                Err(_) if started.elapsed() >= budget => return Err(HttpError::Timeout),
                Err(e) => return Err(error::classify_io(&e)),
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
        // The whole chain, for the log only: what happened is read from its types.
        let mut text = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            text = format!("{text}: {s}");
            source = s.source();
        }
        tracing::debug!("request failed: {text}");
        error::classify(e)
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
