//! Discovery against real mdns-sd responders, confined to the loopback interface so no
//! announcement leaves this computer; the system's cache against a stand-in avahi on a
//! private bus (`avahi`).

#[cfg(target_os = "linux")]
mod avahi;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wps_pin_core::net::discovery::DiscoveredPrinter;
use wps_pin_core::net::discovery::{Discovery, Scope, ServiceType, Source};

use crate::support::mdns::{announce, responder};

pub fn wait_for(
    seen: &Arc<Mutex<Vec<DiscoveredPrinter>>>,
    what: &str,
    pred: impl Fn(&[DiscoveredPrinter]) -> bool,
) -> Vec<DiscoveredPrinter> {
    // Generous: tests share the loopback, one of them floods it, and debug builds on a
    // busy machine are slow. It returns as soon as the list is right.
    let deadline = Instant::now() + Duration::from_secs(45);
    while Instant::now() < deadline {
        let now = seen.lock().unwrap().clone();
        if pred(&now) {
            return now;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "timed out waiting for {what}; last list: {:#?}",
        seen.lock().unwrap()
    );
}

#[test]
fn one_device_over_several_services_then_it_says_goodbye() {
    let resp = responder();
    let host = "HPA0B3CC4F1A2B.local.";
    let name = "HP OfficeJet Pro 9010 series [4F1A2B]";
    let uuid = "1c852a4d-b800-1f08-abcd-a0b3cc4f1a2b";
    let ipp = announce(
        &resp,
        name,
        "_ipp._tcp",
        host,
        631,
        &[
            ("ty", "HP OfficeJet Pro 9010 series"),
            ("UUID", uuid),
            ("adminurl", "http://HPA0B3CC4F1A2B.local./#hId-pgAirPrint"),
            ("rp", "ipp/print"),
        ],
    );
    let raw = announce(
        &resp,
        name,
        "_pdl-datastream._tcp",
        host,
        9100,
        &[("uuid", uuid)],
    );
    announce(
        &resp,
        name,
        "_uscan._tcp",
        host,
        80,
        &[("mac", "a0:b3:cc:4f:1a:2b"), ("uuid", uuid)],
    );
    // A liar: its adminurl points at another host, and it repeats a key.
    announce(
        &resp,
        "Cheap Printer",
        "_ipp._tcp",
        "cheap.local.",
        631,
        &[
            ("ty", "Some Printer"),
            ("adminurl", "http://203.0.113.9/steal"),
        ],
    );

    let seen = Arc::new(Mutex::new(Vec::new()));
    let s2 = seen.clone();
    let _discovery =
        Discovery::start(Scope::LoopbackOnly, move |list| *s2.lock().unwrap() = list).unwrap();
    // Other tests announce on the same loopback: look for ours by name, not by count.
    let list = wait_for(&seen, "both printers, the HP one merged", |l| {
        l.iter().any(|p| p.name == "Cheap Printer")
            && l.iter()
                .any(|p| p.uuid.as_deref() == Some(uuid) && p.services.len() == 3)
    });
    let hp = list
        .iter()
        .find(|p| p.uuid.as_deref() == Some(uuid))
        .unwrap();
    assert_eq!(hp.name, name);
    assert_eq!(hp.model.as_deref(), Some("HP OfficeJet Pro 9010 series"));
    assert!(hp.is_hp);
    assert_eq!(hp.port, 631);
    assert_eq!(hp.addresses, vec![std::net::IpAddr::from([127, 0, 0, 1])]);
    assert_eq!(hp.mac.as_deref(), Some("a0:b3:cc:4f:1a:2b"));
    assert_eq!(
        hp.admin_url.as_ref().map(|u| u.as_str()),
        Some("http://hpa0b3cc4f1a2b.local./#hId-pgAirPrint")
    );
    assert_eq!(hp.sources, [Source::Mdns]);
    use ServiceType::*;
    assert_eq!(hp.services, [Ipp, PdlDatastream, Uscan]);
    let cheap = list.iter().find(|p| p.name == "Cheap Printer").unwrap();
    assert!(!cheap.is_hp);
    assert_eq!(cheap.admin_url, None, "a URL to another host is dropped");

    // Goodbyes: the HP printer leaves the list.
    resp.unregister(&ipp).unwrap();
    resp.unregister(&raw).unwrap();
    wait_for(&seen, "the HP printer to leave", |l| {
        l.iter().all(|p| p.uuid.as_deref() != Some(uuid))
    });
    let _ = resp.shutdown();
}

/// Issue 26: 2,000 other services on the network once filled the list, and a real
/// printer that answered afterwards was never shown.
#[test]
fn a_flood_of_other_services_never_hides_a_printer() {
    // More than the 2,000 records the list once held; loopback multicast may drop a few.
    const FLOOD: usize = 2_500;
    const HEARD: usize = 2_200;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s2 = seen.clone();
    let _discovery =
        Discovery::start(Scope::LoopbackOnly, move |list| *s2.lock().unwrap() = list).unwrap();
    // Another listener on the loopback says when the flood is on the wire.
    let listener = responder();
    let flood_heard = listener.browse("_http._tcp.local.").unwrap();
    let resp = responder();
    // In steps, each heard before the next, so no socket buffer overflows on the way.
    let mut flood = std::collections::HashSet::new();
    let t0 = Instant::now();
    for step in (0..FLOOD).step_by(250) {
        for i in step..step + 250 {
            let (name, host) = (format!("Flood {i}"), format!("flood{i}.local."));
            announce(&resp, &name, "_http._tcp", &host, 80, &[("path", "/")]);
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while flood.len() < (step + 250) * 9 / 10 && Instant::now() < deadline {
            if let Ok(mdns_sd::ServiceEvent::ServiceResolved(r)) =
                flood_heard.recv_timeout(Duration::from_millis(100))
                && r.fullname.starts_with("Flood")
            {
                flood.insert(r.fullname.clone());
            }
        }
    }
    eprintln!("flood heard: {} in {:?}", flood.len(), t0.elapsed());
    assert!(flood.len() >= HEARD, "the flood was heard: {}", flood.len());
    let uuid = "5e1f0c00-0000-4000-8000-f100d0000001";
    announce(
        &resp,
        "HP LaserJet after the flood [F100D0]",
        "_ipp._tcp",
        "HPF100D0.local.",
        631,
        &[("ty", "HP LaserJet Pro M404n"), ("UUID", uuid)],
    );
    let list = wait_for(&seen, "the printer after the flood", |l| {
        l.iter().any(|p| p.uuid.as_deref() == Some(uuid))
    });
    assert!(list.iter().all(|p| !p.name.starts_with("Flood")));
    let _ = listener.shutdown();
    let _ = resp.shutdown();
}
