//! The checks the app measures itself, run by the worker on request.

use eframe::egui::{Label, RichText, Ui};

use super::state::TroubleshootPage;
use crate::Cx;
use crate::action::Action;
use crate::nav::Page;
use crate::widgets;
use wps_pin_core::checks::CheckState;
use wps_pin_core::words;

pub fn show(ui: &mut Ui, page: &mut TroubleshootPage, cx: &mut Cx) {
    let l = cx.l;
    // In demo mode the worker answers for the simulated printer.
    let printer = cx.journey.target();
    widgets::subheading(ui, &l.t("trouble-measured-title"));
    match printer {
        Some(t) => widgets::para(
            ui,
            &l.t_args(
                "trouble-measured-printer",
                &[("address", t.host.to_string().into())],
            ),
        ),
        None => widgets::para(ui, &l.t("trouble-measured-no-printer")),
    };
    ui.horizontal_wrapped(|ui| {
        let label = if page.running {
            "trouble-checks-running"
        } else {
            "trouble-run-checks"
        };
        let run = widgets::big_button_if(ui, !page.running, &l.t(label));
        if cx.arrived {
            run.request_focus();
        }
        if run.clicked() {
            cx.act(Action::RunChecks);
        }
        if printer.is_none() && widgets::big_button(ui, &l.t("find-know-address")).clicked() {
            cx.go(Page::Printer);
        }
    });
    let Some(run) = &page.run else { return };
    for c in &run.results {
        let line = words::check_line(c, l);
        let color = match c.state {
            CheckState::Passed => cx.palette.good,
            CheckState::Failed => cx.palette.bad,
            _ => cx.palette.text,
        };
        ui.add(Label::new(RichText::new(line).strong().color(color)).wrap());
        widgets::para(ui, &words::check_explanation(c.id, c.state, l));
    }
}
