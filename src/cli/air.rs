//! `air`: the routers around this computer, read from the air — each network's WPS state
//! and security, and the HP printers' own networks — or from a reading saved before, or
//! demo mode's simulated air.

use std::path::Path;
use std::process::ExitCode;

use super::demo::{self, Demo};
use super::terminal::{Outcome, say, warn};
use wps_pin_core::air::networks::{Air, Context};
use wps_pin_core::air::reading::{AirSource, ScanPolicy, Unavailable};
use wps_pin_core::air::{file, json, radio};
use wps_pin_core::checks::air as checks;
use wps_pin_core::i18n::Localizer;
use wps_pin_core::time::utc;
use wps_pin_core::words;

/// A fresh scan (waited for), unless `--no-scan`.
pub fn policy(no_scan: bool) -> ScanPolicy {
    if no_scan {
        ScanPolicy::CacheOnly
    } else {
        ScanPolicy::RequestAndWait(checks::SCAN_WAIT)
    }
}

pub fn run(
    as_json: bool,
    from: Option<&Path>,
    save: Option<&Path>,
    policy: ScanPolicy,
    demo: Option<&Demo>,
) -> Outcome {
    let l = super::terminal::reader();
    if let Some(d) = demo {
        if save.is_some() {
            warn(&l.t("cli-demo-no-save"));
            return Ok(ExitCode::from(2));
        }
        if let Some(code) = demo::refuse("--from", from.is_some(), &l) {
            return Ok(code);
        }
        return match d.air() {
            Some(air) => show(&air, as_json, Some(d), &l),
            None => Ok(ExitCode::from(1)),
        };
    }
    let source = from.map_or(AirSource::Radio, |p| AirSource::File(p.to_owned()));
    let reading = radio::read(&source, policy);
    // A file that could not be read is not written over.
    if let Some(path) = save
        && !matches!(reading.unavailable, Some(Unavailable::File(_)))
    {
        match file::save_reading(path, &reading) {
            Ok(()) => warn(&l.t_args(
                "cli-air-saved",
                &[("path", path.display().to_string().into())],
            )),
            Err(e) => {
                warn(&words::file_error(&e, &l));
                return Ok(ExitCode::from(1));
            }
        }
    }
    let air = Air::assess(&reading, &Context::default());
    show(&air, as_json, None, &l)
}

/// The reading as one JSON document or as lines for people; exit 1 when nothing was heard.
fn show(air: &Air, as_json: bool, demo: Option<&Demo>, l: &Localizer) -> Outcome {
    if as_json {
        let doc = json::document(air, &utc(air.at));
        let doc = if demo.is_some() { demo::mark(doc) } else { doc };
        say(&doc.to_string())?;
    } else {
        if demo.is_some() {
            say(&demo::note(l))?;
        }
        for line in words::air_lines(air, l) {
            say(&line)?;
        }
    }
    Ok(if air.networks.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
