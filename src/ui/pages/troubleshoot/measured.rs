//! The checks the app measures itself, run by the worker on request.

use eframe::egui::{Label, RichText, Ui};

use super::TroubleshootPage;
use crate::checks::{CheckId, CheckState};
use crate::net::probe::Target;
use crate::report::{check_name_id, check_state_id};
use crate::ui::Cx;
use crate::ui::nav::Page;
use crate::ui::widgets;
use crate::worker::Command;

fn explanation_id(id: CheckId, state: CheckState) -> &'static str {
    use CheckId::*;
    use CheckState::*;
    match (id, state) {
        (PrinterAnswers, Failed) => "check-printer-answers-failed",
        (SameNetwork, Failed) => "check-same-network-failed",
        (WebServer, Failed) => "check-web-server-failed",
        (WirelessAdapter, Failed) => "check-wireless-adapter-failed",
        (RouterAnswers, Failed) => "check-router-answers-failed",
        (Firmware, Passed) => "check-firmware-passed",
        (_, NotChecked) => "check-not-checked-why",
        (_, CannotCheck) => "check-cannot-why",
        (_, _) => "check-passed-why",
    }
}

pub fn show(ui: &mut Ui, page: &mut TroubleshootPage, printer: Option<&Target>, cx: &mut Cx) {
    let l = cx.l;
    widgets::subheading(ui, &l.t("trouble-measured-title"));
    match printer {
        Some(t) => widgets::para(
            ui,
            &l.t_args(
                "trouble-measured-printer",
                &[("address", t.host.clone().into())],
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
            page.running = true;
            cx.send(Command::RunChecks {
                target: printer.cloned(),
                router: page.router_override,
            });
        }
        if printer.is_none() && widgets::big_button(ui, &l.t("find-know-address")).clicked() {
            cx.go(Page::Printer);
        }
    });
    let Some(run) = &page.run else { return };
    for c in &run.results {
        let state = l.t(check_state_id(c.state));
        let mut line = format!("{}: {state}", l.t(check_name_id(c.id)));
        if let Some(d) = &c.detail {
            line.push_str(&format!(" — {d}"));
        }
        let color = match c.state {
            CheckState::Passed => cx.palette.good,
            CheckState::Failed => cx.palette.bad,
            _ => cx.palette.text,
        };
        ui.add(Label::new(RichText::new(line).strong().color(color)).wrap());
        widgets::para(ui, &l.t(explanation_id(c.id, c.state)));
    }
}
