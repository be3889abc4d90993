//! What the person chose and did in the window, as the support summary records it: the
//! printer (and what is known of it), the catalog family, the control panel, the guide
//! and step reached, each PIN check's verdict (never the PIN itself), each run of the
//! two-minute timer with how it ended, and each time the printer's Wi-Fi was set through
//! its own web page (never the password).

use std::net::Ipv4Addr;
use std::time::SystemTime;

use serde_json::{Value, json};

use crate::catalog::panels::PanelKind;
use crate::guide::howto::Direction;
use crate::net::wifi::{JoinReport, Protocol, WifiProblem, problems_json};
use crate::wps::{PinCheck, Verdict, Warning};

/// The printer the person chose, as far as the app knows it without asking it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrinterFacts {
    /// The name it announces on the network.
    pub name: Option<String>,
    /// The model it announces.
    pub model: Option<String>,
    /// The address the app talks to.
    pub address: Option<String>,
    /// Its hardware (MAC) address, when it announced one.
    pub mac: Option<String>,
    /// Its host name on the network ("HP4F1A2B.local").
    pub host: Option<String>,
    /// A demo printer: nothing about it is real.
    pub simulated: bool,
}

crate::keyed_enum! {
    /// A PIN check's outcome without the PIN.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum PinVerdict {
        Valid8 = "valid_8",
        Valid4 = "valid_4",
        WrongCheckDigit = "wrong_check_digit",
        WrongLength = "wrong_length",
        NotADigit = "not_a_digit",
    }
}

impl PinVerdict {
    /// None for an empty field (nothing was checked).
    pub fn of(verdict: Verdict) -> Option<Self> {
        Some(match verdict {
            Verdict::Valid8 => PinVerdict::Valid8,
            Verdict::Valid4 => PinVerdict::Valid4,
            Verdict::WrongCheckDigit { .. } => PinVerdict::WrongCheckDigit,
            Verdict::WrongLength { .. } => PinVerdict::WrongLength,
            Verdict::NotADigit { .. } => PinVerdict::NotADigit,
            Verdict::Empty => return None,
        })
    }
}

/// One PIN check the person saw, when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PinCheckRecord {
    pub at: SystemTime,
    pub verdict: PinVerdict,
    /// The PIN is on the published lists of default PINs.
    pub well_known: bool,
}

impl PinCheckRecord {
    pub fn of(check: &PinCheck, at: SystemTime) -> Option<Self> {
        Some(Self {
            at,
            verdict: PinVerdict::of(check.verdict)?,
            well_known: check.warnings.contains(&Warning::WellKnownDefault),
        })
    }
}

crate::keyed_enum! {
    /// How a run of the timer ended.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum TimerEnd {
        /// The person stopped it.
        Stopped = "stopped",
        /// The two minutes ran out.
        TimeUp = "time_up",
        /// The printer joined Wi-Fi while it ran.
        Joined = "joined",
        /// A new run (or another way) replaced it.
        Replaced = "replaced",
    }
}

/// One run of the two-minute timer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimerRun {
    pub direction: Direction,
    pub started: SystemTime,
    /// None while it runs.
    pub ended: Option<(SystemTime, TimerEnd)>,
}

/// The guide shown last and the step reached in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideReached {
    pub id: String,
    /// Its title's message id.
    pub title: String,
    /// From 0.
    pub step: usize,
    pub total: usize,
}

/// The network name and password sent to the printer through its own web page (LEDM or
/// CDM), and how it ended. The password is not in it: there is nothing here to leak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterWifiRecord {
    pub at: SystemTime,
    /// The printer's address, when it was reached at one on this computer's network.
    pub printer: Option<String>,
    /// The printer's own setup network this computer joined to reach it, if any.
    pub setup_network: Option<String>,
    pub protocol: Option<Protocol>,
    /// The network's name, as shown.
    pub ssid: String,
    /// Sent over HTTPS (else over plain HTTP, with the person's consent).
    pub encrypted: bool,
    /// The printer took the settings.
    pub sent: bool,
    /// The printer said it joined, with an address there.
    pub joined: bool,
    pub ipv4: Option<Ipv4Addr>,
    pub problems: Vec<WifiProblem>,
}

impl PrinterWifiRecord {
    pub fn of(
        report: &JoinReport,
        printer: Option<String>,
        setup_network: Option<String>,
        at: SystemTime,
    ) -> Self {
        Self {
            at,
            printer,
            setup_network,
            protocol: report.protocol,
            ssid: report.ssid.display(),
            encrypted: report.encrypted,
            sent: report.sent,
            joined: report.joined,
            ipv4: report.ipv4,
            problems: report.problems.clone(),
        }
    }
}

