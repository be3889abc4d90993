//! Addresses, parsed once where they enter: a [`Host`] is an IP address (a link-local
//! one with its zone, `fe80::1%eth0`) or a host name (brackets are only for URLs, added
//! when one is made); a [`Target`] is a printer's host with its optional web page and IPP
//! endpoint. Everything that talks to a printer or a router takes these types, never a
//! string.

use std::fmt;
use std::net::{IpAddr, Ipv6Addr, SocketAddr, SocketAddrV6};

use reqwest::Url;

use super::zone::{self, Zone};

/// Longest DNS name (RFC 1035).
const MAX_NAME: usize = 253;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("this is not an address or a printer name")]
    NotAnAddress,
    #[error("this web address does not use http, https, ipp or ipps")]
    UnknownScheme,
    #[error("the IPP address names another device than the printer")]
    OtherHost,
}

/// An IP address or a host name (lower case, without a trailing dot).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Host {
    Ip(IpAddr),
    /// A link-local IPv6 address with the interface it is reached through.
    Scoped(Ipv6Addr, Zone),
    Name(String),
}

impl Host {
    /// "192.0.2.5", "fe80::1", "[fe80::1]", "fe80::1%eth0", "[fe80::1%25eth0]" or
    /// "HP1234.local." — nothing else: no port, path, user or spaces.
    pub fn parse(input: &str) -> Result<Self, AddressError> {
        let s = input.trim();
        let bracketed = s.strip_prefix('[').and_then(|x| x.strip_suffix(']'));
        let unbracketed = bracketed.unwrap_or(s);
        if let Ok(ip) = unbracketed.parse::<IpAddr>() {
            return Ok(Host::Ip(ip));
        }
        if unbracketed.contains('%') {
            // In brackets the % may be written as in a URL (%25).
            let split = match bracketed {
                Some(b) if b.contains("%25") => zone::split(b, true),
                _ => zone::split(unbracketed, false),
            };
            return split
                .map(|(ip, zone)| Host::Scoped(ip, zone))
                .ok_or(AddressError::NotAnAddress);
        }
        let name = s.strip_suffix('.').unwrap_or(s);
        let legal = |c: char| c.is_alphanumeric() || matches!(c, '-' | '.' | '_');
        if name.is_empty()
            || name.len() > MAX_NAME
            || !name.chars().all(legal)
            || name.starts_with(['.', '-'])
            || name.contains("..")
        {
            return Err(AddressError::NotAnAddress);
        }
        let name = name.to_lowercase();
        // Every host must make a URL (non-ASCII names go through IDNA).
        if Url::parse(&format!("http://{name}/")).is_err() {
            return Err(AddressError::NotAnAddress);
        }
        Ok(Host::Name(name))
    }

    /// The address (without its zone), or `None` for a name.
    pub fn ip(&self) -> Option<IpAddr> {
        match self {
            Host::Ip(ip) => Some(*ip),
            Host::Scoped(ip, _) => Some(IpAddr::V6(*ip)),
            Host::Name(_) => None,
        }
    }

    /// Where to connect on `port` (a zone resolved to its interface); `None` for a name,
    /// or a zone this computer has no interface for.
    pub fn socket_addr(&self, port: u16) -> Option<SocketAddr> {
        match self {
            Host::Ip(ip) => Some(SocketAddr::new(*ip, port)),
            Host::Scoped(ip, zone) => Some(SocketAddr::V6(SocketAddrV6::new(
                *ip,
                port,
                0,
                zone.index()?,
            ))),
            Host::Name(_) => None,
        }
    }

    /// The host as written in a URL: an IPv6 address in brackets (with its zone as RFC
    /// 6874 writes it, `[fe80::1%25eth0]`).
    pub fn url_host(&self) -> String {
        match self {
            Host::Ip(IpAddr::V6(v6)) => format!("[{v6}]"),
            Host::Scoped(ip, zone) => format!("[{ip}%25{zone}]"),
            other => other.to_string(),
        }
    }

    /// The host as the HTTP client is given it: as in a URL, but a zone's stand-in name
    /// (see [`zone`]) for a scoped address.
    pub fn fetch_host(&self) -> String {
        match self {
            Host::Scoped(ip, zone) => zone::stand_in(ip, zone),
            other => other.url_host(),
        }
    }

    /// `scheme://host[:port]` followed by `path` (which starts with `/`).
    pub fn url(&self, scheme: &str, port: Option<u16>, path: &str) -> String {
        url_text(&self.url_host(), scheme, port, path)
    }

    /// [`Host::url`] as the HTTP client fetches it (see [`Host::fetch_host`]).
    pub fn fetch_url(&self, scheme: &str, port: Option<u16>, path: &str) -> String {
        url_text(&self.fetch_host(), scheme, port, path)
    }

