//! "What your router says right now", on the PIN page: this computer's network as read
//! from the air a moment ago — waiting for a PIN, push button active, locked, no WPS —
//! with the warnings that explain most failed attempts, and the reading's age. Changes
//! are announced to screen readers.

use std::time::SystemTime;

use eframe::egui::{Frame, Margin, Stroke, Ui};
use wps_pin_core::air::networks::{Air, Verdict, Warning};
use wps_pin_core::words;

use crate::cx::Cx;
use crate::widgets::{self, Tone};

fn tone(v: Verdict) -> (Tone, &'static str) {
    match v {
        Verdict::PinActive | Verdict::PushButtonActive => (Tone::Good, "notice-ok"),
        Verdict::Ready | Verdict::UnknownState => (Tone::Info, "notice-good-to-know"),
        Verdict::Locked | Verdict::Unconfigured => (Tone::Warn, "notice-warning"),
        Verdict::NoWps => (Tone::Bad, "notice-problem"),
    }
}

/// Seconds since the freshest access point of the network was heard.
fn age_seconds(air: &Air, seen_ms_ago: Option<u32>) -> u64 {
    let since = SystemTime::now()
        .duration_since(air.at)
        .unwrap_or_default()
        .as_secs();
    since + u64::from(seen_ms_ago.unwrap_or(0)) / 1000
}

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let Some(reading) = super::shown(cx.s) else {
        return;
    };
    let l = cx.l;
    Frame::new()
        .stroke(Stroke::new(2.0, cx.palette.text))
        .corner_radius(8)
        .inner_margin(Margin::symmetric(16, 12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(widgets::MAX_CONTENT_WIDTH));
            widgets::subheading(ui, &l.t("air-panel-title"));
            let Some(air) = reading else {
                widgets::para(ui, &l.t("air-reading"));
                return;
            };
            if let Some(why) = air
                .unavailable
                .as_ref()
                .and_then(|u| words::air_unavailable(u, l))
            {
                widgets::para(ui, &why);
                return;
            }
            match air.connected() {
                Some(n) => {
                    let name = words::air_network_name(n, l);
                    widgets::para(ui, &l.t_args("air-your-network", &[("name", name.into())]));
                    let (tone, kind) = tone(n.verdict);
                    let text = words::air_verdict(n.verdict, l);
                    let r = widgets::notice(ui, &cx.palette, tone, &l.t(kind), &text);
                    widgets::announce(ui, &r, false);
                    for w in &n.warnings {
                        let text = words::air_warning(*w, l);
                        let r = widgets::notice(
                            ui,
                            &cx.palette,
                            Tone::Warn,
                            &l.t("notice-warning"),
                            &text,
                        );
                        widgets::announce(ui, &r, false);
                    }
                    // A band that could not be checked (no fresh scan) is said as such.
                    if let Some(text) = words::air_band_unchecked(air, l) {
                        widgets::para(ui, &text);
                    }
                    widgets::para(ui, &words::air_age(age_seconds(air, n.seen_ms_ago()), l));
                    // WPS cannot work here: the printer's own web page can take the network.
                    if n.verdict == Verdict::NoWps || n.warnings.contains(&Warning::Wpa3Only) {
                        widgets::para(ui, &l.t("wifi-window-offer-no-wps"));
                        if widgets::big_button(ui, &l.t("wifi-window-offer")).clicked() {
                            cx.act(wps_pin_flow::Msg::Wifi(wps_pin_flow::wifi::WifiMsg::Open));
                        }
                    }
                }
                None if air.networks.is_empty() => {
                    widgets::para(ui, &l.t("air-nothing-seen"));
                }
                None => {
                    widgets::para(ui, &l.t("air-not-on-wifi"));
                    let active: Vec<String> = air
                        .active()
                        .map(|n| words::air_network_line(n, l))
                        .collect();
                    if !active.is_empty() {
                        let names = words::list(l, &active);
                        let r = widgets::para(
                            ui,
                            &l.t_args("air-active-nearby", &[("names", names.into())]),
                        );
                        widgets::announce(ui, &r, false);
                    }
                }
            }
            if let Some(s) = words::air_scan(air.scan, l) {
                widgets::para(ui, &s);
            }
        });
}
