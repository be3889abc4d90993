//! The support summary: what is in it, and copying or saving it. The summary itself is
//! built by the flow ([`wps_pin_flow::summary`]) only when it is copied or saved.

use eframe::egui::{Checkbox, Ui};
use wps_pin_core::report::Format;
use wps_pin_core::worker::save::SaveError;
use wps_pin_flow::trouble::SaveStatus;
use wps_pin_flow::{Focus, Msg};

use crate::cx::Cx;
use crate::widgets::{self, Tone};

const FORMATS: &[(Format, &str)] = &[
    (Format::Text, "summary-format-text"),
    (Format::Markdown, "summary-format-md"),
    (Format::Json, "summary-format-json"),
    (Format::Html, "summary-format-html"),
];

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let s = cx.s;
    let page = &s.trouble;
    widgets::subheading(ui, &l.t("summary-title"));
    widgets::para(ui, &l.t("summary-intro"));
    let mut serial = page.include_serial;
    if ui
        .add(Checkbox::new(&mut serial, l.t("summary-include-serial")))
        .changed()
    {
        cx.act(Msg::IncludeSerial(serial));
    }
    // Only offered when there is a PIN to include; it is left out by default.
    let has_pin = s.journey.pin_for_summary().is_some();
    let mut pin = page.include_pin && has_pin;
    if ui
        .add_enabled(has_pin, Checkbox::new(&mut pin, l.t("summary-include-pin")))
        .changed()
    {
        cx.act(Msg::IncludePin(pin));
    }
    widgets::para(ui, &l.t("summary-format"));
    for (format, id) in FORMATS {
        let selected = page.format == *format;
        if widgets::card(ui, &l.t(id), format.extension(), Some(selected)).clicked() && !selected {
            cx.act(Msg::SummaryFormat(*format));
        }
    }
    // The help desk's case: in the summary, and in the file's name.
    let (_, case) = widgets::text_field(ui, &l.t("summary-case"), "summary-case", &s.case.name);
    if let Some(text) = case {
        cx.act(Msg::TypeCase(text));
    }
    let (_, note) = widgets::text_field(ui, &l.t("summary-note"), "summary-note", &s.case.note);
    if let Some(text) = note {
        cx.act(Msg::TypeNote(text));
    }
    ui.horizontal_wrapped(|ui| {
        let copy = widgets::big_button(ui, &l.t("summary-copy"));
        if cx.take_focus(Focus::SummaryCopy) {
            copy.request_focus();
        }
        if copy.clicked() {
            cx.act(Msg::CopySummary);
        }
        if widgets::big_button_if(ui, !page.choosing, &l.t("summary-save")).clicked() {
            cx.act(Msg::SaveSummary);
        }
    });
    // Without a system save window (or by preference), the file can be typed here.
    let (field, typed) = widgets::file_field(ui, &l.t("summary-save-where"), &page.save_path);
    if cx.take_focus(Focus::SummaryPath) {
        field.request_focus();
    }
    if let Some(text) = typed {
        cx.act(Msg::TypeSummaryPath(text));
    }
    if widgets::big_button(ui, &l.t("summary-save-here")).clicked() {
        cx.act(Msg::SaveSummaryTyped);
    }
    status(ui, cx);
}

/// What became of the last copy or save: one line, replaced each time, naming the
/// folder a file went to.
fn status(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let Some(status) = &cx.s.trouble.status else {
        return;
    };
    let (tone, kind, text) = match status {
        SaveStatus::Copied => (Tone::Good, "notice-ok", l.t("summary-copied")),
        SaveStatus::Saved(path) => {
            let file = path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let folder = path
                .parent()
                .map(|f| f.display().to_string())
                .unwrap_or_default();
            let text = l.t_args(
                "summary-saved-in",
                &[("file", file.into()), ("folder", folder.into())],
            );
            (Tone::Good, "notice-ok", text)
        }
        SaveStatus::NotSaved(SaveError::NoFileChosen) => (
            Tone::Info,
            "notice-good-to-know",
            l.t("save-no-file-chosen"),
        ),
        SaveStatus::NotSaved(SaveError::NoDialog) => {
            (Tone::Warn, "notice-warning", l.t("save-no-window"))
        }
        SaveStatus::NotSaved(e) => {
            let reason = wps_pin_core::words::save_error(e, l);
            let text = l.t_args("summary-not-saved", &[("reason", reason.into())]);
            (Tone::Bad, "notice-problem", text)
        }
    };
    let r = widgets::notice_focusable(ui, &cx.palette, tone, &l.t(kind), &text);
    widgets::announce(ui, &r, false);
    if cx.take_focus(Focus::SaveStatus) {
        r.request_focus();
    }
}