    /// Whether `url` (made with [`Host::fetch_url`], or followed from one) names this host.
    pub fn is_host_of(&self, url: &Url) -> bool {
        match self {
            Host::Scoped(..) => url.host_str() == Some(self.fetch_host().as_str()),
            _ => url
                .host_str()
                .and_then(|h| Host::parse(h).ok())
                .is_some_and(|h| h == *self),
        }
    }
}

fn url_text(host: &str, scheme: &str, port: Option<u16>, path: &str) -> String {
    match port {
        Some(p) => format!("{scheme}://{host}:{p}{path}"),
        None => format!("{scheme}://{host}{path}"),
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Ip(ip) => write!(f, "{ip}"),
            Host::Scoped(ip, zone) => write!(f, "{ip}%{zone}"),
            Host::Name(name) => f.write_str(name),
        }
    }
}

impl From<IpAddr> for Host {
    fn from(ip: IpAddr) -> Self {
        Host::Ip(ip)
    }
}

/// The IPP port every printer listens on (RFC 8010).
pub const IPP_PORT: u16 = 631;
const IPP_PATH: &str = "/ipp/print";

/// A printer to talk to: its host, and where its web page and IPP endpoint are (by
/// default `http://HOST/` and `http://HOST:631/ipp/print`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub host: Host,
    /// The web page's base (scheme, host, port), on this host.
    web: Url,
    /// The IPP endpoint as an http(s) URL to post to, on this host.
    ipp: Url,
    /// The web page's base came from the person or the printer's announcement.
    web_given: bool,
}

fn url_of(input: &str) -> Result<Url, AddressError> {
    Url::parse(input.trim()).map_err(|_| AddressError::NotAnAddress)
}

/// A URL the person or a printer gave, with its host; a zone in its brackets is taken
/// out and the URL made with the host's stand-in name (see [`zone`]).
fn given_url(input: &str) -> Result<(Url, Host), AddressError> {
    let input = input.trim();
    if let Some((url, ip, zone)) = zone::url_with_stand_in(input) {
        return Ok((url_of(&url)?, Host::Scoped(ip, zone)));
    }
    let url = url_of(input)?;
    let host = url
        .host_str()
        .ok_or(AddressError::NotAnAddress)
        .and_then(Host::parse)?;
    Ok((url, host))
}

/// `ipp://` is IPP over HTTP and `ipps://` over HTTPS (RFC 8010 §4, RFC 7472).
fn http_scheme(scheme: &str) -> Result<&'static str, AddressError> {
    match scheme {
        "http" | "ipp" => Ok("http"),
        "https" | "ipps" => Ok("https"),
        _ => Err(AddressError::UnknownScheme),
    }
}

impl Target {
    pub fn new(host: Host) -> Result<Self, AddressError> {
        Ok(Self {
            web: url_of(&host.fetch_url("http", None, "/"))?,
            ipp: url_of(&host.fetch_url("http", Some(IPP_PORT), IPP_PATH))?,
            web_given: false,
            host,
        })
    }

    /// An address or name, a web page address (`http://`, `https://`), or a printer's
    /// IPP address (`ipp://`, `ipps://`) as printers announce it.
    pub fn parse(input: &str) -> Result<Self, AddressError> {
        let s = input.trim();
        if !s.contains("://") {
            return Self::new(Host::parse(s)?);
        }
        let (url, host) = given_url(s)?;
        let target = Self::new(host)?;
        match url.scheme() {
            "http" | "https" => target.with_web(&url),
            "ipp" | "ipps" => target.with_ipp(s),
            _ => Err(AddressError::UnknownScheme),
        }
    }

    /// The web page at `url`'s scheme and port, on this printer (whatever host `url` names).
    pub fn with_web(mut self, url: &Url) -> Result<Self, AddressError> {
        let scheme = http_scheme(url.scheme())?;
        self.web = url_of(&self.host.fetch_url(scheme, url.port(), "/"))?;
        self.web_given = true;
        Ok(self)
    }

    /// The IPP endpoint (`ipp://`, `ipps://`, `http://` or `https://`), which must be on
    /// this printer.
    pub fn with_ipp(mut self, input: &str) -> Result<Self, AddressError> {
        let (url, host) = given_url(input)?;
        let scheme = http_scheme(url.scheme())?;
        if host != self.host {
            return Err(AddressError::OtherHost);
        }
        let port = url.port().unwrap_or(IPP_PORT);
        let path = match url.path() {
            "" | "/" => IPP_PATH,
            p => p,
        };
        self.ipp = url_of(&self.host.fetch_url(scheme, Some(port), path))?;
        Ok(self)
    }

    /// The web page's base.
    pub fn web_base(&self) -> &Url {
        &self.web
    }

