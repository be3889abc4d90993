//! avahi's items as the scan keeps them: a key per service instance on one interface and
//! protocol (bounded where it enters), how much each matters, and what a resolver's answer
//! becomes in the book.

use std::net::IpAddr;

use super::wire::{Found, Item};
use crate::net::discovery::record::{self, Record, RecordKey, Source};
use crate::net::discovery::service::ServiceType;
use crate::net::discovery::txt::{self, TxtFacts};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    pub interface: i32,
    pub protocol: i32,
    pub kind: ServiceType,
    pub name: String,
    pub domain: String,
}

/// How much an item matters, from its type and name alone (nothing else is known before
/// it is resolved): see `book::rank`.
pub fn rank(kind: ServiceType, name: &str) -> u8 {
    let hp = txt::is_hp(&TxtFacts::default(), name);
    match (kind.is_printing(), hp) {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (false, false) => 3,
    }
}

/// The key of a browser's item; none for a type the scan did not ask for.
pub fn key_of(item: &Item) -> Option<Key> {
    Some(Key {
        interface: item.interface,
        protocol: item.protocol,
        kind: ServiceType::parse(&item.kind)?,
        name: record::bounded(&item.name),
        domain: record::bounded(&item.domain),
    })
}

pub fn item_of(key: &Key) -> Item {
    Item {
        interface: key.interface,
        protocol: key.protocol,
        name: key.name.clone(),
        kind: key.kind.as_str().to_owned(),
        domain: key.domain.clone(),
    }
}

pub fn record_key(key: &Key) -> RecordKey {
    RecordKey {
        source: Source::System,
        name: format!(
            "{}.{}:{}.{}.{}.",
            key.interface, key.protocol, key.name, key.kind, key.domain
        ),
    }
}

/// What a resolver found, as the book keeps it; TXT entries are read bounded.
pub fn record_of(key: &Key, found: &Found) -> Record {
    let pairs: Vec<(String, Option<Vec<u8>>)> = found
        .txt
        .iter()
        .take(64)
        .map(|entry| {
            let entry = &entry[..entry.len().min(512)];
            match entry.iter().position(|&b| b == b'=') {
                Some(i) => (
                    String::from_utf8_lossy(&entry[..i]).into_owned(),
                    Some(entry[i + 1..].to_vec()),
                ),
                None => (String::from_utf8_lossy(entry).into_owned(), None),
            }
        })
        .collect();
    Record {
        instance: key.name.clone(),
        service: key.kind,
        host: record::bounded(&found.host),
        port: found.port,
        addresses: found.address.parse::<IpAddr>().into_iter().collect(),
        txt: txt::read(&pairs),
    }
}
