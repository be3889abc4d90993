//! Finding printers with mDNS/DNS-SD, from two sources at once: the system's mDNS daemon
//! (avahi on Linux), whose cache usually knows every printer before the app opens, and
//! the app's own mdns-sd search, which asks the network and works where no daemon runs.
//! A thread sleeps until either source (or the stop signal) wakes it, merges what it
//! hears into one book, and reports the current list whenever it changes. Dropping the
//! handle stops both.

pub mod book;
pub mod demo;
pub mod mdns;
pub mod printer;
pub mod ranked;
pub mod record;
pub mod service;
pub mod system;
pub mod txt;

use std::time::Instant;

use flume::{Receiver, Selector};

use book::PrinterBook;
pub use printer::DiscoveredPrinter;
use record::Heard;
pub use record::Source;
pub use service::ServiceType;
pub use system::SystemCache;

/// Reports from the system's daemon waiting to be merged; it waits beyond that.
const SYSTEM_QUEUE: usize = 1024;

#[derive(Debug, thiserror::Error)]
#[error("the search for printers could not start: {0}")]
pub struct DiscoveryError(String);

/// Where to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every interface, IPv4 and IPv6, and the system's mDNS cache: the product.
    AllInterfaces,
    /// 127.0.0.1 only, and no system cache: tests, so that no announcement leaves this
    /// computer and nothing from the real network comes in.
    LoopbackOnly,
}

/// Which sources to search with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources {
    /// The app's own mdns-sd search (`None`: not at all).
    pub mdns: Option<Scope>,
    pub system: SystemCache,
}

impl Sources {
    /// What a scope means: everything for the product, mdns-sd on the loopback for tests.
    pub fn of(scope: Scope) -> Self {
        Self {
            mdns: Some(scope),
            system: match scope {
                Scope::AllInterfaces => SystemCache::Native,
                Scope::LoopbackOnly => SystemCache::Off,
            },
        }
    }
}

/// Stops the search when dropped.
pub struct Discovery {
    _stop: flume::Sender<()>,
}

/// What woke the discovery thread.
enum Wake {
    Heard(Heard),
    /// An mdns-sd event of no interest, or a source that stopped talking.
    Nothing,
    /// The handle was dropped.
    Stop,
}

/// Applies one report; true when the list may have changed.
fn apply(book: &mut PrinterBook, heard: Heard) -> bool {
    match heard {
        Heard::Resolved(key, record) => book.upsert(key, record),
        Heard::Removed(key) => book.remove(&key),
        Heard::AllForNow(source) => {
            tracing::debug!("discovery: {source:?} has reported all it knew");
            false
        }
        Heard::Ended(source) => {
            tracing::debug!("discovery: {source:?} has stopped");
            false
        }
    }
}

impl Discovery {
    /// Starts browsing; `on_change` gets the whole current list after every change (and
    /// once at the start, so "nothing found yet" is a real answer).
    pub fn start(
        scope: Scope,
        on_change: impl Fn(Vec<DiscoveredPrinter>) + Send + 'static,
    ) -> Result<Self, DiscoveryError> {
        Self::start_with(Sources::of(scope), on_change)
    }

    /// As [`Discovery::start`], with the sources chosen.
    pub fn start_with(
        sources: Sources,
        on_change: impl Fn(Vec<DiscoveredPrinter>) + Send + 'static,
    ) -> Result<Self, DiscoveryError> {
        let started = Instant::now();
        let (system_tx, system_rx) = flume::bounded::<Heard>(SYSTEM_QUEUE);
        // The system's daemon first: its cache answers sooner than the network.
        let system = system::browser(&sources.system).and_then(|b| {
            b.browse(&ServiceType::ALL, system_tx)
                .inspect_err(|e| tracing::info!("discovery: {e}"))
                .ok()
        });
        let (daemon, receivers) = match sources.mdns {
            Some(scope) => {
                let (d, r) = mdns::start(scope == Scope::LoopbackOnly)
                    .map_err(|e| DiscoveryError(e.to_string()))?;
                (Some(d), r)
            }
            None => (None, Vec::new()),
        };
        let (stop_tx, stop_rx) = flume::bounded::<()>(1);
        std::thread::Builder::new()
            .name("wps-discovery".into())
            .spawn(move || {
                let _system = system;
                let mut book = PrinterBook::new(started);
                let mut last = book.printers();
                on_change(last.clone());
                let mut system_rx = Some(system_rx);
                loop {
                    // Sleep until something is heard or the handle is dropped: a printer
                    // is dated and shown the moment it is announced.
                    let (wake, system_gone) = wait(&stop_rx, system_rx.as_ref(), &receivers);
                    if system_gone {
                        system_rx = None;
                    }
                    let changed = match wake {
                        Wake::Stop => break,
                        Wake::Nothing => false,
                        Wake::Heard(h) => apply(&mut book, h),
                    };
                    // Whatever else arrived meanwhile goes into the same report.
                    let changed = drain(&mut book, system_rx.as_ref(), &receivers) || changed;
                    if changed {
                        let now = book.printers();
                        if now != last {
                            let (n, at) = (now.len(), started.elapsed());
                            tracing::trace!("discovery: {n} printers after {at:?}");
                            on_change(now.clone());
                            last = now;
                        }
                    }
                }
                if let Some(d) = daemon {
                    let _ = d.shutdown();
                }
            })
            .map_err(|e| DiscoveryError(e.to_string()))?;
        Ok(Self { _stop: stop_tx })
    }
}

/// Waits for the next report; the flag says the system's daemon stopped talking.
fn wait(
    stop: &Receiver<()>,
    system: Option<&Receiver<Heard>>,
    mdns: &mdns::Receivers,
) -> (Wake, bool) {
    let mut waiting = Selector::new().recv(stop, |_| (Wake::Stop, false));
    if let Some(rx) = system {
        waiting = waiting.recv(rx, |r| match r {
            Ok(h) => (Wake::Heard(h), false),
            Err(_) => (Wake::Nothing, true),
        });
    }
    for (ty, rx) in mdns {
        waiting = waiting.recv(rx, move |r| match r {
            Ok(event) => (
                mdns::heard(*ty, event).map_or(Wake::Nothing, Wake::Heard),
                false,
            ),
            Err(_) => (Wake::Stop, false),
        });
    }
    waiting.wait()
}

/// Applies everything already waiting; true when the list may have changed.
fn drain(book: &mut PrinterBook, system: Option<&Receiver<Heard>>, mdns: &mdns::Receivers) -> bool {
    let mut changed = false;
    if let Some(rx) = system {
        // Bounded: a flood from the daemon cannot keep the list from being reported.
        for h in rx.try_iter().take(SYSTEM_QUEUE) {
            changed |= apply(book, h);
        }
    }
    for (ty, rx) in mdns {
        while let Ok(event) = rx.try_recv() {
            changed |= mdns::heard(*ty, event).is_some_and(|h| apply(book, h));
        }
    }
    changed
}
