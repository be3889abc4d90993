//! `probe`: identity, firmware and network state of one printer (in demo mode, of a
//! simulated one).

use std::process::ExitCode;

use super::demo::{self, Demo};
use super::terminal::{Outcome, say, warn};
use wps_pin_core::i18n::Localizer;
use wps_pin_core::net::address::Target;
use wps_pin_core::net::http::Limits;
use wps_pin_core::net::probe::{self, Report};
use wps_pin_core::words;

pub fn run(target: &str, ipp: Option<&str>, as_json: bool, demo: Option<&Demo>) -> Outcome {
    let l = super::terminal::reader();
    let parsed = Target::parse(target).and_then(|t| match ipp {
        Some(ipp) => t.with_ipp(ipp),
        None => Ok(t),
    });
    let target = match parsed {
        Ok(t) => t,
        Err(e) => {
            warn(&words::address_error(e, &l));
            return Ok(ExitCode::from(2));
        }
    };
    let report = match demo {
        Some(d) => match d.probe(&target) {
            Some(r) => r,
            None => return Ok(ExitCode::from(1)),
        },
        None => {
            // Certificates learned before are checked; a first one is remembered.
            let certificates = super::terminal::certificates(&l);
            probe::probe(&target, &certificates, Limits::default())
        }
    };
    if as_json {
        let doc = report.identity.to_json(&target.host.to_string());
        let doc = if demo.is_some() { demo::mark(doc) } else { doc };
        say(&doc.to_string())?;
    } else {
        if demo.is_some() {
            say(&demo::note(&l))?;
        }
        say(text(&report, &l).trim_end_matches('\n'))?;
    }
    // A printer that did not answer, or could not be trusted, was not read.
    Ok(if report.answered && !report.certificate_changed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The probe as text: a heading, then what [`words::printer_lines`] says.
fn text(report: &Report, l: &Localizer) -> String {
    let host = report.target.host.to_string();
    let (heading, lines) = if report.answered {
        let heading = l.t_args("probe-heading", &[("address", host.into())]);
        (heading, words::printer_lines(report, true, l))
    } else {
        // One sentence says why; only what it does not say follows.
        words::no_answer(report, l)
    };
    let mut out = format!("{heading}\n");
    for line in lines {
        out.push_str(&format!("  {line}\n"));
    }
    out
}
