//! Discovery against real mdns-sd responders, confined to the loopback interface so no
//! announcement leaves this computer.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wps_pin_core::net::discovery::{Discovery, Scope};
use wps_pin_core::printer::DiscoveredPrinter;

use crate::support::mdns::{announce, responder};

fn wait_for(
    seen: &Arc<Mutex<Vec<DiscoveredPrinter>>>,
    what: &str,
    pred: impl Fn(&[DiscoveredPrinter]) -> bool,
) -> Vec<DiscoveredPrinter> {
    let deadline = Instant::now() + Duration::from_secs(15);
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
        hp.admin_url.as_deref(),
        Some("http://HPA0B3CC4F1A2B.local./#hId-pgAirPrint")
    );
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