    /// Whether the web page's base was given (by the person or the printer's announcement).
    pub fn has_web(&self) -> bool {
        self.web_given
    }

    /// Where IPP requests are posted.
    pub fn ipp_endpoint(&self) -> &Url {
        &self.ipp
    }

    /// The printer's URI inside an IPP request: the endpoint with `ipp` or `ipps`.
    pub fn printer_uri(&self) -> String {
        let scheme = if self.ipp.scheme() == "https" {
            "ipps"
        } else {
            "ipp"
        };
        let port = self.ipp.port().unwrap_or(IPP_PORT);
        self.host.url(scheme, Some(port), self.ipp.path())
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.host.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_parsed_once() {
        assert_eq!(
            Host::parse(" 192.0.2.7 "),
            Ok(Host::Ip("192.0.2.7".parse().unwrap()))
        );
        let v6 = Host::parse("[fe80::1]").unwrap();
        assert_eq!(v6, Host::parse("fe80::1").unwrap());
        assert_eq!(v6.to_string(), "fe80::1");
        assert_eq!(v6.url("http", Some(631), "/x"), "http://[fe80::1]:631/x");
        assert_eq!(
            Host::parse("HP1234.Local.").unwrap(),
            Host::Name("hp1234.local".into())
        );
        for bad in [
            "",
            "a b",
            "x/y",
            "user@host",
            "host:80",
            "..",
            "-x",
            "a?b",
            "[x]",
        ] {
            assert!(Host::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Host::parse(&"a".repeat(254)).is_err());
    }

    #[test]
    fn link_local_addresses_keep_their_zone() {
        let scoped = Host::parse("fe80::1%eth0").unwrap();
        assert_eq!(scoped.to_string(), "fe80::1%eth0");
        assert_eq!(Host::parse("[fe80::1%25eth0]").unwrap(), scoped);
        assert_eq!(Host::parse("[fe80::1%eth0]").unwrap(), scoped);
        assert_eq!(scoped.url_host(), "[fe80::1%25eth0]");
        assert!(Host::parse("192.0.2.1%eth0").is_err());
        assert!(Host::parse("2001:db8::1%eth0").is_err());
        let t = Target::parse("http://[fe80::1%25eth0]:8080/hp/").unwrap();
        assert_eq!(t.host, scoped);
        assert!(t.host.is_host_of(t.web_base()));
        assert_eq!(t.web_base().port(), Some(8080));
        assert_eq!(t.printer_uri(), "ipp://[fe80::1%25eth0]:631/ipp/print");
        assert_eq!(Target::parse("fe80::1%eth0").unwrap().host, scoped);
        let t = Target::parse("fe80::1%eth0")
            .unwrap()
            .with_ipp("ipps://[fe80::1%25eth0]/ipp/print")
            .unwrap();
        assert_eq!(t.ipp_endpoint().scheme(), "https");
        assert_eq!(
            Target::parse("fe80::1%eth0")
                .unwrap()
                .with_ipp("ipp://[fe80::1%25eth1]/ipp/print"),
            Err(AddressError::OtherHost)
        );
    }

    #[test]
    fn targets_from_addresses_and_urls() {
        let t = Target::parse("192.0.2.7").unwrap();
        assert!(!t.has_web());
        assert_eq!(t.web_base().as_str(), "http://192.0.2.7/");
        assert_eq!(t.ipp_endpoint().as_str(), "http://192.0.2.7:631/ipp/print");
        assert_eq!(t.printer_uri(), "ipp://192.0.2.7:631/ipp/print");

        let t = Target::parse("https://HP1234.local:8443/hp/device/").unwrap();
        assert_eq!(t.host, Host::Name("hp1234.local".into()));
        assert_eq!(t.web_base().as_str(), "https://hp1234.local:8443/");

        let t = Target::parse("ipps://[fe80::1]/ipp/print").unwrap();
        assert_eq!(t.ipp_endpoint().as_str(), "https://[fe80::1]:631/ipp/print");
        assert_eq!(t.printer_uri(), "ipps://[fe80::1]:631/ipp/print");

        let t = Target::parse("192.0.2.7")
            .unwrap()
            .with_ipp("ipp://192.0.2.7:8631/ipp/print/2")
            .unwrap();
        assert_eq!(
            t.ipp_endpoint().as_str(),
            "http://192.0.2.7:8631/ipp/print/2"
        );
        assert_eq!(
            Target::parse("192.0.2.7")
                .unwrap()
                .with_ipp("ipp://192.0.2.8/ipp/print"),
            Err(AddressError::OtherHost)
        );
        assert!(Target::parse("").is_err());
        assert!(Target::parse("a b").is_err());
        assert!(Target::parse("http://").is_err());
        assert_eq!(
            Target::parse("ftp://192.0.2.7/"),
            Err(AddressError::UnknownScheme)
        );
    }
}
