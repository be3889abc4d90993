//! "It doesn't work": the checks the app can measure, then the ones only the person can
//! make (from facts/wps.md), the other ways to connect, when to call HP support, and
//! the support summary. Ticks are timed for the summary.

mod measured;
mod summary;

use eframe::egui::{Checkbox, Ui, WidgetInfo, accesskit::Role};
use wps_pin_flow::trouble::CHECKS;
use wps_pin_flow::{Msg, Page};

use crate::cx::Cx;
use crate::widgets;

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let page = &cx.s.trouble;
    widgets::heading(ui, &l.t("trouble-title"));
    widgets::para(ui, &l.t("trouble-intro"));
    // The summary is at the bottom of a long page: one button reaches it.
    if widgets::big_button(ui, &l.t("trouble-jump-summary")).clicked() {
        cx.act(Msg::JumpToSummary);
    }

    measured::show(ui, cx);

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("trouble-ask-title"));
    for (i, cause) in CHECKS.iter().enumerate() {
        let title = cause.title;
        ui.add_space(6.0);
        widgets::subheading(ui, &wps_pin_core::words::numbered(l, i + 1, &l.t(title)));
        // The picture under the title, so the words sit right above their tick: Tab
        // brings the tick into view with the words above it, at any text size.
        if cause.two_devices {
            let alt = l.t("trouble-one-device-picture");
            crate::illustration::pin_flow(
                ui,
                &cx.palette,
                l,
                crate::illustration::PinFlow::PushButtons,
                &alt,
            );
            widgets::para(ui, &alt);
        }
        widgets::para(ui, &l.t(cause.desc));
        let mut ticked = page.tried[i].is_some();
        let r = ui.add(Checkbox::new(&mut ticked, l.t("trouble-tried")));
        // The same visible words on every line; the name says which check.
        r.widget_info(|| {
            WidgetInfo::selected(
                Role::CheckBox,
                true,
                ticked,
                wps_pin_core::words::labelled(l, &l.t("trouble-tried"), &l.t(title)),
            )
        });
        if r.changed() {
            cx.act(Msg::Tried { index: i, ticked });
        }
    }
    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("trouble-other-ways"));
    widgets::steps(
        ui,
        &[
            l.t("trouble-other-smart"),
            l.t("trouble-other-ews"),
            l.t("trouble-other-cable"),
            l.t("trouble-other-password"),
        ],
    );
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("trouble-back-to-pin")).clicked() {
            cx.go(Page::EnterPin);
        }
        if widgets::big_button(ui, &l.t("trouble-router-page")).clicked() {
            cx.go(Page::Router);
        }
        if widgets::big_button(ui, &l.t("wifi-window-offer")).clicked() {
            cx.act(Msg::Wifi(wps_pin_flow::wifi::WifiMsg::Open));
        }
    });

    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("trouble-support-title"));
    widgets::steps(
        ui,
        &[
            l.t("trouble-support-no-pin"),
            l.t("trouble-support-rejected"),
            l.t("trouble-support-firmware"),
        ],
    );
    widgets::para(ui, &l.t("trouble-support-have"));
    summary::show(ui, cx);
}
