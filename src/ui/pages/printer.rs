//! My printer: what the chosen printer says about itself, watched live while the person
//! works through WPS, and the moment it joins Wi-Fi, announced in large type.

use std::time::Instant;

use eframe::egui::{Label, RichText, TextEdit, Ui};

use crate::net::ews::AdapterKind;
use crate::net::identity::Sourced;
use crate::net::probe::{Report, Target};
use crate::ui::Cx;
use crate::ui::widgets::{self, Tone};

#[derive(Debug, Default)]
pub struct PrinterPage {
    /// What the person typed.
    pub address: String,
    /// Why the typed address cannot be used.
    pub address_error: Option<String>,
    /// The printer being watched.
    pub target: Option<Target>,
    pub last: Option<Report>,
    pub last_at: Option<Instant>,
    /// Set when the printer moves onto Wi-Fi; shown until dismissed.
    pub joined: Option<String>,
}

impl PrinterPage {
    pub fn choose(&mut self, target: Target) {
        if self.target.as_ref() != Some(&target) {
            self.last = None;
            self.last_at = None;
            self.joined = None;
        }
        self.target = Some(target);
    }

    pub fn on_report(&mut self, report: Report) {
        if self.target.as_ref() != Some(&report.target) {
            return; // a late answer for a printer no longer chosen
        }
        let was_on_wifi = self
            .last
            .as_ref()
            .map(|r| r.identity.connected_wifi().is_some());
        let now_on = report
            .identity
            .connected_wifi()
            .map(|a| a.ssid.clone().unwrap_or_default());
        // Only a change from "not on Wi-Fi" to "on Wi-Fi" is the moment to announce.
        if was_on_wifi == Some(false)
            && let Some(ssid) = &now_on
        {
            self.joined = Some(ssid.clone());
        }
        self.last = Some(report);
        self.last_at = Some(Instant::now());
    }
}

/// One line on the pages where the person is busy with WPS: how the printer is doing.
pub fn status_strip(ui: &mut Ui, page: &mut PrinterPage, cx: &mut Cx) {
    let l = cx.l;
    let Some(target) = &page.target else { return };
    let host = target.host.clone();
    if let Some(ssid) = page.joined.clone() {
        let r = widgets::notice(
            ui,
            &cx.palette,
            Tone::Good,
            &l.t("printer-joined-title"),
            &l.t_args("printer-joined", &[("ssid", ssid.into())]),
        );
        widgets::announce(ui, &r, true);
        if widgets::big_button(ui, &l.t("printer-joined-ok")).clicked() {
            page.joined = None;
        }
        return;
    }
    let (tone, text) = match &page.last {
        None => (
            Tone::Info,
            l.t_args("printer-status-checking", &[("address", host.into())]),
        ),
        Some(r) if !r.answered => (
            Tone::Warn,
            l.t_args("printer-status-no-answer", &[("address", host.into())]),
        ),
        Some(r) => match r.identity.connected_wifi() {
            Some(a) => (Tone::Good, wifi_line(a, cx)),
            None => {
                let cable = r
                    .identity
                    .adapters
                    .iter()
                    .any(|a| a.kind == AdapterKind::Ethernet && a.connected == Some(true));
                let id = if cable {
                    "printer-status-cable"
                } else {
                    "printer-status-not-wifi"
                };
                (Tone::Info, l.t(id))
            }
        },
    };
    widgets::notice(ui, &cx.palette, tone, &l.t("printer-status-title"), &text);
}

fn wifi_line(a: &crate::net::ews::Adapter, cx: &Cx) -> String {
    let l = cx.l;
    let mut parts = vec![l.t_args(
        "printer-on-wifi",
        &[("ssid", a.ssid.clone().unwrap_or_default().into())],
    )];
    if let Some(ip) = &a.ipv4 {
        parts.push(ip.clone());
    }
    if let Some(bars) = a.signal_bars {
        parts.push(l.t(match bars {
            0..=1 => "printer-signal-weak",
            2..=3 => "printer-signal-fair",
            _ => "printer-signal-good",
        }));
    }
    parts.join(" · ")
}

pub fn show(ui: &mut Ui, page: &mut PrinterPage, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("printer-title"));
    widgets::para(ui, &l.t("printer-intro"));
    let label = ui.add(Label::new(l.t("printer-address-label")).wrap());
    let field = ui
        .add(
            TextEdit::singleline(&mut page.address)
                .hint_text(l.t("printer-address-hint"))
                .char_limit(300)
                .desired_width(ui.available_width().min(480.0)),
        )
        .labelled_by(label.id);
    if cx.arrived {
        field.request_focus();
    }
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(eframe::egui::Key::Enter));
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("printer-check")).clicked() || enter {
            match Target::parse(&page.address, None) {
                Ok(t) => {
                    page.address_error = None;
                    page.choose(t);
                }
                Err(_) => page.address_error = Some(l.t("printer-address-bad")),
            }
        }
        if page.target.is_some() && widgets::big_button(ui, &l.t("printer-stop")).clicked() {
            page.target = None;
            page.last = None;
            page.joined = None;
        }
    });
    if let Some(err) = &page.address_error {
        widgets::notice(ui, &cx.palette, Tone::Bad, &l.t("notice-check-again"), err);
    }
    status_strip(ui, page, cx);
    let (Some(target), Some(report)) = (page.target.clone(), page.last.clone()) else {
        return;
    };
    let id = &report.identity;
    let fact = |ui: &mut Ui, label: &str, v: &Option<Sourced>| {
        if let Some(s) = v {
            widgets::para(ui, &format!("{label}: {}", s.value));
        }
    };
    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("printer-identity"));
    fact(ui, &l.t("printer-model"), &id.model);
    fact(ui, &l.t("printer-firmware"), &id.firmware);
    fact(ui, &l.t("printer-firmware-date"), &id.firmware_date);
    fact(ui, &l.t("printer-serial"), &id.serial);
    if !id.adapters.is_empty() {
        widgets::subheading(ui, &l.t("printer-connections"));
        for a in &id.adapters {
            let kind = l.t(match a.kind {
                AdapterKind::Ethernet => "probe-kind-ethernet",
                AdapterKind::Wifi => "probe-kind-wifi",
                AdapterKind::WifiDirect => "probe-kind-wifi-direct",
            });
            let state = match (a.connected, a.kind) {
                (Some(true), AdapterKind::Wifi) => wifi_line(a, cx),
                (Some(true), _) => l.t("probe-connected"),
                (Some(false), _) => l.t("probe-not-connected"),
                (None, _) => l.t("probe-state-unknown"),
            };
            ui.add(Label::new(RichText::new(format!("{kind}: {state}"))).wrap());
        }
    }
    if !id.problems.is_empty() {
        widgets::subheading(ui, &l.t("probe-problems"));
        for p in &id.problems {
            ui.add(Label::new(format!("• {}", p.words(l))).wrap());
        }
    }
    ui.horizontal_wrapped(|ui| {
        let web = target
            .web_base
            .clone()
            .unwrap_or_else(|| format!("http://{}", bracket(&target.host)));
        if widgets::big_button(ui, &l.t("printer-open-web")).clicked() {
            ui.ctx().open_url(eframe::egui::OpenUrl::new_tab(web));
        }
        if widgets::big_button(ui, &l.t("printer-copy")).clicked() {
            ui.ctx().copy_text(crate::cli::probe::text(&report, l));
        }
    });
}

fn bracket(host: &str) -> String {
    if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_owned()
    }
}
