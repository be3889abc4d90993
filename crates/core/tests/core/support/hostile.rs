//! Printers that misbehave on purpose, served in the test process: answers nested a
//! million levels deep, redirects to the WPS PIN resource, text full of terminal
//! escapes, answers that trickle in, IPP with a version no printer speaks.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::http_server::{Request, Server, respond, serve};

#[derive(Debug, Clone)]
pub enum Misbehaviour {
    /// Every web page is `<a>` nested this deep (IPP answers normally).
    NestedXml(usize),
    /// Every web page is this XML (IPP answers normally).
    Xml(Vec<u8>),
    /// Every JSON page is `[` nested this deep.
    NestedJson(usize),
    /// Every web page redirects here (relative or absolute).
    Redirect(String),
    /// IPP strings with terminal escapes, CR/LF, NUL and a 64 kB firmware version.
    ControlText,
    /// Every request is answered (404) only after this long.
    Slow(Duration),
    /// IPP answers with this version.
    IppVersion(u8, u8),
}

pub struct HostilePrinter {
    pub server: Server,
    /// Set when anything asked for a WPS resource.
    pub asked_for_wps: Arc<AtomicBool>,
    /// Every path asked for, as it arrived.
    pub asked: Arc<Mutex<Vec<String>>>,
}

impl HostilePrinter {
    /// Whether any request's path contains `part` (in any case).
    pub fn was_asked_for(&self, part: &str) -> bool {
        let part = part.to_ascii_lowercase();
        self.asked
            .lock()
            .unwrap()
            .iter()
            .any(|p| p.to_ascii_lowercase().contains(&part))
    }
}

/// What a hostile printer calls itself: every control a terminal acts on.
pub const EVIL_MODEL: &str = "HP\u{1b}]0;pwned\u{7}\u{1b}[2J\r\nFAKE LINE: serial=XYZ\0\u{202e}gnp.exe <script>alert(1)</script>";

fn put(b: &mut Vec<u8>, tag: u8, name: &str, value: &[u8]) {
    b.push(tag);
    b.extend_from_slice(&(name.len() as u16).to_be_bytes());
    b.extend_from_slice(name.as_bytes());
    b.extend_from_slice(&(value.len() as u16).to_be_bytes());
    b.extend_from_slice(value);
}

/// An IPP answer with the given version, model and firmware.
pub fn ipp_answer(version: (u8, u8), model: &str, firmware: &[u8]) -> Vec<u8> {
    let mut b = vec![version.0, version.1, 0, 0, 0, 0, 0, 1, 0x01];
    put(&mut b, 0x47, "attributes-charset", b"utf-8");
    b.push(0x04);
    put(&mut b, 0x41, "printer-make-and-model", model.as_bytes());
    put(&mut b, 0x41, "printer-firmware-string-version", firmware);
    put(&mut b, 0x41, "printer-location", b"Shop\x1b[31m red\x1b[0m");
    put(&mut b, 0x23, "printer-state", &3i32.to_be_bytes());
    b.push(0x03);
    b
}

fn nested(open: &[u8], close: &[u8], levels: usize) -> Vec<u8> {
    let mut v = Vec::with_capacity(levels * (open.len() + close.len()));
    for _ in 0..levels {
        v.extend_from_slice(open);
    }
    for _ in 0..levels {
        v.extend_from_slice(close);
    }
    v
}

pub fn hostile_printer(m: Misbehaviour) -> HostilePrinter {
    let asked_for_wps = Arc::new(AtomicBool::new(false));
    let wps = asked_for_wps.clone();
    let paths = Arc::new(Mutex::new(Vec::new()));
    let record = paths.clone();
    let xml = match &m {
        Misbehaviour::NestedXml(n) => nested(b"<a>", b"</a>", *n),
        Misbehaviour::Xml(x) => x.clone(),
        _ => Vec::new(),
    };
    let json = match &m {
        Misbehaviour::NestedJson(n) => nested(b"[", b"]", *n),
        _ => Vec::new(),
    };
    let server = serve(move |req: Request, s, stop| {
        if req.path.to_ascii_lowercase().contains("wps") {
            wps.store(true, Ordering::SeqCst);
        }
        record.lock().unwrap().push(req.path.clone());
        let ipp = req.method == "POST";
        match &m {
            Misbehaviour::Slow(d) => {
                let until = std::time::Instant::now() + *d;
                while std::time::Instant::now() < until && !stop.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(20));
                }
                respond(s, "404 Not Found", "text/plain", b"");
            }
            Misbehaviour::ControlText if ipp => {
                let firmware = vec![b'7'; 65_000];
                let body = ipp_answer((2, 0), EVIL_MODEL, &firmware);
                respond(s, "200 OK", "application/ipp", &body)
            }
            Misbehaviour::IppVersion(major, minor) if ipp => {
                let body = ipp_answer((*major, *minor), "HP ENVY 5540 series", b"1");
                respond(s, "200 OK", "application/ipp", &body)
            }
            Misbehaviour::NestedXml(_) | Misbehaviour::Xml(_) if !ipp => {
                respond(s, "200 OK", "text/xml", &xml)
            }
            Misbehaviour::NestedJson(_) if req.path.starts_with("/cdm") => {
                respond(s, "200 OK", "application/json", &json)
            }
            Misbehaviour::Redirect(to) if !ipp => {
                let head = format!(
                    "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                );
                let _ = s.write_all(head.as_bytes());
            }
            _ => respond(s, "404 Not Found", "text/plain", b""),
        }
    });
    HostilePrinter {
        server,
        asked_for_wps,
        asked: paths,
    }
}
