#![no_main]
//! The URL rule: any path or address, as text, never panics; a canonical path is its own
//! canonical form and names a WPS resource exactly when the original does; every URL the
//! client could be sent to (a path on the printer, a redirect target) meets the same
//! rule.
use libfuzzer_sys::fuzz_target;
use wps_pin_core::net::address::{Host, Target};
use wps_pin_core::net::resource::{canonical, is_wps_path};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(c) = canonical(&text) {
        assert_eq!(canonical(&c).as_deref(), Ok(c.as_str()), "not a fixed point");
        assert_eq!(is_wps_path(&c), is_wps_path(&text));
    } else {
        assert!(is_wps_path(&text), "no canonical form, yet not refused");
    }
    let _ = Host::parse(&text);
    if let Ok(t) = Target::parse(&text) {
        let _ = t.printer_uri();
        let _ = t.clone().with_ipp(&text);
    }
    // A path naming a WPS resource still names it once joined to the printer's page as
    // the client joins a redirect target (a query or fragment is not part of the path).
    let names_wps = canonical(&text).is_ok() && is_wps_path(&text) && !text.contains(['?', '#']);
    if names_wps
        && let Ok(base) = wps_pin_core::net::Url::parse("http://192.0.2.5/DevMgmt/")
        && let Ok(url) = base.join(&text)
        && url.host_str() == Some("192.0.2.5")
    {
        assert!(is_wps_path(url.path()), "{text:?} lost its WPS name in {url}");
    }
});
