//! `scan`: the printers on this network (or demo mode's), printed as they are found, or
//! one JSON document at the end.

use std::collections::BTreeSet;
use std::net::IpAddr;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::json;

use super::demo::{self, Demo};
use super::terminal::{Outcome, OutputClosed, say, warn};
use wps_pin_core::i18n::Localizer;
use wps_pin_core::net::discovery::{DiscoveredPrinter, Scope};
use wps_pin_core::world::World;
use wps_pin_core::world::real::RealWorld;

pub fn run(timeout: f64, as_json: bool, loopback_only: bool, demo: Option<&Demo>) -> Outcome {
    let l = super::terminal::reader();
    if !timeout.is_finite() || !(0.1..=3600.0).contains(&timeout) {
        warn(&l.t("cli-scan-timeout"));
        return Ok(ExitCode::from(2));
    }
    let scope = if loopback_only {
        Scope::LoopbackOnly
    } else {
        Scope::AllInterfaces
    };
    let (tx, rx) = mpsc::channel::<Vec<DiscoveredPrinter>>();
    let real = RealWorld::new(None);
    let world: &dyn World = demo.map_or(&real, Demo::world);
    let found = Box::new(move |list| {
        let _ = tx.send(list);
    });
    let _discovery = match world.discover(scope, found) {
        Ok(d) => d,
        Err(_) => {
            warn(&l.t("cli-scan-failed"));
            return Ok(ExitCode::from(1));
        }
    };
    if demo.is_some() && !as_json {
        say(&demo::note(&l))?;
    }
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
        let doc = json!({ "printers": latest });
        let doc = if demo.is_some() { demo::mark(doc) } else { doc };
        say(&doc.to_string())?;
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
