//! A printer's HTTPS server in the test process: a fresh self-signed certificate named
//! like a printer's (so it never matches the address dialled), answering every request
//! with one body.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

/// Serves `body` over TLS with a fresh self-signed certificate named like a printer
/// (so it does not match the address dialled). Returns the port; at most 16 connections.
pub fn tls_printer(body: &'static [u8]) -> u16 {
    tls_printer_on("127.0.0.1", body)
}

/// An HTTPS printer that sends every request to `location` (302).
pub fn tls_redirect(location: String) -> u16 {
    tls_server(move |_path| {
        format!(
            "HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
        .into_bytes()
    })
}

/// Serves TLS with a fresh self-signed certificate named like a printer, answering each
/// request (given its path) with the bytes `answer` returns. Returns the port; at most
/// 16 connections.
pub fn tls_server(answer: impl Fn(&str) -> Vec<u8> + Send + 'static) -> u16 {
    tls_server_on("127.0.0.1", answer)
}

/// [`tls_printer`] on another loopback address (127.0.0.2, …): one host per printer.
pub fn tls_printer_on(ip: &str, body: &'static [u8]) -> u16 {
    tls_server_on(ip, move |_path| {
        let mut answer = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        answer.extend_from_slice(body);
        answer
    })
}

/// [`tls_server`] bound to the loopback address `ip`.
pub fn tls_server_on(ip: &str, answer: impl Fn(&str) -> Vec<u8> + Send + 'static) -> u16 {
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
    let listener = TcpListener::bind((ip, 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(16) {
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
            let head = String::from_utf8_lossy(&got);
            let path = head.split(' ').nth(1).unwrap_or("/");
            let _ = tls.write_all(&answer(path));
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    port
}
