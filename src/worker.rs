//! The background thread. It owns all I/O and timers; the UI sends [`Command`]s
//! and drains [`Event`]s without ever waiting. After each event the worker calls the
//! waker (the window's repaint request), so the UI redraws only when something changed.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use std::sync::{Arc, Mutex};

use crate::catalog::panels::{self, PanelAnswers, PanelStore};
use crate::net::http::Limits;
use crate::net::probe::{Report, Target};
use crate::settings::{Settings, SettingsStore};
use crate::watch::{self, Watcher};
use crate::wps::WpsWindow;
use crate::wps::window::whole_seconds_left;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Start (or restart) the WPS window countdown.
    StartWpsWindow {
        length: Duration,
    },
    /// The person stopped the countdown.
    CancelWpsWindow,
    /// Store the settings (atomically) in the settings folder.
    SaveSettings(Settings),
    /// Store the remembered control-panel answers beside the settings.
    SavePanelAnswers(PanelAnswers),
    /// Store where the person is in each guide beside the settings.
    SaveGuideProgress(crate::guide::progress::Progress),
    /// Write the answers to a file the person chose, to share them.
    ExportPanelAnswers {
        answers: PanelAnswers,
        to: PathBuf,
    },
    /// Read answers shared from another computer; the UI merges and saves them.
    ImportPanelAnswers {
        from: PathBuf,
    },
    /// Probe this printer now and every few seconds until told otherwise.
    WatchPrinter(Target),
    /// Stop watching the printer.
    StopWatching,
    /// Run the measured troubleshooting checks (`router` replaces the default gateway).
    RunChecks {
        target: Option<Target>,
        router: Option<std::net::SocketAddr>,
    },
    /// Ask the person where to save, with the system's own save dialog.
    ChooseSaveFile {
        suggested: PathBuf,
        title: String,
    },
    /// Write a printable guide (HTML) to a file.
    SaveGuide {
        path: PathBuf,
        contents: String,
    },
    /// Write a support summary to a file the person chose.
    SaveReport {
        path: PathBuf,
        contents: String,
    },
    /// Read this computer's address, network and router.
    ReadLocalNetwork,
    /// Look for printers until `StopScan` (demo: simulated printers, same events).
    StartScan {
        demo: bool,
        scope: crate::net::discovery::Scope,
    },
    StopScan,
    /// Does anything answer on the printer ports at this typed address or name?
    CheckAddress(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The countdown changed: whole seconds left of `total`.
    WpsWindowTick {
        seconds_left: u64,
        total: u64,
    },
    /// Time is up: WPS has to be started again on both devices.
    WpsWindowEnded,
    /// The countdown was cancelled.
    WpsWindowCancelled,
    SettingsSaved,
    /// Settings could not be stored; the message says where and why.
    SettingsNotSaved(String),
    PanelAnswersSaved,
    PanelAnswersExported(PathBuf),
    /// `skipped` entries of the file could not be read and were left out.
    PanelAnswersImported {
        answers: PanelAnswers,
        skipped: usize,
    },
    /// Saving, exporting or importing answers failed; the message says why.
    PanelAnswersFailed(String),
    /// What the watched printer said this time.
    PrinterStatus(Box<Report>),
    ChecksDone(Box<crate::checks::CheckRun>),
    /// The save dialog closed: the chosen file, or none (cancelled, or no dialog here).
    SaveFileChosen(Option<PathBuf>),
    GuideSaved(PathBuf),
    GuideNotSaved(String),
    ReportSaved(PathBuf),
    /// The summary could not be written; the message says where and why.
    ReportNotSaved(String),
    LocalNetwork(Option<crate::net::local::LocalNetwork>),
    /// The printers on the network now (after each change).
    Printers(Vec<crate::printer::DiscoveredPrinter>),
    /// The search could not run; the message says why.
    ScanFailed(String),
    /// The result of `CheckAddress`: the address and the printer ports that answered.
    AddressChecked {
        input: String,
        result: crate::net::reach::Reach,
    },
}

/// Wakes the UI after an event (in the app: `egui::Context::request_repaint`).
pub type Waker = Box<dyn Fn() + Send>;

