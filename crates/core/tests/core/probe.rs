//! The probe end to end against printers served in the test process from this project's
//! fixtures, and against servers that misbehave in every way the issue names.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use wps_pin_core::net::address::Target;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::ews::AdapterKind;
use wps_pin_core::net::http::Limits;
use wps_pin_core::net::identity::Source;
use wps_pin_core::net::probe::{self, Report};

use crate::support::fake_printer::{fake_printer, ipp_response};
use crate::support::http_server::{Request, Server, respond, serve};

pub fn limits() -> Limits {
    Limits {
        connect: Duration::from_secs(1),
        total: Duration::from_secs(2),
        max_body: 64 * 1024,
        ..Limits::default()
    }
}

fn probe_of(server: &Server) -> Report {
    let target = Target::parse(&server.base())
        .and_then(|t| t.with_ipp(&format!("{}/ipp/print", server.base())))
        .unwrap();
    probe::probe(&target, &Certificates::in_memory(), limits())
}

#[test]
fn a_printer_on_a_cable_then_on_wifi() {
    let p = fake_printer();
    let r = probe_of(&p.server);
    assert!(r.answered);
    let id = &r.identity;
    assert_eq!(id.model.as_ref().unwrap().value, "HP ENVY 5540 series");
    assert_eq!(id.firmware.as_ref().unwrap().value, "TESTFW1801A");
    assert_eq!(id.sources, vec![Source::Ipp, Source::Ledm]);
    assert!(id.connected_wifi().is_none());
    assert_eq!(id.adapters[0].kind, AdapterKind::Ethernet);
    assert_eq!(id.adapters[0].connected, Some(true));
    assert!(
        id.problems
            .iter()
            .any(|p| p.to_string().contains("needs the printer's sign-in")),
        "{:?}",
        id.problems
    );

    p.on_wifi.store(true, Ordering::SeqCst);
    let r = probe_of(&p.server);
    let wifi = r.identity.connected_wifi().expect("now on Wi-Fi");
    assert_eq!(wifi.ssid.as_deref(), Some("HomeWiFi"));
    assert_eq!(wifi.ipv4.as_deref(), Some("192.0.2.23"));
    assert!(
        !p.asked_for_wps.load(Ordering::SeqCst),
        "the WPS PIN resource was never requested"
    );
}

fn one_behaviour(
    f: impl Fn(Request, &mut std::net::TcpStream, &AtomicBool) + Send + Sync + 'static,
) -> Report {
    let server = serve(f);
    let started = Instant::now();
    let r = probe_of(&server);
    // Each request is bounded: a misbehaving device cannot hold the worker for long.
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "took {:?}",
        started.elapsed()
    );
    r
}

fn has_problem(r: &Report, needle: &str) -> bool {
    r.identity
        .problems
        .iter()
        .any(|p| p.to_string().contains(needle))
}

#[test]
fn a_huge_body_is_refused_unread() {
    let r = one_behaviour(|_, s, stop| {
        let _ = s.write_all(
            b"HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\nConnection: close\r\n\r\n",
        );
        let zeros = [0u8; 65536];
        while !stop.load(Ordering::SeqCst) && s.write_all(&zeros).is_ok() {}
    });
    assert!(
        has_problem(&r, "more than 65536 bytes"),
        "{:?}",
        r.identity.problems
    );
}

#[test]
fn a_body_without_length_is_cut_at_the_cap() {
    let r = one_behaviour(|_, s, stop| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
        let zeros = [b'x'; 65536];
        for _ in 0..1600 {
            if stop.load(Ordering::SeqCst) || s.write_all(&zeros).is_err() {
                break;
            }
        }
    });
    assert!(
        has_problem(&r, "more than 65536 bytes"),
        "{:?}",
        r.identity.problems
    );
}

