use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::*;
use crate::catalog::PanelKind;
use crate::catalog::panels::PanelAnswers;
use crate::settings::Settings;
use crate::store::FileProblem;

fn quiet() -> Waker {
    Arc::new(|| {})
}

fn setup(store: Option<SettingsStore>) -> Setup {
    Setup {
        store,
        world: Arc::new(crate::world::demo::DemoWorld::new(Duration::from_secs(1))),
        dialog: None,
    }
}

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
fn saves_settings_in_the_background_and_wakes_the_ui() {
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::at(dir.path());
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = wakes.clone();
    let worker = Worker::spawn(
        setup(Some(store.clone())),
        Arc::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }),
    )
    .unwrap();
    let s = Settings {
        text_scale: 2.0,
        ..Settings::default()
    };
    worker.send(Command::SaveSettings(s.clone()));
    wait_for(&worker, |e| *e == Event::SettingsSaved);
    assert_eq!(store.load().value, s);
    assert_eq!(wakes.load(Ordering::SeqCst), 1);
}

#[test]
fn panel_answers_are_saved_exported_and_imported_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::at(dir.path().join("config"));
    let worker = Worker::spawn(setup(Some(store.clone())), quiet()).unwrap();
    let mut answers = PanelAnswers::default();
    answers.set("envy_6000_series", PanelKind::Touchscreen);

    worker.send(Command::SavePanelAnswers(answers.clone()));
    wait_for(&worker, |e| *e == Event::PanelAnswersSaved);
    assert_eq!(panels::store(store.dir()).load().value, answers);

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

    let missing = dir.path().join("missing.json");
    worker.send(Command::ImportPanelAnswers {
        from: missing.clone(),
    });
    let seen = wait_for(&worker, |e| matches!(e, Event::PanelAnswersFailed(_)));
    assert!(matches!(
        seen.last(),
        Some(Event::PanelAnswersFailed(e)) if e.path == missing && e.problem == FileProblem::NotFound
    ));
}

#[test]
fn an_unwritable_folder_is_reported_as_a_typed_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, b"x").unwrap();
    // A folder cannot be created inside a file.
    let worker =
        Worker::spawn(setup(Some(SettingsStore::at(blocker.join("sub")))), quiet()).unwrap();
    worker.send(Command::SaveSettings(Settings::default()));
    let seen = wait_for(&worker, |e| matches!(e, Event::SettingsNotSaved(_)));
    assert!(matches!(
        seen.last(),
        Some(Event::SettingsNotSaved(e)) if e.path.starts_with(&blocker)
    ));
}

#[test]
fn jobs_run_on_named_threads_and_their_events_arrive() {
    let worker = Worker::spawn(setup(None), quiet()).unwrap();
    worker.sink().spawn_job("wps-test-job", || {
        let name = std::thread::current().name().unwrap_or_default().to_owned();
        Event::PanelAnswersExported(name.into())
    });
    let seen = wait_for(&worker, |e| matches!(e, Event::PanelAnswersExported(_)));
    assert_eq!(
        seen.last(),
        Some(&Event::PanelAnswersExported("wps-test-job".into()))
    );
}

#[test]
fn a_save_answers_once_with_where_the_file_went_or_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let worker = Worker::spawn(setup(None), quiet()).unwrap();
    let path = dir.path().join("summary.txt");
    let save = |replace| Command::SaveAs {
        kind: save::SaveKind::Summary,
        to: save::SaveTo::File {
            path: path.clone(),
            replace,
        },
        contents: "summary".into(),
    };
    worker.send(save(false));
    let seen = wait_for(&worker, |e| matches!(e, Event::Written { .. }));
    assert_eq!(
        seen.last(),
        Some(&Event::Written {
            kind: save::SaveKind::Summary,
            result: Ok(path.clone())
        })
    );
    worker.send(save(false));
    let seen = wait_for(&worker, |e| matches!(e, Event::Written { .. }));
    assert_eq!(
        seen.last(),
        Some(&Event::Written {
            kind: save::SaveKind::Summary,
            result: Err(save::SaveError::Exists(path.clone()))
        })
    );
    // No save window was given: asking says so instead of pretending nothing was chosen.
    worker.send(Command::SaveAs {
        kind: save::SaveKind::Guide,
        to: save::SaveTo::Ask {
            suggested: path.clone(),
            title: "Save".into(),
        },
        contents: "guide".into(),
    });
    let seen = wait_for(&worker, |e| matches!(e, Event::Written { .. }));
    assert_eq!(
        seen.last(),
        Some(&Event::Written {
            kind: save::SaveKind::Guide,
            result: Err(save::SaveError::NoDialog)
        })
    );
}

