//! `air`: the routers around this computer, read from the air — each network's WPS state
//! and security, and the HP printers' own networks — or from a reading saved before.

use std::path::Path;
use std::process::ExitCode;

use super::terminal::{Outcome, say, warn};
use wps_pin_core::air::networks::{Air, Context};
use wps_pin_core::air::reading::{AirSource, ScanPolicy, Unavailable};
use wps_pin_core::air::{checks, file, json, radio};
use wps_pin_core::report::utc;
use wps_pin_core::words;

/// A fresh scan (waited for), unless `--no-scan`.
pub fn policy(no_scan: bool) -> ScanPolicy {
    if no_scan {
        ScanPolicy::CacheOnly
    } else {
        ScanPolicy::RequestAndWait(checks::SCAN_WAIT)
    }
}

pub fn run(as_json: bool, from: Option<&Path>, save: Option<&Path>, policy: ScanPolicy) -> Outcome {
    let l = super::terminal::reader();
    let source = from.map_or(AirSource::Radio, |p| AirSource::File(p.to_owned()));
    let reading = radio::read(&source, policy);
    // A file that could not be read is not written over.
    if let Some(path) = save
        && !matches!(reading.unavailable, Some(Unavailable::File(_)))
    {
        match file::save(path, &reading.bss, reading.at) {
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
    if as_json {
        say(&json::document(&air, &utc(air.at)).to_string())?;
    } else {
        for line in words::air_lines(&air, &l) {
            say(&line)?;
        }
    }
    Ok(if reading.bss.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
