//! The WPS "walk time": how long a router or printer stays in WPS mode once started.

use std::time::{Duration, Instant};

/// `WPS_PBC_WALK_TIME` in hostap (facts/wps.md §1.5); wpa_supplicant times out PIN
/// sessions after the same 120 s. A printer's own PIN lifetime is not documented, so
/// the app shows this protocol window and tells people to follow the printer's timer.
pub const WALK_TIME: Duration = Duration::from_secs(120);

/// One running window, measured on a monotonic clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WpsWindow {
    started: Instant,
    length: Duration,
}

impl WpsWindow {
    pub fn start(now: Instant, length: Duration) -> Self {
        Self {
            started: now,
            length,
        }
    }

    pub fn length(&self) -> Duration {
        self.length
    }

    pub fn remaining(&self, now: Instant) -> Duration {
        self.length
            .saturating_sub(now.saturating_duration_since(self.started))
    }

    pub fn is_over(&self, now: Instant) -> bool {
        self.remaining(now).is_zero()
    }

    /// When the shown whole-second count next changes (or the window ends), so a
    /// timer can sleep until then instead of polling.
    pub fn next_change(&self, now: Instant) -> Instant {
        let remaining = self.remaining(now);
        let into_second = remaining.as_nanos() % 1_000_000_000;
        let wait = if into_second == 0 {
            Duration::from_secs(1)
        } else {
            Duration::from_nanos(into_second as u64)
        };
        now + wait.min(remaining)
    }
}

/// Seconds shown to a person: rounded up, so "0:00" appears only when time is up.
pub fn whole_seconds_left(remaining: Duration) -> u64 {
    remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0)
}

/// "1:05" style minutes and seconds.
pub fn format_mm_ss(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_and_ends() {
        let t0 = Instant::now();
        let w = WpsWindow::start(t0, WALK_TIME);
        assert_eq!(w.remaining(t0), WALK_TIME);
        assert_eq!(
            whole_seconds_left(w.remaining(t0 + Duration::from_millis(500))),
            120
        );
        assert_eq!(
            whole_seconds_left(w.remaining(t0 + Duration::from_secs(1))),
            119
        );
        assert!(!w.is_over(t0 + Duration::from_secs(119)));
        assert!(w.is_over(t0 + Duration::from_secs(120)));
        assert!(w.is_over(t0 + Duration::from_secs(500)));
    }

    #[test]
    fn next_change_is_at_second_boundaries() {
        let t0 = Instant::now();
        let w = WpsWindow::start(t0, Duration::from_secs(3));
        assert_eq!(w.next_change(t0), t0 + Duration::from_secs(1));
        let t = t0 + Duration::from_millis(250);
        assert_eq!(w.next_change(t), t0 + Duration::from_secs(1));
        let end = t0 + Duration::from_millis(2900);
        assert_eq!(w.next_change(end), t0 + Duration::from_secs(3));
    }

    #[test]
    fn formats_minutes() {
        assert_eq!(format_mm_ss(120), "2:00");
        assert_eq!(format_mm_ss(65), "1:05");
        assert_eq!(format_mm_ss(0), "0:00");
    }
}