#[test]
fn the_demo_world_printer_joins_after_wps_is_started() {
    let worker = Worker::spawn(
        Setup {
            store: None,
            world: Arc::new(crate::world::demo::DemoWorld::new(Duration::from_millis(
                50,
            ))),
            dialog: None,
        },
        quiet(),
    )
    .unwrap();
    let printer = crate::net::discovery::demo::printers()[0].target().unwrap();
    worker.send(Command::WatchPrinter(printer));
    let on_wifi =
        |e: &Event| matches!(e, Event::PrinterStatus(r) if r.identity.connected_wifi().is_some());
    let seen = wait_for(&worker, |e| matches!(e, Event::PrinterStatus(_)));
    assert!(!seen.iter().any(on_wifi), "not on Wi-Fi before WPS");
    worker.send(Command::WpsStarted);
    wait_for(&worker, on_wifi);
}

#[test]
fn the_demo_printers_wifi_is_set_on_a_job_and_every_step_names_its_run() {
    use crate::net::wifi::{Chosen, Passphrase, Ssid};
    use crate::world::wifi_demo::DEMO_PASSPHRASE;
    let world = crate::world::demo::DemoWorld::new(Duration::from_secs(1))
        .with_wifi_step(Duration::from_millis(1));
    let worker = Worker::spawn(
        Setup {
            store: None,
            world: Arc::new(world),
            dialog: None,
        },
        quiet(),
    )
    .unwrap();
    // Through the printer's setup network: this computer is back before the list comes.
    let setup = Ssid::from_text("HP-Setup-0C-DeskJet 2700").unwrap();
    worker.send(Command::WifiNetworks {
        run: 7,
        reach: WifiReach::SetupNetwork(setup),
        keys: WifiKeys::default(),
    });
    let seen = wait_for(&worker, |e| matches!(e, Event::WifiNetworks { .. }));
    assert!(
        seen.iter()
            .any(|e| matches!(e, Event::WifiProgress { run: 7, .. }))
    );
    let left = seen.iter().position(|e| {
        matches!(
            e,
            Event::WifiSetupLeft {
                run: 7,
                result: Ok(_)
            }
        )
    });
    assert_eq!(left, Some(seen.len() - 2), "{seen:?}");
    let Some(Event::WifiNetworks { run: 7, report }) = seen.last() else {
        panic!("{seen:?}")
    };
    assert!(report.read && !report.networks.is_empty());
    // The join carries the password once; the command prints without it.
    let passphrase = Handed::new(Passphrase::new(DEMO_PASSPHRASE.into()).unwrap());
    let join = Command::WifiJoin {
        run: 8,
        reach: WifiReach::Address(crate::world::wifi_demo::setup_network_printer().unwrap()),
        keys: WifiKeys::default(),
        chosen: Chosen::Listed(report.networks[0].clone()),
        passphrase: Some(passphrase),
    };
    assert!(!format!("{join:?}").contains(DEMO_PASSPHRASE));
    worker.send(join);
    let seen = wait_for(&worker, |e| matches!(e, Event::WifiJoined { .. }));
    assert!(matches!(seen.last(), Some(Event::WifiJoined { run: 8, report }) if report.joined));
}
