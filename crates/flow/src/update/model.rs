//! The model and its control panel, the guides, and sharing the remembered answers.

use std::path::PathBuf;

use wps_pin_core::guide::{self, GuideId};
use wps_pin_core::worker::Command;
use wps_pin_core::worker::save::{SaveKind, SaveTo};

use crate::effect::{Effect, Focus};
use crate::files::suggested_name;
use crate::msg::Msg;
use crate::nav::Page;
use crate::state::AppState;

/// Takes the model's and the guides' messages.
pub fn update(s: &mut AppState, msg: Msg, fx: &mut Vec<Effect>) {
    match msg {
        Msg::TypeQuery(q) => s.model.query = q,
        Msg::ChooseFamily(family) => {
            s.journey.choose_family(family, &s.remembered);
            s.model.asking_again = false;
        }
        Msg::AnswerPanel { family, kind } => {
            s.remembered.answers.set(&family.id, kind);
            fx.push(Effect::Send(Command::SavePanelAnswers(
                s.remembered.answers.clone(),
            )));
            s.model.asking_again = false;
            show_panel_guide(s, kind);
        }
        Msg::AskPanelAgain => s.model.asking_again = true,
        Msg::ShowPanelGuide(kind) => show_panel_guide(s, kind),
        Msg::TypeSharePath(p) => s.model.share_path = p,
        Msg::ExportAnswers => {
            if let Some(to) = share_path(s) {
                fx.push(Effect::Send(Command::ExportPanelAnswers {
                    answers: s.remembered.answers.clone(),
                    to,
                }));
            }
        }
        Msg::ImportAnswers => {
            if let Some(from) = share_path(s) {
                fx.push(Effect::Send(Command::ImportPanelAnswers { from }));
            }
        }
        Msg::OpenGuide(id) => {
            s.journey.guide = Some(id);
            if let Some(kind) = id.panel() {
                s.journey.panel = Some(kind);
            }
            // The guide chosen comes into view, wherever the page was scrolled.
            fx.push(Effect::Focus(Focus::GuideStep));
        }
        Msg::GuideStep { guide, step } => {
            s.remembered.progress.insert(guide.key().to_owned(), step);
            fx.push(Effect::Focus(Focus::GuideStep));
            fx.push(Effect::Send(Command::SaveGuideProgress(
                s.remembered.progress.clone(),
            )));
        }
        Msg::PrintGuide(id) => print_guide(s, id, fx),
        Msg::TypeGuidePath(p) => s.print.typed = p,
        Msg::SaveGuideTyped(id) => {
            let typed = s.print.typed.trim();
            if typed.is_empty() {
                return;
            }
            let path = PathBuf::from(typed);
            s.print.printed = None;
            s.print.pending = Some(id);
            fx.extend(save_guide(s, id, path, false));
        }
        _ => {}
    }
}

fn show_panel_guide(s: &mut AppState, kind: wps_pin_core::catalog::PanelKind) {
    s.journey.panel = Some(kind);
    s.journey.guide = Some(GuideId::for_panel(kind));
    s.nav.go(Page::WherePin);
}

fn share_path(s: &AppState) -> Option<PathBuf> {
    let p = s.model.share_path.trim();
    (!p.is_empty()).then(|| PathBuf::from(p))
}

/// The printable guide, for the chosen model, in the reader's language.
fn guide_html(s: &AppState, id: GuideId) -> Option<String> {
    let g = guide::get(id)?;
    Some(guide::print::html(
        g,
        s.journey.model_name().as_deref(),
        s.l(),
    ))
}

/// Saves the printable guide to `path` (an existing file only when `replace`).
pub fn save_guide(s: &AppState, id: GuideId, path: PathBuf, replace: bool) -> Option<Effect> {
    Some(Effect::Send(Command::SaveAs {
        kind: SaveKind::Guide,
        to: SaveTo::File { path, replace },
        contents: guide_html(s, id)?,
    }))
}

/// Asks where to save the printable guide (the typed file is offered when no file
/// comes from the save window).
fn print_guide(s: &mut AppState, id: GuideId, fx: &mut Vec<Effect>) {
    let name = suggested_name(
        &format!("wps-guide-{}", id.key()),
        &[
            Some(s.case.name.as_str()),
            s.journey.model_name().as_deref(),
        ],
        "html",
    );
    let suggested = s.config.documents.join(name);
    let print = &mut s.print;
    print.printed = None;
    print.typing = false;
    print.pending = Some(id);
    if print.typed.trim().is_empty() {
        print.typed = suggested.display().to_string();
    }
    let title = s.l().t("guide-save-dialog-title");
    if let Some(contents) = guide_html(s, id) {
        fx.push(Effect::Send(Command::SaveAs {
            kind: SaveKind::Guide,
            to: SaveTo::Ask { suggested, title },
            contents,
        }));
    }
}
