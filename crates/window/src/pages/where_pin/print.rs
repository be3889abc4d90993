//! Printing or saving the guide shown: the system's save window, with a file name that
//! says which guide, which printer and when, or a file typed by hand when no file came
//! from it; then what happened, said under the button that did it.

use eframe::egui::Ui;
use wps_pin_core::guide::GuideId;
use wps_pin_core::worker::save::SaveError;
use wps_pin_flow::Msg;

use crate::cx::Cx;
use crate::widgets::{self, Tone};

pub fn show(ui: &mut Ui, id: GuideId, cx: &mut Cx) {
    let l = cx.l;
    let state = &cx.s.print;
    let waiting = state.pending.is_some();
    if widgets::big_button_if(ui, !waiting, &l.t("guide-print")).clicked() {
        cx.act(Msg::PrintGuide(id));
    }
    // Without a file from the save window, the file can be typed.
    let no_window = matches!(state.printed, Some(Err(SaveError::NoDialog)));
    if state.typing {
        // No save window could open at all, or the person closed it without a file.
        let said = if no_window {
            l.t("save-no-window")
        } else {
            l.t("guide-no-file")
        };
        let r = widgets::para(ui, &said);
        widgets::announce(ui, &r, false);
        let (_, typed) = widgets::file_field(ui, &l.t("guide-save-where"), &state.typed);
        let can_save = !typed.as_deref().unwrap_or(&state.typed).trim().is_empty();
        if let Some(text) = typed {
            cx.act(Msg::TypeGuidePath(text));
        }
        if widgets::big_button_if(ui, can_save, &l.t("summary-save-here")).clicked() {
            cx.act(Msg::SaveGuideTyped(id));
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
        Some(Err(SaveError::NoDialog)) => {}
        Some(Err(e)) => {
            let reason = wps_pin_core::words::save_error(e, l);
            let text = l.t_args("guide-not-printed", &[("reason", reason.into())]);
            widgets::notice(ui, &cx.palette, Tone::Bad, &l.t("notice-problem"), &text);
        }
        None => {}
    }
}
