//! The support summary: what is in it, and copying or saving it. The summary itself is
//! built by the flow ([`wps_pin_flow::summary`]) only when it is copied or saved.

use eframe::egui::{Checkbox, Ui};
use wps_pin_core::report::Format;
use wps_pin_core::worker::save::SaveError;
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
    // What happened is said right under the button that did it.
    if !page.typed_save {
        status(ui, cx);
    }
    // Without a system save window (or by preference), the file can be typed here.
    let (_, typed) = widgets::file_field(ui, &l.t("summary-save-where"), &page.save_path);
    if let Some(text) = typed {
        cx.act(Msg::TypeSummaryPath(text));
    }
    if widgets::big_button(ui, &l.t("summary-save-here")).clicked() {
        cx.act(Msg::SaveSummaryTyped);
    }
    if page.typed_save {
        status(ui, cx);
    }
}

/// Copied, saved, not saved, or no file chosen.
fn status(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let page = &cx.s.trouble;
    if matches!(
        page.saved,
        Some(Err(SaveError::NoFileChosen | SaveError::NoDialog))
    ) {
        widgets::para(ui, &l.t("summary-no-file"));
    }
    if page.copied {
        let r = widgets::para(ui, &l.t("summary-copied"));
        widgets::announce(ui, &r, false);
    }
    match &page.saved {
        Some(Ok(path)) => {
            let r = widgets::notice(
                ui,
                &cx.palette,
                Tone::Good,
                &l.t("notice-ok"),
                &l.t_args(
                    "summary-saved",
                    &[(
                        "file",
                        path.file_name()
                            .map(|f| f.to_string_lossy().into_owned())
                            .unwrap_or_default()
                            .into(),
                    )],
                ),
            );
            widgets::announce(ui, &r, false);
        }
        Some(Err(e @ (SaveError::File(_) | SaveError::Exists(_)))) => {
            let reason = wps_pin_core::words::save_error(e, l);
            widgets::notice(
                ui,
                &cx.palette,
                Tone::Bad,
                &l.t("notice-problem"),
                &l.t_args("summary-not-saved", &[("reason", reason.into())]),
            );
        }
        _ => {}
    }
}
