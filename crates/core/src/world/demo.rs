//! Demo mode's world: the simulated printers, router, air and network of
//! [`crate::demo`] (its doc comment tells the story), so help-desk staff can train
//! without a printer and without a packet leaving the computer or the radio being read.
//! What changes as the story goes on — which printer WPS was started for, and when it
//! joins — is kept here; the search, the watch, the air and the checks all read it, so
//! they tell one story. The worker writes files as usual: only the world is simulated.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{AirContext, Running, Sink, World};
use crate::air::demo::{self as air_demo, Scenario};
use crate::air::networks::{Air, Context};
use crate::air::radio;
use crate::air::reading::{AirSource, Reading, ScanPolicy, Source};
use crate::air::watch as air_watch;
use crate::checks::CheckRun;
use crate::demo;
use crate::net::address::{Host, Target};
use crate::net::discovery::Scope;
use crate::net::discovery::demo::{Demo, DemoPrinter};
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::reach::{PRINTER_PORTS, Reach, UnknownName};
use crate::printer::DiscoveredPrinter;
use crate::repeat::Repeating;

/// How often the watched demo printer says how it is.
const INTERVAL: Duration = Duration::from_millis(800);
/// The checks take a moment, as real ones do.
const CHECKS_TAKE: Duration = Duration::from_millis(400);

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
}

impl DemoWorld {
    /// A printer joins Wi-Fi `join_after` WPS is started for it.
    pub fn new(join_after: Duration) -> Self {
        Self {
            join_after,
            state: Arc::default(),
        }
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::air::printers::PrinterNetwork;
    use crate::checks::{CheckId, CheckState};
    use crate::net::discovery::demo::all;
    use std::sync::mpsc;

    fn target_of(model: &str) -> Target {
        all()
            .into_iter()
            .find(|p| p.announced.name.contains(model))
            .and_then(|p| p.announced.target())
            .unwrap()
    }

    /// The first thing long-running work reports.
    fn first<T: Send + 'static>(start: impl FnOnce(Sink<T>) -> std::io::Result<Running>) -> T {
        let (tx, rx) = mpsc::channel();
        let _running = start(Box::new(move |v| {
            let _ = tx.send(v);
        }))
        .unwrap();
        rx.recv_timeout(Duration::from_secs(10)).unwrap()
    }

    /// The search's list once it holds `n` printers.
    fn found(world: &DemoWorld, n: usize) -> Vec<DiscoveredPrinter> {
        let (tx, rx) = mpsc::channel();
        let _search = world
            .discover(
                Scope::LoopbackOnly,
                Box::new(move |l| {
                    let _ = tx.send(l);
                }),
            )
            .unwrap();
        loop {
            let list = rx.recv_timeout(Duration::from_secs(10)).unwrap();
            if list.len() == n {
                return list;
            }
        }
    }

    fn air(world: &DemoWorld, router: Scenario) -> Air {
        first(|sink| world.read_air(AirSource::Demo(router), AirContext::default(), sink))
    }

    fn state(run: &CheckRun, id: CheckId) -> CheckState {
        run.results.iter().find(|r| r.id == id).unwrap().state
    }

