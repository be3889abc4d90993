//! The worker in demo mode: every command that would touch a network is answered from
//! the simulated world ([`crate::demo`]) instead, so help-desk staff can train without a
//! printer and without a packet leaving the computer. The demo printer joins Wi-Fi a
//! few seconds after WPS is started (the timer). Files are still written as asked.

use std::net::IpAddr;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::messages::{Command, Event};
use crate::demo;
use crate::net::address::{Host, Target};
use crate::net::reach::{PRINTER_PORTS, UnknownName};

/// How often the watched demo printer says how it is.
const INTERVAL: Duration = Duration::from_millis(800);
/// The checks take a moment, as real ones do.
const CHECKS_TAKE: Duration = Duration::from_millis(400);

/// Sends an event to the window (the worker's sink).
pub type Emit = Arc<dyn Fn(Event) + Send + Sync>;

/// When the demo printer joins Wi-Fi (none: WPS was not started yet).
type JoinAt = Arc<Mutex<Option<Instant>>>;

fn joined(at: &JoinAt) -> bool {
    at.lock()
        .ok()
        .and_then(|g| *g)
        .is_some_and(|t| Instant::now() >= t)
}

pub struct DemoWorld {
    join_after: Duration,
    join_at: JoinAt,
    /// The printer being watched; dropping the sender stops its thread.
    watching: Option<(Target, Sender<()>)>,
}

impl DemoWorld {
    pub fn new(join_after: Duration) -> Self {
        Self {
            join_after,
            join_at: Arc::new(Mutex::new(None)),
            watching: None,
        }
    }

    /// Answers `command` when it would touch a network (true); the worker carries out
    /// everything else as usual.
    pub fn handle(&mut self, command: &Command, emit: &Emit) -> bool {
        match command {
            Command::WatchPrinter(target) => self.watch(target, emit),
            Command::StopWatching => self.watching = None,
            Command::WpsStarted => {
                if let Ok(mut at) = self.join_at.lock() {
                    *at = Some(Instant::now() + self.join_after);
                }
            }
            Command::RunChecks { target, air, .. } => {
                let target = target.clone();
                // Demo mode reads only simulated air (never the radio).
                let air = match air {
                    crate::air::reading::AirSource::Demo(_) => air.clone(),
                    _ => crate::air::reading::AirSource::Off,
                };
                let join_at = self.join_at.clone();
                let emit = emit.clone();
                let spawned = std::thread::Builder::new()
                    .name("wps-demo-checks".into())
                    .spawn(move || {
                        std::thread::sleep(CHECKS_TAKE);
                        let mut run = demo::checks(target.as_ref(), joined(&join_at));
                        let policy = crate::air::reading::ScanPolicy::CacheOnly;
                        crate::air::checks::add(&mut run, &air, policy);
                        emit(Event::ChecksDone(Box::new(run)));
                    });
                if let Err(e) = spawned {
                    tracing::error!("could not start the demo checks: {e}");
                }
            }
            Command::CheckAddress(host) => emit(Event::AddressChecked {
                host: host.clone(),
                result: reach(host),
            }),
            Command::ReadLocalNetwork => emit(Event::LocalNetwork(Some(demo::local_network()))),
            _ => return false,
        }
        true
    }

    fn watch(&mut self, target: &Target, emit: &Emit) {
        // Another printer starts from the beginning: on its cable, WPS not started.
        if self.watching.as_ref().is_some_and(|(t, _)| t != target)
            && let Ok(mut at) = self.join_at.lock()
        {
            *at = None;
        }
        let (stop, stopped) = mpsc::channel::<()>();
        let target_for_thread = target.clone();
        let join_at = self.join_at.clone();
        let events = emit.clone();
        let spawned = std::thread::Builder::new()
            .name("wps-demo-watch".into())
            .spawn(move || {
                loop {
                    let r = demo::report(&target_for_thread, joined(&join_at));
                    events(Event::PrinterStatus(Box::new(r)));
                    match stopped.recv_timeout(INTERVAL) {
                        Err(RecvTimeoutError::Timeout) => {}
                        _ => return,
                    }
                }
            });
        match spawned {
            Ok(_) => self.watching = Some((target.clone(), stop)),
            Err(e) => tracing::error!("could not start the demo watch: {e}"),
        }
    }
}

/// A typed address in the demo world: a demo printer answers on its printer ports;
/// anything else answers nothing (it is not asked); a name is not looked up.
fn reach(host: &Host) -> crate::net::reach::Reach {
    match host {
        Host::Ip(ip) => {
            let ports = if demo::printer_at(host).is_some() {
                PRINTER_PORTS[..2].to_vec()
            } else {
                Vec::new()
            };
            Ok((*ip as IpAddr, ports))
        }
        Host::Name(_) | Host::Scoped(..) => match demo::printer_at(host) {
            Some(p) => p
                .addresses
                .first()
                .map(|ip| (*ip, PRINTER_PORTS[..2].to_vec()))
                .ok_or(UnknownName),
            None => Err(UnknownName),
        },
    }
}
