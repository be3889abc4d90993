//! The system's mDNS cache, read from a stand-in avahi served with zbus on a private bus
//! (a real `dbus-daemon` routes the messages, as on a desktop): items the daemon sends
//! before and after the scan could subscribe, goodbyes, a resolver that fails, hostile
//! names, a flood, a daemon that hangs, and no daemon at all. The app's own search runs
//! on the loopback beside it where a test needs both.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wps_pin_core::net::discovery::{
    DiscoveredPrinter, Discovery, Scope, ServiceType, Source, Sources, SystemCache,
};

use super::wait_for;
use crate::support::dbus::PrivateBus;
use crate::support::fake_avahi::{Resolve, Service, stand_in};
use crate::support::mdns::{announce, responder};

type Seen = Arc<Mutex<Vec<DiscoveredPrinter>>>;

/// Discovery from the stand-in on `bus`, with the app's own search on the loopback when
/// `mdns` is set.
fn discover(bus: &PrivateBus, mdns: bool) -> (Discovery, Seen) {
    let seen: Seen = Arc::new(Mutex::new(Vec::new()));
    let s2 = seen.clone();
    let sources = Sources {
        mdns: mdns.then_some(Scope::LoopbackOnly),
        system: SystemCache::AvahiAt(bus.address.clone()),
    };
    let d = Discovery::start_with(sources, move |l| *s2.lock().unwrap() = l).unwrap();
    (d, seen)
}

fn printer(name: &str, uuid: &str) -> Service {
    Service::new(
        name,
        "_ipp._tcp",
        "HP4F1A2B.local",
        &["ty=HP OfficeJet Pro 9010 series", &format!("UUID={uuid}")],
    )
}

fn has(l: &[DiscoveredPrinter], uuid: &str) -> bool {
    l.iter().any(|p| p.uuid.as_deref() == Some(uuid))
}

#[test]
fn the_cache_is_read_with_items_sent_before_and_after_the_scan_subscribed() {
    let bus = PrivateBus::start();
    let mut scanner = Service::new(
        "HP OfficeJet [4F1A2B]",
        "_uscan._tcp",
        "HP4F1A2B.local",
        &[],
    );
    scanner.txt = vec![b"UUID=u-known".to_vec(), b"mac=A0B3CC4F1A2B".to_vec()];
    let avahi = stand_in(
        &bus,
        vec![printer("HP OfficeJet [4F1A2B]", "u-known"), scanner],
        false,
    );
    let (_d, seen) = discover(&bus, false);
    // Sent before the browser's path was even answered (avahi issue 9).
    let list = wait_for(&seen, "the known printer", |l| {
        l.iter()
            .any(|p| p.uuid.as_deref() == Some("u-known") && p.services.len() == 2)
    });
    let p = &list[0];
    assert_eq!(p.name, "HP OfficeJet [4F1A2B]");
    assert_eq!(p.model.as_deref(), Some("HP OfficeJet Pro 9010 series"));
    assert_eq!(p.host, "HP4F1A2B.local");
    assert_eq!(
        p.addresses,
        ["192.0.2.33".parse::<std::net::IpAddr>().unwrap()]
    );
    assert_eq!(p.mac.as_deref(), Some("a0:b3:cc:4f:1a:2b"));
    assert_eq!(p.services, [ServiceType::Ipp, ServiceType::Uscan]);
    assert_eq!(p.sources, [Source::System]);
    assert_eq!(
        avahi.browsers(),
        ServiceType::ALL.len(),
        "one browser per type"
    );
    // One that appears while the scan runs, and a goodbye.
    avahi.add(printer("HP LaserJet [77D2E1]", "u-late"));
    wait_for(&seen, "the late printer", |l| has(l, "u-late"));
    avahi.remove("HP OfficeJet [4F1A2B]", "_ipp._tcp");
    let list = wait_for(&seen, "the goodbye", |l| !has(l, "u-known"));
    assert!(has(&list, "u-late"), "{list:#?}");
}

#[test]
fn a_printer_both_sources_see_is_one_entry_and_outlives_one_goodbye() {
    let bus = PrivateBus::start();
    let uuid = "0b7e5a00-0000-4000-8000-b07e50000001";
    let name = "HP ENVY 6055e [B07E50]";
    let avahi = stand_in(&bus, vec![printer(name, uuid)], false);
    let resp = responder();
    let txt = [("ty", "HP ENVY 6055e"), ("UUID", uuid)];
    announce(&resp, name, "_ipp._tcp", "HPB07E50.local.", 631, &txt);
    let (_d, seen) = discover(&bus, true);
    let both = |l: &[DiscoveredPrinter]| {
        l.iter()
            .any(|p| p.uuid.as_deref() == Some(uuid) && p.sources.len() == 2)
    };
    let list = wait_for(&seen, "one entry from both sources", both);
    let ours: Vec<_> = list
        .iter()
        .filter(|p| p.uuid.as_deref() == Some(uuid))
        .collect();
    assert_eq!(ours.len(), 1, "{ours:#?}");
    assert_eq!(ours[0].sources, [Source::System, Source::Mdns]);
    assert_eq!(ours[0].addresses.len(), 2, "both sources' addresses");
    // The daemon's goodbye: the app's own search still sees it.
    avahi.remove(name, "_ipp._tcp");
    wait_for(&seen, "only the app's own search", |l| {
        l.iter()
            .any(|p| p.uuid.as_deref() == Some(uuid) && p.sources == [Source::Mdns])
    });
    let _ = resp.shutdown();
}

