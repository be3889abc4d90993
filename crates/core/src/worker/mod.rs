//! The background worker. It owns all I/O: the UI sends [`Command`]s and drains
//! [`Event`]s without ever waiting. Anything slow (a probe, the checks, a port check, a
//! save dialog) runs as a job on a named thread of its own ([`EventSink::spawn_job`]),
//! so the worker itself never blocks; every event wakes the window.

mod demo;
mod messages;
#[cfg(test)]
mod tests;

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

pub use messages::{Command, Event};

use crate::air::reading::ScanPolicy;
use crate::air::watch::{self as air_watch, AirWatcher};
use crate::catalog::panels;
use crate::guide::progress;
use crate::net::certificates::Certificates;
use crate::net::discovery::{Discovery, demo::Demo};
use crate::net::http::Limits;
use crate::net::{local, reach};
use crate::settings::SettingsStore;
use crate::store::write_atomically;
use crate::watch::{self, Watcher};

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
    /// forget: the thread is not joined; when the window has gone by the time it ends,
    /// its event is dropped (the send fails), and anything it writes goes through the
    /// store's atomic, locked writes, so a job that outlives the window leaves no half
    /// file and overwrites no one's entries.
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

/// The UI's handle. Dropping it stops the thread.
pub struct Worker {
    commands: Option<Sender<Command>>,
    events: Receiver<Event>,
    sink: EventSink,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    /// `store`: the settings folder (none: nothing is stored, as in tests of the window).
    pub fn spawn(store: Option<SettingsStore>, waker: Waker) -> std::io::Result<Self> {
        Self::start(store, waker, None)
    }

    /// A worker for demo mode: simulated printers, checks and network, and no network
    /// touched; the demo printer joins Wi-Fi `join_after` WPS is started.
    pub fn spawn_demo(
        store: Option<SettingsStore>,
        waker: Waker,
        join_after: Duration,
    ) -> std::io::Result<Self> {
        Self::start(store, waker, Some(demo::DemoWorld::new(join_after)))
    }

    fn start(
        store: Option<SettingsStore>,
        waker: Waker,
        demo: Option<demo::DemoWorld>,
    ) -> std::io::Result<Self> {
        let (cmd_tx, cmd_rx) = mpsc::channel();
        let (ev_tx, ev_rx) = mpsc::channel();
        let sink = EventSink {
            events: ev_tx,
            waker,
        };
        let loop_sink = sink.clone();
        let thread = std::thread::Builder::new()
            .name("wps-worker".into())
            .spawn(move || {
                // One certificate store for the worker: the watch and the checks share it
                // (loaded here, off the window's thread).
                let certificates = store
                    .as_ref()
                    .map_or_else(Certificates::in_memory, |s| Certificates::load(s.dir()));
                let state = WorkerLoop {
                    sink: loop_sink,
                    certificates,
                    store,
                    watcher: None,
                    scan: None,
                    air: None,
                    demo,
                };
                state.run(cmd_rx)
            })?;
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

    /// For jobs the window starts itself (the system's save dialog).
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

/// How long a typed address gets to answer on each printer port.
const REACH_TIMEOUT: Duration = Duration::from_millis(1500);

struct WorkerLoop {
    sink: EventSink,
    /// The printers' certificates, loaded once and shared with every job.
    certificates: Certificates,
    store: Option<SettingsStore>,
    watcher: Option<Watcher>,
    /// The running search (live or demo); dropping it stops the search.
    scan: Option<Box<dyn std::any::Any + Send>>,
    /// The air being read; dropping it stops the readings.
    air: Option<AirWatcher>,
    /// Demo mode: answers whatever would touch a network.
    demo: Option<demo::DemoWorld>,
}

impl WorkerLoop {
    fn run(mut self, commands: Receiver<Command>) {
        for command in commands {
            self.handle(command);
        }
    }

    fn dir(&self) -> Option<&Path> {
        self.store.as_ref().map(SettingsStore::dir)
    }

    fn handle(&mut self, command: Command) {
        if let Some(demo) = &mut self.demo {
            let sink = self.sink.clone();
            let emit: demo::Emit = Arc::new(move |e| sink.emit(e));
            if demo.handle(&command, &emit) {
                return;
            }
        }
        let sink = &self.sink;
        match command {
            Command::SaveSettings(settings) => {
                let Some(store) = &self.store else { return };
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
                self.watcher = None;
                let events = sink.clone();
                let started = Watcher::start(
                    target,
                    self.certificates.clone(),
                    Limits::default(),
                    watch::INTERVAL,
                    move |r| events.emit(Event::PrinterStatus(Box::new(r))),
                );
                match started {
                    Ok(w) => self.watcher = Some(w),
                    Err(e) => tracing::error!("could not start watching: {e}"),
                }
            }
            Command::StopWatching => self.watcher = None,
            Command::RunChecks {
                target,
                router,
                air,
            } => {
                let certificates = self.certificates.clone();
                sink.spawn_job("wps-checks", move || {
                    let mut run = crate::checks::run(
                        target.as_ref(),
                        router,
                        &certificates,
                        Limits::default(),
                    );
                    crate::air::checks::add(
                        &mut run,
                        &air,
                        ScanPolicy::RequestAndWait(crate::air::checks::SCAN_WAIT),
                    );
                    Event::ChecksDone(Box::new(run))
                });
            }
            Command::WatchAir(source) => {
                // Replacing the handle stops the previous readings.
                self.air = None;
                let events = sink.clone();
                let report = move |r| events.emit(Event::Air(Box::new(r)));
                match AirWatcher::start(source, air_watch::INTERVAL, report) {
                    Ok(w) => self.air = Some(w),
                    Err(e) => tracing::error!("could not start reading the air: {e}"),
                }
            }
            Command::StopAirWatch => self.air = None,
            Command::SaveGuide { path, contents } => {
                sink.emit(match write_atomically(&path, contents.as_bytes()) {
                    Ok(()) => Event::GuideSaved(path),
                    Err(e) => Event::GuideNotSaved(e),
                });
            }
            Command::SaveReport { path, contents } => {
                sink.emit(match write_atomically(&path, contents.as_bytes()) {
                    Ok(()) => Event::ReportSaved(path),
                    Err(e) => Event::ReportNotSaved(e),
                });
            }
            Command::StartScan { demo, scope } => {
                let demo = demo || self.demo.is_some();
                self.scan = None;
                let events = sink.clone();
                let report = move |list| events.emit(Event::Printers(list));
                let started: Result<Box<dyn std::any::Any + Send>, String> = if demo {
                    Demo::start(report)
                        .map(|d| Box::new(d) as Box<dyn std::any::Any + Send>)
                        .map_err(|e| e.to_string())
                } else {
                    Discovery::start(scope, report)
                        .map(|d| Box::new(d) as Box<dyn std::any::Any + Send>)
                        .map_err(|e| e.to_string())
                };
                match started {
                    Ok(handle) => self.scan = Some(handle),
                    Err(e) => {
                        tracing::warn!("the search for printers could not start: {e}");
                        sink.emit(Event::ScanFailed);
                    }
                }
            }
            Command::StopScan => self.scan = None,
            Command::CheckAddress(host) => {
                sink.spawn_job("wps-reach", move || {
                    let result = reach::check(&host, reach::PRINTER_PORTS, REACH_TIMEOUT);
                    Event::AddressChecked { host, result }
                });
            }
            Command::ReadLocalNetwork => {
                sink.spawn_job("wps-local-network", || Event::LocalNetwork(local::detect()));
            }
            // Real printers join on their own; only the demo world needs telling.
            Command::WpsStarted => {}
        }
    }
}
