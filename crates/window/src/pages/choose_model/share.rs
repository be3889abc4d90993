//! Sharing remembered control-panel answers between computers: export to a file,
//! import from one. The worker does the file work; this only says what was asked.

use eframe::egui::Ui;

use crate::cx::Cx;
use crate::widgets::{self, Tone};
use wps_pin_core::words;
use wps_pin_flow::Msg;
use wps_pin_flow::state::ShareStatus as Status;

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let s = cx.s;
    let page = &s.model;
    if let Some(status) = &page.status {
        let (tone, kind, text) = match status {
            Status::Exported(path) => (
                Tone::Good,
                "notice-ok",
                l.t_args(
                    "catalog-share-exported",
                    &[("path", path.display().to_string().into())],
                ),
            ),
            Status::Imported { added, skipped } => {
                let mut text = l.t_args("catalog-share-imported", &[("count", (*added).into())]);
                if *skipped > 0 {
                    text.push('\n');
                    text.push_str(
                        &l.t_args("catalog-share-skipped", &[("count", (*skipped).into())]),
                    );
                }
                (Tone::Good, "notice-ok", text)
            }
            Status::Failed(e) => (Tone::Bad, "notice-problem", words::file_error(e, l)),
        };
        widgets::notice(ui, &cx.palette, tone, &l.t(kind), &text);
    }
    widgets::details(ui, "share-answers", &l.t("catalog-share-title"), |ui| {
        let count = widgets::para(
            ui,
            &l.t_args(
                "catalog-share-count",
                &[("count", s.remembered.answers.len().into())],
            ),
        );
        let (_, typed) = widgets::file_field(ui, &l.t("catalog-share-path"), &page.share_path);
        let has_path = !typed
            .as_deref()
            .unwrap_or(&page.share_path)
            .trim()
            .is_empty();
        if let Some(text) = typed {
            cx.act(Msg::TypeSharePath(text));
        }
        ui.horizontal_wrapped(|ui| {
            let export = widgets::big_button_if(ui, has_path, &l.t("catalog-share-export"));
            if export.clicked() {
                cx.act(Msg::ExportAnswers);
            }
            let import = widgets::big_button_if(ui, has_path, &l.t("catalog-share-import"));
            if import.clicked() {
                cx.act(Msg::ImportAnswers);
            }
        });
        count
    });
}
