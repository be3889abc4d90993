//! Demo mode's world: simulated printers, router, air and network ([`crate::demo`]), so
//! help-desk staff can train without a printer and without a packet leaving the
//! computer. The demo printer joins Wi-Fi a few seconds after WPS is started (the
//! timer); two demo printers take Wi-Fi settings through their web services
//! ([`super::wifi_demo`]), and the printer on any setup network is the LEDM one. The
//! worker writes files as usual: only the world is simulated.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{AirContext, Running, Sink, World, wifi_demo};
use crate::air::networks::{Air, Context};
use crate::air::reading::{AirSource, ScanPolicy};
use crate::air::setup_network::{Returned, SetupError};
use crate::air::watch::{self as air_watch, AirWatcher};
use crate::checks::CheckRun;
use crate::demo;
use crate::net::address::{Host, Target};
use crate::net::certificates::Certificates;
use crate::net::discovery::Scope;
use crate::net::discovery::demo::Demo;
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::reach::{PRINTER_PORTS, Reach, UnknownName};
use crate::net::wifi::{
    Access, Chosen, JoinReport, NetworksReport, Passphrase, PrinterWifi, Progress, Ssid,
    StatusReport,
};
use crate::printer::DiscoveredPrinter;
use crate::repeat::Repeating;

/// How often the watched demo printer says how it is.
const INTERVAL: Duration = Duration::from_millis(800);
/// The checks take a moment, as real ones do.
const CHECKS_TAKE: Duration = Duration::from_millis(400);
/// Each simulated wait of the printers' Wi-Fi (a scan, sending, joining) and of joining
/// a setup network: a few seconds in all, as a trainee can follow.
const WIFI_STEP: Duration = Duration::from_millis(400);

/// When the demo printer joins Wi-Fi (none: WPS was not started yet), and which printer
/// is being watched (another printer starts from the beginning).
#[derive(Default)]
struct Simulation {
    join_at: Option<Instant>,
    watched: Option<Target>,
}

pub struct DemoWorld {
    join_after: Duration,
    state: Arc<Mutex<Simulation>>,
    /// The printers' Wi-Fi (which remembers what each joined).
    wifi: Mutex<wifi_demo::Demo>,
    wifi_step: Duration,
}

impl DemoWorld {
    /// The demo printer joins Wi-Fi `join_after` WPS is started.
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

    fn joined(state: &Mutex<Simulation>) -> bool {
        state
            .lock()
            .ok()
            .and_then(|s| s.join_at)
            .is_some_and(|t| Instant::now() >= t)
    }
}

/// Demo mode never reads this computer's radio: its air is the simulated router's.
fn simulated(source: &AirSource) -> AirSource {
    match source {
        AirSource::Radio => AirSource::Demo(crate::air::demo::Scenario::Ready),
        other => other.clone(),
    }
}

impl World for DemoWorld {
    fn discover(
        &self,
        _scope: Scope,
        report: Sink<Vec<DiscoveredPrinter>>,
    ) -> std::io::Result<Running> {
        Demo::start(report).map(Running::new)
    }

    fn watch(&self, target: Target, report: Sink<Report>) -> std::io::Result<Running> {
        if let Ok(mut s) = self.state.lock() {
            if s.watched.as_ref().is_some_and(|t| *t != target) {
                s.join_at = None; // another printer: on its cable, WPS not started
            }
            s.watched = Some(target.clone());
        }
        let state = self.state.clone();
        Repeating::start("wps-demo-watch", move || {
            move || {
                report(demo::report(&target, Self::joined(&state)));
                INTERVAL
            }
        })
        .map(Running::new)
    }

    fn read_air(
        &self,
        source: AirSource,
        context: AirContext,
        report: Sink<Air>,
    ) -> std::io::Result<Running> {
        AirWatcher::start(simulated(&source), air_watch::INTERVAL, move |reading| {
            let ctx = Context {
                printer_joined: context.printer_joined.as_deref(),
            };
            report(Air::assess(&reading, &ctx));
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
        let mut run = demo::checks(target, Self::joined(&self.state));
        crate::checks::air::add(&mut run, &simulated(air), ScanPolicy::CacheOnly);
        run
    }

    fn reach(&self, host: &Host) -> Reach {
        match host {
            Host::Ip(ip) => {
                let ports = if demo::printer_at(host).is_some() {
                    PRINTER_PORTS[..2].to_vec()
                } else {
                    Vec::new()
                };
                Ok((*ip as IpAddr, ports))
            }
            Host::Name(_) => match demo::printer_at(host) {
                Some(p) => p
                    .addresses
                    .first()
                    .map(|ip| (*ip, PRINTER_PORTS[..2].to_vec()))
                    .ok_or(UnknownName),
                None => Err(UnknownName),
            },
        }
    }

    fn local_network(&self) -> Option<LocalNetwork> {
        Some(demo::local_network())
    }

    fn wps_started(&self) {
        if let Ok(mut s) = self.state.lock() {
            s.join_at = Some(Instant::now() + self.join_after);
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
