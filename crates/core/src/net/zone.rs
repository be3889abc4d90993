//! IPv6 zones: a link-local address (`fe80::1`) means something only together with the
//! interface it is reached through, written `fe80::1%eth0` (RFC 4007), or in a URL
//! `http://[fe80::1%25eth0]/` (RFC 6874). The URL parser the HTTP client uses knows no
//! zones, so the client is given a stand-in host name of the app's own (under
//! `.invalid`, which no resolver answers) and the app's resolver maps that name back to
//! the scoped socket address.

use std::fmt;
use std::net::Ipv6Addr;

/// Longer than any interface name or number.
const MAX_ZONE: usize = 64;
/// Where the stand-in names live.
const STAND_IN_DOMAIN: &str = "link-local.invalid";

/// An interface name (`eth0`, `wlp2s0`, `eth0.100`) or number (`2`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Zone(String);

impl Zone {
    pub fn parse(s: &str) -> Option<Self> {
        let legal = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        (!s.is_empty() && s.len() <= MAX_ZONE && s.chars().all(legal)).then(|| Zone(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The interface's index on this computer (the socket address's scope id), if it
    /// has such an interface.
    pub fn index(&self) -> Option<u32> {
        if let Ok(n) = self.0.parse::<u32>() {
            return Some(n);
        }
        netdev::get_interfaces()
            .into_iter()
            .find(|i| i.name == self.0)
            .map(|i| i.index)
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether an address needs (and may carry) a zone: link-local unicast, and the
/// loopback address, which is link-local in scope too (RFC 4007 §4).
pub fn takes_zone(ip: &Ipv6Addr) -> bool {
    ip.is_unicast_link_local() || ip.is_loopback()
}

/// `fe80::1%eth0` (or `fe80::1%25eth0` when `in_url`) split into address and zone.
pub fn split(s: &str, in_url: bool) -> Option<(Ipv6Addr, Zone)> {
    let (ip, zone) = s.split_once('%')?;
    let zone = match (in_url, zone.strip_prefix("25")) {
        (true, Some(z)) => z,
        (true, None) => return None,
        (false, _) => zone,
    };
    let ip: Ipv6Addr = ip.parse().ok()?;
    takes_zone(&ip).then_some(())?;
    Some((ip, Zone::parse(zone)?))
}

/// The host name the HTTP client is given for `ip` on `zone`: one DNS-safe label per
/// address group and the zone in hex, so every (address, zone) has its own name.
pub fn stand_in(ip: &Ipv6Addr, zone: &Zone) -> String {
    let groups: Vec<String> = ip.segments().iter().map(|g| format!("{g:x}")).collect();
    let zone_hex: String = zone.0.bytes().map(|b| format!("{b:02x}")).collect();
    format!("{}.z{zone_hex}.{STAND_IN_DOMAIN}", groups.join("-"))
}

/// A URL whose bracketed host carries a zone (`http://[fe80::1%25eth0]:8080/x`), with
/// the host replaced by its [`stand_in`] name; `None` when the URL has no zone.
pub fn url_with_stand_in(input: &str) -> Option<(String, Ipv6Addr, Zone)> {
    let start = input.find("://")? + 3;
    let authority_end = input[start..]
        .find(['/', '?', '#'])
        .map_or(input.len(), |i| start + i);
    let authority = &input[start..authority_end];
    let open = authority.find('[')?;
    let close = authority.find(']')?;
    let inside = authority.get(open + 1..close)?;
    if !inside.contains('%') {
        return None;
    }
    let (ip, zone) = split(inside, true)?;
    let url = format!(
        "{}{}{}",
        &input[..start + open],
        stand_in(&ip, &zone),
        &input[start + close + 1..]
    );
    Some((url, ip, zone))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_in_addresses_and_urls() {
        let ll: Ipv6Addr = "fe80::1".parse().unwrap();
        assert_eq!(
            split("fe80::1%eth0", false),
            Some((ll, Zone("eth0".into())))
        );
        assert_eq!(
            split("fe80::1%25eth0", true),
            Some((ll, Zone("eth0".into())))
        );
        assert_eq!(split("fe80::1%eth0", true), None, "a URL escapes the %");
        assert_eq!(split("2001:db8::1%eth0", false), None, "global: no zone");
        assert_eq!(split("fe80::1%", false), None);
        assert_eq!(split("fe80::1%a/b", false), None);
        let (url, ip, zone) = url_with_stand_in("http://[fe80::1%25eth0]:8080/x?y").unwrap();
        assert_eq!((ip, zone.as_str()), (ll, "eth0"));
        assert_eq!(
            url,
            "http://fe80-0-0-0-0-0-0-1.z65746830.link-local.invalid:8080/x?y"
        );
        assert!(url_with_stand_in("http://[fe80::1]/").is_none());
        assert!(url_with_stand_in("http://192.0.2.1/%25").is_none());
        assert_ne!(
            stand_in(&ll, &Zone("eth0".into())),
            stand_in(&ll, &Zone("eth1".into()))
        );
        assert_eq!(Zone("7".into()).index(), Some(7));
    }
}
