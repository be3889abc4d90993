//! Finding printers with mDNS/DNS-SD. A thread owns the mdns-sd daemon, browses every
//! service type printers announce, sleeps until one of them (or the stop signal) wakes
//! it, merges what it hears, and reports the current list whenever it changes. Dropping
//! the handle stops browsing and shuts the daemon down.

pub mod book;
pub mod demo;
pub mod txt;

use std::time::Instant;

use flume::Selector;
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
    _stop: flume::Sender<()>,
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

/// What woke the discovery thread.
enum Wake {
    Heard(&'static str, ServiceEvent),
    /// The handle was dropped, or the daemon stopped.
    Stop,
}

/// Applies one event; true when the list may have changed.
fn apply(book: &mut PrinterBook, ty: &str, event: ServiceEvent) -> bool {
    match event {
        ServiceEvent::ServiceResolved(r) => {
            book.upsert(record_of(ty, &r));
            true
        }
        ServiceEvent::ServiceRemoved(_, fullname) => {
            book.remove(&fullname);
            true
        }
        _ => false,
    }
}

impl Discovery {
    /// Starts browsing; `on_change` gets the whole current list after every change (and
    /// once at the start, so "nothing found yet" is a real answer).
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
        let (stop_tx, stop_rx) = flume::bounded::<()>(1);
        std::thread::Builder::new()
            .name("wps-discovery".into())
            .spawn(move || {
                let mut book = PrinterBook::new(Instant::now());
                let mut last = book.printers();
                on_change(last.clone());
                loop {
                    // Sleep until something is heard or the handle is dropped: a printer
                    // is dated and shown the moment it is announced.
                    let mut waiting = Selector::new().recv(&stop_rx, |_| Wake::Stop);
                    for (ty, rx) in &receivers {
                        waiting = waiting.recv(rx, move |r| match r {
                            Ok(event) => Wake::Heard(ty, event),
                            Err(_) => Wake::Stop,
                        });
                    }
                    let Wake::Heard(ty, event) = waiting.wait() else {
                        break;
                    };
                    let mut changed = apply(&mut book, ty, event);
                    // Whatever else arrived meanwhile goes into the same report.
                    for (ty, rx) in &receivers {
                        while let Ok(event) = rx.try_recv() {
                            changed |= apply(&mut book, ty, event);
                        }
                    }
                    if changed {
                        let now = book.printers();
                        if now != last {
                            on_change(now.clone());
                            last = now;
                        }
                    }
                }
                let _ = daemon.shutdown();
            })
            .map_err(|e| DiscoveryError(e.to_string()))?;
        Ok(Self { _stop: stop_tx })
    }
}
