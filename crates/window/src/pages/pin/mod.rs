//! The PIN helper: which way the PIN goes (the ways the printer's panel allows first),
//! then that way's steps one at a time, in the order that fits the 2-minute window, each
//! with its own control — the PIN field, the timer, the router's state, "See whether it
//! joined". The PIN stays in memory only: never saved, never logged.

mod entry;
mod join;
mod steps;
mod window;

use eframe::egui::Ui;
use wps_pin_core::guide::howto;
use wps_pin_flow::Page;
use wps_pin_flow::pin::Method;

use crate::cx::Cx;
use crate::widgets::{self, Tone};

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let page = &cx.s.pin;
    widgets::heading(ui, &l.t("pin-title"));
    widgets::para(ui, &l.t("pin-intro"));

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("pin-step-method"));
    let order = howto::directions(cx.s.journey.panel).map(Method::of);
    for (i, method) in order.into_iter().enumerate() {
        let selected = page.method == Some(method);
        let (title, desc) = method.card();
        let r = widgets::card(ui, &l.t(title), &l.t(desc), Some(selected));
        if cx.arrived && (selected || (page.method.is_none() && i == 0)) {
            r.request_focus();
        }
        if r.clicked() && !selected {
            cx.act(wps_pin_flow::Msg::ChooseMethod(method));
        }
    }
    let Some(method) = page.method else {
        return;
    };

    ui.add_space(8.0);
    steps::show(ui, method, cx);

    ui.add_space(12.0);
    widgets::notice(
        ui,
        &cx.palette,
        Tone::Info,
        &l.t("notice-after-setup"),
        &l.t("pin-after-setup"),
    );
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("pin-where-is-pin")).clicked() {
            cx.go(Page::WherePin);
        }
        if widgets::big_button(ui, &l.t("pin-not-working")).clicked() {
            cx.go(Page::Troubleshoot);
        }
        if widgets::big_button(ui, &l.t("pin-check-printer")).clicked() {
            cx.go(Page::Printer);
        }
        if widgets::big_button(ui, &l.t("trouble-router-page")).clicked() {
            cx.go(Page::Router);
        }
    });
}
