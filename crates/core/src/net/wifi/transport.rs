//! Requests to one printer for its Wi-Fi settings: on the printer's own host only, never
//! a WPS resource, no redirect followed at all (a 3xx is an error that names where it
//! pointed), HTTPS trusting the printer's pinned certificate as every probe does, each
//! request and each answer bounded. Bodies are never logged.

use std::io::Read;
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use reqwest::{Method, Url};
use zeroize::Zeroizing;

use super::secret::Secret;
use crate::clean;
use crate::net::address::Host;
use crate::net::http::{Fingerprint, HttpError, NoAnswer, PinnedTls, pinned_tls};
use crate::net::resource::is_wps_path;

/// How long requests may take. The facts give HPLIP's: 60 s for writes, 30 s for the
/// scan (facts/printer-wifi-setup.md §5); the app waits less for a read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub connect: Duration,
    pub read: Duration,
    pub write: Duration,
    /// Largest answer read (a printer's list of networks is the largest).
    pub max_body: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(3),
            read: Duration::from_secs(15),
            write: Duration::from_secs(60),
            max_body: 4 * 1024 * 1024,
        }
    }
}

/// How a request proves who sends it.
pub enum Auth<'a> {
    None,
    /// HTTP Basic, `admin:<password>` (LEDM writes on some models).
    Basic(&'a Secret),
    /// CDM's `Authorization: Bearer <token>`.
    Bearer(&'a Secret),
}

/// A printer's answer: its status and its body (wiped when dropped: CDM's
/// `wirelessConfig` may carry a password in clear text).
pub struct Answer {
    pub status: u16,
    pub body: Zeroizing<Vec<u8>>,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// 401/403: the printer wants its sign-in (facts/printer-protocols.md §4).
    pub fn needs_sign_in(&self) -> bool {
        matches!(self.status, 401 | 403)
    }

    /// The answer as the probe's errors see it: 2xx is the body.
    pub fn into_body(self) -> Result<Zeroizing<Vec<u8>>, HttpError> {
        match self.status {
            s if (200..300).contains(&s) => Ok(self.body),
            401 | 403 => Err(HttpError::NeedsSignIn),
            404 => Err(HttpError::NotFound),
            s => Err(HttpError::Status(s)),
        }
    }
}

/// One printer, over one scheme (https or http), at one base URL.
pub struct Channel {
    client: Client,
    base: Url,
    host: Host,
    tls: Option<PinnedTls>,
    limits: Limits,
}

impl Channel {
    /// `base` must be on `host`; `pin` is the certificate trusted before (https only).
    pub fn new(
        host: &Host,
        base: Url,
        pin: Option<Fingerprint>,
        limits: Limits,
    ) -> Result<Self, HttpError> {
        if !host.is_host_of(&base) || !matches!(base.scheme(), "http" | "https") {
            return Err(HttpError::BadAddress(base.to_string()));
        }
        // The client needs a TLS configuration even for plain HTTP (no default
        // provider is built in): the pinned one, used only when the scheme is https.
        let (config, handle) = pinned_tls(pin).map_err(|e| HttpError::Tls(e.to_string()))?;
        let tls = (base.scheme() == "https").then_some(handle);
        let client = Client::builder()
            .tls_backend_preconfigured(config)
            .connect_timeout(limits.connect)
            .no_proxy()
            // Never followed: a printer's write that answers 3xx did not take it.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| HttpError::Tls(e.to_string()))?;
        Ok(Self {
            client,
            base,
            host: host.clone(),
            tls,
            limits,
        })
    }

    /// Whether what is sent is encrypted (HTTPS).
    pub fn encrypted(&self) -> bool {
        self.tls.is_some()
    }

    pub fn base(&self) -> &Url {
        &self.base
    }

    /// The certificate trusted after the requests so far.
    pub fn pinned(&self) -> Option<Fingerprint> {
        self.tls.as_ref().and_then(PinnedTls::pinned)
    }

    pub fn get(&self, path: &str, auth: &Auth<'_>) -> Result<Answer, HttpError> {
        self.send(Method::GET, path, None, auth)
    }

    /// A request with `body` and its content type. The caller's buffer is the caller's
    /// to wipe; the HTTP library's own copy is not under the app's control.
    pub fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<(&str, &[u8])>,
        auth: &Auth<'_>,
    ) -> Result<Answer, HttpError> {
        if is_wps_path(path) {
            return Err(HttpError::Forbidden(path.to_owned()));
        }
        let url = self
            .base
            .join(path)
            .map_err(|_| HttpError::BadAddress(path.to_owned()))?;
        if !self.host.is_host_of(&url)
            || url.scheme() != self.base.scheme()
            || is_wps_path(url.path())
        {
            return Err(HttpError::BadAddress(path.to_owned()));
        }
        let budget = if method == Method::GET {
            self.limits.read
        } else {
            self.limits.write
        };
        let mut request = self.client.request(method.clone(), url).timeout(budget);
        match auth {
            Auth::None => {}
            Auth::Basic(password) => {
                request = request.header(AUTHORIZATION, sensitive(basic("admin", password))?);
            }
            Auth::Bearer(token) => {
                let value = Zeroizing::new(format!("Bearer {}", token.expose()));
                request = request.header(AUTHORIZATION, sensitive(value)?);
            }
        }
        if let Some((content_type, bytes)) = body {
            request = request
                .header(CONTENT_TYPE, content_type)
                .body(bytes.to_vec());
        }
        let started = Instant::now();
        let response = request.send().map_err(|e| self.explain(&e))?;
        let status = response.status().as_u16();
        tracing::debug!("{method} {path}: HTTP {status}");
        if (300..400).contains(&status) {
            let to = response
                .headers()
                .get("location")
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                .unwrap_or_default();
            return Err(HttpError::Redirected(
                clean::text_within(&to, 200).unwrap_or_else(|| "?".into()),
            ));
        }
        let body = self.read_body(response, started, budget)?;
        Ok(Answer { status, body })
    }

    fn read_body(
        &self,
        response: reqwest::blocking::Response,
        started: Instant,
        budget: Duration,
    ) -> Result<Zeroizing<Vec<u8>>, HttpError> {
        let max = self.limits.max_body;
        if response.content_length().is_some_and(|n| n > max as u64) {
            return Err(HttpError::TooLarge(max));
        }
        let mut body = Zeroizing::new(Vec::new());
        let mut reader = response.take(max as u64 + 1);
        let mut chunk = Zeroizing::new([0u8; 16 * 1024]);
        loop {
            if started.elapsed() > budget {
                return Err(HttpError::Timeout);
            }
            match reader.read(chunk.as_mut_slice()) {
                Ok(0) => break,
                Ok(n) => body.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) if started.elapsed() >= budget => return Err(HttpError::Timeout),
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                    return Err(HttpError::Timeout);
                }
                Err(_) => return Err(HttpError::NoAnswer(NoAnswer::Closed)),
            }
            if body.len() > max {
                return Err(HttpError::TooLarge(max));
            }
        }
        Ok(body)
    }

    fn explain(&self, e: &reqwest::Error) -> HttpError {
        if let Some((was, now)) = self.tls.as_ref().and_then(PinnedTls::refused) {
            let tail = |fp: &Fingerprint| crate::net::http::fingerprint_hex(fp)[56..].to_owned();
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
        tracing::debug!("request failed: {}", clean::text(&text).unwrap_or_default());
        if text.contains("certificate") || text.contains("tls") || text.contains("TLS") {
            return HttpError::Tls(clean::text(&text).unwrap_or_default());
        }
        HttpError::NoAnswer(if text.contains("Connection refused") {
            NoAnswer::Refused
        } else if text.contains("No route to host") || text.contains("unreachable") {
            NoAnswer::NoRoute
        } else if text.contains("dns error") || text.contains("lookup") {
            NoAnswer::UnknownName
        } else if text.contains("reset") || text.contains("closed") {
            NoAnswer::Closed
        } else {
            NoAnswer::Other
        })
    }
}

