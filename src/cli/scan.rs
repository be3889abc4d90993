//! `scan`: the printers on this network, printed as they are found, or one JSON
//! document at the end.

use std::collections::BTreeSet;
use std::net::IpAddr;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::json;

use super::terminal::{Outcome, OutputClosed, say, warn};
use wps_pin_core::i18n::Localizer;
use wps_pin_core::net::discovery::DiscoveredPrinter;
use wps_pin_core::net::discovery::{Discovery, Scope};

pub fn run(timeout: f64, as_json: bool, loopback_only: bool) -> Outcome {
    if !timeout.is_finite() || !(0.1..=3600.0).contains(&timeout) {
        warn("--timeout must be between 0.1 and 3600 seconds");
        return Ok(ExitCode::from(2));
    }
    let scope = if loopback_only {
        Scope::LoopbackOnly
    } else {
        Scope::AllInterfaces
    };
    let (tx, rx) = mpsc::channel::<Vec<DiscoveredPrinter>>();
    let _discovery = match Discovery::start(scope, move |list| {
        let _ = tx.send(list);
    }) {
        Ok(d) => d,
        Err(e) => {
            warn(&e.to_string());
            return Ok(ExitCode::from(1));
        }
    };
    let l = super::terminal::reader();
    let deadline = Instant::now() + Duration::from_secs_f64(timeout);
    let mut latest: Vec<DiscoveredPrinter> = Vec::new();
    let mut printed = BTreeSet::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(list) => latest = list,
            Err(_) => break,
        }
        if !as_json {
            // A printer is shown once it has an IPv4 address (its AAAA record often comes
            // first); one that never gets one is shown at the end.
            let ready = latest
                .iter()
                .filter(|p| p.addresses.iter().any(IpAddr::is_ipv4));
            print_new(ready, &mut printed, &l)?;
        }
    }
    if as_json {
        say(&json!({ "printers": latest }).to_string())?;
    } else if latest.is_empty() {
        say(&l.t("cli-scan-none"))?;
    } else {
        print_new(latest.iter(), &mut printed, &l)?;
    }
    Ok(if latest.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Prints each printer not printed yet, on one line.
fn print_new<'a>(
    printers: impl Iterator<Item = &'a DiscoveredPrinter>,
    printed: &mut BTreeSet<String>,
    l: &Localizer,
) -> Result<(), OutputClosed> {
    for p in printers {
        if !printed.insert(p.id.clone()) {
            continue;
        }
        say(&l.t_args(
            "cli-scan-found",
            &[
                ("name", p.name.clone().into()),
                ("model", p.model.clone().unwrap_or_default().into()),
                ("address", address_list(p, l).into()),
            ],
        ))?;
    }
    Ok(())
}

/// Its addresses, IPv4 first, joined as the reader's language joins a list.
fn address_list(p: &DiscoveredPrinter, l: &Localizer) -> String {
    let addresses: Vec<String> = p.addresses.iter().map(ToString::to_string).collect();
    wps_pin_core::words::list(l, &addresses)
}
