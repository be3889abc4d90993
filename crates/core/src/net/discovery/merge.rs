//! The discovery thread's loop: sleep until a source reports (or the scan stops), merge
//! what it heard into the book, and report the list when it changed — at once after a
//! quiet spell, at most every `REPORT_EVERY` during a burst (a warm cache gives hundreds
//! of services within milliseconds, and making the list costs more than merging one).
//! A printer's `first_seen_ms` is when it was heard, never when it was reported.
//!
//! The app's own search asks the network only once the system's cache has answered (its
//! first burst is over) or cannot: asking at once would make every printer answer while
//! the system's daemon is busy answering the scan, and slow both down.

use std::time::{Duration, Instant};

use flume::{Receiver, Selector};
use mdns_sd::ServiceDaemon;

use super::book::PrinterBook;
use super::mdns;
use super::printer::DiscoveredPrinter;
use super::record::{Heard as Report, Source};

/// Reports from the system's daemon merged at once at most; the rest wait their turn.
pub const SYSTEM_QUEUE: usize = 1024;
/// Within a burst, the list is reported this often at most (less than a frame).
pub const REPORT_EVERY: Duration = Duration::from_millis(10);
/// The app's own search starts once the system's cache has been quiet this long...
pub const CACHE_QUIET: Duration = Duration::from_millis(30);
/// ...or this long after the start, whatever the cache does.
pub const OWN_SEARCH_AT_THE_LATEST: Duration = Duration::from_millis(300);

/// Where reports come from.
pub struct Heard {
    /// Dropped when the scan ends.
    pub stop: Receiver<()>,
    /// The system's daemon, while it talks.
    pub system: Option<Receiver<Report>>,
    /// The app's own search, once it asks.
    pub mdns: mdns::Receivers,
}

/// What woke the thread.
enum Wake {
    Heard(Box<Report>),
    /// An mdns-sd event of no interest.
    Nothing,
    SystemGone,
    /// The handle was dropped.
    Stop,
    /// A deadline passed.
    Time,
}

/// When the app's own search (not asking yet) should start.
struct OwnSearch<'d> {
    daemon: Option<&'d ServiceDaemon>,
    latest: Instant,
    last_from_cache: Option<Instant>,
}

impl OwnSearch<'_> {
    /// When it should start: at once without a cache to wait for.
    fn due(&self, cache: bool, now: Instant) -> Option<Instant> {
        self.daemon?;
        if !cache {
            return Some(now);
        }
        let quiet = self.last_from_cache.map(|at| at + CACHE_QUIET);
        Some(quiet.map_or(self.latest, |q| q.min(self.latest)))
    }

    /// Starts it when due; its receivers.
    fn start_if_due(&mut self, cache: bool, now: Instant) -> Option<mdns::Receivers> {
        if self.due(cache, now).is_none_or(|at| now < at) {
            return None;
        }
        let daemon = self.daemon.take()?;
        tracing::debug!("discovery: the app's own search starts asking");
        mdns::browse(daemon)
            .inspect_err(|e| tracing::warn!("discovery: the app's own search failed: {e}"))
            .ok()
    }
}

/// The loop's state.
struct Merge<'d, F> {
    book: PrinterBook,
    from: Heard,
    own: OwnSearch<'d>,
    on_change: F,
    started: Instant,
    last: Vec<DiscoveredPrinter>,
    last_report: Option<Instant>,
    /// A change not reported yet is due then.
    due: Option<Instant>,
}

impl<F: Fn(Vec<DiscoveredPrinter>)> Merge<'_, F> {
    /// Applies one report; true when the list may have changed.
    fn take(&mut self, heard: Report) -> bool {
        match heard {
            Report::Resolved(key, record) => {
                if key.source == Source::System {
                    self.own.last_from_cache = Some(Instant::now());
                }
                self.book.upsert(key, record)
            }
            Report::Removed(key) => self.book.remove(&key),
            Report::AllForNow(source) => {
                tracing::debug!("discovery: {source:?} has reported all it knew");
                false
            }
            Report::Ended(source) => {
                tracing::debug!("discovery: {source:?} has stopped");
                if source == Source::System {
                    self.from.system = None;
                }
                false
            }
        }
    }

    /// Applies everything already waiting; true when the list may have changed.
    fn drain(&mut self) -> bool {
        let mut changed = false;
        // Bounded: a flood from the daemon cannot keep the list from being reported.
        let batch: Vec<Report> = match &self.from.system {
            Some(rx) => rx.try_iter().take(SYSTEM_QUEUE).collect(),
            None => Vec::new(),
        };
        for h in batch {
            changed |= self.take(h);
        }
        let mut heard = Vec::new();
        for (ty, rx) in &self.from.mdns {
            heard.extend(rx.try_iter().filter_map(|e| mdns::heard(*ty, e)));
        }
        for h in heard {
            changed |= self.take(h);
        }
        changed
    }

    fn report_if_due(&mut self, changed: bool) {
        let now = Instant::now();
        if changed && self.due.is_none() {
            self.due = Some(
                self.last_report
                    .map_or(now, |at| (at + REPORT_EVERY).max(now)),
            );
        }
        if self.due.is_some_and(|at| now >= at) {
            self.due = None;
            self.last_report = Some(now);
            let list = self.book.printers();
            if list != self.last {
                let (n, at) = (list.len(), self.started.elapsed());
                tracing::trace!("discovery: {n} printers after {at:?}");
                (self.on_change)(list.clone());
                self.last = list;
            }
        }
    }
}

/// Merges until the scan stops; `on_change` gets the whole list once at the start and
/// after every change. `daemon`: the app's own search, not asking yet.
pub fn run(
    book: PrinterBook,
    from: Heard,
    daemon: Option<&ServiceDaemon>,
    on_change: impl Fn(Vec<DiscoveredPrinter>),
) {
    let started = Instant::now();
    let last = book.printers();
    on_change(last.clone());
    let mut m = Merge {
        book,
        from,
        own: OwnSearch {
            daemon,
            latest: started + OWN_SEARCH_AT_THE_LATEST,
            last_from_cache: None,
        },
        on_change,
        started,
        last,
        last_report: None,
        due: None,
    };
    loop {
        let (cache, now) = (m.from.system.is_some(), Instant::now());
        if let Some(r) = m.own.start_if_due(cache, now) {
            m.from.mdns = r;
        }
        let next = m.due.into_iter().chain(m.own.due(cache, now)).min();
        let mut changed = match wait(&m.from, next) {
            Wake::Stop => break,
            Wake::Nothing | Wake::Time => false,
            Wake::SystemGone => {
                m.from.system = None;
                false
            }
            Wake::Heard(h) => m.take(*h),
        };
        // Whatever else arrived meanwhile goes into the same report.
        changed |= m.drain();
        m.report_if_due(changed);
    }
}

/// Waits for the next report, or until `until`.
fn wait(from: &Heard, until: Option<Instant>) -> Wake {
    let mut waiting = Selector::new().recv(&from.stop, |_| Wake::Stop);
    if let Some(rx) = &from.system {
        waiting = waiting.recv(rx, |r| {
            r.map_or(Wake::SystemGone, |h| Wake::Heard(Box::new(h)))
        });
    }
    for (ty, rx) in &from.mdns {
        waiting = waiting.recv(rx, move |r| match r {
            Ok(event) => {
                mdns::heard(*ty, event).map_or(Wake::Nothing, |h| Wake::Heard(Box::new(h)))
            }
            Err(_) => Wake::Stop,
        });
    }
    match until {
        Some(at) => waiting.wait_deadline(at).unwrap_or(Wake::Time),
        None => waiting.wait(),
    }
}
