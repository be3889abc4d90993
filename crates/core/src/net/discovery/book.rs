//! The printers currently announced: every service record heard, merged into one entry
//! per device (same UUID, else same MAC, else same host name).

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::time::Instant;

use super::txt::{self, TxtFacts};
use crate::clean;
use crate::printer::DiscoveredPrinter;

/// Service types that make a device a printer; the others only add facts.
pub const PRINTING: &[&str] = &[
    "_ipp._tcp",
    "_ipps._tcp",
    "_printer._tcp",
    "_pdl-datastream._tcp",
];

/// A single announced service instance.
#[derive(Debug, Clone)]
pub struct Record {
    /// "HP OfficeJet Pro 9010 series [4F1A2B]._ipp._tcp.local."
    pub fullname: String,
    /// "_ipp._tcp"
    pub service: String,
    pub host: String,
    pub port: u16,
    pub addresses: Vec<IpAddr>,
    pub txt: TxtFacts,
}

impl Record {
    /// The instance name: the full name without its service type and domain.
    pub fn instance(&self) -> &str {
        self.fullname
            .find(&format!(".{}", self.service))
            .map(|i| &self.fullname[..i])
            .unwrap_or(&self.fullname)
    }
}

/// Bounded: a flood of announcements cannot grow memory without limit.
const MAX_RECORDS: usize = 2000;

pub struct PrinterBook {
    started: Instant,
    /// Each record with when it was first heard, in ms since the start.
    records: BTreeMap<String, (Record, u64)>,
}

/// The records of one device.
type Group<'a> = Vec<&'a (Record, u64)>;

fn host_key(r: &Record) -> String {
    r.host.to_ascii_lowercase().trim_end_matches('.').to_owned()
}

impl PrinterBook {
    pub fn new(started: Instant) -> Self {
        Self {
            started,
            records: BTreeMap::new(),
        }
    }

    /// Adds or updates a record; its first-heard time is the moment it first arrived.
    pub fn upsert(&mut self, record: Record) {
        let heard = self.started.elapsed().as_millis() as u64;
        if let Some((known, _)) = self.records.get_mut(&record.fullname) {
            *known = record;
        } else if self.records.len() < MAX_RECORDS {
            self.records
                .insert(record.fullname.clone(), (record, heard));
        }
    }

    pub fn remove(&mut self, fullname: &str) {
        self.records.remove(fullname);
    }

    /// Records grouped by device. Different UUIDs are different devices, even on one
    /// host (a print server with several queues); a record without a UUID joins the
    /// device that shares its MAC, else the only device on its host name, else the other
    /// UUID-less records of its MAC or host.
    fn groups(&self) -> Vec<Group<'_>> {
        let mut groups: Vec<Group<'_>> = Vec::new();
        let mut by_uuid: BTreeMap<&str, usize> = BTreeMap::new();
        for entry in self.records.values() {
            if let Some(uuid) = entry.0.txt.uuid.as_deref() {
                match by_uuid.get(uuid) {
                    Some(&i) => groups[i].push(entry),
                    None => {
                        by_uuid.insert(uuid, groups.len());
                        groups.push(vec![entry]);
                    }
                }
            }
        }
        let shares = |g: &Group<'_>, r: &Record, by_host: bool| {
            g.iter().any(|(m, _)| {
                (r.txt.mac.is_some() && m.txt.mac == r.txt.mac)
                    || (by_host && host_key(m) == host_key(r))
            })
        };
        let with_uuid = groups.len();
        for entry in self.records.values().filter(|e| e.0.txt.uuid.is_none()) {
            let r = &entry.0;
            let by_mac = (0..with_uuid).find(|&i| shares(&groups[i], r, false));
            let on_host: Vec<usize> = (0..with_uuid)
                .filter(|&i| shares(&groups[i], r, true))
                .collect();
            let target = by_mac
                .or(if on_host.len() == 1 {
                    Some(on_host[0])
                } else {
                    None
                })
                .or_else(|| (with_uuid..groups.len()).find(|&i| shares(&groups[i], r, true)));
            match target {
                Some(i) => groups[i].push(entry),
                None => groups.push(vec![entry]),
            }
        }
        groups
    }

    /// The merged printers, in the order they were first heard.
    pub fn printers(&self) -> Vec<DiscoveredPrinter> {
        let mut out: Vec<DiscoveredPrinter> =
            self.groups().iter().filter_map(|g| printer_of(g)).collect();
        out.sort_by(|a, b| (a.first_seen_ms, &a.name).cmp(&(b.first_seen_ms, &b.name)));
        out
    }
}

