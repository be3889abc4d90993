//! Demo mode's world: the simulated printers, router, air and network of
//! [`crate::demo`] (its doc comment tells the story), so help-desk staff can train
//! without a printer and without a packet leaving the computer or the radio being read.
//! What changes as the story goes on — which printer WPS was started for, and when it
//! joins — is kept here; the search, the watch, the air and the checks all read it, so
//! they tell one story. Two demo printers take Wi-Fi settings through their web services
//! ([`super::wifi_demo`]), and the printer on any setup network is the LEDM one. The
//! worker writes files as usual: only the world is simulated.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{AirContext, Running, Sink, World, wifi_demo};
use crate::air::demo::{self as air_demo, Scenario};
use crate::air::networks::{Air, Context};
use crate::air::radio;
use crate::air::reading::{AirSource, Reading, ScanPolicy, Source};
use crate::air::setup_network::{Returned, SetupError};
use crate::air::watch as air_watch;
use crate::checks::CheckRun;
use crate::demo;
use crate::net::address::{Host, Target};
use crate::net::certificates::Certificates;
use crate::net::discovery::DiscoveredPrinter;
use crate::net::discovery::Scope;
use crate::net::discovery::demo::{Demo, DemoPrinter};
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::reach::{PRINTER_PORTS, Reach, UnknownName};
use crate::net::wifi::{
    Access, Chosen, JoinReport, NetworksReport, Passphrase, PrinterWifi, Progress, Ssid,
    StatusReport,
};
use crate::repeat::Repeating;

/// How often the watched demo printer says how it is.
const INTERVAL: Duration = Duration::from_millis(800);
/// The checks take a moment, as real ones do.
const CHECKS_TAKE: Duration = Duration::from_millis(400);
/// Each simulated wait of the printers' Wi-Fi (a scan, sending, joining) and of joining
/// a setup network: a few seconds in all, as a trainee can follow.
const WIFI_STEP: Duration = Duration::from_millis(400);

/// The story so far: which printer is watched now, and the printers WPS was started for
/// (by id) with the moment each is on Wi-Fi.
#[derive(Default)]
struct Simulation {
    watched: Option<Target>,
    joins: Vec<(String, Instant)>,
}

impl Simulation {
    fn joined(&self, p: &DemoPrinter) -> bool {
        let now = Instant::now();
        self.joins
            .iter()
            .any(|(id, at)| *id == p.announced.id && now >= *at)
    }

    fn joined_at(&self, host: &Host) -> bool {
        demo::printer_at(host).is_some_and(|p| self.joined(&p))
    }

    /// Whether the printer that waited in setup mode has joined (its setup network is
    /// then gone from the air).
    fn setup_left(&self) -> bool {
        demo::in_setup_mode().is_some_and(|p| self.joined(&p))
    }
}

pub struct DemoWorld {
    join_after: Duration,
    state: Arc<Mutex<Simulation>>,
    /// The printers' Wi-Fi (which remembers what each joined).
    wifi: Mutex<wifi_demo::Demo>,
    wifi_step: Duration,
}

impl DemoWorld {
    /// A printer joins Wi-Fi `join_after` WPS is started for it.
    pub fn new(join_after: Duration) -> Self {
        Self {
            join_after,
            state: Arc::default(),
            wifi: Mutex::new(wifi_demo::Demo::new(WIFI_STEP)),
            wifi_step: WIFI_STEP,
        }
    }

    /// The printers' Wi-Fi waits `step` at each step (tests: less).
    pub fn with_wifi_step(mut self, step: Duration) -> Self {
        self.wifi = Mutex::new(wifi_demo::Demo::new(step));
        self.wifi_step = step;
        self
    }

    /// The demo printers' Wi-Fi, for one call (a poisoned lock is taken over: the demo
    /// holds no state that could be half-written).
    fn wifi(&self) -> std::sync::MutexGuard<'_, wifi_demo::Demo> {
        self.wifi
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn read<T>(state: &Mutex<Simulation>, f: impl FnOnce(&Simulation) -> T) -> Option<T> {
        state.lock().ok().map(|s| f(&s))
    }
}

/// The simulated air: the router in scenario `s` (or the trainer's choice), with the
/// setup network of the printer in setup mode until it has joined. A saved reading or
/// none are read as usual; demo mode never reads this computer's radio.
fn reading(source: &AirSource, setup_left: bool) -> Reading {
    let simulated = |s: Scenario| Reading::new(Source::Demo, air_demo::air_with(s, !setup_left));
    match source {
        AirSource::Radio => simulated(Scenario::Ready),
        AirSource::Demo(s) => simulated(*s),
        other => radio::read(other, ScanPolicy::CacheOnly),
    }
}

/// Keeps a watch running; when it ends, the printer is no longer the watched one.
struct Watching {
    _rounds: Repeating,
    state: Arc<Mutex<Simulation>>,
    target: Target,
}

impl Drop for Watching {
    fn drop(&mut self) {
        if let Ok(mut s) = self.state.lock()
            && s.watched.as_ref() == Some(&self.target)
        {
            s.watched = None;
        }
    }
}

