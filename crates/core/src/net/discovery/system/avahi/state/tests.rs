use super::*;
use crate::net::discovery::record::Record;
use crate::net::discovery::system::avahi::wire::Found;
use std::net::IpAddr;

/// Records what the state asks; answers every call with the next serial.
#[derive(Default)]
struct Seen {
    calls: Vec<(u32, String)>,
    freed: Vec<String>,
    heard: Vec<Heard>,
    next: u32,
}

impl Outbox for Seen {
    fn call(&mut self, ask: Ask<'_>) -> Option<u32> {
        self.next += 1;
        let what = match ask {
            Ask::Browser(ty) => format!("browse {ty}"),
            Ask::Resolver(item) => format!("resolve {}", item.name),
        };
        self.calls.push((self.next, what));
        Some(self.next)
    }
    fn free(&mut self, resolver: &str) {
        self.freed.push(resolver.to_owned());
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

fn found(path: &str) -> Incoming {
    Incoming::Found {
        path: path.into(),
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

fn reply(serial: u32, path: &str) -> Incoming {
    Incoming::Reply {
        serial,
        path: Some(path.into()),
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
fn signals_that_come_before_the_reply_naming_their_object_count() {
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
    // The resolver answers before its own reply, too.
    b.on(found("/R1"), &mut out);
    assert!(out.heard.is_empty());
    b.on(reply(1, "/B1"), &mut out);
    b.on(reply(2, "/R1"), &mut out);
    let r = resolved(&out);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].instance, "HP ENVY [4F1A2B]");
    assert_eq!(r[0].addresses, ["192.0.2.7".parse::<IpAddr>().unwrap()]);
    assert_eq!(r[0].txt.uuid.as_deref(), Some("u-1"));
    assert_eq!(r[0].txt.model.as_deref(), Some("HP ENVY 6000"));
    assert_eq!(
        out.freed,
        ["/R1"],
        "a resolver is freed once it has answered"
    );
    assert!(matches!(
        out.heard.last(),
        Some(Heard::AllForNow(Source::System))
    ));
    assert!(b.next_deadline().is_none());
}

#[test]
fn a_removed_item_leaves_and_a_failed_resolver_is_forgotten() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    b.on(reply(1, "/B1"), &mut out);
    b.on(Incoming::ItemNew(item("A", "_ipp._tcp")), &mut out);
    b.on(Incoming::ItemNew(item("B", "_ipp._tcp")), &mut out);
    b.on(Incoming::ItemNew(item("C", "_whatever._tcp")), &mut out);
    assert_eq!(out.calls.len(), 3, "unknown types are not resolved");
    b.on(reply(2, "/R1"), &mut out);
    b.on(reply(3, "/R2"), &mut out);
    b.on(found("/R1"), &mut out);
    let error = "org.freedesktop.Avahi.TimeoutError".to_owned();
    b.on(
        Incoming::ResolverFailure {
            path: "/R2".into(),
            error,
        },
        &mut out,
    );
    assert_eq!(resolved(&out).len(), 1);
    assert_eq!(out.freed, ["/R1", "/R2"]);
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
fn a_resolver_that_never_answers_is_freed_and_makes_room() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    b.on(reply(1, "/B1"), &mut out);
    b.on(Incoming::ItemNew(item("Slow", "_ipp._tcp")), &mut out);
    b.on(reply(2, "/R1"), &mut out);
    let deadline = b.next_deadline().unwrap();
    b.tick(deadline, &mut out);
    assert_eq!(out.freed, ["/R1"]);
    assert!(b.next_deadline().is_none());
    // A late answer changes nothing.
    b.on(found("/R1"), &mut out);
    assert!(resolved(&out).is_empty());
}

#[test]
fn a_flood_is_bounded_and_a_printer_is_resolved_first() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp, ServiceType::Http], &mut out);
    b.on(reply(1, "/B1"), &mut out);
    b.on(reply(2, "/B2"), &mut out);
    for i in 0..10_000 {
        b.on(
            Incoming::ItemNew(item(&format!("junk {i}"), "_http._tcp")),
            &mut out,
        );
    }
    assert_eq!(
        out.calls.len(),
        2 + MAX_IN_FLIGHT,
        "resolvers at once are bounded"
    );
    b.on(
        Incoming::ItemNew(item("HP Printer [1]", "_ipp._tcp")),
        &mut out,
    );
    // One junk resolver answers: the printer is next, ahead of thousands of others.
    let first = out.calls[2].0;
    b.on(reply(first, "/R1"), &mut out);
    b.on(found("/R1"), &mut out);
    assert_eq!(out.calls.last().unwrap().1, "resolve HP Printer [1]");
    // The rest waiting is bounded too.
    assert_eq!(b.items.len(), MAX_OTHER_ITEMS + 1);
}

#[test]
fn one_item_of_each_printer_is_resolved_before_its_other_copies() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    b.on(reply(1, "/B1"), &mut out);
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
    for (n, path) in [(2, "/R1"), (3, "/R2"), (4, "/R3")] {
        b.on(reply(n, path), &mut out);
        b.on(found(path), &mut out);
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
fn a_resolver_given_up_before_its_reply_is_freed_when_the_reply_comes() {
    let (mut b, mut out) = (Browse::new(Instant::now()), Seen::default());
    b.start(&[ServiceType::Ipp], &mut out);
    b.on(reply(1, "/B1"), &mut out);
    b.on(Incoming::ItemNew(item("Gone", "_ipp._tcp")), &mut out);
    b.on(Incoming::ItemRemove(item("Gone", "_ipp._tcp")), &mut out);
    assert!(out.freed.is_empty());
    b.on(reply(2, "/R1"), &mut out);
    assert_eq!(
        out.freed,
        ["/R1"],
        "avahi keeps a client's objects until freed"
    );
    // Other clients' signals, which the bus-wide rules also bring, are never claimed and
    // never crowd ours out.
    for i in 0..1000 {
        b.on(found(&format!("/Client9/ServiceResolver{i}")), &mut out);
    }
    b.on(Incoming::ItemNew(item("Mine", "_ipp._tcp")), &mut out);
    b.on(found("/R2"), &mut out);
    b.on(reply(3, "/R2"), &mut out);
    assert_eq!(resolved(&out).len(), 1);
}
