//! A printer's self-signed HTTPS certificate: trusted on first use for that device,
//! accepted again when it matches, refused with a clear message when it changes.

use std::time::Duration;

use wps_pin_core::checks::{self, CheckId, CheckState};
use wps_pin_core::net::Url;
use wps_pin_core::net::address::{Host, Target};
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::http::{HttpError, Limits, PrinterHttp};
use wps_pin_core::words;

use crate::support::tls_printer::tls_printer;

fn limits() -> Limits {
    Limits {
        connect: Duration::from_secs(2),
        total: Duration::from_secs(5),
        max_body: 64 * 1024,
        ..Limits::default()
    }
}

#[test]
fn first_use_is_trusted_then_pinned_and_a_change_is_refused() {
    let port = tls_printer(b"<hello/>");
    let base = Url::parse(&format!("https://127.0.0.1:{port}")).unwrap();
    let host = Host::parse("127.0.0.1").unwrap();

    let first = PrinterHttp::new(&host, None, limits()).unwrap();
    assert_eq!(
        first.get(&base, "/DevMgmt/ProductConfigDyn.xml").unwrap(),
        b"<hello/>"
    );
    let pin = first.pinned().expect("learned on first use");

    let again = PrinterHttp::new(&host, Some(pin), limits()).unwrap();
    assert_eq!(
        again.get(&base, "/DevMgmt/ProductConfigDyn.xml").unwrap(),
        b"<hello/>"
    );

    // Another certificate at the same printer: a reset, or an impostor.
    let other = tls_printer(b"<impostor/>");
    let changed = PrinterHttp::new(&host, Some(pin), limits()).unwrap();
    let other = Url::parse(&format!("https://127.0.0.1:{other}")).unwrap();
    let err = changed
        .get(&other, "/DevMgmt/ProductConfigDyn.xml")
        .unwrap_err();
    assert!(
        matches!(err, HttpError::CertificateChanged { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("security certificate has changed"));
    assert_eq!(
        changed.pinned(),
        Some(pin),
        "the old pin is kept, not silently replaced"
    );
}

/// A printer at `port` over HTTPS only: its web page and IPP (ipps) on the same port.
fn https_target(port: u16) -> Target {
    Target::parse(&format!("https://127.0.0.1:{port}"))
        .and_then(|t| t.with_ipp(&format!("ipps://127.0.0.1:{port}/ipp/print")))
        .unwrap()
}

#[test]
fn the_checks_remember_a_certificate_and_refuse_and_name_a_changed_one() {
    let dir = tempfile::tempdir().unwrap();
    let first = https_target(tls_printer(b"<hello/>"));
    let certificates = Certificates::load(dir.path());
    let run = checks::run(Some(&first), None, &certificates, limits());
    let state = |run: &checks::CheckRun, id| run.results.iter().find(|c| c.id == id).unwrap().state;
    assert_eq!(state(&run, CheckId::Certificate), CheckState::Passed);
    assert!(
        Certificates::load(dir.path()).get("127.0.0.1").is_some(),
        "remembered"
    );

    // The same printer answers with another certificate (a reset, or an impostor).
    let changed = https_target(tls_printer(b"<impostor/>"));
    let certificates = Certificates::load(dir.path());
    let run = checks::run(Some(&changed), None, &certificates, limits());
    assert_eq!(state(&run, CheckId::Certificate), CheckState::Failed);
    let printer = run.printer.as_ref().unwrap();
    assert!(printer.certificate_changed());
    assert!(
        printer.identity.model.is_none(),
        "nothing from the impostor is used"
    );
    let l = wps_pin_core::i18n::Localizer::new("en-US");
    let lines = words::printer_lines(printer, true, &l).join("\n");
    assert_eq!(
        lines.matches("security certificate has changed").count(),
        1,
        "named once, not once per page: {lines}"
    );
}

#[test]
fn a_failed_handshake_is_named_by_its_type_not_its_text() {
    // HTTPS to a server that speaks plain HTTP: the TLS library's error, found in the
    // error chain by its type.
    let plain = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = plain.local_addr().unwrap();
    std::thread::spawn(move || {
        use std::io::Write;
        if let Ok((mut s, _)) = plain.accept() {
            let _ = s.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            std::thread::sleep(Duration::from_millis(200));
        }
    });
    let base = Url::parse(&format!("https://{addr}")).unwrap();
    let http = PrinterHttp::new(&Host::parse("127.0.0.1").unwrap(), None, limits()).unwrap();
    let err = http
        .get(&base, "/DevMgmt/ProductConfigDyn.xml")
        .unwrap_err();
    assert!(matches!(err, HttpError::Tls(_)), "{err:?}");
}
