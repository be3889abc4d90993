//! Reading the air every few seconds while the window shows it, on its own thread (like
//! the printer watch): the PIN page follows the router's two-minute window live. A fresh
//! scan is asked for now and then (scanning takes the radio off its channel for a moment,
//! so not at every reading); the kernel's cache is read at every one. Dropping the handle
//! stops it.

use std::time::{Duration, Instant};

use super::radio;
use super::reading::{AirSource, Reading, ScanPolicy, ScanRequest};
use crate::repeat::Repeating;

/// How often the cache is read.
pub const INTERVAL: Duration = Duration::from_secs(3);
/// How often a fresh scan is asked for (the cache forgets access points after 30 s).
pub const SCAN_EVERY: Duration = Duration::from_secs(10);

pub struct AirWatcher {
    _rounds: Repeating,
}

impl AirWatcher {
    pub fn start(
        source: AirSource,
        interval: Duration,
        report: impl Fn(Reading) + Send + 'static,
    ) -> std::io::Result<Self> {
        Repeating::start("wps-air", move || {
            let mut radio = radio::this_system();
            let mut last_scan: Option<Instant> = None;
            let mut last_outcome = ScanRequest::NotAsked;
            move || {
                let reading = match &source {
                    AirSource::Radio => {
                        let due = last_scan.is_none_or(|t| t.elapsed() >= SCAN_EVERY);
                        let policy = if due {
                            last_scan = Some(Instant::now());
                            // Waited for (on this thread), so the readings until the
                            // next scan hold the whole air, not only the cache.
                            ScanPolicy::RequestAndWait(super::reading::SCAN_WAIT)
                        } else {
                            ScanPolicy::CacheOnly
                        };
                        let mut r = radio::read_radio(radio.as_mut(), policy);
                        // Between scans, a reading carries the last scan's outcome.
                        if due {
                            last_outcome = r.scan;
                        } else {
                            r.scan = last_outcome;
                        }
                        r
                    }
                    other => radio::read(other, ScanPolicy::CacheOnly),
                };
                report(reading);
                interval
            }
        })
        .map(|_rounds| Self { _rounds })
    }
}
