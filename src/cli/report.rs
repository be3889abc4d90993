//! `report`: run the checks and write the support summary.

use std::net::{SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::process::ExitCode;

use crate::checks;
use crate::i18n::{self, Localizer};
use crate::net::http::Limits;
use crate::net::probe::Target;
use crate::report::{self, Format, Summary};

/// "192.168.1.1" or "192.168.1.1:8080" or "router.local".
fn router_addr(s: &str) -> Option<SocketAddr> {
    if let Ok(a) = s.parse::<SocketAddr>() {
        return Some(a);
    }
    if let Ok(ip) = s
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<std::net::IpAddr>()
    {
        return Some(SocketAddr::new(ip, 80));
    }
    (s, 80).to_socket_addrs().ok()?.next()
}

pub fn run(
    printer: Option<&str>,
    router: Option<&str>,
    format: &str,
    out: Option<&Path>,
    no_serial: bool,
) -> ExitCode {
    let Some(format) = Format::parse(format) else {
        eprintln!("unknown format {format}: use text, md, json or html");
        return ExitCode::from(2);
    };
    let target = match printer.map(|p| Target::parse(p, None)).transpose() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let router = match router.map(|r| router_addr(r).ok_or(r)).transpose() {
        Ok(r) => r,
        Err(r) => {
            eprintln!("not a router address: {r}");
            return ExitCode::from(2);
        }
    };
    let run = checks::run(target.as_ref(), router, Limits::default());
    let answered = run.printer.as_ref().is_none_or(|p| p.answered);
    let summary = Summary {
        checks: Some(run),
        include_serial: !no_serial,
        ..Summary::new()
    };
    let l = if format == Format::Json {
        Localizer::new(i18n::FALLBACK)
    } else {
        Localizer::new(&i18n::system_language().unwrap_or_default())
    };
    let text = report::render(&summary, format, &l);
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("could not write {}: {e}", path.display());
                return ExitCode::from(1);
            }
        }
        None => println!("{text}"),
    }
    if answered {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
