use super::*;
use crate::net::discovery::record::Record;
use std::net::IpAddr;

/// Records what the state asks; answers every call with the next serial.
#[derive(Default)]
struct Seen {
    calls: Vec<(u32, String)>,
    heard: Vec<Heard>,
    next: u32,
}

impl Outbox for Seen {
    fn call(&mut self, ask: Ask<'_>) -> Option<u32> {
        self.next += 1;
        let what = match ask {
            Ask::Browser(ty) => format!("browse {ty}"),
            Ask::Resolve(item) => format!("resolve {}", item.name),
        };
        self.calls.push((self.next, what));
        Some(self.next)
    }
    fn heard(&mut self, heard: Heard) -> bool {
        self.heard.push(heard);
        true
    }
}

fn item(name: &str, kind: &str) -> Item {
    Item {
        interface: 2,
        protocol: 0,
        name: name.into(),
        kind: kind.into(),
        domain: "local".into(),
    }
}

fn found(serial: u32) -> Incoming {
    Incoming::Resolved {
        serial,
        found: Found {
            host: "HP4F1A2B.local".into(),
            address: "192.0.2.7".into(),
            port: 631,
            txt: vec![
                b"ty=HP ENVY 6000".to_vec(),
                b"UUID=u-1".to_vec(),
                b"flag".to_vec(),
            ],
        },
    }
}

fn browser(serial: u32, path: &str) -> Incoming {
    Incoming::Reply {
        serial,
        path: path.into(),
    }
}

fn resolved(seen: &Seen) -> Vec<&Record> {
    seen.heard
        .iter()
        .filter_map(|h| match h {
            Heard::Resolved(_, r) => Some(r),
            _ => None,
        })
        .collect()
}

#[test]
fn a_browser_s_signals_before_the_reply_naming_it_count() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    assert_eq!(out.calls, [(1, "browse _ipp._tcp".to_owned())]);
    // avahi sends the cached items (and even AllForNow) before answering the call.
    b.on(
        Incoming::ItemNew(item("HP ENVY [4F1A2B]", "_ipp._tcp")),
        &mut out,
    );
    b.on(Incoming::AllForNow { path: "/B1".into() }, &mut out);
    assert_eq!(out.calls[1], (2, "resolve HP ENVY [4F1A2B]".to_owned()));
    b.on(found(2), &mut out);
    let r = resolved(&out);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].instance, "HP ENVY [4F1A2B]");
    assert_eq!(r[0].addresses, ["192.0.2.7".parse::<IpAddr>().unwrap()]);
    assert_eq!(r[0].txt.uuid.as_deref(), Some("u-1"));
    assert_eq!(r[0].txt.model.as_deref(), Some("HP ENVY 6000"));
    assert!(!matches!(out.heard.last(), Some(Heard::AllForNow(_))));
    // The browser is named: its early AllForNow counts, and all is reported.
    b.on(browser(1, "/B1"), &mut out);
    assert!(matches!(
        out.heard.last(),
        Some(Heard::AllForNow(Source::System))
    ));
    assert!(b.next_deadline().is_none());
}

#[test]
fn a_removed_item_leaves_and_a_failed_resolve_is_forgotten() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    b.on(browser(1, "/B1"), &mut out);
    b.on(Incoming::ItemNew(item("A", "_ipp._tcp")), &mut out);
    b.on(Incoming::ItemNew(item("B", "_ipp._tcp")), &mut out);
    b.on(Incoming::ItemNew(item("C", "_whatever._tcp")), &mut out);
    assert_eq!(out.calls.len(), 3, "unknown types are not resolved");
    b.on(found(2), &mut out);
    let error = "org.freedesktop.Avahi.TimeoutError".to_owned();
    b.on(Incoming::Failed { serial: 3, error }, &mut out);
    assert_eq!(resolved(&out).len(), 1);
    b.on(Incoming::ItemRemove(item("A", "_ipp._tcp")), &mut out);
    let Some(Heard::Removed(gone)) = out.heard.last() else {
        panic!("{:?}", out.heard);
    };
    let Heard::Resolved(key, _) = &out.heard[0] else {
        panic!()
    };
    assert_eq!(gone, key);
    assert_eq!(gone.source, Source::System);
}

#[test]
fn a_daemon_that_never_answers_is_given_up() {
    let started = Instant::now();
    let (mut b, mut out) = (Browse::new(started), Seen::default());
    b.start(&ServiceType::ALL, &mut out);
    assert_eq!(b.next_deadline(), Some(started + FIRST_ANSWER));
    b.tick(started + FIRST_ANSWER / 2, &mut out);
    assert!(!b.ended());
    b.tick(started + FIRST_ANSWER, &mut out);
    assert!(b.ended());
    assert!(matches!(out.heard[..], [Heard::Ended(Source::System)]));
}

