//! The printers currently announced: every service record heard, from every source,
//! merged into one entry per device (same UUID, else same MAC, else same host name).
//! A record is kept per source, so a removal heard by one source does not hide a printer
//! another still sees. Bounded with precedence: HP printers first, then other printers;
//! the rest (scanners, web pages, anything else) are capped on their own, so a flood of
//! them never keeps a printer off the list.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Instant;

use super::printer::DiscoveredPrinter;
use super::ranked::{Inserted, Ranked};
use super::record::{Record, RecordKey, Source};
use super::service::ServiceType;
use super::txt::{self, TxtFacts};
use crate::clean;

/// Records kept at most: a flood of announcements cannot grow memory without limit.
pub const MAX_RECORDS: usize = 4000;
/// Of which at most this many are neither printing services nor from HP devices.
pub const MAX_OTHER_RECORDS: usize = 1000;
/// Ranks from this one on are "the rest" (see [`rank`]).
const OTHER_RANK: u8 = 2;

/// How much a record matters: 0 an HP printing service, 1 another printing service, 2
/// something else from an HP device, 3 anything else.
pub fn rank(r: &Record) -> u8 {
    let hp = txt::is_hp(&r.txt, &r.instance);
    match (r.service.is_printing(), hp) {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (false, false) => 3,
    }
}

struct Entry {
    record: Record,
    /// Its host name as compared: lower case, without the final dot.
    host: String,
    source: Source,
    /// When it was first heard, in ms since the start.
    heard: u64,
}

pub struct PrinterBook {
    started: Instant,
    records: Ranked<RecordKey, Entry>,
}

/// The records of one device.
type Group<'a> = Vec<&'a Entry>;

fn host_key(r: &Record) -> String {
    r.host.to_ascii_lowercase().trim_end_matches('.').to_owned()
}

impl PrinterBook {
    pub fn new(started: Instant) -> Self {
        Self {
            started,
            records: Ranked::new(MAX_RECORDS, OTHER_RANK, MAX_OTHER_RECORDS),
        }
    }

    /// Adds or updates a record; its first-heard time is the moment it first arrived.
    /// False when nothing changed: the same record again, or one turned away (the book
    /// is full of records that matter more).
    pub fn upsert(&mut self, key: RecordKey, record: Record) -> bool {
        let heard = match self.records.get(&key) {
            // Heard again as it was (mdns-sd repeats itself): nothing changed.
            Some(known) if known.record == record => return false,
            Some(known) => known.heard,
            None => self.started.elapsed().as_millis() as u64,
        };
        let rank = rank(&record);
        let source = key.source;
        let entry = Entry {
            host: host_key(&record),
            record,
            source,
            heard,
        };
        match self.records.insert(key, rank, entry) {
            Inserted::Refused => false,
            Inserted::Evicted(gone, _) => {
                tracing::debug!("discovery: the book is full; {gone:?} made room");
                true
            }
            Inserted::Added | Inserted::Replaced => true,
        }
    }

    /// True when it was known.
    pub fn remove(&mut self, key: &RecordKey) -> bool {
        self.records.remove(key).is_some()
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Records grouped by device. Different UUIDs are different devices, even on one
    /// host (a print server with several queues); a record without a UUID joins the
    /// device that shares its MAC, else the only device on its host name, else the other
    /// UUID-less records of its MAC or host. Indexed, so a full book stays cheap.
    fn groups(&self) -> Vec<Group<'_>> {
        let mut groups: Vec<Group<'_>> = Vec::new();
        let mut by_uuid: HashMap<&str, usize> = HashMap::new();
        for entry in self.records.values() {
            if let Some(uuid) = entry.record.txt.uuid.as_deref() {
                let i = *by_uuid.entry(uuid).or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
                groups[i].push(entry);
            }
        }
        let with_uuid = groups.len();
        // Which UUID devices each MAC and host name belong to.
        let mut uuid_mac: HashMap<&str, usize> = HashMap::new();
        // (the first device on the host, whether there are others)
        let mut uuid_hosts: HashMap<&str, (usize, bool)> = HashMap::new();
        for (i, g) in groups.iter().enumerate() {
            for e in g {
                if let Some(mac) = e.record.txt.mac.as_deref() {
                    uuid_mac.entry(mac).or_insert(i);
                }
                let on_host = uuid_hosts.entry(&e.host).or_insert((i, false));
                on_host.1 |= on_host.0 != i;
            }
        }
        // The UUID-less devices formed so far, by MAC and host name.
        let mut other_mac: HashMap<&str, usize> = HashMap::new();
        let mut other_host: HashMap<&str, usize> = HashMap::new();
        for entry in self.records.values() {
            let r = &entry.record;
            if r.txt.uuid.is_some() {
                continue;
            }
            let host = entry.host.as_str();
            let mac = r.txt.mac.as_deref();
            let only_on_host = uuid_hosts
                .get(host)
                .filter(|(_, many)| !many)
                .map(|(i, _)| *i);
            let target = mac
                .and_then(|m| uuid_mac.get(m).copied())
                .or(only_on_host)
                .or_else(|| mac.and_then(|m| other_mac.get(m).copied()))
                .or_else(|| other_host.get(host).copied());
            let i = target.unwrap_or_else(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[i].push(entry);
            if i >= with_uuid {
                if let Some(m) = mac {
                    other_mac.entry(m).or_insert(i);
                }
                other_host.entry(host).or_insert(i);
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
    let members: Vec<&Record> = group.iter().map(|e| &e.record).collect();
    let main = ServiceType::ALL
        .into_iter()
        .filter(|s| s.is_printing())
        .find_map(|s| members.iter().find(|r| r.service == s))?;
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
    let mut services: Vec<ServiceType> = members.iter().map(|r| r.service).collect();
    services.sort();
    services.dedup();
    let mut sources: Vec<Source> = group.iter().map(|e| e.source).collect();
    sources.sort();
    sources.dedup();
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
        name: clean::text(&main.instance).unwrap_or_default(),
        is_hp: txt::is_hp(&facts, &main.instance),
        model: facts.model,
        host: clean::text(main.host.trim_end_matches('.')).unwrap_or_default(),
        addresses,
        port: main.port,
        services,
        uuid,
        mac,
        admin_url,
        first_seen_ms: group.iter().map(|e| e.heard).min().unwrap_or(0),
        sources,
        id,
    })
}

#[cfg(test)]
mod tests;