/// One device's records as one printer; none when it announces no printing service
/// (a scanner or a web page alone is not a printer).
fn printer_of(group: &Group<'_>) -> Option<DiscoveredPrinter> {
    let members: Vec<&Record> = group.iter().map(|(r, _)| r).collect();
    let main = PRINTING
        .iter()
        .find_map(|s| members.iter().find(|r| r.service == *s))?;
    let first =
        |f: fn(&TxtFacts) -> Option<&String>| members.iter().find_map(|r| f(&r.txt).cloned());
    let uuid = first(|t| t.uuid.as_ref());
    let mac = first(|t| t.mac.as_ref());
    let id = uuid
        .clone()
        .or_else(|| mac.clone())
        .unwrap_or_else(|| host_key(main));
    let mut addresses: Vec<IpAddr> = members.iter().flat_map(|r| r.addresses.clone()).collect();
    addresses.sort_by_key(|a| (a.is_ipv6(), *a));
    addresses.dedup();
    let mut services: Vec<String> = members.iter().map(|r| r.service.clone()).collect();
    services.sort();
    services.dedup();
    let facts = TxtFacts {
        model: first(|t| t.model.as_ref()),
        manufacturer: first(|t| t.manufacturer.as_ref()),
        ..TxtFacts::default()
    };
    let admin_url = members.iter().find_map(|r| {
        r.txt
            .admin_url
            .as_deref()
            .and_then(|u| txt::own_admin_url(u, &r.host, &addresses))
    });
    Some(DiscoveredPrinter {
        // Announced names are printer text: cleaned before any face shows them.
        name: clean::text(main.instance()).unwrap_or_default(),
        is_hp: txt::is_hp(&facts, main.instance()),
        model: facts.model,
        host: clean::text(main.host.trim_end_matches('.')).unwrap_or_default(),
        addresses,
        port: main.port,
        services,
        uuid,
        mac,
        admin_url,
        first_seen_ms: group.iter().map(|(_, at)| *at).min().unwrap_or(0),
        id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(name: &str, service: &str, host: &str, uuid: Option<&str>) -> Record {
        Record {
            fullname: format!("{name}.{service}.local."),
            service: service.into(),
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

    #[test]
    fn one_device_many_services_is_one_printer_and_leaves_when_gone() {
        let mut book = PrinterBook::new(Instant::now());
        book.upsert(rec(
            "HP ENVY [4F1A2B]",
            "_ipp._tcp",
            "HP4F1A2B.local.",
            Some("u1"),
        ));
        book.upsert(rec(
            "HP ENVY [4F1A2B]",
            "_uscan._tcp",
            "HP4F1A2B.local.",
            None,
        ));
        book.upsert(rec(
            "HP ENVY [4F1A2B]",
            "_pdl-datastream._tcp",
            "hp4f1a2b.local.",
            Some("u1"),
        ));
        let p = book.printers();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].id, "u1");
        assert_eq!(p[0].name, "HP ENVY [4F1A2B]");
        assert_eq!(
            p[0].services,
            vec!["_ipp._tcp", "_pdl-datastream._tcp", "_uscan._tcp"]
        );
        assert!(p[0].is_hp);
        book.remove("HP ENVY [4F1A2B]._ipp._tcp.local.");
        book.remove("HP ENVY [4F1A2B]._pdl-datastream._tcp.local.");
        assert!(
            book.printers().is_empty(),
            "a scanner record alone is not a printer"
        );
    }

    #[test]
    fn two_queues_of_one_print_server_stay_two_printers() {
        let mut book = PrinterBook::new(Instant::now());
        book.upsert(rec("Queue A", "_ipp._tcp", "server.local.", Some("a")));
        book.upsert(rec("Queue B", "_ipp._tcp", "server.local.", Some("b")));
        // Without a UUID, and two devices on the host: not guessed into either.
        book.upsert(rec("Queue C", "_printer._tcp", "server.local.", None));
        let p = book.printers();
        let ids: Vec<&str> = p.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), 3, "{ids:?}");
        assert!(ids.contains(&"a") && ids.contains(&"b"));
    }

    #[test]
    fn a_printer_is_dated_when_it_was_announced() {
        let mut book = PrinterBook::new(Instant::now() - std::time::Duration::from_millis(500));
        book.upsert(rec("HP", "_ipp._tcp", "hp.local.", Some("u")));
        let first = book.printers()[0].first_seen_ms;
        assert!(first >= 500, "{first}");
        std::thread::sleep(std::time::Duration::from_millis(30));
        book.upsert(rec("HP", "_ipp._tcp", "hp.local.", Some("u")));
        assert_eq!(
            book.printers()[0].first_seen_ms,
            first,
            "not the time of the report"
        );
    }
}
