//! A question the app asks before going on (start over while a timer runs; replace an
//! existing file), at the top of the page, with focus on it so a keyboard user and a
//! screen reader meet it at once.

use eframe::egui::Ui;
use wps_pin_flow::state::Question;
use wps_pin_flow::{Focus, Msg};

use crate::cx::Cx;
use crate::widgets::{self, Tone};

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let Some(question) = &cx.s.question else {
        return;
    };
    let l = cx.l;
    let (text, yes, no, yes_msg, no_msg) = match question {
        Question::NewCustomer => (
            l.t("question-new-customer"),
            "question-new-customer-yes",
            "question-new-customer-no",
            Msg::ConfirmNewCustomer,
            Msg::CancelNewCustomer,
        ),
        Question::Replace { path, .. } => {
            let file = path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let folder = path
                .parent()
                .map(|f| f.display().to_string())
                .unwrap_or_default();
            (
                l.t_args(
                    "question-replace",
                    &[("file", file.into()), ("folder", folder.into())],
                ),
                "question-replace-yes",
                "question-replace-no",
                Msg::ReplaceFile,
                Msg::KeepFile,
            )
        }
    };
    let r = widgets::notice_focusable(ui, &cx.palette, Tone::Warn, &l.t("notice-warning"), &text);
    widgets::announce(ui, &r, true);
    if cx.take_focus(Focus::Question) {
        r.request_focus();
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t(yes)).clicked() {
            cx.act(yes_msg);
        }
        if widgets::big_button(ui, &l.t(no)).clicked() {
            cx.act(no_msg);
        }
    });
    ui.add_space(8.0);
}
