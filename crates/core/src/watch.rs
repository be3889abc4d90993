//! Watching one printer while the person works through WPS: probe it now and then, and
//! report each result. It runs on its own thread so a slow or hostile device never
//! holds up the worker (timers, other commands). Polling backs off while the printer
//! does not answer, and stops as soon as the handle is dropped.

use std::time::Duration;

use crate::net::address::Target;
use crate::net::certificates::Certificates;
use crate::net::http::Limits;
use crate::net::probe::{Probe, Report};
use crate::repeat::Repeating;

/// How often a printer that answers is asked again.
pub const INTERVAL: Duration = Duration::from_secs(4);
/// The longest wait between tries while it does not answer.
pub const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// The wait after a probe: steady while it answers, doubling (to a cap) while it does not.
pub fn next_wait(previous: Duration, answered: bool, interval: Duration) -> Duration {
    if answered {
        interval
    } else {
        (previous * 2).clamp(interval, MAX_BACKOFF.max(interval))
    }
}

/// Dropping it stops the watching (the thread ends after its current probe). The thread
/// is not joined: a probe in progress finishes on its own, its report goes nowhere once
/// the receiver is gone, and a certificate it learns goes through the shared store's
/// locked, atomic write.
pub struct Watcher {
    _rounds: Repeating,
}

impl Watcher {
    /// `certificates`: the store the printer's certificate is checked against and a
    /// first one remembered in (shared with the checks and the rest of the process).
    pub fn start(
        target: Target,
        certificates: Certificates,
        limits: Limits,
        interval: Duration,
        report: impl Fn(Report) + Send + 'static,
    ) -> std::io::Result<Self> {
        Repeating::start("wps-watch", move || {
            // One client for the whole watch: polling reuses its connections.
            let probe = Probe::new(target, &certificates, limits);
            let mut wait = interval;
            move || {
                let r = probe.run(&certificates);
                wait = next_wait(wait, r.answered, interval);
                report(r);
                wait
            }
        })
        .map(|_rounds| Self { _rounds })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backs_off_while_silent_and_resets_on_answer() {
        let i = INTERVAL;
        assert_eq!(next_wait(i, true, i), i);
        assert_eq!(next_wait(i, false, i), i * 2);
        assert_eq!(next_wait(i * 8, false, i), MAX_BACKOFF);
        assert_eq!(next_wait(MAX_BACKOFF, false, i), MAX_BACKOFF);
        assert_eq!(next_wait(MAX_BACKOFF, true, i), i);
    }
}
