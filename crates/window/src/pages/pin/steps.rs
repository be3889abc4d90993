//! The chosen way's steps, numbered, in the order that fits the two-minute window; the
//! PIN field, the timer and "See whether it joined" sit with the step they belong to.

use eframe::egui::Ui;
use wps_pin_core::guide::howto::{self, Mark};

use super::{entry, window};
use crate::cx::Cx;
use crate::widgets;
use wps_pin_flow::Page;
use wps_pin_flow::pin::Method;

pub fn show(ui: &mut Ui, method: Method, cx: &mut Cx) {
    let l = cx.l;
    let steps = howto::steps(method.direction(), cx.s.journey.panel);
    for (i, step) in steps.iter().enumerate() {
        ui.add_space(4.0);
        widgets::step(ui, i + 1, &l.t(step.text));
        match step.mark {
            Some(Mark::CheckPin) => {
                ui.indent(("pin-step", i), |ui| entry::show(ui, method, cx));
            }
            Some(Mark::Timer) => {
                ui.indent(("pin-step", i), |ui| {
                    // What the router says right now, beside the timer it follows.
                    crate::air::panel::show(ui, cx);
                    window::show(ui, cx);
                });
            }
            Some(Mark::Joined) => {
                ui.indent(("pin-step", i), |ui| {
                    if widgets::big_button(ui, &l.t("guide-see-joined")).clicked() {
                        cx.go(Page::Printer);
                    }
                });
            }
            None => {}
        }
    }
}
