//! The checks the app measures itself, run by the worker on request: each with a symbol
//! beside its state word and one reason; "this computer is not connected to a network"
//! said once, above them, when the run found no network.

use eframe::egui::{
    Align2, Color32, FontId, Label, RichText, Sense, Stroke, TextStyle, Ui, WidgetInfo,
    accesskit::Role, pos2, vec2,
};

use crate::cx::Cx;
use crate::widgets::{self, Tone};
use wps_pin_core::checks::CheckState;
use wps_pin_core::words;
use wps_pin_flow::{Focus, Msg, Page};

/// A symbol beside each state word, so the state never rests on colour alone: a tick,
/// a cross, an empty circle (not checked), a question mark (cannot be checked). Drawn,
/// not typed, so no font has to have them; named by the state word for screen readers.
fn symbol(ui: &mut Ui, state: CheckState, color: Color32, name: &str) {
    let size = ui.text_style_height(&TextStyle::Body);
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, name));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let p = ui.painter();
    let r = rect.shrink(size * 0.12);
    let stroke = Stroke::new((size * 0.14).max(2.0), color);
    let at = |x: f32, y: f32| pos2(r.min.x + r.width() * x, r.min.y + r.height() * y);
    match state {
        CheckState::Passed => {
            p.line_segment([at(0.1, 0.55), at(0.4, 0.85)], stroke);
            p.line_segment([at(0.4, 0.85), at(0.95, 0.15)], stroke);
        }
        CheckState::Failed => {
            p.line_segment([at(0.15, 0.15), at(0.85, 0.85)], stroke);
            p.line_segment([at(0.85, 0.15), at(0.15, 0.85)], stroke);
        }
        CheckState::NotChecked => {
            p.circle_stroke(r.center(), r.width() * 0.4, stroke);
        }
        CheckState::CannotCheck => {
            p.text(
                r.center(),
                Align2::CENTER_CENTER,
                "?",
                FontId::proportional(size),
                color,
            );
        }
    }
}

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let page = &cx.s.trouble;
    // In demo mode the worker answers for the simulated printer.
    let printer = cx.s.journey.target();
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
            cx.act(Msg::RunChecks);
        }
        if printer.is_none() && widgets::big_button(ui, &l.t("find-know-address")).clicked() {
            cx.go(Page::Printer);
        }
    });
    let Some(run) = &page.run else { return };
    // One line that sums the results up: it takes focus when they arrive, so the next
    // Tab goes through them.
    let count = |st: CheckState| run.results.iter().filter(|c| c.state == st).count();
    let (passed, failed) = (count(CheckState::Passed), count(CheckState::Failed));
    let other = run.results.len() - passed - failed;
    let line = l.t_args(
        "trouble-results-count",
        &[
            ("passed", passed.into()),
            ("failed", failed.into()),
            ("other", other.into()),
        ],
    );
    let summary = ui.add(
        Label::new(RichText::new(&line).strong())
            .wrap()
            .sense(Sense::focusable_noninteractive()),
    );
    crate::page_view::register(ui, summary.id, &line, summary.rect);
    widgets::announce(ui, &summary, false);
    if cx.take_focus(Focus::ChecksSummary) {
        summary.request_focus();
    }
    if words::no_network(run) {
        // Said once, in the router page's words; the checks it stops say no more.
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Warn,
            &l.t("notice-warning"),
            &l.t("router-no-network"),
        );
    }
    for c in &run.results {
        let color = match c.state {
            CheckState::Passed => cx.palette.good,
            CheckState::Failed => cx.palette.bad,
            _ => cx.palette.text,
        };
        ui.horizontal_top(|ui| {
            symbol(ui, c.state, color, &words::check_result_state(c, l));
            ui.add(Label::new(RichText::new(words::check_line(c, l)).strong().color(color)).wrap());
        });
        if let Some(reason) = words::check_reason(c, run, l) {
            widgets::para(ui, &reason);
        }
    }
}
