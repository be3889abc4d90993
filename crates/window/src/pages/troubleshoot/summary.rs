//! The support summary: what is in it, and copying or saving it. The summary itself is
//! built only when it is copied or saved ([`build`]).

use eframe::egui::{Checkbox, Ui};
use wps_pin_core::i18n::Localizer;
use wps_pin_core::report::{self, Format, Summary};
use wps_pin_core::words;

use super::state::TroubleshootPage;
use crate::Cx;
use crate::action::Action;
use crate::journey::{Journey, Remembered};
use crate::widgets::{self, Tone};

const FORMATS: &[(Format, &str)] = &[
    (Format::Text, "summary-format-text"),
    (Format::Markdown, "summary-format-md"),
    (Format::Json, "summary-format-json"),
    (Format::Html, "summary-format-html"),
];

/// The summary as it stands now: the journey as the app knows it, the checks, and the
/// steps tried in the reader's language.
pub fn build(
    page: &TroubleshootPage,
    journey: &Journey,
    remembered: &Remembered,
    l: &Localizer,
) -> Summary {
    let steps_tried = super::state::CHECKS
        .iter()
        .zip(page.tried.iter())
        .filter_map(|((title, _), at)| at.map(|t| (l.t(title), t)))
        .collect();
    Summary {
        checks: page.run.clone(),
        steps_tried,
        pin: journey.pin_for_summary(),
        include_pin: page.include_pin,
        include_serial: page.include_serial,
        journey: journey.record(remembered),
        last_status: journey.printer.as_ref().and_then(|p| p.last.clone()),
        ..Summary::new()
    }
}

pub fn show(ui: &mut Ui, page: &mut TroubleshootPage, cx: &mut Cx) {
    let l = cx.l;
    widgets::subheading(ui, &l.t("summary-title"));
    widgets::para(ui, &l.t("summary-intro"));
    ui.add(Checkbox::new(
        &mut page.include_serial,
        l.t("summary-include-serial"),
    ));
    // Only offered when there is a PIN to include; it is left out by default.
    let has_pin = cx.journey.pin_for_summary().is_some();
    ui.add_enabled(
        has_pin,
        Checkbox::new(&mut page.include_pin, l.t("summary-include-pin")),
    );
    if !has_pin {
        page.include_pin = false;
    }
    widgets::para(ui, &l.t("summary-format"));
    for (format, id) in FORMATS {
        let selected = page.format == *format;
        if widgets::card(ui, &l.t(id), format.extension(), Some(selected)).clicked() && !selected {
            // Keep the folder and name, change the extension.
            let current = std::path::PathBuf::from(&page.save_path);
            page.save_path = current
                .with_extension(format.extension())
                .display()
                .to_string();
            page.format = *format;
        }
    }
    ui.horizontal_wrapped(|ui| {
        let copy = widgets::big_button(ui, &l.t("summary-copy"));
        if std::mem::take(&mut page.focus_summary) {
            copy.request_focus();
        }
        if copy.clicked() {
            let summary = build(page, cx.journey, cx.remembered, l);
            ui.ctx().copy_text(report::render(&summary, page.format, l));
            page.copied = true;
        }
        if widgets::big_button_if(ui, !page.choosing, &l.t("summary-save")).clicked() {
            page.typed_save = false;
            // In the folder of the file named below, named for the printer and the day.
            let typed = std::path::PathBuf::from(page.save_path.trim());
            let name = crate::files::suggested_name(
                "wps-support-summary",
                cx.journey.model_name().as_deref(),
                page.format.extension(),
            );
            cx.act(Action::ChooseSummaryFile {
                suggested: typed.with_file_name(name),
                title: l.t("summary-save-dialog-title"),
            });
        }
    });
    // What happened is said right under the button that did it.
    if !page.typed_save {
        status(ui, page, cx);
    }
    // Without a system save dialog (or by preference), the file can be typed here.
    widgets::file_field(ui, &l.t("summary-save-where"), &mut page.save_path);
    if widgets::big_button(ui, &l.t("summary-save-here")).clicked() {
        page.typed_save = true;
        cx.act(Action::SaveSummary(page.save_path.trim().into()));
    }
    if page.typed_save {
        status(ui, page, cx);
    }
}

/// Copied, saved, not saved, or no file chosen.
fn status(ui: &mut Ui, page: &TroubleshootPage, cx: &mut Cx) {
    let l = cx.l;
    if page.no_file_chosen {
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
        Some(Err(e)) => {
            let reason = words::file_error(e, l);
            widgets::notice(
                ui,
                &cx.palette,
                Tone::Bad,
                &l.t("notice-problem"),
                &l.t_args("summary-not-saved", &[("reason", reason.into())]),
            );
        }
        None => {}
    }
}
