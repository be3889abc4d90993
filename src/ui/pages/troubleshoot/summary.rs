//! The support summary: what is in it, and copying or saving it.

use eframe::egui::{Checkbox, Label, TextEdit, Ui};

use super::TroubleshootPage;
use crate::report::{self, Format, Summary};
use crate::ui::Cx;
use crate::ui::widgets::{self, Tone};
use crate::worker::Command;

const FORMATS: &[(Format, &str)] = &[
    (Format::Text, "summary-format-text"),
    (Format::Markdown, "summary-format-md"),
    (Format::Json, "summary-format-json"),
    (Format::Html, "summary-format-html"),
];

/// A file in the person's documents (or home) folder, named for today.
pub fn default_path(format: Format) -> String {
    let dir = directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir()
                .map(|d| d.to_owned())
                .or_else(|| Some(u.home_dir().to_owned()))
        })
        .unwrap_or_else(std::env::temp_dir);
    dir.join(format!("wps-support-summary.{}", format.extension()))
        .display()
        .to_string()
}

pub fn build(page: &TroubleshootPage, pin: Option<String>) -> Summary {
    let steps = super::CHECKS
        .iter()
        .zip(page.tried.iter())
        .filter_map(|((title, _), at)| at.map(|t| (title.to_string(), t)))
        .collect();
    Summary {
        checks: page.run.clone(),
        steps_tried: steps,
        pin,
        include_pin: page.include_pin,
        include_serial: page.include_serial,
        ..Summary::new()
    }
}

pub fn show(ui: &mut Ui, page: &mut TroubleshootPage, pin: Option<String>, cx: &mut Cx) {
    let l = cx.l;
    widgets::subheading(ui, &l.t("summary-title"));
    widgets::para(ui, &l.t("summary-intro"));
    ui.add(Checkbox::new(
        &mut page.include_serial,
        l.t("summary-include-serial"),
    ));
    // Only offered when there is a PIN to include; it is left out by default.
    ui.add_enabled(
        pin.is_some(),
        Checkbox::new(&mut page.include_pin, l.t("summary-include-pin")),
    );
    if pin.is_none() {
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
    // The steps' titles are message ids; the summary shows them in the person's language.
    let mut summary = build(page, pin);
    for (title, _) in &mut summary.steps_tried {
        *title = l.t(title);
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("summary-copy")).clicked() {
            ui.ctx().copy_text(report::render(&summary, page.format, l));
            page.copied = true;
        }
        if widgets::big_button_if(ui, !page.choosing, &l.t("summary-save")).clicked() {
            page.choosing = true;
            page.no_file_chosen = false;
            cx.send(Command::ChooseSaveFile {
                suggested: page.save_path.trim().into(),
                title: l.t("summary-save-dialog-title"),
            });
        }
    });
    if page.no_file_chosen {
        widgets::para(ui, &l.t("summary-no-file"));
    }
    // Without a system save dialog (or by preference), the file can be typed here.
    let label = ui.add(Label::new(l.t("summary-save-where")).wrap());
    ui.add(
        TextEdit::singleline(&mut page.save_path)
            .char_limit(1000)
            .desired_width(ui.available_width().min(640.0)),
    )
    .labelled_by(label.id);
    if widgets::big_button(ui, &l.t("summary-save-here")).clicked()
        || std::mem::take(&mut page.save_now)
    {
        page.saved = None;
        cx.send(Command::SaveReport {
            path: page.save_path.trim().into(),
            contents: report::render(&summary, page.format, l),
        });
    }
    if page.copied {
        widgets::para(ui, &l.t("summary-copied"));
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
                    &[("path", path.display().to_string().into())],
                ),
            );
            widgets::announce(ui, &r, false);
        }
        Some(Err(why)) => {
            widgets::notice(
                ui,
                &cx.palette,
                Tone::Bad,
                &l.t("notice-problem"),
                &l.t_args("summary-not-saved", &[("reason", why.clone().into())]),
            );
        }
        None => {}
    }
}
