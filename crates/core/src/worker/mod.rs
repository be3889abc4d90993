//! The background worker: the one switchboard between a face and the world. The window
//! sends [`Command`]s and drains [`Event`]s without ever waiting. The worker acts on a
//! [`World`] — the real one or demo mode's — and on the settings folder; anything slow
//! (the checks, a port check, the save window, setting a printer's Wi-Fi) runs as a job
//! on a named thread of its own ([`EventSink::spawn_job`]), so the worker itself never
//! blocks; every event wakes the window.

mod messages;
pub mod save;
#[cfg(test)]
mod tests;
mod wifi;
mod wifi_keys;

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

pub use messages::{Command, Event};
pub use wifi_keys::{Handed, WifiKeys, WifiReach};

use crate::catalog::panels;
use crate::guide::progress;
use crate::settings::SettingsStore;
use crate::world::{Running, World};
use save::SaveDialog;

/// Wakes the UI after an event (in the app: `egui::Context::request_repaint`).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Sends events to the window from any thread, waking it each time.
#[derive(Clone)]
pub struct EventSink {
    events: Sender<Event>,
    waker: Waker,
}

impl EventSink {
    pub fn emit(&self, event: Event) {
        if self.events.send(event).is_ok() {
            (self.waker)();
        }
    }

    /// Runs `job` on a thread named `name` and sends the event it returns. Fire and
    /// forget: the thread is not joined; an event that arrives after the window moved on
    /// is ignored there (each names what it is for), one sent after the window has gone
    /// is dropped (the send fails), and anything a job writes goes through the store's
    /// atomic, locked writes, so a job that outlives the window leaves no half file and
    /// overwrites no one's entries.
    pub fn spawn_job(&self, name: &str, job: impl FnOnce() -> Event + Send + 'static) {
        let sink = self.clone();
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || sink.emit(job()));
        if let Err(e) = spawned {
            tracing::error!("could not start {name}: {e}");
        }
    }
}

/// What the worker works with.
pub struct Setup {
    /// The settings folder (none: nothing is stored, as in tests of the window).
    pub store: Option<SettingsStore>,
    /// The world it acts on: the real one, or demo mode's.
    pub world: Arc<dyn World>,
    /// The system's save window (none: files are only saved where the person typed).
    pub dialog: Option<Arc<dyn SaveDialog>>,
}

/// The UI's handle. Dropping it stops the thread.
pub struct Worker {
    commands: Option<Sender<Command>>,
    events: Receiver<Event>,
    sink: EventSink,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    pub fn spawn(setup: Setup, waker: Waker) -> std::io::Result<Self> {
        let (cmd_tx, cmd_rx) = mpsc::channel();
        let (ev_tx, ev_rx) = mpsc::channel();
        let sink = EventSink {
            events: ev_tx,
            waker,
        };
        let state = Switchboard {
            sink: sink.clone(),
            setup,
            watch: None,
            scan: None,
            air: None,
        };
        let thread = std::thread::Builder::new()
            .name("wps-worker".into())
            .spawn(move || state.run(cmd_rx))?;
        Ok(Self {
            commands: Some(cmd_tx),
            events: ev_rx,
            sink,
            thread: Some(thread),
        })
    }

    /// Never blocks.
    pub fn send(&self, command: Command) {
        if let Some(tx) = &self.commands
            && tx.send(command).is_err()
        {
            tracing::error!("the worker thread has stopped; command dropped");
        }
    }

    /// Never blocks; `None` when nothing is waiting.
    pub fn try_recv(&self) -> Option<Event> {
        self.events.try_recv().ok()
    }