#[test]
fn a_resolve_that_fails_or_never_answers_is_left_out_and_hostile_names_are_cleaned() {
    let bus = PrivateBus::start();
    let mut failing = printer("HP Failing [000001]", "u-fail");
    failing.resolve = Resolve::Failure;
    let mut silent = printer("HP Silent [000002]", "u-silent");
    silent.resolve = Resolve::Never;
    // Longer than any name on screen, short enough to be resolved (a name beyond 1 KiB is
    // cut where it enters, and then resolves to nothing).
    let long_name = format!("HP \u{1b}[31mRed\u{202e}{}", "x".repeat(600));
    let mut hostile = printer(&long_name, "u-hostile");
    hostile.host = "HP\u{1b}]0;pwned\u{7}.local".into();
    hostile
        .txt
        .push([b"note=".to_vec(), vec![b'A'; 100_000]].concat());
    hostile.txt.push(b"ty=Second".to_vec());
    let avahi = stand_in(&bus, vec![failing, silent, hostile], false);
    let (_d, seen) = discover(&bus, false);
    let list = wait_for(&seen, "the hostile printer", |l| has(l, "u-hostile"));
    let p = list
        .iter()
        .find(|p| p.uuid.as_deref() == Some("u-hostile"))
        .unwrap();
    assert!(
        p.name.starts_with("HP \\x1b[31mRed\\u{202e}xxx"),
        "{}",
        p.name
    );
    assert!(p.name.chars().count() <= 257 && p.name.ends_with('…'));
    assert_eq!(p.host, "HP\\x1b]0;pwned\\x07.local");
    assert_eq!(p.model.as_deref(), Some("HP OfficeJet Pro 9010 series"));
    assert!(!has(&list, "u-fail") && !has(&list, "u-silent"));
    assert!(avahi.shared.lock().unwrap().resolves_made >= 3);
}

#[test]
fn ten_thousand_items_never_hide_a_printer_nor_block_the_scan() {
    let bus = PrivateBus::start();
    let mut services: Vec<Service> = (0..10_000)
        .map(|i| {
            Service::new(
                &format!("Flood {i}"),
                "_http._tcp",
                "flood.local",
                &["path=/"],
            )
        })
        .collect();
    // The printer is the last one the daemon knows.
    services.push(printer("HP Smart Tank [5A0001]", "u-after-flood"));
    let avahi = stand_in(&bus, services, false);
    let resp = responder();
    let txt = [("ty", "HP DeskJet 2755e"), ("UUID", "u-mdns")];
    announce(
        &resp,
        "HP DeskJet [D35C00]",
        "_ipp._tcp",
        "HPD35C00.local.",
        631,
        &txt,
    );
    let started = Instant::now();
    let (d, seen) = discover(&bus, true);
    let list = wait_for(&seen, "both printers despite the flood", |l| {
        has(l, "u-after-flood") && has(l, "u-mdns")
    });
    assert!(list.iter().all(|p| !p.name.starts_with("Flood")));
    let sh = avahi.shared.lock().unwrap();
    assert!(
        sh.resolves_most <= 64,
        "{} resolves at once",
        sh.resolves_most
    );
    assert!(sh.resolves_made < 10_000, "the rest is bounded");
    drop(sh);
    drop(d);
    eprintln!("flood: both printers after {:?}", started.elapsed());
    let _ = resp.shutdown();
}

#[test]
fn a_daemon_that_hangs_or_is_missing_never_blocks_the_scan() {
    for hang in [true, false] {
        let bus = PrivateBus::start();
        // `hang`: it owns avahi's name and never answers; else nobody owns the name.
        let avahi = hang.then(|| stand_in(&bus, vec![printer("HP Known [000003]", "u-k")], true));
        let resp = responder();
        let uuid = if hang {
            "u-beside-a-hung-daemon"
        } else {
            "u-no-daemon"
        };
        let txt = [("ty", "HP LaserJet Pro M404n"), ("UUID", uuid)];
        announce(
            &resp,
            &format!("HP {uuid}"),
            "_ipp._tcp",
            "HPC0FFEE.local.",
            631,
            &txt,
        );
        let (d, seen) = discover(&bus, true);
        let list = wait_for(&seen, "the printer the app's own search hears", |l| {
            has(l, uuid)
        });
        assert!(!has(&list, "u-k"));
        if let Some(a) = &avahi {
            assert!(a.browsers() > 0, "the hung daemon was asked");
        }
        let stopping = Instant::now();
        drop(d);
        assert!(
            stopping.elapsed() < Duration::from_secs(1),
            "stopping waits for no one"
        );
        let _ = resp.shutdown();
    }
}
