//! One rule for every URL the client fetches, the first one and every redirect target:
//! http or https, on the printer's own host, never a WPS resource (however its path is
//! spelt: [`crate::net::resource`]). A redirect is also held to the connection it came
//! from: never from HTTPS down to HTTP, never to another port — a downgrade would put
//! what the app sends (this round: a Wi-Fi password) on the wire in plain text. The one
//! hop allowed is the upgrade many printers make, `http://host/` to `https://host/` on
//! the default ports.

use reqwest::Url;

use crate::net::address::Host;
use crate::net::resource::is_wps_path;

/// Why a URL is not fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not http or https.
    Scheme,
    /// Another device than the printer.
    OtherHost,
    /// A WPS resource (or a path with no canonical form): never asked for.
    WpsResource,
    /// A redirect from HTTPS to plain HTTP.
    Downgrade,
    /// A redirect to another port of the printer.
    OtherPort,
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

/// Whether the client may follow a redirect from `from` to `to` (both already met
/// [`check`] or are about to).
pub fn check_redirect(host: &Host, from: &Url, to: &Url) -> Result<(), Refusal> {
    check(host, to)?;
    let upgrade = from.scheme() == "http"
        && to.scheme() == "https"
        && from.port().is_none()
        && to.port().is_none();
    if from.scheme() == "https" && to.scheme() != "https" {
        return Err(Refusal::Downgrade);
    }
    if !upgrade && from.port_or_known_default() != to.port_or_known_default() {
        return Err(Refusal::OtherPort);
    }
    Ok(())
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
        assert_eq!(
            check(
                &host,
                &url("http://192.0.2.5/IoMgmt/Adapters/wifi0/%57PS/Pin")
            ),
            Err(Refusal::WpsResource)
        );
        assert_eq!(
            check(&host, &url("http://192.0.2.6/x")),
            Err(Refusal::OtherHost)
        );
        assert_eq!(
            check(&host, &url("file:///etc/passwd")),
            Err(Refusal::Scheme)
        );
    }

    #[test]
    fn redirects_keep_the_connection_they_came_from() {
        let host = Host::parse("192.0.2.5").unwrap();
        let url = |s: &str| Url::parse(s).unwrap();
        let hop = |from: &str, to: &str| check_redirect(&host, &url(from), &url(to));
        assert_eq!(hop("https://192.0.2.5/a", "https://192.0.2.5/b"), Ok(()));
        assert_eq!(hop("http://192.0.2.5/a", "http://192.0.2.5:80/b"), Ok(()));
        assert_eq!(hop("http://192.0.2.5/a", "https://192.0.2.5/a"), Ok(()));
        assert_eq!(
            hop("https://192.0.2.5/a", "http://192.0.2.5/a"),
            Err(Refusal::Downgrade)
        );
        assert_eq!(
            hop("https://192.0.2.5:8443/a", "http://192.0.2.5:8443/a"),
            Err(Refusal::Downgrade)
        );
        assert_eq!(
            hop("http://192.0.2.5/a", "http://192.0.2.5:8080/a"),
            Err(Refusal::OtherPort)
        );
        assert_eq!(
            hop("http://192.0.2.5:8080/a", "https://192.0.2.5/a"),
            Err(Refusal::OtherPort)
        );
        assert_eq!(
            hop("https://192.0.2.5/a", "https://192.0.2.5:444/a"),
            Err(Refusal::OtherPort)
        );
        assert_eq!(
            hop("https://192.0.2.5/a", "https://192.0.2.6/a"),
            Err(Refusal::OtherHost)
        );
    }
}
