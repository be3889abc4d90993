//! A printer served in the test process from this project's fixtures: IPP on /ipp/print,
//! LEDM product and adapter pages (its Wi-Fi state switchable), CDM needing sign-in.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::http_server::{Request, Server, respond, serve_on};

macro_rules! fixture {
    ($path:literal) => {
        include_bytes!(concat!("../../fixtures/", $path)).as_slice()
    };
}

fn put(b: &mut Vec<u8>, tag: u8, name: &str, value: &[u8]) {
    b.push(tag);
    b.extend_from_slice(&(name.len() as u16).to_be_bytes());
    b.extend_from_slice(name.as_bytes());
    b.extend_from_slice(&(value.len() as u16).to_be_bytes());
    b.extend_from_slice(value);
}

/// An IPP response as a printer sends one.
pub fn ipp_response(model: &str) -> Vec<u8> {
    let mut b = vec![2, 0, 0, 0, 0, 0, 0, 1, 0x01];
    put(&mut b, 0x47, "attributes-charset", b"utf-8");
    b.push(0x04);
    put(&mut b, 0x41, "printer-make-and-model", model.as_bytes());
    put(
        &mut b,
        0x45,
        "printer-uuid",
        b"urn:uuid:1c852a4d-b800-1f08-abcd-a0b3cc4f1a2b",
    );
    put(&mut b, 0x23, "printer-state", &3i32.to_be_bytes());
    b.push(0x03);
    b
}

/// A printer whose Wi-Fi state the test can switch; it records any WPS request.
pub struct FakePrinter {
    pub server: Server,
    pub on_wifi: Arc<AtomicBool>,
    pub asked_for_wps: Arc<AtomicBool>,
}

pub fn fake_printer() -> FakePrinter {
    fake_printer_on("127.0.0.1")
}

/// [`fake_printer`] on another loopback address (`::1`, 127.0.0.2, …).
pub fn fake_printer_on(ip: &str) -> FakePrinter {
    let on_wifi = Arc::new(AtomicBool::new(false));
    let asked_for_wps = Arc::new(AtomicBool::new(false));
    let (w, a) = (on_wifi.clone(), asked_for_wps.clone());
    let server = serve_on(ip, move |req: Request, s, _| {
        if req.path.to_ascii_lowercase().contains("/wps") {
            a.store(true, Ordering::SeqCst);
        }
        match (req.method.as_str(), req.path.as_str()) {
            ("POST", "/ipp/print") => {
                assert_eq!(&req.body[2..4], &[0, 0x0B], "Get-Printer-Attributes");
                respond(
                    s,
                    "200 OK",
                    "application/ipp",
                    &ipp_response("HP ENVY 5540 series"),
                )
            }
            ("GET", "/DevMgmt/ProductConfigDyn.xml") => respond(
                s,
                "200 OK",
                "text/xml",
                fixture!("ledm/product-config-inkjet.xml"),
            ),
            ("GET", "/IoMgmt/Adapters") => {
                let doc = if w.load(Ordering::SeqCst) {
                    fixture!("ledm/adapters-wifi.xml")
                } else {
                    fixture!("ledm/adapters-wired.xml")
                };
                respond(s, "200 OK", "text/xml", doc)
            }
            ("GET", "/DevMgmt/IOConfigDyn.xml") => {
                respond(s, "200 OK", "text/xml", fixture!("ledm/io-config.xml"))
            }
            ("GET", "/cdm/system/v1/identity") => {
                respond(s, "401 Unauthorized", "text/plain", b"sign in")
            }
            _ => respond(s, "404 Not Found", "text/plain", b"no"),
        }
    });
    FakePrinter {
        server,
        on_wifi,
        asked_for_wps,
    }
}