#[test]
fn a_body_that_never_ends_times_out() {
    let r = one_behaviour(|_, s, stop| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n<a>");
        for _ in 0..400 {
            if stop.load(Ordering::SeqCst) || s.write_all(b"<b/>").is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    assert!(
        has_problem(&r, "took too long"),
        "{:?}",
        r.identity.problems
    );
}

#[test]
fn a_server_that_never_answers_times_out() {
    let r = one_behaviour(|_, _s, stop| {
        for _ in 0..200 {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    assert!(
        has_problem(&r, "took too long"),
        "{:?}",
        r.identity.problems
    );
}

#[test]
fn a_redirect_to_another_host_is_not_followed() {
    let r = one_behaviour(|_, s, _| {
        let _ = s.write_all(
            b"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:9/elsewhere\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    });
    assert!(
        has_problem(
            &r,
            "sent the app to http://127.0.0.2:9/elsewhere; the app did not follow it"
        ),
        "{:?}",
        r.identity.problems
    );
    assert!(r.answered);
}

#[test]
fn broken_documents_become_problems() {
    let r = one_behaviour(|req, s, _| match req.path.as_str() {
        "/ipp/print" => {
            let full = ipp_response("HP X");
            respond(s, "200 OK", "application/ipp", &full[..full.len() / 2])
        }
        "/DevMgmt/ProductConfigDyn.xml" => respond(s, "200 OK", "text/xml", b"<a><b></a>"),
        "/IoMgmt/Adapters" => respond(s, "200 OK", "text/xml", b"\xff\xfe\x00<<"),
        "/cdm/system/v1/identity" => {
            respond(s, "200 OK", "application/json", b"{\"makeAndModel\": ")
        }
        _ => respond(s, "404 Not Found", "text/plain", b""),
    });
    assert!(
        has_problem(&r, "IPP: the printer's IPP answer ended early"),
        "{:?}",
        r.identity.problems
    );
    assert!(has_problem(
        &r,
        "/DevMgmt/ProductConfigDyn.xml: the printer's answer is not valid XML"
    ));
    assert!(has_problem(
        &r,
        "/IoMgmt/Adapters: the printer's answer is not valid XML"
    ));
    assert!(has_problem(
        &r,
        "/cdm/system/v1/identity: the printer's answer is not valid JSON"
    ));
    assert!(r.identity.model.is_none());
    assert!(r.answered);
}

#[test]
fn nothing_listening_means_no_answer() {
    // Bind and close a port so that nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let target = Target::parse(&base)
        .and_then(|t| t.with_ipp(&format!("{base}/ipp/print")))
        .unwrap();
    let r = probe::probe(&target, &Certificates::in_memory(), limits());
    assert!(!r.answered);
    assert!(
        has_problem(
            &r,
            "the printer did not answer (nothing answers on that port)"
        ),
        "{:?}",
        r.identity.problems
    );
}

#[test]
fn a_link_local_printer_is_named_with_its_zone() {
    // The loopback interface stands in for a link: `::1` is link-local in scope too, so
    // the zone takes the same path as `fe80::1%eth0` (stand-in name, scope id) without
    // sending anything off this computer.
    let p = crate::support::fake_printer::fake_printer_on("::1");
    let port = p.server.addr.port();
    let lo = if cfg!(target_os = "macos") {
        "lo0"
    } else {
        "lo"
    };
    for web in [format!("http://[::1%25{lo}]:{port}/"), format!("::1%{lo}")] {
        let target = Target::parse(&web)
            .and_then(|t| t.with_ipp(&format!("ipp://[::1%25{lo}]:{port}/ipp/print")))
            .unwrap();
        assert_eq!(target.host.to_string(), format!("::1%{lo}"));
        let r = probe::probe(&target, &Certificates::in_memory(), limits());
        assert!(r.answered, "{web}: {:?}", r.identity.problems);
        assert_eq!(
            r.identity.model.as_ref().unwrap().value,
            "HP ENVY 5540 series"
        );
    }
    // A zone this computer has no interface for reaches nothing, and says so.
    let target = Target::parse("fe80::1%nosuchif0").unwrap();
    let r = probe::probe(&target, &Certificates::in_memory(), limits());
    assert!(!r.answered);
    assert!(
        r.identity
            .problems
            .iter()
            .all(|p| p.kind.key() == "no_route"),
        "{:?}",
        r.identity.problems
    );
}
