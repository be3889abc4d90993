//! What the person chose and did, in words, for the support summary. The PIN itself is
//! never worded here: only each check's verdict.

use std::time::SystemTime;

use super::catalog::panel_title;
use super::join::labelled;
use crate::guide::howto::Direction;
use crate::i18n::Localizer;
use crate::journey::{JourneyRecord, PinCheckRecord, PinVerdict, PrinterFacts, TimerEnd, TimerRun};

/// Name, model, address, MAC and host name, as far as they are known.
pub fn printer_fact_lines(p: &PrinterFacts, l: &Localizer) -> Vec<String> {
    let mut out = Vec::new();
    if p.simulated {
        out.push(l.t("report-simulated"));
    }
    let facts = [
        ("report-name", &p.name),
        ("printer-model", &p.model),
        ("report-address", &p.address),
        ("report-mac", &p.mac),
        ("report-host", &p.host),
    ];
    for (label, value) in facts {
        if let Some(v) = value {
            out.push(labelled(l, &l.t(label), v));
        }
    }
    out
}

/// The catalog family and the control panel.
pub fn model_lines(r: &JourneyRecord, l: &Localizer) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(f) = &r.family {
        out.push(labelled(l, &l.t("report-family"), f));
    }
    if let Some(kind) = r.panel {
        out.push(labelled(l, &l.t("report-panel"), &panel_title(kind, l)));
    }
    out
}

pub fn way(d: Direction, l: &Localizer) -> String {
    l.t(match d {
        Direction::PrinterPin => "report-way-printer-pin",
        Direction::RouterPin => "report-way-router-pin",
        Direction::PushButton => "report-way-push-button",
    })
}

/// A PIN check's verdict without the PIN.
// Source: facts/wps.md §1.1 (lengths and the check digit).
pub fn pin_check(c: &PinCheckRecord, l: &Localizer) -> String {
    let mut text = l.t(match c.verdict {
        PinVerdict::Valid8 => "report-pin-valid-8",
        PinVerdict::Valid4 => "report-pin-valid-4",
        PinVerdict::WrongCheckDigit => "report-pin-wrong-check-digit",
        PinVerdict::WrongLength => "report-pin-wrong-length",
        PinVerdict::NotADigit => "report-pin-not-a-digit",
    });
    if c.well_known {
        text = super::join::list(l, &[text, l.t("report-pin-well-known")]);
    }
    text
}

/// "the printer's PIN: started …, the printer joined at …".
pub fn timer_run(r: &TimerRun, l: &Localizer, utc: &dyn Fn(SystemTime) -> String) -> String {
    let end = match r.ended {
        None => l.t("report-timer-running"),
        Some((at, how)) => l.t_args(
            match how {
                TimerEnd::Stopped => "report-timer-stopped",
                TimerEnd::TimeUp => "report-timer-time-up",
                TimerEnd::Joined => "report-timer-joined",
                TimerEnd::Replaced => "report-timer-replaced",
            },
            &[("at", utc(at).into())],
        ),
    };
    l.t_args(
        "report-timer-run",
        &[
            ("way", way(r.direction, l).into()),
            ("started", utc(r.started).into()),
            ("end", end.into()),
        ],
    )
}

/// The guide and step reached, each PIN check and each run of the timer (none: nothing
/// was done in the window, as from the command line).
pub fn journey_lines(
    r: &JourneyRecord,
    l: &Localizer,
    utc: &dyn Fn(SystemTime) -> String,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(g) = &r.guide {
        let reached = l.t_args(
            "report-guide-step",
            &[
                ("guide", l.t(&g.title).into()),
                ("step", (g.step + 1).into()),
                ("total", g.total.into()),
            ],
        );
        out.push(labelled(l, &l.t("report-guide"), &reached));
    }
    for c in &r.activity.pin_checks {
        let label = super::join::with_note(l, &l.t("report-pin-check"), &utc(c.at));
        out.push(labelled(l, &label, &pin_check(c, l)));
    }
    for run in &r.activity.timer_runs {
        out.push(labelled(l, &l.t("report-timer"), &timer_run(run, l, utc)));
    }
    out
}
