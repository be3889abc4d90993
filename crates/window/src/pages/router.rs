//! Your router: this computer's address and network, the router's address, and a way
//! into the router's settings page (where WPS is started or a PIN is typed).

use eframe::egui::Ui;

use crate::cx::Cx;
use crate::widgets::{self, Tone};
use wps_pin_core::words;
use wps_pin_flow::Msg;

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("router-title"));
    widgets::para(ui, &l.t("router-intro"));
    let s = cx.s;
    match &s.router.local {
        None => {
            widgets::para(ui, &l.t("router-reading"));
        }
        Some(None) => {
            widgets::notice(
                ui,
                &cx.palette,
                Tone::Warn,
                &l.t("notice-warning"),
                &l.t("router-no-network"),
            );
        }
        Some(Some(net)) => {
            widgets::para(
                ui,
                &l.t_args(
                    "router-this-computer",
                    &[
                        ("addresses", words::list(l, &net.address_list()).into()),
                        ("interface", net.interface.clone().into()),
                    ],
                ),
            );
            match net.gateway {
                Some(gw) => {
                    widgets::para(
                        ui,
                        &l.t_args("router-address", &[("address", gw.to_string().into())]),
                    );
                    let r = widgets::big_button(ui, &l.t("router-open"));
                    if cx.arrived {
                        r.request_focus();
                    }
                    if r.clicked() {
                        cx.act(Msg::OpenRouterPage);
                    }
                    widgets::para(ui, &l.t("router-sign-in"));
                }
                None => {
                    widgets::notice(
                        ui,
                        &cx.palette,
                        Tone::Warn,
                        &l.t("notice-warning"),
                        &l.t("router-no-gateway"),
                    );
                }
            }
            widgets::para(ui, &l.t("router-same-network"));
        }
    }
    if widgets::big_button(ui, &l.t("router-refresh")).clicked() {
        cx.act(Msg::RefreshLocalNetwork);
    }
}
