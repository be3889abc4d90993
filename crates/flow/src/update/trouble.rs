//! "It doesn't work": running the checks, the steps ticked as tried, and the support
//! summary: copied, or saved where the person chooses (never over an existing file
//! unless they say so), with one line that says what became of it.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use wps_pin_core::worker::Command;
use wps_pin_core::worker::save::{SaveError, SaveKind, SaveTo};

use crate::effect::{Effect, Focus};
use crate::files::suggested_name;
use crate::msg::Msg;
use crate::running::air_source;
use crate::state::{AppState, Question};
use crate::summary;
use crate::trouble::SaveStatus;

/// Takes the troubleshooting page's messages.
pub fn update(s: &mut AppState, msg: Msg, fx: &mut Vec<Effect>) {
    let t = &mut s.trouble;
    match msg {
        Msg::RunChecks => {
            t.running = true;
            fx.push(Effect::Send(Command::RunChecks {
                target: s.journey.target().cloned(),
                router: s.config.router,
                air: air_source(s),
            }));
        }
        Msg::Tried { index, ticked } => {
            if let Some(at) = t.tried.get_mut(index) {
                *at = ticked.then(SystemTime::now);
            }
        }
        Msg::IncludePin(on) => t.include_pin = on && s.journey.pin_for_summary().is_some(),
        Msg::IncludeSerial(on) => t.include_serial = on,
        Msg::SummaryFormat(format) if t.format != format => {
            // Keep the folder and name, change the extension.
            let current = PathBuf::from(&t.save_path);
            t.save_path = current
                .with_extension(format.extension())
                .display()
                .to_string();
            t.format = format;
        }
        Msg::JumpToSummary => fx.push(Effect::Focus(Focus::SummaryCopy)),
        Msg::CopySummary => {
            fx.push(Effect::Copy(summary::render(s)));
            s.trouble.status = Some(SaveStatus::Copied);
            fx.push(Effect::Focus(Focus::SaveStatus));
        }
        Msg::SaveSummary => {
            t.choosing = true;
            // In the folder of the typed file, named for the case, the printer and the time.
            let folder = folder_of(&t.save_path, &s.config.documents);
            let suggested = folder.join(file_name(s));
            let title = s.l().t("summary-save-dialog-title");
            fx.push(Effect::Send(Command::SaveAs {
                kind: SaveKind::Summary,
                to: SaveTo::Ask { suggested, title },
                contents: summary::render(s),
            }));
        }
        Msg::TypeSummaryPath(p) => {
            t.save_path = p;
            t.path_typed = true;
        }
        Msg::SaveSummaryTyped => {
            let path = PathBuf::from(t.save_path.trim());
            if path.as_os_str().is_empty() {
                return;
            }
            fx.push(save_summary(s, path, false));
        }
        Msg::ReplaceFile => {
            if let Some(Question::Replace { path, guide }) = s.question.take() {
                match guide {
                    None => fx.push(save_summary(s, path, true)),
                    Some(id) => fx.extend(super::model::save_guide(s, id, path, true)),
                }
            }
        }
        Msg::KeepFile => {
            if let Some(Question::Replace { path, guide }) = s.question.take() {
                let kept = SaveError::Exists(path);
                match guide {
                    None => s.trouble.status = Some(SaveStatus::NotSaved(kept)),
                    Some(_) => {
                        s.print.pending = None;
                        s.print.printed = Some(Err(kept));
                    }
                }
                fx.push(Effect::Focus(Focus::SaveStatus));
            }
        }
        Msg::TypeCase(name) => {
            s.case.name = name;
            name_summary_file(s);
        }
        Msg::TypeNote(note) => s.case.note = note,
        _ => {}
    }
}

fn save_summary(s: &AppState, path: PathBuf, replace: bool) -> Effect {
    Effect::Send(Command::SaveAs {
        kind: SaveKind::Summary,
        to: SaveTo::File { path, replace },
        contents: summary::render(s),
    })
}

/// "wps-support-summary-CASE-MODEL-2026-12-07-143205.txt".
fn file_name(s: &AppState) -> String {
    suggested_name(
        "wps-support-summary",
        &[
            Some(s.case.name.as_str()),
            s.journey.model_name().as_deref(),
        ],
        s.trouble.format.extension(),
    )
}

/// The folder of the typed file, when it names one; else the documents folder.
fn folder_of(typed: &str, documents: &Path) -> PathBuf {
    Path::new(typed.trim())
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| documents.to_owned(), Path::to_owned)
}

/// Names the summary's file for the case, the model and now, unless the person typed
/// a file of their own.
pub fn name_summary_file(s: &mut AppState) {
    if s.trouble.path_typed {
        return;
    }
    let folder = folder_of(&s.trouble.save_path, &s.config.documents);
    s.trouble.save_path = folder.join(file_name(s)).display().to_string();
}

/// What became of a save of the summary.
pub fn written(s: &mut AppState, result: Result<PathBuf, SaveError>, fx: &mut Vec<Effect>) {
    s.trouble.choosing = false;
    match result {
        Ok(path) => {
            s.trouble.status = Some(SaveStatus::Saved(path));
            fx.push(Effect::Focus(Focus::SaveStatus));
        }
        Err(SaveError::Exists(path)) => {
            s.question = Some(Question::Replace { path, guide: None });
            fx.push(Effect::Focus(Focus::Question));
        }
        Err(SaveError::NoDialog) => {
            // Said, and the caret goes where the file can be typed instead.
            s.trouble.status = Some(SaveStatus::NotSaved(SaveError::NoDialog));
            fx.push(Effect::Focus(Focus::SummaryPath));
        }
        Err(e) => {
            s.trouble.status = Some(SaveStatus::NotSaved(e));
            fx.push(Effect::Focus(Focus::SaveStatus));
        }
    }
}
