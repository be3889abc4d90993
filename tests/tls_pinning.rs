//! A printer's self-signed HTTPS certificate: trusted on first use for that device,
//! accepted again when it matches, refused with a clear message when it changes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use wps_pin_helper::net::http::{HttpError, Limits, PrinterHttp};

/// Serves `body` over TLS with a fresh self-signed certificate named like a printer
/// (so it does not match the address dialled). Returns the port; at most 4 connections.
fn tls_printer(body: &'static [u8]) -> u16 {
    let key = rcgen::generate_simple_self_signed(vec!["HPA0B3CC4F1A2B.local".to_owned()]).unwrap();
    let cert = key.cert.der().clone();
    let private =
        rustls::pki_types::PrivateKeyDer::try_from(key.signing_key.serialize_der()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], private)
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let Ok(tcp) = stream else { continue };
            tcp.set_read_timeout(Some(Duration::from_secs(5))).ok();
            let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
                continue;
            };
            let mut tls = rustls::StreamOwned::new(conn, tcp);
            let mut buf = [0u8; 4096];
            let mut got = Vec::new();
            while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                match tls.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got.extend_from_slice(&buf[..n]),
                }
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = tls.write_all(head.as_bytes());
            let _ = tls.write_all(body);
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    port
}

fn limits() -> Limits {
    Limits {
        connect: Duration::from_secs(2),
        total: Duration::from_secs(5),
        max_body: 64 * 1024,
    }
}

#[test]
fn first_use_is_trusted_then_pinned_and_a_change_is_refused() {
    let port = tls_printer(b"<hello/>");
    let base = format!("https://127.0.0.1:{port}");

    let first = PrinterHttp::new("127.0.0.1", None, limits()).unwrap();
    assert_eq!(
        first.get(&base, "/DevMgmt/ProductConfigDyn.xml").unwrap(),
        b"<hello/>"
    );
    let pin = first.pinned().expect("learned on first use");

    let again = PrinterHttp::new("127.0.0.1", Some(pin), limits()).unwrap();
    assert_eq!(
        again.get(&base, "/DevMgmt/ProductConfigDyn.xml").unwrap(),
        b"<hello/>"
    );

    // Another certificate at the same printer: a reset, or an impostor.
    let other = tls_printer(b"<impostor/>");
    let changed = PrinterHttp::new("127.0.0.1", Some(pin), limits()).unwrap();
    let err = changed
        .get(
            &format!("https://127.0.0.1:{other}"),
            "/DevMgmt/ProductConfigDyn.xml",
        )
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
