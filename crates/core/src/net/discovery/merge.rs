//! The discovery thread's loop: sleep until a source reports (or the scan stops), merge
//! what it heard into the book, and report the list when it changed — at once after a
//! quiet spell, at most every `REPORT_EVERY` during a burst (a warm cache gives hundreds
//! of services within milliseconds, and making the list costs more than merging one).
//! A printer's `first_seen_ms` is when it was heard, never when it was reported.

use std::time::{Duration, Instant};

use flume::{Receiver, Selector};

use super::book::PrinterBook;
use super::mdns;
use super::printer::DiscoveredPrinter;
use super::record::Heard as Report;

/// Reports from the system's daemon merged at once at most; the rest wait their turn.
pub const SYSTEM_QUEUE: usize = 1024;
/// Within a burst, the list is reported this often at most (less than a frame).
pub const REPORT_EVERY: Duration = Duration::from_millis(10);

/// Where reports come from.
pub struct Heard {
    /// Dropped when the scan ends.
    pub stop: Receiver<()>,
    /// The system's daemon, while it talks.
    pub system: Option<Receiver<Report>>,
    pub mdns: mdns::Receivers,
}

/// What woke the thread.
enum Wake {
    Heard(Box<Report>),
    /// An mdns-sd event of no interest, or the system's daemon stopped talking.
    Nothing,
    SystemGone,
    /// The handle was dropped.
    Stop,
    /// A report is due.
    Due,
}

/// Applies one report; true when the list may have changed.
fn apply(book: &mut PrinterBook, heard: Report) -> bool {
    match heard {
        Report::Resolved(key, record) => book.upsert(key, record),
        Report::Removed(key) => book.remove(&key),
        Report::AllForNow(source) => {
            tracing::debug!("discovery: {source:?} has reported all it knew");
            false
        }
        Report::Ended(source) => {
            tracing::debug!("discovery: {source:?} has stopped");
            false
        }
    }
}

/// Merges until the scan stops; `on_change` gets the whole list once at the start and
/// after every change.
pub fn run(mut book: PrinterBook, mut from: Heard, on_change: impl Fn(Vec<DiscoveredPrinter>)) {
    let started = Instant::now();
    let mut last = book.printers();
    on_change(last.clone());
    let mut last_report: Option<Instant> = None;
    // A change not reported yet, and when it is due.
    let mut due: Option<Instant> = None;
    loop {
        let mut changed = match wait(&from, due) {
            Wake::Stop => break,
            Wake::Nothing | Wake::Due => false,
            Wake::SystemGone => {
                from.system = None;
                false
            }
            Wake::Heard(h) => apply(&mut book, *h),
        };
        // Whatever else arrived meanwhile goes into the same report.
        changed |= drain(&mut book, &from);
        let now = Instant::now();
        if changed && due.is_none() {
            due = Some(last_report.map_or(now, |at| (at + REPORT_EVERY).max(now)));
        }
        if due.is_some_and(|at| now >= at) {
            due = None;
            last_report = Some(now);
            let list = book.printers();
            if list != last {
                let (n, at) = (list.len(), started.elapsed());
                tracing::trace!("discovery: {n} printers after {at:?}");
                on_change(list.clone());
                last = list;
            }
        }
    }
}

/// Waits for the next report, or until a report is `due`.
fn wait(from: &Heard, due: Option<Instant>) -> Wake {
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
    match due {
        Some(at) => waiting.wait_deadline(at).unwrap_or(Wake::Due),
        None => waiting.wait(),
    }
}

/// Applies everything already waiting; true when the list may have changed.
fn drain(book: &mut PrinterBook, from: &Heard) -> bool {
    let mut changed = false;
    if let Some(rx) = &from.system {
        // Bounded: a flood from the daemon cannot keep the list from being reported.
        for h in rx.try_iter().take(SYSTEM_QUEUE) {
            changed |= apply(book, h);
        }
    }
    for (ty, rx) in &from.mdns {
        while let Ok(event) = rx.try_recv() {
            changed |= mdns::heard(*ty, event).is_some_and(|h| apply(book, h));
        }
    }
    changed
}
