use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use super::*;
use crate::catalog::PanelKind;
use crate::catalog::panels::PanelAnswers;
use crate::settings::Settings;
use crate::store::FileProblem;

fn quiet() -> Waker {
    Arc::new(|| {})
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
        Some(store.clone()),
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
    let worker = Worker::spawn(Some(store.clone()), quiet()).unwrap();
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
    let worker = Worker::spawn(Some(SettingsStore::at(blocker.join("sub"))), quiet()).unwrap();
    worker.send(Command::SaveSettings(Settings::default()));
    let seen = wait_for(&worker, |e| matches!(e, Event::SettingsNotSaved(_)));
    assert!(matches!(
        seen.last(),
        Some(Event::SettingsNotSaved(e)) if e.path.starts_with(&blocker)
    ));
}

#[test]
fn jobs_run_on_named_threads_and_their_events_arrive() {
    let worker = Worker::spawn(None, quiet()).unwrap();
    worker.sink().spawn_job("wps-test-job", || {
        let name = std::thread::current().name().map(str::to_owned);
        Event::SaveFileChosen(name.map(Into::into))
    });
    let seen = wait_for(&worker, |e| matches!(e, Event::SaveFileChosen(_)));
    assert_eq!(
        seen.last(),
        Some(&Event::SaveFileChosen(Some("wps-test-job".into())))
    );
}