impl World for DemoWorld {
    fn discover(
        &self,
        _scope: Scope,
        report: Sink<Vec<DiscoveredPrinter>>,
    ) -> std::io::Result<Running> {
        let state = self.state.clone();
        let on_network = move |p: &DemoPrinter| {
            demo::on_network(p, Self::read(&state, |s| s.joined(p)).unwrap_or(false))
        };
        Demo::start(on_network, report).map(Running::new)
    }

    fn watch(&self, target: Target, report: Sink<Report>) -> std::io::Result<Running> {
        if let Ok(mut s) = self.state.lock() {
            s.watched = Some(target.clone());
        }
        let state = self.state.clone();
        let asked = target.clone();
        let rounds = Repeating::start("wps-demo-watch", move || {
            move || {
                let joined = Self::read(&state, |s| s.joined_at(&asked.host)).unwrap_or(false);
                report(demo::report(&asked, joined));
                INTERVAL
            }
        })?;
        Ok(Running::new(Watching {
            _rounds: rounds,
            state: self.state.clone(),
            target,
        }))
    }

    fn read_air(
        &self,
        source: AirSource,
        context: AirContext,
        report: Sink<Air>,
    ) -> std::io::Result<Running> {
        let state = self.state.clone();
        Repeating::start("wps-demo-air", move || {
            move || {
                let left = Self::read(&state, Simulation::setup_left).unwrap_or(false);
                let ctx = Context {
                    printer_joined: context.printer_joined.as_deref(),
                };
                report(Air::assess(&reading(&source, left), &ctx));
                air_watch::INTERVAL
            }
        })
        .map(Running::new)
    }

    fn checks(
        &self,
        target: Option<&Target>,
        _router: Option<SocketAddr>,
        air: &AirSource,
    ) -> CheckRun {
        std::thread::sleep(CHECKS_TAKE);
        let (joined, left) = Self::read(&self.state, |s| {
            (target.is_some_and(|t| s.joined_at(&t.host)), s.setup_left())
        })
        .unwrap_or_default();
        let mut run = demo::checks(target, joined);
        if *air != AirSource::Off {
            crate::checks::air::add_reading(&mut run, &reading(air, left));
        }
        run
    }

    fn reach(&self, host: &Host) -> Reach {
        let printer = demo::printer_at(host);
        let here = printer.as_ref().is_some_and(|p| {
            demo::on_network(p, Self::read(&self.state, |s| s.joined(p)).unwrap_or(false))
        });
        let ports = || {
            if here {
                PRINTER_PORTS[..2].to_vec()
            } else {
                Vec::new()
            }
        };
        match (host, printer) {
            (Host::Ip(ip), _) => Ok((*ip as IpAddr, ports())),
            // A name is found only while its printer is on the network.
            (Host::Name(_), Some(p)) if here => p
                .announced
                .addresses
                .first()
                .map(|ip| (*ip, ports()))
                .ok_or(UnknownName),
            (Host::Name(_) | Host::Scoped(..), _) => Err(UnknownName),
        }
    }

    fn local_network(&self) -> Option<LocalNetwork> {
        Some(demo::local_network())
    }

    /// WPS was started: the watched demo printer joins a moment later, or, when none is
    /// watched, the printer in setup mode. One that joined (or is about to) stays so.
    fn wps_started(&self) {
        let Ok(mut s) = self.state.lock() else {
            return;
        };
        let who = s
            .watched
            .as_ref()
            .and_then(|t| demo::printer_at(&t.host))
            .or_else(demo::in_setup_mode);
        if let Some(p) = who
            && !s.joins.iter().any(|(id, _)| *id == p.announced.id)
        {
            s.joins
                .push((p.announced.id, Instant::now() + self.join_after));
        }
    }

    fn wifi_status(&self, access: &Access<'_>) -> StatusReport {
        self.wifi().status(access, &mut Certificates::in_memory())
    }

    fn wifi_networks(
        &self,
        access: &Access<'_>,
        progress: &mut dyn FnMut(Progress),
    ) -> NetworksReport {
        self.wifi()
            .networks(access, &mut Certificates::in_memory(), progress)
    }

    fn wifi_join(
        &self,
        access: &Access<'_>,
        chosen: &Chosen,
        passphrase: Option<&Passphrase>,
        progress: &mut dyn FnMut(Progress),
    ) -> JoinReport {
        self.wifi().join(
            access,
            &mut Certificates::in_memory(),
            chosen,
            passphrase,
            progress,
        )
    }

    fn on_setup_network(
        &self,
        _ssid: &Ssid,
        work: &mut dyn FnMut(Target),
    ) -> Result<Result<Returned, SetupError>, SetupError> {
        std::thread::sleep(self.wifi_step);
        if let Some(printer) = wifi_demo::setup_network_printer() {
            work(printer);
        }
        std::thread::sleep(self.wifi_step);
        Ok(Ok(Returned::ToPrevious))
    }
}

#[cfg(test)]
mod tests;
