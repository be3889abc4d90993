//! Finding printers with mDNS/DNS-SD, from two sources at once: the system's mDNS daemon
//! (avahi on Linux), whose cache usually knows every printer before the app opens, and
//! the app's own mdns-sd search, which asks the network and works where no daemon runs.
//! A thread sleeps until either source (or the stop signal) wakes it, merges what it
//! hears into one book, and reports the current list whenever it changes. Dropping the
//! handle stops both.

pub mod book;
pub mod demo;
pub mod mdns;
pub mod merge;
pub mod printer;
pub mod ranked;
pub mod record;
pub mod service;
pub mod system;
pub mod txt;

use std::time::Instant;

use book::PrinterBook;
pub use printer::DiscoveredPrinter;
use record::Heard;
pub use record::Source;
pub use service::ServiceType;
pub use system::SystemCache;

/// Reports from the system's daemon waiting to be merged; it waits beyond that.
const SYSTEM_QUEUE: usize = merge::SYSTEM_QUEUE;

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
        let daemon = match sources.mdns {
            Some(scope) => Some(
                mdns::daemon(scope == Scope::LoopbackOnly)
                    .map_err(|e| DiscoveryError(e.to_string()))?,
            ),
            None => None,
        };
        let (stop_tx, stop_rx) = flume::bounded::<()>(1);
        std::thread::Builder::new()
            .name("wps-discovery".into())
            .spawn(move || {
                let _system = system;
                let sources = merge::Heard {
                    stop: stop_rx,
                    system: Some(system_rx),
                    mdns: Vec::new(),
                };
                merge::run(
                    PrinterBook::new(started),
                    sources,
                    daemon.as_ref(),
                    on_change,
                );
                if let Some(d) = daemon {
                    let _ = d.shutdown();
                }
            })
            .map_err(|e| DiscoveryError(e.to_string()))?;
        Ok(Self { _stop: stop_tx })
    }
}
