//! The first screen: which printer, and how to reach it — the one chosen, an address
//! typed, or (when the air shows one and nothing else reached the printer) its own setup
//! network, which this computer joins for a moment; where the app cannot join it, how to
//! join it by hand.

use eframe::egui::{Key, Ui};
use wps_pin_core::air::printers::PrinterNetwork;
use wps_pin_core::air::setup_network::SetupError;
use wps_pin_core::words;
use wps_pin_flow::Msg;
use wps_pin_flow::wifi::{self, WifiMsg};

use super::lines;
use crate::cx::Cx;
use crate::widgets::{self, Tone};

fn act(cx: &mut Cx, msg: WifiMsg) {
    cx.act(Msg::Wifi(msg));
}

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let w = &cx.s.wifi;
    widgets::para(ui, &l.t("wifi-window-reach-intro"));
    if !w.unreached.is_empty() {
        let lines: Vec<String> = w
            .unreached
            .iter()
            .map(|p| words::wifi_problem(p, l))
            .collect();
        let text = format!("{}\n{}", l.t("wifi-window-unreached"), lines.join("\n"));
        lines::said(ui, cx, Tone::Bad, "notice-problem", &text, true);
    }
    if let Some(e) = &w.setup_error {
        let name = w.setup_network().unwrap_or_default();
        let text = words::setup_error(e, &name, l);
        lines::said(ui, cx, Tone::Bad, "notice-problem", &text, true);
    }
    lines::returned(ui, cx);
    let mut first = cx.arrived || cx.take_focus(wps_pin_flow::Focus::WifiStep);

    // The printer chosen on the way here.
    if let Some(target) = cx.s.journey.target() {
        let host = target.host.to_string();
        let card = widgets::card(
            ui,
            &l.t_args("wifi-window-use-chosen", &[("address", host.into())]),
            &l.t("wifi-window-use-chosen-desc"),
            None,
        );
        if std::mem::take(&mut first) {
            card.request_focus();
        }
        if card.clicked() {
            act(cx, WifiMsg::UseChosen);
        }
    }

    // Or an address typed.
    ui.add_space(8.0);
    let label = if cx.s.journey.target().is_some() {
        "wifi-window-address-label"
    } else {
        "wifi-window-address-only"
    };
    let (field, typed) = widgets::text_field(ui, &l.t(label), "wifi-address", &cx.s.wifi.typed);
    if std::mem::take(&mut first) {
        field.request_focus();
    }
    if let Some(text) = typed {
        act(cx, WifiMsg::TypeAddress(text));
    }
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if let Some(e) = cx.s.wifi.typed_error {
        let r = widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-check-again"),
            &words::address_error(e, l),
        );
        widgets::announce(ui, &r, false);
    }
    if widgets::big_button(ui, &l.t("wifi-window-use-address")).clicked() || enter {
        act(cx, WifiMsg::UseTyped);
    }

    setup_networks(ui, cx);
}

/// The printer's own networks in the air, offered when nothing else reached it.
fn setup_networks(ui: &mut Ui, cx: &mut Cx) {
    let s = cx.s;
    let nothing_else = s.journey.target().is_none()
        || !s.wifi.unreached.is_empty()
        || s.wifi.setup_error.is_some();
    let nearby = wifi::printer_networks(s.air.as_ref());
    if nearby.is_empty() || !nothing_else {
        return;
    }
    let l = cx.l;
    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("wifi-window-setup-title"));
    let can_join = wifi::can_join_setup_network(s.config.demo);
    for (name, kind) in nearby {
        match kind {
            PrinterNetwork::Setup if can_join => {
                widgets::para(
                    ui,
                    &l.t_args("wifi-window-setup-intro", &[("ssid", name.clone().into())]),
                );
                let text = l.t_args("wifi-window-setup-join", &[("ssid", name.clone().into())]);
                if widgets::big_button(ui, &text).clicked() {
                    act(cx, WifiMsg::UseSetupNetwork(name));
                }
            }
            // How to join it by hand, on a system where the app cannot yet.
            PrinterNetwork::Setup => {
                widgets::para(
                    ui,
                    &words::setup_error(&SetupError::NotOnThisSystem, &name, l),
                );
            }
            // A Wi-Fi Direct network has a password of its own: joined by hand.
            PrinterNetwork::Direct => {
                widgets::para(
                    ui,
                    &l.t_args("wifi-window-direct-by-hand", &[("ssid", name.into())]),
                );
            }
        }
    }
}