#[test]
fn a_resolve_that_never_answers_is_given_up_and_makes_room() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    b.on(browser(1, "/B1"), &mut out);
    b.on(Incoming::ItemNew(item("Slow", "_ipp._tcp")), &mut out);
    let deadline = b.next_deadline().unwrap();
    b.tick(deadline, &mut out);
    assert!(b.next_deadline().is_none());
    assert_eq!(b.in_flight, 0);
    // A late answer changes nothing.
    b.on(found(2), &mut out);
    assert!(resolved(&out).is_empty());
}

#[test]
fn a_flood_is_bounded_and_a_printer_is_resolved_first() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp, ServiceType::Http], &mut out);
    b.on(browser(1, "/B1"), &mut out);
    b.on(browser(2, "/B2"), &mut out);
    for i in 0..10_000 {
        let junk = item(&format!("junk {i}"), "_http._tcp");
        b.on(Incoming::ItemNew(junk), &mut out);
    }
    assert_eq!(
        out.calls.len(),
        2 + MAX_IN_FLIGHT,
        "resolves at once are bounded"
    );
    b.on(
        Incoming::ItemNew(item("HP Printer [1]", "_ipp._tcp")),
        &mut out,
    );
    // One junk resolve answers: the printer is next, ahead of thousands of others.
    b.on(found(out.calls[2].0), &mut out);
    assert_eq!(out.calls.last().unwrap().1, "resolve HP Printer [1]");
    // The rest waiting is bounded too.
    assert_eq!(b.items.len(), MAX_OTHER_ITEMS + 1);
    // Other clients' browsers' signals, which the bus-wide rule also brings, are never
    // claimed and never crowd ours out.
    b.start(&[ServiceType::Ipps], &mut out);
    let ipps = out.calls.last().unwrap().0;
    for i in 0..1000 {
        let path = format!("/Client9/ServiceBrowser{i}");
        b.on(Incoming::AllForNow { path }, &mut out);
    }
    b.on(Incoming::AllForNow { path: "/B3".into() }, &mut out);
    b.on(browser(ipps, "/B3"), &mut out);
    assert!(b.all_for_now.contains("/B3"));
}

#[test]
fn one_item_of_each_printer_is_resolved_before_its_other_copies() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    b.on(browser(1, "/B1"), &mut out);
    for i in 0..MAX_IN_FLIGHT {
        b.on(
            Incoming::ItemNew(item(&format!("HP {i}"), "_ipp._tcp")),
            &mut out,
        );
    }
    // The same printer over IPv6 arrives before the next printer.
    let ipv6 = Item {
        protocol: 1,
        ..item("HP late", "_ipp._tcp")
    };
    b.on(Incoming::ItemNew(item("HP late", "_ipp._tcp")), &mut out);
    b.on(Incoming::ItemNew(ipv6), &mut out);
    b.on(Incoming::ItemNew(item("HP later", "_ipp._tcp")), &mut out);
    for serial in 2..5 {
        b.on(found(serial), &mut out);
    }
    let last: Vec<&str> = out.calls[out.calls.len() - 3..]
        .iter()
        .map(|(_, what)| what.as_str())
        .collect();
    assert_eq!(
        last,
        ["resolve HP late", "resolve HP later", "resolve HP late"]
    );
}

#[test]
fn a_printer_s_ipv4_item_is_resolved_before_its_ipv6_one() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    b.on(browser(1, "/B1"), &mut out);
    for i in 0..MAX_IN_FLIGHT {
        let busy = item(&format!("HP {i}"), "_ipp._tcp");
        b.on(Incoming::ItemNew(busy), &mut out);
    }
    let ipv6 = Item {
        protocol: 1,
        ..item("HP dual", "_ipp._tcp")
    };
    let ipv4 = Item {
        interface: 3,
        ..item("HP dual", "_ipp._tcp")
    };
    b.on(Incoming::ItemNew(ipv6), &mut out);
    b.on(Incoming::ItemNew(ipv4), &mut out);
    b.on(found(2), &mut out);
    assert_eq!(out.calls.last().unwrap().1, "resolve HP dual");
    let ipv4 = Key {
        interface: 3,
        protocol: 0,
        kind: ServiceType::Ipp,
        name: "HP dual".into(),
        domain: "local".into(),
    };
    assert!(
        matches!(b.items.get(&ipv4), Some(Step::Resolving { .. })),
        "the IPv4 item is asked first, though it came second"
    );
}
