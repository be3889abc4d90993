//! The support summary, built in one place from what the window knows: the journey,
//! the checks, the steps tried and the person's choices of what to include.

use wps_pin_core::report::{self, StepTried, Summary};

use crate::state::AppState;
use crate::trouble::CHECKS;

/// The summary as it stands now.
pub fn build(s: &AppState) -> Summary {
    let t = &s.trouble;
    let steps_tried = CHECKS
        .iter()
        .zip(t.tried.iter())
        .filter_map(|(cause, at)| {
            at.map(|at| StepTried {
                key: cause.key,
                title: cause.title,
                at,
            })
        })
        .collect();
    Summary {
        checks: t.run.clone(),
        steps_tried,
        pin: s.journey.pin_for_summary(),
        include_pin: t.include_pin,
        include_serial: t.include_serial,
        journey: s.journey.record(&s.remembered),
        last_status: s.journey.printer.as_ref().and_then(|p| p.last.clone()),
        // Demo mode's summary says so, whether or not a demo printer was chosen.
        simulated: s.config.demo,
        case: Some(s.case.name.clone()).filter(|c| !c.trim().is_empty()),
        note: Some(s.case.note.clone()).filter(|n| !n.trim().is_empty()),
        ..Summary::new()
    }
}

/// The summary in the chosen format and the reader's language.
pub fn render(s: &AppState) -> String {
    report::render(&build(s), s.trouble.format, s.l())
}
