//! The printer's own list of networks, one card each (a hidden network by its name), and
//! the question asked before a password would cross the network unencrypted.

use eframe::egui::{Key, Ui};
use wps_pin_core::net::wifi::{Chosen, Network};
use wps_pin_core::words;
use wps_pin_flow::wifi::WifiMsg;
use wps_pin_flow::{Focus, Msg};

use super::lines;
use super::view::WifiView;
use crate::cx::Cx;
use crate::widgets::{self, Tone};

fn act(cx: &mut Cx, msg: WifiMsg) {
    cx.act(Msg::Wifi(msg));
}

/// "WPA2 personal (one password), signal good, channel 6".
fn details(n: &Network, cx: &Cx) -> String {
    let l = cx.l;
    let mut parts = vec![words::wifi_security(n.security, l)];
    parts.extend(n.signal.map(|b| words::signal(b, l)));
    parts.extend(
        n.channel
            .map(|c| l.t_args("wifi-channel", &[("channel", c.into())])),
    );
    words::list(l, &parts)
}

pub fn show(ui: &mut Ui, view: &WifiView, cx: &mut Cx) {
    let l = cx.l;
    let w = &cx.s.wifi;
    lines::returned(ui, cx);
    if w.refused_unencrypted {
        let r = widgets::notice(
            ui,
            &cx.palette,
            Tone::Warn,
            &l.t("notice-warning"),
            &l.t("wifi-problem-unencrypted"),
        );
        widgets::announce(ui, &r, false);
    }
    let Some(report) = &w.networks else { return };
    if let Some(p) = report.protocol {
        let how = l.t(if report.encrypted {
            "wifi-secure"
        } else {
            "wifi-not-secure"
        });
        widgets::para(
            ui,
            &l.t_args(
                "wifi-read-over",
                &[
                    ("protocol", words::wifi_protocol(p, l).into()),
                    ("how", how.into()),
                ],
            ),
        );
    }
    let count = report.networks.len();
    let intro = if count == 0 {
        l.t("wifi-networks-none")
    } else {
        l.t_args("wifi-window-networks-intro", &[("count", count.into())])
    };
    let intro = widgets::para(ui, &intro);
    widgets::announce(ui, &intro, false);
    let mut focus = cx.take_focus(Focus::WifiStep) || cx.arrived;
    for (i, n) in report.networks.iter().enumerate() {
        let selected = matches!(&w.chosen, Some(Chosen::Listed(c)) if c == n);
        let card = widgets::card(ui, &n.ssid.display(), &details(n, cx), Some(selected));
        if std::mem::take(&mut focus) {
            card.request_focus();
        }
        if card.clicked() {
            act(cx, WifiMsg::Pick(i));
        }
    }

    // A network that hides its name is not in the list: typed instead.
    ui.add_space(8.0);
    let (field, typed) = widgets::text_field(
        ui,
        &l.t("wifi-window-hidden-label"),
        "wifi-hidden",
        &w.hidden,
    );
    if std::mem::take(&mut focus) {
        field.request_focus();
    }
    if let Some(text) = typed {
        act(cx, WifiMsg::TypeHidden(text));
    }
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if cx.s.wifi.hidden_error {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-check-again"),
            &l.t("wifi-window-hidden-bad"),
        );
    }
    if widgets::big_button(ui, &l.t("wifi-window-hidden-use")).clicked() || enter {
        act(cx, WifiMsg::PickHidden);
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("wifi-window-look-again")).clicked() {
            act(
                cx,
                WifiMsg::LookAgain {
                    admin: view.admin(),
                },
            );
        }
        lines::restart_button(ui, cx);
    });
}

/// Only plain HTTP reaches the printer: asked before any password is typed.
pub fn unencrypted(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let text = words::unencrypted_question(l);
    lines::said(ui, cx, Tone::Warn, "notice-warning", &text, true);
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("wifi-window-unencrypted-yes")).clicked() {
            act(cx, WifiMsg::AllowUnencrypted);
        }
        if widgets::big_button(ui, &l.t("wifi-window-unencrypted-no")).clicked() {
            act(cx, WifiMsg::RefuseUnencrypted);
        }
    });
}
