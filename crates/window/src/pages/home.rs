//! The home page: one question, and a large button for each step of the journey.

use eframe::egui::Ui;

use crate::cx::Cx;
use crate::widgets::{self, Tone};
use wps_pin_flow::{Msg, Page};

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
    (Page::Printer, "home-printer", "home-printer-desc"),
    (
        Page::Troubleshoot,
        "home-troubleshoot",
        "home-troubleshoot-desc",
    ),
    (Page::Settings, "home-settings", "home-settings-desc"),
];

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let load_problems = &cx.s.load_problems;
    for (i, problem) in load_problems.iter().enumerate() {
        let text = wps_pin_core::words::load_problem(problem, l);
        widgets::notice(ui, &cx.palette, Tone::Warn, &l.t("notice-warning"), &text);
        // The file's place is for the help desk: shown when asked, not to everyone.
        widgets::details(ui, ("load-problem", i), &l.t("file-where"), |ui| {
            widgets::para(ui, &wps_pin_core::words::load_problem_where(problem, l))
        });
    }
    if !load_problems.is_empty() {
        if widgets::big_button(ui, &l.t("settings-problem-dismiss")).clicked() {
            cx.act(Msg::DismissLoadProblems);
        }
        ui.add_space(8.0);
    }
    widgets::heading(ui, &l.t("home-question"));
    widgets::para(ui, &l.t("home-intro"));
    ui.add_space(8.0);
    for (i, (page, title, desc)) in STEPS.iter().enumerate() {
        let r = widgets::card(ui, &l.t(title), &l.t(desc), None);
        if cx.arrived && i == 0 && load_problems.is_empty() {
            r.request_focus();
        }
        if r.clicked() {
            cx.go(*page);
        }
    }
    // The help desk's next customer starts here (or with Ctrl+N).
    let next = widgets::card(
        ui,
        &l.t("home-new-customer"),
        &l.t("home-new-customer-desc"),
        None,
    );
    if next.clicked() {
        cx.act(Msg::NewCustomer);
    }
}
