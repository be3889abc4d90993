//! `report`: run the checks and write the support summary (in demo mode, of the
//! simulated world; the summary then says so).

use std::net::{SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::process::ExitCode;

use super::demo::{self, Demo};
use super::terminal::{Outcome, say, warn, write_out};
use wps_pin_core::air::reading::{AirSource, ScanPolicy};
use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::net::address::{Host, Target};
use wps_pin_core::net::http::Limits;
use wps_pin_core::report::{self, Format, Summary};
use wps_pin_core::words;

/// The router's web port when none is given.
const ROUTER_PORT: u16 = 80;

/// "192.168.1.1", "192.168.1.1:8080", "[fe80::1]:8080" or "router.local".
fn router_addr(s: &str) -> Option<SocketAddr> {
    if let Ok(a) = s.trim().parse::<SocketAddr>() {
        return Some(a);
    }
    match Host::parse(s).ok()? {
        Host::Name(name) => (name.as_str(), ROUTER_PORT).to_socket_addrs().ok()?.next(),
        ip => ip.socket_addr(ROUTER_PORT),
    }
}

/// What the summary is about: the printer, the router and the model, as typed, and the
/// help desk's case name and note.
pub struct Asked<'a> {
    pub printer: Option<&'a str>,
    pub router: Option<&'a str>,
    pub model: Option<&'a str>,
    pub case: Option<&'a str>,
    pub note: Option<&'a str>,
}

/// The family's name for a model name or query.
fn family_of(query: &str) -> Option<String> {
    wps_pin_core::catalog::catalog()
        .search(query, 1)
        .into_iter()
        .next()
        .map(|m| m.family.name())
}

/// The family for `--model` (said on standard error when nothing matches).
fn family_asked(query: &str, l: &Localizer) -> Option<String> {
    let found = family_of(query);
    if found.is_none() {
        warn(&l.t_args(
            "cli-report-model-none",
            &[("query", query.trim().to_owned().into())],
        ));
    }
    found
}

pub fn run(
    asked: Asked<'_>,
    format: &str,
    out: Option<&Path>,
    no_serial: bool,
    (air_from, policy): (Option<&Path>, ScanPolicy),
    demo: Option<&Demo>,
) -> Outcome {
    let Asked {
        printer,
        router,
        model,
        case,
        note,
    } = asked;
    let reader = super::terminal::reader();
    if demo.is_some() {
        let refused = demo::refuse("--router", router.is_some(), &reader)
            .or_else(|| demo::refuse("--air-from", air_from.is_some(), &reader));
        if let Some(code) = refused {
            return Ok(code);
        }
    }
    let Some(format) = Format::parse(format) else {
        warn(&reader.t_args(
            "cli-report-unknown-format",
            &[("format", format.to_owned().into())],
        ));
        return Ok(ExitCode::from(2));
    };
    let target = match printer.map(Target::parse).transpose() {
        Ok(t) => t,
        Err(e) => {
            warn(&words::address_error(e, &reader));
            return Ok(ExitCode::from(2));
        }
    };
    // A folder for --out is a usage error, said before the checks take their time.
    let example = format!("wps-support-summary.{}", format.extension());
    if let Some(usage) = out.and_then(|p| super::terminal::refuse_folder(p, &example, &reader)) {
        return Ok(usage);
    }
    let router = match router.map(|r| router_addr(r).ok_or(r)).transpose() {
        Ok(r) => r,
        Err(r) => {
            warn(&reader.t_args(
                "cli-report-not-a-router",
                &[("address", r.to_owned().into())],
            ));
            return Ok(ExitCode::from(2));
        }
    };
    let run = match demo {
        Some(d) => d.world().checks(target.as_ref(), None, &d.air_source()),
        None => {
            let certificates = super::terminal::certificates(&reader);
            let air = air_from.map_or(AirSource::Radio, |p| AirSource::File(p.to_owned()));
            wps_pin_core::diagnose::run(
                target.as_ref(),
                router,
                &air,
                policy,
                &certificates,
                Limits::default(),
            )
        }
    };
    let trusted = run
        .printer
        .as_ref()
        .is_none_or(|p| p.answered && !p.certificate_changed());
    let mut summary = Summary {
        checks: Some(run),
        include_serial: !no_serial,
        simulated: demo.is_some(),
        case: case.map(str::to_owned),
        note: note.map(str::to_owned),
        ..Summary::new()
    };
    // The family of the model the printer names, else of the model asked for.
    let said = summary
        .probe()
        .and_then(|p| p.identity.model.as_ref())
        .and_then(|m| family_of(&m.value));
    summary.journey.family = said.or_else(|| model.and_then(|q| family_asked(q, &reader)));
    // JSON is for scripts: its few words stay in English.
    let l = if format == Format::Json {
        Localizer::new(i18n::FALLBACK)
    } else {
        reader
    };
    let text = report::render(&summary, format, &l);
    let written = match out {
        Some(path) => write_out(path, &text, &example, &l)?,
        None => {
            say(text.trim_end_matches('\n'))?;
            ExitCode::SUCCESS
        }
    };
    Ok(if trusted && written == ExitCode::SUCCESS {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