/// What the person did: each PIN check, each run of the timer, each time the printer's
/// Wi-Fi was set through its web page, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Activity {
    pub pin_checks: Vec<PinCheckRecord>,
    pub timer_runs: Vec<TimerRun>,
    pub printer_wifi: Vec<PrinterWifiRecord>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JourneyRecord {
    pub printer: Option<PrinterFacts>,
    /// The catalog family's name ("HP OfficeJet Pro 9010 series").
    pub family: Option<String>,
    pub panel: Option<PanelKind>,
    pub guide: Option<GuideReached>,
    pub activity: Activity,
}

impl Activity {
    /// Closes the run that is still going, if any.
    pub fn end_timer(&mut self, at: SystemTime, how: TimerEnd) {
        if let Some(run) = self.timer_runs.last_mut()
            && run.ended.is_none()
        {
            run.ended = Some((at, how));
        }
    }

    /// A new run starts (a run still going is replaced by it).
    pub fn start_timer(&mut self, direction: Direction, at: SystemTime) {
        self.end_timer(at, TimerEnd::Replaced);
        self.timer_runs.push(TimerRun {
            direction,
            started: at,
            ended: None,
        });
    }

    /// The run still going, if any.
    pub fn running(&self) -> Option<&TimerRun> {
        self.timer_runs.last().filter(|r| r.ended.is_none())
    }
}

impl JourneyRecord {
    /// The record for scripts (`utc` formats the times); language-neutral keys only.
    pub fn to_json(&self, utc: impl Fn(SystemTime) -> String) -> Value {
        let a = &self.activity;
        json!({
            "family": self.family,
            "panel": self.panel.map(PanelKind::as_str),
            "guide": self.guide.as_ref().map(|g| json!({
                "id": g.id,
                "step": g.step + 1,
                "steps": g.total,
            })),
            "pin_checks": a.pin_checks.iter().map(|c| json!({
                "at": utc(c.at),
                "verdict": c.verdict.key(),
                "well_known_default": c.well_known,
            })).collect::<Vec<_>>(),
            "timer_runs": a.timer_runs.iter().map(|r| json!({
                "way": r.direction.key(),
                "started": utc(r.started),
                "ended": r.ended.map(|(t, _)| utc(t)),
                "how": r.ended.map(|(_, how)| how.key()),
            })).collect::<Vec<_>>(),
            "printer_wifi": a.printer_wifi.iter().map(|w| json!({
                "at": utc(w.at),
                "printer": w.printer,
                "setup_network": w.setup_network,
                "protocol": w.protocol.map(Protocol::key),
                "ssid": w.ssid,
                "encrypted": w.encrypted,
                "sent": w.sent,
                "joined": w.joined,
                "ipv4": w.ipv4.map(|ip| ip.to_string()),
                "problems": problems_json(&w.problems),
            })).collect::<Vec<_>>(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timer_runs_end_once_and_a_new_run_replaces_one_still_going() {
        let t0 = SystemTime::UNIX_EPOCH;
        let mut r = Activity::default();
        r.start_timer(Direction::PushButton, t0);
        r.start_timer(Direction::PrinterPin, t0 + Duration::from_secs(5));
        r.end_timer(t0 + Duration::from_secs(9), TimerEnd::Joined);
        r.end_timer(t0 + Duration::from_secs(20), TimerEnd::Stopped);
        let ends: Vec<_> = r
            .timer_runs
            .iter()
            .map(|run| run.ended.map(|(_, how)| how))
            .collect();
        assert_eq!(ends, [Some(TimerEnd::Replaced), Some(TimerEnd::Joined)]);
    }

    #[test]
    fn a_pin_check_keeps_the_verdict_and_never_the_pin() {
        let check = crate::wps::check_pin("1234 5670");
        let rec = PinCheckRecord::of(&check, SystemTime::UNIX_EPOCH).unwrap();
        assert_eq!(rec.verdict, PinVerdict::Valid8);
        assert!(rec.well_known);
        let doc = JourneyRecord {
            activity: Activity {
                pin_checks: vec![rec],
                ..Activity::default()
            },
            ..JourneyRecord::default()
        }
        .to_json(|_| "t".into())
        .to_string();
        assert!(!doc.contains("1234") && !doc.contains("5670"), "{doc}");
        assert!(PinCheckRecord::of(&crate::wps::check_pin(""), SystemTime::UNIX_EPOCH).is_none());
    }
}