    #[test]
    fn the_printer_in_setup_mode_is_in_the_air_and_on_no_network_until_wps() {
        let world = DemoWorld::new(Duration::ZERO);
        let deskjet = target_of("DeskJet");
        let before = air(&world, Scenario::Ready);
        let setup: Vec<_> = before
            .printers
            .iter()
            .filter(|p| p.kind == PrinterNetwork::Setup)
            .collect();
        assert_eq!(setup.len(), 1);
        let waiting = demo::in_setup_mode().unwrap().announced;
        let model = setup[0].model.as_deref().unwrap();
        assert!(waiting.model.unwrap().contains(model), "{model}");
        assert_eq!(
            before.connected().unwrap().ssid.as_deref(),
            Some(air_demo::HOME)
        );
        // Not heard by the search, silent at its address, its name unknown.
        let two = found(&world, 2);
        assert!(two.iter().all(|p| !p.name.contains("DeskJet")));
        assert!(!first(|sink| world.watch(deskjet.clone(), sink)).answered);
        assert_eq!(world.reach(&deskjet.host).unwrap().1, Vec::<u16>::new());
        let name = Host::parse("HP70B5E80C11F0.local").unwrap();
        assert!(world.reach(&name).is_err());
        let run = world.checks(Some(&deskjet), None, &AirSource::Demo(Scenario::Ready));
        assert_eq!(state(&run, CheckId::PrinterAnswers), CheckState::Failed);
        assert_eq!(state(&run, CheckId::SameWifi), CheckState::NotChecked);

        // WPS with no printer watched: the printer in setup mode joins the home network.
        world.wps_started();
        let after = air(&world, Scenario::Ready);
        assert!(
            after
                .printers
                .iter()
                .all(|p| p.kind != PrinterNetwork::Setup)
        );
        let three = found(&world, 3);
        assert!(three.iter().any(|p| p.name.contains("DeskJet")));
        let status = first(|sink| world.watch(deskjet.clone(), sink));
        let wifi = status.identity.connected_wifi().unwrap();
        assert_eq!(wifi.ssid.as_deref(), Some(air_demo::HOME));
        assert!(
            status
                .identity
                .adapters
                .iter()
                .all(|a| a.kind != crate::net::ews::AdapterKind::Ethernet),
            "no cable socket, no cable"
        );
        assert_eq!(world.reach(&name).unwrap().0, deskjet.host.ip().unwrap());
        let run = world.checks(Some(&deskjet), None, &AirSource::Demo(Scenario::Ready));
        assert_eq!(state(&run, CheckId::WirelessAdapter), CheckState::Passed);
        assert_eq!(state(&run, CheckId::SameWifi), CheckState::Passed);
        let same = run
            .results
            .iter()
            .find(|r| r.id == CheckId::SameWifi)
            .unwrap();
        assert_eq!(
            same.detail.as_ref().map(crate::checks::CheckDetail::as_str),
            Some(air_demo::HOME)
        );
    }

    #[test]
    fn wps_for_the_watched_cable_printer_moves_it_to_wifi_and_nothing_else() {
        let world = DemoWorld::new(Duration::ZERO);
        let officejet = target_of("OfficeJet");
        let (tx, rx) = mpsc::channel();
        let watch = world
            .watch(
                officejet.clone(),
                Box::new(move |r| {
                    let _ = tx.send(r);
                }),
            )
            .unwrap();
        let on_cable = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        assert!(on_cable.answered && on_cable.identity.connected_wifi().is_none());
        world.wps_started();
        let joined = loop {
            let r = rx.recv_timeout(Duration::from_secs(10)).unwrap();
            if let Some(a) = r.identity.connected_wifi() {
                break a.ssid.clone();
            }
        };
        assert_eq!(joined.as_deref(), Some(air_demo::HOME));
        drop(watch);
        // The DeskJet still waits in setup mode.
        let setup = air(&world, Scenario::Locked).printers;
        assert!(setup.iter().any(|p| p.kind == PrinterNetwork::Setup));
        let deskjet = target_of("DeskJet");
        assert!(!first(|sink| world.watch(deskjet, sink)).answered);
    }

    #[test]
    fn demo_mode_never_reads_the_radio() {
        let world = DemoWorld::new(Duration::ZERO);
        let read = first(|sink| world.read_air(AirSource::Radio, AirContext::default(), sink));
        assert_eq!(read.source, Source::Demo);
        let run = world.checks(None, None, &AirSource::Radio);
        assert_eq!(run.air.unwrap().source, Source::Demo);
        let off = world.checks(None, None, &AirSource::Off);
        assert!(off.air.is_none());
    }
}
