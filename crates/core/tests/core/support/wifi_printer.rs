//! A printer's web server for the Wi-Fi tests: plain HTTP or TLS (a fresh self-signed
//! certificate, as a printer has), every request recorded with its headers and body, the
//! answers made by an LEDM or a CDM printer that behaves as the facts say
//! (../shared/facts/printer-wifi-setup.md): see `wifi_ledm` and `wifi_cdm`. It stops when
//! dropped and after a bounded number of connections.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One request as the printer received it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub tls: bool,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// An answer: status line, content type, body, extra headers.
pub struct Reply {
    pub status: &'static str,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    pub fn new(status: &'static str, content_type: &'static str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type,
            body: body.into(),
            headers: Vec::new(),
        }
    }
    pub fn xml(body: impl Into<Vec<u8>>) -> Self {
        Self::new("200 OK", "text/xml", body)
    }
    pub fn json(body: impl Into<Vec<u8>>) -> Self {
        Self::new("200 OK", "application/json", body)
    }
    pub fn status(status: &'static str) -> Self {
        Self::new(status, "text/plain", Vec::new())
    }
}

/// How a printer answers one request (its state lives in the handler).
pub type Handler = Arc<dyn Fn(&Seen) -> Reply + Send + Sync>;

pub struct WifiServer {
    pub addr: SocketAddr,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    pub tls: bool,
}

impl Drop for WifiServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

impl WifiServer {
    /// `https://127.0.0.1:PORT` or `http://…`.
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

const MAX_CONNECTIONS: usize = 2000;

/// Serves `handler` on 127.0.0.1 (`tls`: with a fresh self-signed certificate).
pub fn serve(handler: Handler, tls: bool) -> WifiServer {
    serve_on("127.0.0.1", handler, tls)
}

/// As [`serve`], on another loopback address (127.0.0.2 stands for "another device").
pub fn serve_on(ip: &str, handler: Handler, tls: bool) -> WifiServer {
    let listener = TcpListener::bind(format!("{ip}:0")).expect("bind loopback");
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let config = tls.then(server_config);
    let (stop2, seen2) = (stop.clone(), seen.clone());
    std::thread::spawn(move || {
        let mut served = 0;
        while !stop2.load(Ordering::SeqCst) && served < MAX_CONNECTIONS {
            let Ok((tcp, _)) = listener.accept() else {
                std::thread::sleep(Duration::from_millis(2));
                continue;
            };
            served += 1;
            let (handler, seen, config) = (handler.clone(), seen2.clone(), config.clone());
            std::thread::spawn(move || {
                tcp.set_nonblocking(false).ok();
                tcp.set_read_timeout(Some(Duration::from_secs(5))).ok();
                match config {
                    Some(config) => {
                        let Ok(conn) = rustls::ServerConnection::new(config) else {
                            return;
                        };
                        let mut stream = rustls::StreamOwned::new(conn, tcp);
                        talk(&mut stream, &handler, &seen, true);
                        stream.conn.send_close_notify();
                        let _ = stream.flush();
                    }
                    None => {
                        let mut tcp = tcp;
                        talk(&mut tcp, &handler, &seen, false);
                    }
                }
            });
        }
    });
    WifiServer {
        addr,
        seen,
        stop,
        tls,
    }
}

fn server_config() -> Arc<rustls::ServerConfig> {
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
    Arc::new(config)
}

/// Requests on one connection (keep-alive), each recorded and answered.
fn talk(stream: &mut impl ReadWrite, handler: &Handler, seen: &Mutex<Vec<Seen>>, tls: bool) {
    for _ in 0..100 {
        let Some(mut request) = read_request(stream) else {
            return;
        };
        request.tls = tls;
        seen.lock().unwrap().push(request.clone());
        let reply = handler(&request);
        let mut head = format!(
            "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n",
            reply.status,
            reply.content_type,
            reply.body.len()
        );
        for (k, v) in &reply.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if stream.write_all(head.as_bytes()).is_err() || stream.write_all(&reply.body).is_err() {
            return;
        }
        let _ = stream.flush();
    }
}

pub trait ReadWrite: Read + Write {}
impl<T: Read + Write> ReadWrite for T {}

fn read_request(stream: &mut impl ReadWrite) -> Option<Seen> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 || buf.len() > 64 * 1024 {
            return None;
        }
        buf.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = head.lines();
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_owned();
    let path = first.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len.min(8 << 20)];
    stream.read_exact(&mut body).ok()?;
    Some(Seen {
        method,
        path,
        headers,
        body,
        tls: false,
    })
}

pub fn hex(s: &[u8]) -> String {
    s.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

/// The text between `<tag>` and `</tag>` (first one), for reading what the app sent.
pub fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)? + start;
    Some(&text[start..end])
}
