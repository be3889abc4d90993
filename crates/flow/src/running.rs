//! What the worker should be running — the search, the printer watch, the air — said in
//! one function ([`wanted`]) of the state, and told to the worker in one place
//! ([`reconcile`]) whenever it changes.

use wps_pin_core::air::demo::Scenario;
use wps_pin_core::air::reading::AirSource;
use wps_pin_core::worker::Command;
use wps_pin_core::world::AirContext;

use crate::effect::Effect;
use crate::nav::Page;
use crate::pin::{Method, WindowState};
use crate::state::{AppState, Running};

/// What should run for the state as it is now.
pub fn wanted(s: &AppState) -> Running {
    let page = s.nav.current();
    let shows_printer = matches!(
        page,
        Page::Printer | Page::EnterPin | Page::WherePin | Page::Troubleshoot
    );
    // The route's first screen offers a printer's own setup network when the air has one.
    let shows_air = matches!(page, Page::EnterPin | Page::FindPrinter)
        || (page == Page::PrinterWifi && s.wifi.step == crate::wifi::WifiStep::Reach);
    Running {
        // The search also runs while the PIN page looks for a printer that joined.
        scan: (page == Page::FindPrinter
            || (page == Page::EnterPin && s.join.as_ref().is_some_and(|j| j.found.is_none())))
        .then_some(s.config.scan_scope),
        watch: s.journey.target().filter(|_| shows_printer).cloned(),
        air: shows_air.then(|| (air_source(s), air_context(s))),
    }
}

/// Where the air is read from now: the configured source, with demo mode's router
/// following the two-minute window (started with the printer's PIN, it waits for a
/// PIN; with the push button, its push button is active).
pub fn air_source(s: &AppState) -> AirSource {
    let follow = |base: Scenario| match (base, s.pin.window, s.pin.method) {
        (Scenario::Ready, WindowState::Running(_), Some(Method::PushButton)) => {
            Scenario::PushButtonActive
        }
        (Scenario::Ready, WindowState::Running(_), Some(Method::PrinterShowsPin)) => {
            Scenario::PinActive
        }
        (other, _, _) => other,
    };
    match &s.config.air {
        AirSource::Radio if s.config.demo => AirSource::Demo(follow(Scenario::Ready)),
        AirSource::Demo(base) => AirSource::Demo(follow(*base)),
        other => other.clone(),
    }
}

/// What the app knows that changes how the air is understood.
fn air_context(s: &AppState) -> AirContext {
    AirContext {
        printer_joined: s
            .journey
            .printer
            .as_ref()
            .and_then(|p| p.last.as_ref())
            .and_then(|r| r.identity.connected_wifi())
            .and_then(|a| a.ssid.clone()),
    }
}

/// Tells the worker what changed between what runs and what should.
pub fn reconcile(s: &mut AppState) -> Vec<Effect> {
    let want = wanted(s);
    let mut out = Vec::new();
    if want.scan != s.running.scan {
        out.push(Effect::Send(match want.scan {
            Some(scope) => Command::StartScan { scope },
            None => Command::StopScan,
        }));
        if want.scan.is_some() {
            // A new search: forget the last one's printers.
            s.find.started = Some(std::time::Instant::now());
            s.find.printers.clear();
            s.find.failed = false;
        }
    }
    if want.watch != s.running.watch {
        out.push(Effect::Send(match &want.watch {
            Some(t) => Command::WatchPrinter(t.clone()),
            None => Command::StopWatching,
        }));
    }
    if want.air != s.running.air {
        out.push(Effect::Send(match &want.air {
            Some((source, context)) => Command::WatchAir {
                source: source.clone(),
                context: context.clone(),
            },
            None => Command::StopAirWatch,
        }));
        // A reading kept from an earlier visit would be stale: read again.
        if want.air.is_none() {
            s.air = None;
        }
    }
    s.running = want;
    out
}
