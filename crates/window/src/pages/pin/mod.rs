//! The PIN helper: which side shows the PIN, entering and checking it, and the
//! 2-minute WPS window. The PIN stays in memory only: never saved, never logged.

mod entry;
mod state;
mod window;

use eframe::egui::Ui;

pub use state::{Method, PinPage, WindowState};

use crate::Cx;
use crate::illustration;
use crate::nav::Page;
use crate::widgets::{self, Tone};

const METHODS: &[(Method, &str, &str)] = &[
    (
        Method::PrinterShowsPin,
        "pin-method-printer",
        "pin-method-printer-desc",
    ),
    (
        Method::RouterHasPin,
        "pin-method-router",
        "pin-method-router-desc",
    ),
    (
        Method::PushButton,
        "pin-method-button",
        "pin-method-button-desc",
    ),
];

pub fn show(ui: &mut Ui, page: &mut PinPage, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("pin-title"));
    widgets::para(ui, &l.t("pin-intro"));

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("pin-step-method"));
    for (i, (method, title, desc)) in METHODS.iter().enumerate() {
        let selected = page.method == Some(*method);
        let r = widgets::card(ui, &l.t(title), &l.t(desc), Some(selected));
        if cx.arrived && (selected || (page.method.is_none() && i == 0)) {
            r.request_focus();
        }
        if r.clicked() {
            page.method = Some(*method);
            page.focus_field = *method != Method::PushButton;
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
    illustration::pin_flow(ui, &cx.palette, cx.l, method.flow(), &alt);
    widgets::para(ui, &alt);

    if method != Method::PushButton {
        ui.add_space(8.0);
        widgets::subheading(ui, &l.t("pin-step-type"));
        entry::show(ui, page, method, cx);
    }

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("pin-step-start"));
    let steps: Vec<String> = match method {
        Method::PrinterShowsPin => [
            "pin-howto-printer-1",
            "pin-howto-printer-2",
            "pin-howto-printer-3",
            "pin-howto-printer-4",
        ]
        .iter()
        .map(|id| l.t(id))
        .collect(),
        Method::RouterHasPin => [
            "pin-howto-router-1",
            "pin-howto-router-2",
            "pin-howto-router-3",
        ]
        .iter()
        .map(|id| l.t(id))
        .collect(),
        Method::PushButton => [
            "pin-howto-button-1",
            "pin-howto-button-2",
            "pin-howto-button-3",
        ]
        .iter()
        .map(|id| l.t(id))
        .collect(),
    };
    widgets::steps(ui, &steps);
    if method == Method::RouterHasPin {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-good-to-know"),
            &l.t("pin-router-lockout"),
        );
    }
    if method == Method::PushButton {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-good-to-know"),
            &l.t("pin-button-one-at-a-time"),
        );
    }
    ui.add_space(8.0);
    crate::air::panel::show(ui, cx);
    window::show(ui, page, cx);

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
