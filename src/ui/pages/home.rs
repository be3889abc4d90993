//! The home page: one question, and a large button for each step of the journey.

use eframe::egui::Ui;

use crate::settings::LoadProblem;
use crate::ui::Cx;
use crate::ui::nav::Page;
use crate::ui::widgets::{self, Tone};

/// (page, title id, description id), in the order of the journey.
const STEPS: &[(Page, &str, &str)] = &[
    (
        Page::FindPrinter,
        "home-find-printer",
        "home-find-printer-desc",
    ),
    (
        Page::ChooseModel,
        "home-choose-model",
        "home-choose-model-desc",
    ),
    (Page::WherePin, "home-where-pin", "home-where-pin-desc"),
    (Page::EnterPin, "home-enter-pin", "home-enter-pin-desc"),
    (
        Page::Troubleshoot,
        "home-troubleshoot",
        "home-troubleshoot-desc",
    ),
    (Page::Settings, "home-settings", "home-settings-desc"),
];

pub fn show(ui: &mut Ui, settings_problem: &mut Option<LoadProblem>, cx: &mut Cx) {
    let l = cx.l;
    if let Some(problem) = settings_problem.as_ref() {
        let text = match problem {
            LoadProblem::Corrupt { moved_to, .. } => l.t_args(
                "settings-problem-corrupt",
                &[("path", moved_to.display().to_string().into())],
            ),
            LoadProblem::Unreadable { path, .. } => l.t_args(
                "settings-problem-unreadable",
                &[("path", path.display().to_string().into())],
            ),
        };
        widgets::notice(ui, &cx.palette, Tone::Warn, &l.t("notice-warning"), &text);
        if widgets::big_button(ui, &l.t("settings-problem-dismiss")).clicked() {
            *settings_problem = None;
        }
        ui.add_space(8.0);
    }
    widgets::heading(ui, &l.t("home-question"));
    widgets::para(ui, &l.t("home-intro"));
    ui.add_space(8.0);
    for (i, (page, title, desc)) in STEPS.iter().enumerate() {
        let r = widgets::card(ui, &l.t(title), &l.t(desc), None);
        if cx.arrived && i == 0 && settings_problem.is_none() {
            r.request_focus();
        }
        if r.clicked() {
            cx.go(*page);
        }
    }
}
