//! Finding printers with mDNS/DNS-SD. A thread owns the mdns-sd daemon, browses every
//! service type printers announce, merges what it hears, and reports the current list
//! whenever it changes. Dropping the handle stops browsing and shuts the daemon down.

pub mod book;
pub mod demo;
pub mod txt;

use std::sync::mpsc::{self, TryRecvError};
use std::time::{Duration, Instant};

use mdns_sd::{IfKind, ServiceDaemon, ServiceEvent};

use crate::printer::DiscoveredPrinter;
use book::{PrinterBook, Record};

/// Every type printers announce (facts/printer-protocols.md §1).
pub const SERVICE_TYPES: &[&str] = &[
    "_ipp._tcp",
    "_ipps._tcp",
    "_printer._tcp",
    "_pdl-datastream._tcp",
    "_uscan._tcp",
    "_uscans._tcp",
    "_http._tcp",
    "_https._tcp",
    "_privet._tcp",
    "_scanner._tcp",
];

#[derive(Debug, thiserror::Error)]
#[error("the search for printers could not start: {0}")]
pub struct DiscoveryError(String);

/// Where to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every interface, IPv4 and IPv6: the product.
    AllInterfaces,
    /// 127.0.0.1 only: tests, so that no announcement leaves this computer.
    LoopbackOnly,
}

/// Stops the search when dropped.
pub struct Discovery {
    _stop: mpsc::Sender<()>,
}

fn record_of(service: &str, r: &mdns_sd::ResolvedService) -> Record {
    let pairs: Vec<(String, Option<Vec<u8>>)> = r
        .get_properties()
        .iter()
        .take(64)
        .map(|p| (p.key().to_owned(), p.val().map(<[u8]>::to_vec)))
        .collect();
    Record {
        fullname: r.get_fullname().to_owned(),
        service: service.to_owned(),
        host: r.get_hostname().to_owned(),
        port: r.get_port(),
        addresses: r
            .get_addresses()
            .iter()
            .map(|a| a.to_ip_addr())
            .take(16)
            .collect(),
        txt: txt::read(&pairs),
    }
}

impl Discovery {
    /// Starts browsing; `on_change` gets the whole current list after every change.
    pub fn start(
        scope: Scope,
        on_change: impl Fn(Vec<DiscoveredPrinter>) + Send + 'static,
    ) -> Result<Self, DiscoveryError> {
        let daemon = ServiceDaemon::new().map_err(|e| DiscoveryError(e.to_string()))?;
        if scope == Scope::LoopbackOnly {
            daemon
                .disable_interface(IfKind::All)
                .and_then(|()| daemon.enable_interface(IfKind::LoopbackV4))
                .map_err(|e| DiscoveryError(e.to_string()))?;
        }
        let mut receivers = Vec::new();
        for ty in SERVICE_TYPES {
            let rx = daemon
                .browse(&format!("{ty}.local."))
                .map_err(|e| DiscoveryError(e.to_string()))?;
            receivers.push((*ty, rx));
        }
        let (stop_tx, stop_rx) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("wps-discovery".into())
            .spawn(move || {
                let mut book = PrinterBook::new(Instant::now());
                let mut last: Option<Vec<DiscoveredPrinter>> = None;
                // Runs until the handle is dropped (the channel closes) or says stop.
                while let Err(TryRecvError::Empty) = stop_rx.try_recv() {
                    let mut changed = false;
                    for (ty, rx) in &receivers {
                        while let Ok(event) = rx.try_recv() {
                            match event {
                                ServiceEvent::ServiceResolved(r) => {
                                    book.upsert(record_of(ty, &r));
                                    changed = true;
                                }
                                ServiceEvent::ServiceRemoved(_, fullname) => {
                                    book.remove(&fullname);
                                    changed = true;
                                }
                                _ => {}
                            }
                        }
                    }
                    // Report at once when the list changes, and once at the start
                    // (so "nothing found yet" is a real answer).
                    if changed || last.is_none() {
                        let now = book.printers();
                        if last.as_ref() != Some(&now) {
                            on_change(now.clone());
                            last = Some(now);
                        }
                    }
                    std::thread::sleep(Duration::from_millis(40));
                }
                let _ = daemon.shutdown();
            })
            .map_err(|e| DiscoveryError(e.to_string()))?;
        Ok(Self { _stop: stop_tx })
    }
}