/// The UI's handle. Dropping it stops the thread.
pub struct Worker {
    commands: Option<Sender<Command>>,
    events: Receiver<Event>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    pub fn spawn(store: Option<SettingsStore>, waker: Waker) -> std::io::Result<Self> {
        let (cmd_tx, cmd_rx) = mpsc::channel();
        let (ev_tx, ev_rx) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("wps-worker".into())
            .spawn(move || {
                WorkerLoop {
                    commands: cmd_rx,
                    events: ev_tx,
                    waker: Arc::new(Mutex::new(waker)),
                    store,
                    window: None,
                    watcher: None,
                    scan: None,
                }
                .run()
            })?;
        Ok(Self {
            commands: Some(cmd_tx),
            events: ev_rx,
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

fn emit(events: &Sender<Event>, waker: &Mutex<Waker>, event: Event) {
    if events.send(event).is_ok()
        && let Ok(wake) = waker.lock()
    {
        wake();
    }
}

struct WorkerLoop {
    commands: Receiver<Command>,
    events: Sender<Event>,
    /// Shared with the watch thread, which reports from outside this loop.
    waker: Arc<Mutex<Waker>>,
    store: Option<SettingsStore>,
    window: Option<WpsWindow>,
    watcher: Option<Watcher>,
    /// The running search (live or demo); dropping it stops the search.
    scan: Option<Box<dyn std::any::Any + Send>>,
}

impl WorkerLoop {
    fn run(mut self) {
        loop {
            let received = match self.window {
                Some(w) => {
                    let now = Instant::now();
                    let wait = w.next_change(now).saturating_duration_since(now);
                    self.commands.recv_timeout(wait)
                }
                None => self
                    .commands
                    .recv()
                    .map_err(|_| RecvTimeoutError::Disconnected),
            };
            match received {
                Ok(command) => self.handle(command),
                Err(RecvTimeoutError::Timeout) => self.tick(),
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    fn emit(&self, event: Event) {
        emit(&self.events, &self.waker, event);
    }

    fn handle(&mut self, command: Command) {
        match command {
            Command::StartWpsWindow { length } => {
                let w = WpsWindow::start(Instant::now(), length);
                self.window = Some(w);
                self.emit(Event::WpsWindowTick {
                    seconds_left: whole_seconds_left(length),
                    total: whole_seconds_left(length),
                });
            }
            Command::CancelWpsWindow => {
                if self.window.take().is_some() {
                    self.emit(Event::WpsWindowCancelled);
                }
            }
            Command::SaveSettings(settings) => {
                let event = match &self.store {
                    None => return,
                    Some(store) => match store.save(&settings) {
                        Ok(()) => Event::SettingsSaved,
                        Err(e) => Event::SettingsNotSaved(e.to_string()),
                    },
                };
                self.emit(event);
            }
            Command::SavePanelAnswers(answers) => {
                let Some(store) = &self.store else { return };
                let event = match PanelStore::at(store.dir()).save(&answers) {
                    Ok(()) => Event::PanelAnswersSaved,
                    Err(e) => Event::PanelAnswersFailed(e.to_string()),
                };
                self.emit(event);
            }
            Command::SaveGuideProgress(progress) => {
                let Some(store) = &self.store else { return };
                // Only positions: a failure costs a step number, so it is logged, not shown.
                if let Err(e) =
                    crate::guide::progress::ProgressStore::at(store.dir()).save(&progress)
                {
                    tracing::warn!("guide positions not saved: {e}");
                }
            }
            Command::ExportPanelAnswers { answers, to } => {
                let event = match panels::export(&answers, &to) {
                    Ok(()) => Event::PanelAnswersExported(to),
                    Err(e) => Event::PanelAnswersFailed(e.to_string()),
                };
                self.emit(event);
            }
            Command::WatchPrinter(target) => {
                // Replacing the handle stops the previous watch.
                self.watcher = None;
                let (events, waker) = (self.events.clone(), self.waker.clone());
                let pins_dir = self.store.as_ref().map(|s| s.dir().to_owned());
                match Watcher::start(
                    target,
                    pins_dir,
                    Limits::default(),
                    watch::INTERVAL,
                    move |r| {
                        emit(&events, &waker, Event::PrinterStatus(Box::new(r)));
                    },
                ) {
                    Ok(w) => self.watcher = Some(w),
                    Err(e) => tracing::error!("could not start watching: {e}"),
                }
            }
            Command::StopWatching => self.watcher = None,
            Command::RunChecks { target, router } => {
                // Probing can take seconds: never on this loop, which runs the timer.
                let (events, waker) = (self.events.clone(), self.waker.clone());
                let spawned =
                    std::thread::Builder::new()
                        .name("wps-checks".into())
                        .spawn(move || {
                            let run =
                                crate::checks::run(target.as_ref(), router, Limits::default());
                            emit(&events, &waker, Event::ChecksDone(Box::new(run)));
                        });
                if let Err(e) = spawned {
                    tracing::error!("could not run the checks: {e}");
                }
            }
            Command::ChooseSaveFile { suggested, title } => {
                // The dialog waits for the person: never on this loop.
                let (events, waker) = (self.events.clone(), self.waker.clone());
                let spawned = std::thread::Builder::new()
                    .name("wps-save-dialog".into())
                    .spawn(move || {
                        let mut dialog = rfd::FileDialog::new().set_title(title);
                        if let Some(dir) = suggested.parent().filter(|d| d.is_dir()) {
                            dialog = dialog.set_directory(dir);
                        }
                        if let Some(name) = suggested.file_name() {
                            dialog = dialog.set_file_name(name.to_string_lossy());
                        }
                        let chosen = dialog.save_file();
                        emit(&events, &waker, Event::SaveFileChosen(chosen));
                    });
                if let Err(e) = spawned {
                    tracing::error!("could not open the save dialog: {e}");
                }
            }
            Command::SaveGuide { path, contents } => {
                let event = match crate::fsutil::write_atomically(&path, contents.as_bytes()) {
                    Ok(()) => Event::GuideSaved(path),
                    Err(e) => Event::GuideNotSaved(format!("{}: {e}", path.display())),
                };
                self.emit(event);
            }
            Command::SaveReport { path, contents } => {
                let event = match crate::fsutil::write_atomically(&path, contents.as_bytes()) {
                    Ok(()) => Event::ReportSaved(path),
                    Err(e) => Event::ReportNotSaved(format!("{}: {e}", path.display())),
                };
                self.emit(event);
            }
            Command::StartScan { demo, scope } => {
                self.scan = None;
                let (events, waker) = (self.events.clone(), self.waker.clone());
                let report = move |list| emit(&events, &waker, Event::Printers(list));
                let started: Result<Box<dyn std::any::Any + Send>, String> = if demo {
                    crate::net::discovery::demo::Demo::start(report)
                        .map(|d| Box::new(d) as Box<dyn std::any::Any + Send>)
                        .map_err(|e| e.to_string())
                } else {
                    crate::net::discovery::Discovery::start(scope, report)
                        .map(|d| Box::new(d) as Box<dyn std::any::Any + Send>)
                        .map_err(|e| e.to_string())
                };
                match started {
                    Ok(handle) => self.scan = Some(handle),
                    Err(e) => self.emit(Event::ScanFailed(e)),
                }
            }
            Command::StopScan => self.scan = None,
            Command::CheckAddress(input) => {
                let (events, waker) = (self.events.clone(), self.waker.clone());
                let spawned =
                    std::thread::Builder::new()
                        .name("wps-reach".into())
                        .spawn(move || {
                            let result = crate::net::reach::check(
                                &input,
                                crate::net::reach::PRINTER_PORTS,
                                Duration::from_millis(1500),
                            );
                            emit(&events, &waker, Event::AddressChecked { input, result });
                        });
                if let Err(e) = spawned {
                    tracing::error!("could not check the address: {e}");
                }
            }
            Command::ReadLocalNetwork => {
                self.emit(Event::LocalNetwork(crate::net::local::detect()));
            }
            Command::ImportPanelAnswers { from } => {
                let event = match panels::import(&from) {
                    Ok((answers, skipped)) => Event::PanelAnswersImported { answers, skipped },
                    Err(e) => Event::PanelAnswersFailed(e.to_string()),
                };
                self.emit(event);
            }
        }
    }

    fn tick(&mut self) {
        let Some(w) = self.window else { return };
        let now = Instant::now();
        if w.is_over(now) {
            self.window = None;
            self.emit(Event::WpsWindowEnded);
        } else {
            self.emit(Event::WpsWindowTick {
                seconds_left: whole_seconds_left(w.remaining(now)),
                total: whole_seconds_left(w.length()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn wait_for(worker: &Worker, pred: impl Fn(&Event) -> bool) -> Vec<Event> {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            if let Some(e) = worker.try_recv() {
                let done = pred(&e);
                seen.push(e);
                if done {
                    return seen;
                }
            } else {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
        panic!("event not seen; got {seen:?}");
    }

    #[test]
    fn window_counts_down_to_the_end_and_wakes_the_ui() {
        let wakes = Arc::new(AtomicUsize::new(0));
        let w2 = wakes.clone();
        let worker = Worker::spawn(
            None,
            Box::new(move || {
                w2.fetch_add(1, Ordering::SeqCst);
            }),
        )
        .unwrap();
        worker.send(Command::StartWpsWindow {
            length: Duration::from_secs(2),
        });
        let seen = wait_for(&worker, |e| *e == Event::WpsWindowEnded);
        assert_eq!(
            seen,
            vec![
                Event::WpsWindowTick {
                    seconds_left: 2,
                    total: 2
                },
                Event::WpsWindowTick {
                    seconds_left: 1,
                    total: 2
                },
                Event::WpsWindowEnded,
            ]
        );
        assert_eq!(wakes.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn cancel_stops_the_countdown() {
        let worker = Worker::spawn(None, Box::new(|| {})).unwrap();
        worker.send(Command::StartWpsWindow {
            length: Duration::from_secs(60),
        });
        worker.send(Command::CancelWpsWindow);
        let seen = wait_for(&worker, |e| *e == Event::WpsWindowCancelled);
        assert_eq!(seen.len(), 2);
        std::thread::sleep(Duration::from_millis(1100));
        assert_eq!(worker.try_recv(), None, "no ticks after cancelling");
    }

    #[test]
    fn saves_settings_in_the_background() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path());
        let worker = Worker::spawn(Some(store.clone()), Box::new(|| {})).unwrap();
        let s = Settings {
            text_scale: 2.0,
            ..Settings::default()
        };
        worker.send(Command::SaveSettings(s.clone()));
        wait_for(&worker, |e| *e == Event::SettingsSaved);
        assert_eq!(store.load().settings, s);
    }

    #[test]
    fn panel_answers_are_saved_exported_and_imported_in_the_background() {
        use crate::catalog::PanelKind;
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path().join("config"));
        let worker = Worker::spawn(Some(store.clone()), Box::new(|| {})).unwrap();
        let mut answers = PanelAnswers::default();
        answers.set("envy_6000_series", PanelKind::Touchscreen);

        worker.send(Command::SavePanelAnswers(answers.clone()));
        wait_for(&worker, |e| *e == Event::PanelAnswersSaved);
        assert_eq!(PanelStore::at(store.dir()).load().answers, answers);

        let shared = dir.path().join("shop.json");
        worker.send(Command::ExportPanelAnswers {
            answers: answers.clone(),
            to: shared.clone(),
        });
        wait_for(&worker, |e| {
            *e == Event::PanelAnswersExported(shared.clone())
        });
        worker.send(Command::ImportPanelAnswers { from: shared });
        let seen = wait_for(&worker, |e| matches!(e, Event::PanelAnswersImported { .. }));
        assert_eq!(
            seen.last(),
            Some(&Event::PanelAnswersImported {
                answers,
                skipped: 0
            })
        );

        worker.send(Command::ImportPanelAnswers {
            from: dir.path().join("missing.json"),
        });
        let seen = wait_for(&worker, |e| matches!(e, Event::PanelAnswersFailed(_)));
        assert!(
            matches!(seen.last(), Some(Event::PanelAnswersFailed(m)) if m.contains("missing.json"))
        );
    }

    #[test]
    fn an_unwritable_folder_is_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        // A folder cannot be created inside a file.
        let worker = Worker::spawn(
            Some(SettingsStore::at(blocker.join("sub"))),
            Box::new(|| {}),
        )
        .unwrap();
        worker.send(Command::SaveSettings(Settings::default()));
        let seen = wait_for(&worker, |e| matches!(e, Event::SettingsNotSaved(_)));
        assert!(
            matches!(seen.last(), Some(Event::SettingsNotSaved(m)) if m.contains("could not save"))
        );
    }
}
