//! The chosen way's steps, one at a time, like the guides: "Step 2 of 5", the step's
//! instruction (a focusable line, so Tab and a screen reader meet it), its picture and
//! its own control with its feedback, then Previous and Next. Arriving at a step puts
//! its instruction (or the PIN field) in focus and the step's top in view.

use eframe::egui::{Align, Label, Rect, RichText, Ui, vec2};
use wps_pin_core::catalog::PanelKind;
use wps_pin_core::guide::howto::{self, Mark};
use wps_pin_flow::pin::Method;
use wps_pin_flow::{Focus, Msg};

use super::{entry, join, window};
use crate::cx::Cx;
use crate::illustration::{self, PinFlow};
use crate::widgets::{self, Tone};

pub fn show(ui: &mut Ui, method: Method, cx: &mut Cx) {
    let l = cx.l;
    let s = cx.s;
    let steps = howto::steps(method.direction(), s.journey.panel);
    let total = steps.len();
    let at = s.pin.step.min(total.saturating_sub(1));
    let Some(step) = steps.get(at) else { return };
    let arriving = cx.take_focus(Focus::PinStep);
    let top = ui.cursor().min;

    widgets::subheading(ui, &l.t("howto-title"));
    let counter = ui.add(Label::new(
        RichText::new(l.t_args(
            "guide-step-of",
            &[("step", (at + 1).into()), ("total", total.into())],
        ))
        .strong(),
    ));
    widgets::announce(ui, &counter, false);
    let instruction = crate::pages::step_text::show(ui, l, &l.t(step.text), at, total);
    if arriving && step.mark != Some(Mark::CheckPin) {
        instruction.request_focus();
    }

    // The way's picture goes with its first step.
    if at == 0 {
        picture(ui, method, s.journey.panel, cx);
    }
    match step.mark {
        Some(Mark::CheckPin) => entry::show(ui, method, arriving, cx),
        Some(Mark::Timer) => {
            // What the router says right now, beside the timer it follows.
            crate::air::panel::show(ui, cx);
            window::show(ui, cx);
        }
        Some(Mark::Joined) => join::show(ui, cx),
        None => {}
    }
    if method == Method::RouterHasPin && step.mark == Some(Mark::CheckPin) {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-good-to-know"),
            &l.t("pin-router-lockout"),
        );
    }

    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let prev = widgets::big_button_if(ui, at > 0, &l.t("guide-previous"));
        if prev.clicked() {
            cx.act(Msg::PinStep(at.saturating_sub(1)));
        }
        let next = widgets::big_button_if(ui, at + 1 < total, &l.t("guide-next"));
        if next.clicked() {
            cx.act(Msg::PinStep(at + 1));
        }
    });
    if arriving {
        // The step from its title down, as far as the window allows.
        let rect = Rect::from_min_size(top, vec2(1.0, 1.0));
        ui.scroll_to_rect(rect, Some(Align::TOP));
    }
}

/// The way's picture and what it shows, said for the printer the app knows.
fn picture(ui: &mut Ui, method: Method, panel: Option<PanelKind>, cx: &Cx) {
    let l = cx.l;
    let (flow, alt) = match method {
        // A printer without a screen cannot show its PIN: say what it can do.
        Method::PrinterShowsPin if panel == Some(PanelKind::LightsOnly) => {
            (PinFlow::PrinterToRouter, "pin-picture-printer-printed")
        }
        Method::PrinterShowsPin => (PinFlow::PrinterToRouter, "pin-picture-printer"),
        Method::RouterHasPin => (PinFlow::RouterToPrinter, "pin-picture-router"),
        Method::PushButton => (PinFlow::PushButtons, "pin-picture-button"),
    };
    let alt = l.t(alt);
    illustration::pin_flow(ui, &cx.palette, l, flow, &alt);
    widgets::para(ui, &alt);
    if method == Method::RouterHasPin {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Warn,
            &l.t("notice-good-to-know"),
            &l.t("howto-why-router-last"),
        );
    }
}
