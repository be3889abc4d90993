//! One rule for every URL the client fetches, the first one and every redirect target:
//! http or https, on the printer's own host, never a WPS resource (the PIN resource of
//! CVE-2013-4807 among them). Paths are compared percent-decoded and without case, so
//! `/IoMgmt/Adapters/wifi0/%57PS/Pin` is the same resource as `/.../WPS/Pin`.

use reqwest::Url;

use crate::net::address::Host;

/// Why a URL is not fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not http or https.
    Scheme,
    /// Another device than the printer.
    OtherHost,
    /// A WPS resource: the app never asks a printer for one.
    WpsResource,
}

/// Whether `path` names a WPS resource, however it is spelt.
pub fn is_wps_path(path: &str) -> bool {
    let decoded = percent_decode(path).to_ascii_lowercase();
    decoded.contains("/wps") || decoded.starts_with("wps")
}

/// Whether the client may fetch `url` from the printer at `host`.
pub fn check(host: &Host, url: &Url) -> Result<(), Refusal> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Refusal::Scheme);
    }
    if !host.is_host_of(url) {
        return Err(Refusal::OtherHost);
    }
    if is_wps_path(url.path()) {
        return Err(Refusal::WpsResource);
    }
    Ok(())
}

/// `%41` → `A`, repeatedly, so a doubly encoded path is decoded too.
fn percent_decode(s: &str) -> String {
    let mut current = s.to_owned();
    // A few rounds reach any encoding a server would still accept.
    for _ in 0..4 {
        let bytes = current.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        let hex = |b: Option<&u8>| b.and_then(|b| char::from(*b).to_digit(16));
        while let Some(&b) = bytes.get(i) {
            if b == b'%'
                && let (Some(h), Some(l)) = (hex(bytes.get(i + 1)), hex(bytes.get(i + 2)))
            {
                // Two hex digits make one byte.
                out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                i += 3;
            } else {
                out.push(b);
                i += 1;
            }
        }
        let next = String::from_utf8_lossy(&out).into_owned();
        if next == current {
            break;
        }
        current = next;
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wps_pin_resource_is_refused_however_it_is_spelt() {
        let host = Host::parse("192.0.2.5").unwrap();
        let url = |s: &str| Url::parse(s).unwrap();
        assert_eq!(
            check(&host, &url("http://192.0.2.5/DevMgmt/ProductConfigDyn.xml")),
            Ok(())
        );
        for wps in [
            "http://192.0.2.5/IoMgmt/Adapters/wifi0/WPS/Pin",
            "http://192.0.2.5/iomgmt/adapters/wifi0/wps/pin",
            "http://192.0.2.5/IoMgmt/Adapters/wifi0/%57PS/Pin",
            "http://192.0.2.5/IoMgmt/Adapters/wifi0/%2557PS/Pin",
            "http://192.0.2.5/IoMgmt%2fAdapters%2fwifi0%2fWPS%2fPin",
        ] {
            assert_eq!(check(&host, &url(wps)), Err(Refusal::WpsResource), "{wps}");
        }
        assert_eq!(
            check(&host, &url("http://192.0.2.6/x")),
            Err(Refusal::OtherHost)
        );
        assert_eq!(
            check(&host, &url("file:///etc/passwd")),
            Err(Refusal::Scheme)
        );
    }
}
