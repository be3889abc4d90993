//! The WPS PIN resource (CVE-2013-4807) is never asked for, however a path or a
//! redirect spells it, and a redirect never takes the app from HTTPS down to HTTP or to
//! another port: every spelling against the rule, and the ones against printers
//! on the loopback that redirect to them.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use wps_pin_core::net::Url;
use wps_pin_core::net::address::{Host, Target};
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::http::{HttpError, PrinterHttp};
use wps_pin_core::net::probe;
use wps_pin_core::net::resource::{Malformed, canonical, is_wps_path};

use crate::support::hostile::{Misbehaviour, hostile_printer};
use crate::support::http_server::{respond, serve};
use crate::support::tls_printer::tls_redirect;

/// Spellings the rule refused before this round.
const REFUSED_BEFORE: [&str; 24] = [
    "/IoMgmt/Adapters/wifi0/WPS/Pin",
    "/iomgmt/adapters/wifi0/wps/pin",
    "/IOMGMT/ADAPTERS/WIFI0/WPS/PIN",
    "/IoMgmt/Adapters/wifi0/wPs/pIn",
    "/IoMgmt/Adapters/wifi0/%57PS/Pin",
    "/IoMgmt/Adapters/wifi0/%77ps/Pin",
    "/IoMgmt/Adapters/wifi0/W%50S/Pin",
    "/IoMgmt/Adapters/wifi0/WP%53/Pin",
    "/IoMgmt/Adapters/wifi0/%57%50%53/Pin",
    "/IoMgmt/Adapters/wifi0/%2557PS/Pin",
    "/IoMgmt/Adapters/wifi0/%252557PS/Pin",
    "/IoMgmt%2fAdapters%2fwifi0%2fWPS%2fPin",
    "/IoMgmt%2FAdapters%2Fwifi0%2FWPS%2FPin",
    "/IoMgmt/Adapters/wifi0%2fWPS/Pin",
    "//IoMgmt//Adapters//wifi0//WPS//Pin",
    "/IoMgmt/./Adapters/./wifi0/./WPS/Pin",
    "/IoMgmt/Adapters/x/../wifi0/WPS/Pin",
    "/IoMgmt/Adapters/wifi0/WPS/Pin?x=1",
    "/IoMgmt/Adapters/wifi0/WPS/",
    "/IoMgmt/Adapters/wifi0/WPS",
    "/IoMgmt/Adapters/wifi1/WPS/Pin",
    "/IoMgmt/Adapters/wifi0/WPS/Pin.xml",
    "/WPS/Pin",
    "wps/pin",
];

/// This round's: an encoded backslash, an overlong UTF-8 slash, five-fold encoding and
/// U+017F (folds to "s"), then more of their kind.
const REFUSED_NOW: [&str; 16] = [
    "/IoMgmt/Adapters/wifi0%5CWPS%5CPin",
    "/IoMgmt/Adapters/wifi0%C0%AFWPS/Pin",
    "/IoMgmt/Adapters/wifi0/%2525252557PS/Pin",
    "/IoMgmt/Adapters/wifi0/WPſ/Pin",
    "/IoMgmt/Adapters/wifi0/WP%C5%BF/Pin",
    "/IoMgmt/Adapters/wifi0\\WPS\\Pin",
    "/IoMgmt/Adapters/wifi0/ＷＰＳ/Pin",
    "/IoMgmt/Adapters/wifi0/𝐖𝐏𝐒/Pin",
    "/IoMgmt/Adapters/wifi0/ʷᵖˢ/Pin",
    "/IoMgmt/Adapters/wifi0/WPS;jsessionid=1/Pin",
    "/IoMgmt/Adapters/wifi0/WPS./Pin",
    "/IoMgmt/Adapters/wifi0/%20WPS/Pin",
    "/IoMgmt/Adapters/wifi0/%00WPS/Pin",
    "/IoMgmt/Adapters/wifi0/%E0%80%AFWPS/Pin",
    "/IoMgmt/Adapters/wifi0/%2e%2e/wifi0/WPS/Pin",
    "/IoMgmt/Adapters/wifi0/%ED%A0%80/Pin",
];

#[test]
fn every_spelling_of_the_wps_resource_is_refused() {
    for path in REFUSED_BEFORE.iter().chain(&REFUSED_NOW) {
        assert!(is_wps_path(path), "{path}");
    }
    for fine in [
        "/DevMgmt/ProductConfigDyn.xml",
        "/IoMgmt/Adapters",
        "/IoMgmt/Adapters.xml",
        "/cdm/system/v1/identity",
        "/ipp/print",
        "/DevMgmt/DiscoveryTree.xml",
        "/hp/device/InternalPages/Index?id=Wps",
    ] {
        // The query is not part of the path a server maps to a resource.
        let path = fine.split('?').next().unwrap();
        assert!(!is_wps_path(path), "{fine}");
    }
}

