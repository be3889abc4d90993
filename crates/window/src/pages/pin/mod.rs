//! The PIN helper: which way the PIN goes (the ways the printer's panel allows first),
//! then that way's steps in the order that fits the 2-minute window, with the PIN check
//! and the timer where they belong. The PIN stays in memory only: never saved, never logged.

mod entry;
mod steps;
mod window;

use eframe::egui::Ui;
use wps_pin_core::guide::howto;
use wps_pin_flow::pin::Method;
use wps_pin_flow::{Msg, Page};

use crate::cx::Cx;
use crate::illustration::{self, PinFlow};
use crate::widgets::{self, Tone};

/// The picture of the way the PIN goes.
fn flow(method: Method) -> PinFlow {
    match method {
        Method::PrinterShowsPin => PinFlow::PrinterToRouter,
        Method::RouterHasPin => PinFlow::RouterToPrinter,
        Method::PushButton => PinFlow::PushButtons,
    }
}

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
            cx.act(Msg::ChooseMethod(method));
        }
    }
    let Some(method) = page.method else {
        return;
    };

    ui.add_space(8.0);
    let alt = l.t(match method {
        Method::PrinterShowsPin => "pin-picture-printer",
        Method::RouterHasPin => "pin-picture-router",
        Method::PushButton => "pin-picture-button",
    });
    illustration::pin_flow(ui, &cx.palette, cx.l, flow(method), &alt);
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

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("howto-title"));
    steps::show(ui, method, cx);
    if method == Method::RouterHasPin {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-good-to-know"),
            &l.t("pin-router-lockout"),
        );
    }

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
