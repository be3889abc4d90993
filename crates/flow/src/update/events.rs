//! What the worker reported, taken into the state. A late answer (for a search, a
//! watch or a reading no longer running) is dropped.

use std::time::SystemTime;

use wps_pin_core::journey::TimerEnd;
use wps_pin_core::worker::save::{SaveError, SaveKind};
use wps_pin_core::worker::{Command, Event};

use crate::effect::{Effect, Focus};
use crate::pin::WindowState;
use crate::state::{AppState, Question, ShareStatus};

pub fn apply(s: &mut AppState, event: Event, fx: &mut Vec<Effect>) {
    match event {
        Event::PrinterStatus(report) => {
            let Some(p) = &mut s.journey.printer else {
                return;
            };
            let joined_before = p.joined.is_some();
            p.on_report(*report);
            // It worked: the timer has done its job.
            if p.joined.is_some() && !joined_before {
                s.journey
                    .activity
                    .end_timer(SystemTime::now(), TimerEnd::Joined);
                s.pin.window = WindowState::Idle;
            }
        }
        Event::ChecksDone(run) => {
            s.trouble.run = Some(*run);
            s.trouble.running = false;
            // The results' summary line takes focus: a keyboard user hears it, and the
            // next Tab goes through the results.
            fx.push(Effect::Focus(Focus::ChecksSummary));
        }
        Event::Written { kind, result } => written(s, kind, result, fx),
        Event::LocalNetwork(net) => s.router.local = Some(net),
        Event::Printers(list) => {
            if s.running.scan.is_some() {
                let family = s.journey.family;
                if let Some(join) = &mut s.join {
                    join.on_printers(&list, family, std::time::Instant::now());
                }
                s.find.printers = list;
                s.find.failed = false;
            }
        }
        Event::ScanFailed => s.find.failed = true,
        Event::Air(air) => {
            if s.running.air.is_some() {
                if let Some(join) = &mut s.join {
                    join.on_air(&air);
                }
                s.air = Some(*air);
            }
        }
        Event::AddressChecked { host, result } => {
            s.find.checking = false;
            s.find.checked = Some((host, result));
        }
        Event::SettingsSaved => s.settings_error = None,
        Event::SettingsNotSaved(e) => s.settings_error = Some(e),
        Event::PanelAnswersSaved => {
            // A good save replaces any earlier trouble with the file.
            if matches!(s.model.status, Some(ShareStatus::Failed(_))) {
                s.model.status = None;
            }
        }
        Event::PanelAnswersExported(path) => s.model.status = Some(ShareStatus::Exported(path)),
        Event::PanelAnswersImported { answers, skipped } => {
            s.model.status = Some(ShareStatus::Imported {
                added: answers.len(),
                skipped,
            });
            s.remembered.answers.merge(answers);
            fx.push(Effect::Send(Command::SavePanelAnswers(
                s.remembered.answers.clone(),
            )));
        }
        Event::PanelAnswersFailed(e) => s.model.status = Some(ShareStatus::Failed(e)),
        e @ (Event::WifiProgress { .. }
        | Event::WifiStatus { .. }
        | Event::WifiNetworks { .. }
        | Event::WifiJoined { .. }
        | Event::WifiSetupNotJoined { .. }
        | Event::WifiSetupLeft { .. }) => super::wifi::event(s, e, fx),
    }
}

/// A file the person asked for was written, or why not.
fn written(
    s: &mut AppState,
    kind: SaveKind,
    result: Result<std::path::PathBuf, SaveError>,
    fx: &mut Vec<Effect>,
) {
    match kind {
        SaveKind::Summary => super::trouble::written(s, result, fx),
        SaveKind::Guide => {
            let print = &mut s.print;
            let pending = print.pending.take();
            match result {
                Ok(path) => {
                    // Said as it happened: the browser is only asked when the app may open it.
                    let url = wps_pin_core::guide::print::file_url(&path)
                        .filter(|_| s.config.open_written_files);
                    let opening = url.is_some();
                    if let Some(url) = url {
                        fx.push(Effect::OpenUrl(url));
                    }
                    print.printed = Some(Ok((path, opening)));
                }
                // No file came from the save window: the file can be typed instead.
                Err(SaveError::NoFileChosen) => print.typing = true,
                Err(SaveError::NoDialog) => {
                    print.typing = true;
                    print.printed = Some(Err(SaveError::NoDialog));
                }
                Err(SaveError::Exists(path)) => {
                    print.pending = pending;
                    s.question = Some(Question::Replace {
                        path,
                        guide: pending,
                    });
                    fx.push(Effect::Focus(Focus::Question));
                }
                Err(e) => print.printed = Some(Err(e)),
            }
        }
    }
}