#[test]
fn paths_without_one_canonical_form_are_refused_outright() {
    assert_eq!(canonical("/a%C0%AFb"), Err(Malformed::NotUtf8));
    assert_eq!(canonical("/a%ED%A0%80"), Err(Malformed::NotUtf8));
    assert_eq!(canonical("/a%FF"), Err(Malformed::NotUtf8));
    assert_eq!(canonical("/a%0D%0Ab"), Err(Malformed::Control));
    assert_eq!(canonical("/a%7Fb"), Err(Malformed::Control));
    assert_eq!(canonical("/a%C2%85b"), Err(Malformed::Control), "NEL");
    assert_eq!(
        canonical("/DevMgmt//./x/../ProductConfigDyn.xml").unwrap(),
        "/devmgmt/productconfigdyn.xml"
    );
}

#[test]
fn the_client_never_sends_a_wps_path() {
    let printer = hostile_printer(Misbehaviour::Slow(std::time::Duration::ZERO));
    let host = Host::parse("127.0.0.1").unwrap();
    let http = PrinterHttp::new(&host, None, crate::probe::limits()).unwrap();
    let base = Url::parse(&printer.server.base()).unwrap();
    for path in REFUSED_BEFORE.iter().chain(&REFUSED_NOW) {
        let r = http.get(&base, path);
        assert!(
            matches!(r, Err(HttpError::Forbidden(_) | HttpError::BadAddress(_))),
            "{path}: {r:?}"
        );
    }
    assert!(!printer.was_asked_for("wifi"), "nothing was sent");
}

#[test]
fn a_redirect_to_a_rare_spelling_is_never_followed() {
    for to in [
        "/IoMgmt/Adapters/wifi0%5CWPS%5CPin",
        "/IoMgmt/Adapters/wifi0%C0%AFWPS/Pin",
        "/IoMgmt/Adapters/wifi0/%2525252557PS/Pin",
        "/IoMgmt/Adapters/wifi0/WPſ/Pin",
        "/IoMgmt/Adapters/wifi0\\WPS\\Pin",
        "/IoMgmt/Adapters/wifi0/%EF%BC%B7PS/Pin",
    ] {
        let printer = hostile_printer(Misbehaviour::Redirect(to.to_owned()));
        let target = Target::parse(&printer.server.base()).unwrap();
        let r = probe::probe(&target, &Certificates::in_memory(), crate::probe::limits());
        assert!(!printer.was_asked_for("wifi0"), "followed {to}");
        let refused: Vec<_> = r
            .identity
            .problems
            .iter()
            .filter(|p| p.kind.key() == "redirect_refused")
            .collect();
        assert_eq!(refused.len(), 1, "{:?}", r.identity.problems);
        assert!(
            refused[0].to_string().contains("wifi0"),
            "says where it pointed"
        );
    }
}

/// A plain HTTP server on the loopback that only counts what it is asked.
fn counting_server() -> (crate::support::http_server::Server, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    let counted = count.clone();
    let server = serve(move |_req, s, _| {
        counted.fetch_add(1, Ordering::SeqCst);
        respond(s, "200 OK", "text/xml", b"<r/>");
    });
    (server, count)
}

#[test]
fn https_is_never_followed_down_to_plain_http() {
    let (plain, asked) = counting_server();
    let port = plain.addr.port();
    for location in [
        format!("http://127.0.0.1:{port}/DevMgmt/ProductConfigDyn.xml"),
        "http://127.0.0.1/DevMgmt/ProductConfigDyn.xml".to_owned(),
    ] {
        let tls = tls_redirect(location.clone());
        let target = Target::parse(&format!("https://127.0.0.1:{tls}"))
            .and_then(|t| t.with_ipp(&format!("ipps://127.0.0.1:{tls}/ipp/print")))
            .unwrap();
        let r = probe::probe(&target, &Certificates::in_memory(), crate::probe::limits());
        let refused = r
            .identity
            .problems
            .iter()
            .find(|p| p.kind.key() == "redirect_refused")
            .unwrap_or_else(|| panic!("{:?}", r.identity.problems));
        assert!(
            refused.to_string().contains("http://127.0.0.1"),
            "{refused}"
        );
    }
    assert_eq!(asked.load(Ordering::SeqCst), 0, "no plain-text request");
}

#[test]
fn a_redirect_to_another_port_is_not_followed() {
    let (other, asked) = counting_server();
    let location = format!(
        "http://127.0.0.1:{}/DevMgmt/ProductConfigDyn.xml",
        other.addr.port()
    );
    let printer = hostile_printer(Misbehaviour::Redirect(location));
    let target = Target::parse(&printer.server.base()).unwrap();
    let r = probe::probe(&target, &Certificates::in_memory(), crate::probe::limits());
    assert_eq!(
        asked.load(Ordering::SeqCst),
        0,
        "the other port was not asked"
    );
    assert!(
        r.identity
            .problems
            .iter()
            .any(|p| p.kind.key() == "redirect_refused"),
        "{:?}",
        r.identity.problems
    );
}
