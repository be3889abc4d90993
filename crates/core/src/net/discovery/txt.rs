//! Reading a DNS-SD TXT record (facts/printer-protocols.md §1). Keys are
//! case-insensitive and the first of a repeated key wins (RFC 6763 §6.4); values are
//! bytes, not necessarily UTF-8. Everything is bounded: a hostile record cannot grow
//! memory or the screen.

use crate::clean::text as clean;
use crate::net::Url;

const MAX_KEYS: usize = 64;
const MAX_KEY_LEN: usize = 64;
const MAX_VALUE_LEN: usize = 255;

/// What the app uses from a TXT record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TxtFacts {
    pub model: Option<String>,
    pub manufacturer: Option<String>,
    pub uuid: Option<String>,
    pub mac: Option<String>,
    pub admin_url: Option<String>,
}

/// `pairs`: the record's (key, value) pairs in the order received.
pub fn read(pairs: &[(String, Option<Vec<u8>>)]) -> TxtFacts {
    let mut seen: Vec<(String, Option<String>)> = Vec::new();
    for (key, value) in pairs.iter().take(MAX_KEYS) {
        if key.is_empty() || key.len() > MAX_KEY_LEN {
            continue;
        }
        let key = key.to_ascii_lowercase();
        if seen.iter().any(|(k, _)| *k == key) {
            continue; // the first one wins
        }
        let value = value.as_ref().and_then(|v| {
            let v = &v[..v.len().min(MAX_VALUE_LEN)];
            clean(&String::from_utf8_lossy(v))
        });
        seen.push((key, value));
    }
    let get = |k: &str| {
        seen.iter()
            .find(|(key, _)| key == k)
            .and_then(|(_, v)| v.clone())
    };
    let product = get("product").map(|p| {
        p.trim_start_matches('(')
            .trim_end_matches(')')
            .trim()
            .to_owned()
    });
    let usb_model = get("usb_mdl").or_else(|| get("mdl"));
    let manufacturer = get("usb_mfg").or_else(|| get("mfg"));
    let model = get("ty").or(product.filter(|p| !p.is_empty())).or_else(|| {
        match (&manufacturer, &usb_model) {
            (Some(mfg), Some(mdl))
                if !mdl
                    .to_ascii_lowercase()
                    .starts_with(&mfg.to_ascii_lowercase()) =>
            {
                Some(format!("{mfg} {mdl}"))
            }
            (_, m) => m.clone(),
        }
    });
    TxtFacts {
        model,
        manufacturer,
        uuid: get("uuid").map(|u| u.trim_start_matches("urn:uuid:").to_ascii_lowercase()),
        mac: get("mac").map(|m| crate::net::ews::ledm::format_mac(&m).to_ascii_lowercase()),
        admin_url: get("adminurl"),
    }
}

/// Whether these facts describe an HP device.
pub fn is_hp(facts: &TxtFacts, instance_name: &str) -> bool {
    let hp = |s: &str| {
        let s = s.to_ascii_lowercase();
        s == "hp" || s.starts_with("hp ") || s.contains("hewlett")
    };
    facts.manufacturer.as_deref().is_some_and(hp)
        || facts.model.as_deref().is_some_and(hp)
        || hp(instance_name)
}

/// The admin URL, only when it names the device itself (its host name or one of its
/// addresses): an announcement must not send the app to another machine.
pub fn own_admin_url(url: &str, host: &str, addresses: &[std::net::IpAddr]) -> Option<Url> {
    let parsed = Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    let h = parsed
        .host_str()?
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim_end_matches('.');
    let same_name = h.eq_ignore_ascii_case(host.trim_end_matches('.'));
    let same_addr = h
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| addresses.contains(&ip));
    (same_name || same_addr).then_some(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pairs(list: &[(&str, &[u8])]) -> Vec<(String, Option<Vec<u8>>)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), Some(v.to_vec())))
            .collect()
    }

    #[test]
    fn model_from_ty_product_or_usb() {
        let f = read(&pairs(&[
            ("ty", b"HP Color LaserJet Pro M478f-9f"),
            ("UUID", b"urn:uuid:ABCD-1"),
        ]));
        assert_eq!(f.model.as_deref(), Some("HP Color LaserJet Pro M478f-9f"));
        assert_eq!(f.uuid.as_deref(), Some("abcd-1"));
        let f = read(&pairs(&[("product", b"(HP ENVY 5540 series)")]));
        assert_eq!(f.model.as_deref(), Some("HP ENVY 5540 series"));
        let f = read(&pairs(&[
            ("usb_MFG", b"HP"),
            ("usb_MDL", b"ENVY 5540 series"),
        ]));
        assert_eq!(f.model.as_deref(), Some("HP ENVY 5540 series"));
        assert!(is_hp(&f, "x"));
    }

    #[test]
    fn first_key_wins_case_insensitively_and_junk_is_bounded() {
        let f = read(&pairs(&[
            ("TY", b"First"),
            ("ty", b"Second"),
            ("mac", b"A0B3CC4F1A2B"),
        ]));
        assert_eq!(f.model.as_deref(), Some("First"));
        assert_eq!(f.mac.as_deref(), Some("a0:b3:cc:4f:1a:2b"));
        let f = read(&pairs(&[("ty", &[0xff, 0xfe, b'H', b'P'])]));
        assert_eq!(f.model.as_deref(), Some("\u{fffd}\u{fffd}HP"));
        let huge = vec![b'A'; 100_000];
        let f = read(&[("ty".into(), Some(huge))]);
        assert!(f.model.unwrap().len() <= 256);
        assert_eq!(read(&[("ty".into(), None)]).model, None);
    }

    #[test]
    fn admin_urls_must_point_at_the_device() {
        let addrs = ["192.0.2.10".parse().unwrap()];
        assert!(
            own_admin_url(
                "http://HP4F1A2B.local./#hId-pgAirPrint",
                "hp4f1a2b.local.",
                &addrs
            )
            .is_some()
        );
        assert!(own_admin_url("https://192.0.2.10/", "x.local.", &addrs).is_some());
        assert!(own_admin_url("http://192.0.2.99/", "x.local.", &addrs).is_none());
        assert!(own_admin_url("http://evil.example/", "x.local.", &addrs).is_none());
        assert!(own_admin_url("javascript:alert(1)", "x.local.", &addrs).is_none());
    }

    proptest! {
        #[test]
        fn any_record_is_read_without_panic(
            list in proptest::collection::vec(("[A-Za-z_]{0,80}", proptest::option::of(proptest::collection::vec(any::<u8>(), 0..400))), 0..100)
        ) {
            let f = read(&list);
            if let Some(m) = f.model { prop_assert!(m.len() <= 600); }
        }
    }
}
