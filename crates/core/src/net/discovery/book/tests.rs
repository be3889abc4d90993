use super::*;

fn rec(name: &str, service: ServiceType, host: &str, uuid: Option<&str>) -> Record {
    Record {
        instance: name.into(),
        service,
        host: host.into(),
        port: 631,
        addresses: vec!["192.0.2.10".parse().unwrap()],
        txt: TxtFacts {
            uuid: uuid.map(str::to_owned),
            model: Some("HP ENVY 5540 series".into()),
            ..TxtFacts::default()
        },
    }
}

fn key(source: Source, name: &str, service: ServiceType) -> RecordKey {
    RecordKey {
        source,
        name: format!("{name}.{service}.local."),
    }
}

fn put(book: &mut PrinterBook, source: Source, r: Record) -> bool {
    book.upsert(key(source, &r.instance, r.service), r)
}

#[test]
fn one_device_many_services_is_one_printer_and_leaves_when_gone() {
    let mut book = PrinterBook::new(Instant::now());
    let name = "HP ENVY [4F1A2B]";
    let host = "HP4F1A2B.local.";
    put(
        &mut book,
        Source::Mdns,
        rec(name, ServiceType::Ipp, host, Some("u1")),
    );
    put(
        &mut book,
        Source::Mdns,
        rec(name, ServiceType::Uscan, host, None),
    );
    let raw = rec(
        name,
        ServiceType::PdlDatastream,
        "hp4f1a2b.local.",
        Some("u1"),
    );
    put(&mut book, Source::Mdns, raw);
    let p = book.printers();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].id, "u1");
    assert_eq!(p[0].name, "HP ENVY [4F1A2B]");
    use ServiceType::*;
    assert_eq!(p[0].services, vec![Ipp, PdlDatastream, Uscan]);
    assert_eq!(p[0].sources, vec![Source::Mdns]);
    assert!(p[0].is_hp);
    book.remove(&key(Source::Mdns, name, Ipp));
    book.remove(&key(Source::Mdns, name, PdlDatastream));
    assert!(
        book.printers().is_empty(),
        "a scanner record alone is not a printer"
    );
}

#[test]
fn a_printer_two_sources_see_is_one_entry_until_both_lose_it() {
    let mut book = PrinterBook::new(Instant::now());
    let r = rec(
        "HP ENVY [4F1A2B]",
        ServiceType::Ipp,
        "HP4F1A2B.local.",
        Some("u1"),
    );
    put(&mut book, Source::System, r.clone());
    put(&mut book, Source::Mdns, r.clone());
    let p = book.printers();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].sources, vec![Source::System, Source::Mdns]);
    book.remove(&key(Source::System, &r.instance, r.service));
    let p = book.printers();
    assert_eq!(p.len(), 1, "the app's own search still sees it");
    assert_eq!(p[0].sources, vec![Source::Mdns]);
    book.remove(&key(Source::Mdns, &r.instance, r.service));
    assert!(book.printers().is_empty());
}

#[test]
fn two_queues_of_one_print_server_stay_two_printers() {
    let mut book = PrinterBook::new(Instant::now());
    let ipp = ServiceType::Ipp;
    put(
        &mut book,
        Source::Mdns,
        rec("Queue A", ipp, "server.local.", Some("a")),
    );
    put(
        &mut book,
        Source::Mdns,
        rec("Queue B", ipp, "server.local.", Some("b")),
    );
    // Without a UUID, and two devices on the host: not guessed into either.
    let c = rec("Queue C", ServiceType::Printer, "server.local.", None);
    put(&mut book, Source::Mdns, c);
    let p = book.printers();
    let ids: Vec<&str> = p.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(ids.contains(&"a") && ids.contains(&"b"));
}

#[test]
fn uuid_less_records_join_by_mac_then_by_host() {
    let mut book = PrinterBook::new(Instant::now());
    let mut scan = rec("HP [1]", ServiceType::Uscan, "other.local.", Some("u"));
    scan.txt.mac = Some("a0:b3:cc:00:00:01".into());
    put(&mut book, Source::Mdns, scan);
    let mut lpd = rec("HP [1]", ServiceType::Printer, "hp1.local.", None);
    lpd.txt.mac = Some("a0:b3:cc:00:00:01".into());
    put(&mut book, Source::Mdns, lpd);
    // Two UUID-less records on one host are one device.
    put(
        &mut book,
        Source::Mdns,
        rec("X", ServiceType::Ipp, "x.local.", None),
    );
    put(
        &mut book,
        Source::Mdns,
        rec("X", ServiceType::Http, "X.local.", None),
    );
    let p = book.printers();
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(p.iter().any(|p| p.id == "u" && p.services.len() == 2));
    assert!(p.iter().any(|p| p.id == "x.local" && p.services.len() == 2));
}

#[test]
fn a_flood_of_other_services_never_keeps_a_printer_out() {
    let mut book = PrinterBook::new(Instant::now());
    for i in 0..MAX_RECORDS + 100 {
        let mut r = rec(&format!("junk {i}"), ServiceType::Http, "j.local.", None);
        r.txt.model = None;
        put(&mut book, Source::Mdns, r);
    }
    assert_eq!(book.len(), MAX_OTHER_RECORDS, "the rest is bounded");
    let mut other = rec("Cheap", ServiceType::Ipp, "c.local.", Some("c"));
    other.txt.model = Some("Cheap".into());
    assert!(put(&mut book, Source::Mdns, other));
    for i in 0..MAX_RECORDS {
        let r = rec(
            &format!("HP {i}"),
            ServiceType::Ipp,
            "hp.local.",
            Some(&format!("{i}")),
        );
        put(&mut book, Source::System, r);
    }
    assert_eq!(book.len(), MAX_RECORDS);
    let p = book.printers();
    assert!(p.iter().all(|p| p.is_hp), "HP printers push out the rest");
    assert!(p.len() == MAX_RECORDS);
}

#[test]
fn a_printer_is_dated_when_it_was_announced() {
    let mut book = PrinterBook::new(Instant::now() - std::time::Duration::from_millis(500));
    put(
        &mut book,
        Source::Mdns,
        rec("HP", ServiceType::Ipp, "hp.local.", Some("u")),
    );
    let first = book.printers()[0].first_seen_ms;
    assert!(first >= 500, "{first}");
    std::thread::sleep(std::time::Duration::from_millis(30));
    put(
        &mut book,
        Source::Mdns,
        rec("HP", ServiceType::Ipp, "hp.local.", Some("u")),
    );
    assert_eq!(
        book.printers()[0].first_seen_ms,
        first,
        "not the time of the report"
    );
}
