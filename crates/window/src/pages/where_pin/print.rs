//! Printing or saving the guide shown: the system's save dialog, with a file name that
//! says which guide, which printer and when, or a file typed by hand when there is no
//! dialog; then what happened, said under the button that did it.

use std::path::PathBuf;

use eframe::egui::Ui;
use wps_pin_core::store::FileError;
use wps_pin_core::words;

use crate::Cx;
use crate::action::Action;
use crate::widgets::{self, Tone};

#[derive(Debug, Default)]
pub struct PrintState {
    /// The guide waiting for the save dialog's answer.
    pub pending: Option<&'static str>,
    /// The last printable guide written (and whether the browser was asked to open it),
    /// or why not.
    pub printed: Option<Result<(PathBuf, bool), FileError>>,
    /// The dialog closed without a file (or there is none on this system).
    pub no_file_chosen: bool,
    /// The file typed by hand (empty: the suggested one).
    pub typed: String,
}

pub fn show(ui: &mut Ui, state: &mut PrintState, id: &'static str, cx: &mut Cx) {
    let l = cx.l;
    let waiting = state.pending.is_some();
    if widgets::big_button_if(ui, !waiting, &l.t("guide-print")).clicked() {
        cx.act(Action::PrintGuide(id));
    }
    // Without a system save dialog, the file can be typed.
    if state.no_file_chosen {
        widgets::para(ui, &l.t("guide-no-file"));
        widgets::file_field(ui, &l.t("guide-save-where"), &mut state.typed);
        let typed = state.typed.trim();
        if widgets::big_button_if(ui, !typed.is_empty(), &l.t("summary-save-here")).clicked() {
            cx.act(Action::SaveGuide {
                guide: id,
                path: typed.into(),
            });
        }
    }
    match &state.printed {
        Some(Ok((path, opening))) => {
            let file = path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let id = if *opening {
                "guide-saved-opening"
            } else {
                "guide-saved"
            };
            let text = l.t_args(id, &[("file", file.into())]);
            let r = widgets::notice(ui, &cx.palette, Tone::Good, &l.t("notice-ok"), &text);
            widgets::announce(ui, &r, false);
        }
        Some(Err(e)) => {
            let reason = words::file_error(e, l);
            let text = l.t_args("guide-not-printed", &[("reason", reason.into())]);
            widgets::notice(ui, &cx.palette, Tone::Bad, &l.t("notice-problem"), &text);
        }
        None => {}
    }
}
