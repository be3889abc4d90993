//! The printers currently announced: every service record heard, merged into one entry
//! per device (same UUID, else same MAC, else same host name).

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::time::Instant;

use super::txt::{self, TxtFacts};
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
    records: BTreeMap<String, Record>,
    /// When each device id was first heard, in ms since the start.
    first_seen: BTreeMap<String, u64>,
}

impl PrinterBook {
    pub fn new(started: Instant) -> Self {
        Self {
            started,
            records: BTreeMap::new(),
            first_seen: BTreeMap::new(),
        }
    }

    pub fn upsert(&mut self, record: Record) {
        if self.records.len() >= MAX_RECORDS && !self.records.contains_key(&record.fullname) {
            return;
        }
        self.records.insert(record.fullname.clone(), record);
    }

    pub fn remove(&mut self, fullname: &str) {
        self.records.remove(fullname);
    }

    /// The merged printers, in the order they were first heard.
    pub fn printers(&mut self) -> Vec<DiscoveredPrinter> {
        // Group records: a record joins the first group sharing any of its keys.
        let mut groups: Vec<(Vec<String>, Vec<&Record>)> = Vec::new();
        for r in self.records.values() {
            let keys: Vec<String> = [
                r.txt.uuid.as_ref().map(|u| format!("uuid:{u}")),
                r.txt.mac.as_ref().map(|m| format!("mac:{m}")),
                Some(format!(
                    "host:{}",
                    r.host.to_ascii_lowercase().trim_end_matches('.')
                )),
            ]
            .into_iter()
            .flatten()
            .collect();
            match groups
                .iter_mut()
                .find(|(k, _)| k.iter().any(|x| keys.contains(x)))
            {
                Some((k, members)) => {
                    for key in keys {
                        if !k.contains(&key) {
                            k.push(key);
                        }
                    }
                    members.push(r);
                }
                None => groups.push((keys, vec![r])),
            }
        }
        let elapsed = self.started.elapsed().as_millis() as u64;
        let mut out = Vec::new();
        for (_, members) in groups {
            let Some(main) = PRINTING
                .iter()
                .find_map(|s| members.iter().find(|r| r.service == *s))
            else {
                continue; // a scanner or web page alone is not a printer
            };
            let first = |f: fn(&TxtFacts) -> Option<&String>| {
                members.iter().find_map(|r| f(&r.txt).cloned())
            };
            let uuid = first(|t| t.uuid.as_ref());
            let mac = first(|t| t.mac.as_ref());
            let id = uuid
                .clone()
                .or_else(|| mac.clone())
                .unwrap_or_else(|| main.host.to_ascii_lowercase());
            let mut addresses: Vec<IpAddr> =
                members.iter().flat_map(|r| r.addresses.clone()).collect();
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
            let first_seen = *self.first_seen.entry(id.clone()).or_insert(elapsed);
            out.push(DiscoveredPrinter {
                name: main.instance().to_owned(),
                is_hp: txt::is_hp(&facts, main.instance()),
                model: facts.model,
                host: main.host.trim_end_matches('.').to_owned(),
                addresses,
                port: main.port,
                services,
                uuid,
                mac,
                admin_url,
                first_seen_ms: first_seen,
                id,
            });
        }
        out.sort_by(|a, b| (a.first_seen_ms, &a.name).cmp(&(b.first_seen_ms, &b.name)));
        out
    }
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
}