    /// Where events are sent (tests use it to stand in for the world).
    pub fn sink(&self) -> &EventSink {
        &self.sink
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the channel ends the loop.
        self.commands.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The worker's thread: carries out each command, against the world or the disk.
struct Switchboard {
    sink: EventSink,
    setup: Setup,
    /// The printer being watched, the search and the air being read: dropping one stops it.
    watch: Option<Running>,
    scan: Option<Running>,
    air: Option<Running>,
}

impl Switchboard {
    fn run(mut self, commands: Receiver<Command>) {
        for command in commands {
            self.handle(command);
        }
    }

    fn dir(&self) -> Option<&Path> {
        self.setup.store.as_ref().map(SettingsStore::dir)
    }

    fn handle(&mut self, command: Command) {
        let sink = &self.sink;
        let world = &self.setup.world;
        match command {
            Command::SaveSettings(settings) => {
                let Some(store) = &self.setup.store else {
                    return;
                };
                sink.emit(match store.save(&settings) {
                    Ok(()) => Event::SettingsSaved,
                    Err(e) => Event::SettingsNotSaved(e),
                });
            }
            Command::SavePanelAnswers(answers) => {
                let Some(dir) = self.dir() else { return };
                sink.emit(match panels::store(dir).save(&answers) {
                    Ok(()) => Event::PanelAnswersSaved,
                    Err(e) => Event::PanelAnswersFailed(e),
                });
            }
            Command::SaveGuideProgress(positions) => {
                let Some(dir) = self.dir() else { return };
                // Only positions: a failure costs a step number, so it is logged, not shown.
                if let Err(e) = progress::store(dir).save(&positions) {
                    tracing::warn!("guide positions not saved: {e}");
                }
            }
            Command::ExportPanelAnswers { answers, to } => {
                sink.emit(match panels::export(&answers, &to) {
                    Ok(()) => Event::PanelAnswersExported(to),
                    Err(e) => Event::PanelAnswersFailed(e),
                });
            }
            Command::ImportPanelAnswers { from } => {
                sink.emit(match panels::import(&from) {
                    Ok((answers, skipped)) => Event::PanelAnswersImported { answers, skipped },
                    Err(e) => Event::PanelAnswersFailed(e),
                });
            }
            Command::WatchPrinter(target) => {
                // Replacing the handle stops the previous watch.
                self.watch = None;
                let events = sink.clone();
                let report = Box::new(move |r| events.emit(Event::PrinterStatus(Box::new(r))));
                match world.watch(target, report) {
                    Ok(w) => self.watch = Some(w),
                    Err(e) => tracing::error!("could not start watching: {e}"),
                }
            }
            Command::StopWatching => self.watch = None,
            Command::RunChecks {
                target,
                router,
                air,
            } => {
                let world = world.clone();
                sink.spawn_job("wps-checks", move || {
                    let run = world.checks(target.as_ref(), router, &air);
                    Event::ChecksDone(Box::new(run))
                });
            }
            Command::WatchAir { source, context } => {
                // Replacing the handle stops the previous readings.
                self.air = None;
                let events = sink.clone();
                let report = Box::new(move |a| events.emit(Event::Air(Box::new(a))));
                match world.read_air(source, context, report) {
                    Ok(w) => self.air = Some(w),
                    Err(e) => tracing::error!("could not start reading the air: {e}"),
                }
            }
            Command::StopAirWatch => self.air = None,
            Command::SaveAs { kind, to, contents } => {
                let dialog = self.setup.dialog.clone();
                sink.spawn_job("wps-save", move || Event::Written {
                    kind,
                    result: save::save(dialog.as_ref(), to, &contents),
                });
            }
            Command::StartScan { scope } => {
                self.scan = None;
                let events = sink.clone();
                let report = Box::new(move |list| events.emit(Event::Printers(list)));
                match world.discover(scope, report) {
                    Ok(handle) => self.scan = Some(handle),
                    Err(e) => {
                        tracing::warn!("the search for printers could not start: {e}");
                        sink.emit(Event::ScanFailed);
                    }
                }
            }
            Command::StopScan => self.scan = None,
            Command::CheckAddress(host) => {
                let world = world.clone();
                sink.spawn_job("wps-reach", move || {
                    let result = world.reach(&host);
                    Event::AddressChecked { host, result }
                });
            }
            Command::ReadLocalNetwork => {
                let world = world.clone();
                sink.spawn_job("wps-local-network", move || {
                    Event::LocalNetwork(world.local_network())
                });
            }
            Command::WpsStarted => world.wps_started(),
            Command::WifiStatus { run, reach, keys } => {
                printer_wifi(sink, world, run, reach, keys, wifi::Task::Status);
            }
            Command::WifiNetworks { run, reach, keys } => {
                printer_wifi(sink, world, run, reach, keys, wifi::Task::Networks);
            }
            Command::WifiJoin {
                run,
                reach,
                keys,
                chosen,
                passphrase,
            } => {
                let task = wifi::Task::Join { chosen, passphrase };
                printer_wifi(sink, world, run, reach, keys, task);
            }
        }
    }
}

/// Sets a printer's Wi-Fi on a job thread, each step sent as it happens.
fn printer_wifi(
    sink: &EventSink,
    world: &Arc<dyn World>,
    run: u64,
    reach: WifiReach,
    keys: WifiKeys,
    task: wifi::Task,
) {
    let world = world.clone();
    let events = sink.clone();
    sink.spawn_job("wps-printer-wifi", move || {
        wifi::run(world.as_ref(), run, reach, &keys, &task, &|e| {
            events.emit(e)
        })
    });
}