/// `Basic base64(user:password)`, built in a buffer that is wiped.
fn basic(user: &str, password: &Secret) -> Zeroizing<String> {
    let plain = Zeroizing::new(format!("{user}:{}", password.expose()));
    let mut out = Zeroizing::new(String::from("Basic "));
    base64_into(plain.as_bytes(), &mut out);
    out
}

/// A header value marked sensitive (the HTTP library leaves it out of its debug output).
fn sensitive(value: Zeroizing<String>) -> Result<HeaderValue, HttpError> {
    let mut v = HeaderValue::from_str(&value)
        .map_err(|_| HttpError::BadAddress("a password the printer cannot take".into()))?;
    v.set_sensitive(true);
    Ok(v)
}

/// Standard base64 with padding (RFC 4648), appended to `out`.
pub(crate) fn base64_into(bytes: &[u8], out: &mut String) {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_rfc_4648_says() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("admin:secret", "YWRtaW46c2VjcmV0"),
        ] {
            let mut out = String::new();
            base64_into(plain.as_bytes(), &mut out);
            assert_eq!(out, coded, "{plain}");
        }
    }

    #[test]
    fn only_the_printer_and_never_wps() {
        let host = Host::parse("192.0.2.5").unwrap();
        let base = Url::parse("http://192.0.2.5/").unwrap();
        let c = Channel::new(&host, base, None, Limits::default()).unwrap();
        assert_eq!(
            c.get("/IoMgmt/Adapters/wifi0/WPS/Pin", &Auth::None).err(),
            Some(HttpError::Forbidden(
                "/IoMgmt/Adapters/wifi0/WPS/Pin".into()
            ))
        );
        assert!(matches!(
            c.get("http://192.0.2.6/IoMgmt/Adapters", &Auth::None).err(),
            Some(HttpError::BadAddress(_))
        ));
        let elsewhere = Url::parse("http://192.0.2.6/").unwrap();
        assert!(Channel::new(&host, elsewhere, None, Limits::default()).is_err());
    }
}
