//! "See whether it joined": by the printer's own page when its address is known, else
//! by looking for it on the network (a printer being put on Wi-Fi has no address yet).
//! What turned up, the signs seen in the air, and — after the two minutes with nothing
//! — the way to troubleshooting.

use eframe::egui::Ui;
use wps_pin_flow::pin::WindowState;
use wps_pin_flow::{Msg, Page};

use crate::cx::Cx;
use crate::widgets::{self, Tone};

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let s = cx.s;
    let Some(join) = &s.join else {
        if widgets::big_button(ui, &l.t("guide-see-joined")).clicked() {
            cx.act(Msg::WatchJoin);
        }
        return;
    };
    match &join.found {
        Some(found) => {
            let p = &found.printer;
            let address = p
                .addresses
                .first()
                .map(ToString::to_string)
                .unwrap_or_else(|| p.host.clone());
            let text = if found.same_model {
                let model = s
                    .journey
                    .model_name()
                    .or_else(|| p.model.clone())
                    .unwrap_or_else(|| p.name.clone());
                l.t_args(
                    "join-found-model",
                    &[("model", model.into()), ("address", address.into())],
                )
            } else {
                l.t_args(
                    "join-found-other",
                    &[("name", p.name.clone().into()), ("address", address.into())],
                )
            };
            let r = widgets::notice(ui, &cx.palette, Tone::Good, &l.t("notice-ok"), &text);
            widgets::announce(ui, &r, true);
            if widgets::big_button(ui, &l.t("join-this-is-mine")).clicked() {
                cx.act(Msg::ChooseJoined(p.clone()));
            }
        }
        None => {
            let r = widgets::para(ui, &l.t("join-watching"));
            widgets::announce(ui, &r, false);
            if s.pin.window == WindowState::Ended {
                widgets::notice(
                    ui,
                    &cx.palette,
                    Tone::Warn,
                    &l.t("notice-warning"),
                    &l.t("join-nothing"),
                );
                if widgets::big_button(ui, &l.t("pin-not-working")).clicked() {
                    cx.go(Page::Troubleshoot);
                }
            }
        }
    }
    for (seen, id) in [
        (join.setup_gone, "join-sign-setup-gone"),
        (join.router_idle, "join-sign-router-idle"),
    ] {
        if seen {
            let r = widgets::para(ui, &l.t(id));
            widgets::announce(ui, &r, false);
        }
    }
}
