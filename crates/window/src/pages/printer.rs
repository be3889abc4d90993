//! My printer: what the chosen printer says about itself, watched live while the person
//! works through WPS, and the moment it joins Wi-Fi, announced in large type.

use eframe::egui::{Label, TextEdit, Ui};
use wps_pin_core::net::address::{AddressError, Target};
use wps_pin_core::words;

use crate::Cx;
use crate::action::Action;
use crate::widgets::{self, Tone};

#[derive(Debug, Default)]
pub struct PrinterPage {
    /// What the person typed.
    pub address: String,
    /// Why the typed address cannot be used.
    pub address_error: Option<AddressError>,
}

/// One line on the pages where the person is busy with WPS: how the printer is doing.
pub fn status_strip(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let Some(printer) = &cx.journey.printer else {
        return;
    };
    let host = printer.target.host.to_string();
    if let Some(ssid) = &printer.joined {
        let r = widgets::notice(
            ui,
            &cx.palette,
            Tone::Good,
            &l.t("printer-joined-title"),
            &l.t_args("printer-joined", &[("ssid", ssid.into())]),
        );
        widgets::announce(ui, &r, true);
        if widgets::big_button(ui, &l.t("printer-joined-ok")).clicked() {
            cx.act(Action::DismissJoined);
        }
        return;
    }
    let (tone, text) = match &printer.last {
        None => (
            Tone::Info,
            l.t_args("printer-status-checking", &[("address", host.into())]),
        ),
        Some(r) if r.certificate_changed() => (
            Tone::Bad,
            words::check_explanation(
                wps_pin_core::checks::CheckId::Certificate,
                wps_pin_core::checks::CheckState::Failed,
                l,
            ),
        ),
        Some(r) if !r.answered && printer.simulated => (Tone::Info, l.t("demo-not-asked")),
        Some(r) if !r.answered => (
            Tone::Warn,
            l.t_args("printer-status-no-answer", &[("address", host.into())]),
        ),
        Some(r) => wifi_line(&r.identity, cx),
    };
    widgets::notice(ui, &cx.palette, tone, &l.t("printer-status-title"), &text);
}

/// The printer's Wi-Fi as the core words it ("not on Wi-Fi" only when a Wi-Fi adapter is
/// reported and not connected).
fn wifi_line(id: &wps_pin_core::net::identity::Identity, cx: &Cx) -> (Tone, String) {
    let (seen, text) = words::wifi_status(id, cx.l);
    let tone = match seen {
        words::WifiSeen::OnWifi => Tone::Good,
        words::WifiSeen::NotOnWifi | words::WifiSeen::NotSaid => Tone::Info,
    };
    (tone, text)
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
            match Target::parse(&page.address) {
                Ok(t) => {
                    page.address_error = None;
                    cx.act(Action::ChoosePrinter(t));
                }
                Err(e) => page.address_error = Some(e),
            }
        }
        if cx.journey.printer.is_some() && widgets::big_button(ui, &l.t("printer-stop")).clicked() {
            cx.act(Action::ForgetPrinter);
        }
    });
    if let Some(e) = page.address_error {
        let text = words::address_error(e, l);
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-check-again"),
            &text,
        );
    }
    status_strip(ui, cx);
    let Some(printer) = &cx.journey.printer else {
        return;
    };
    let Some(report) = &printer.last else { return };
    let id = &report.identity;
    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("printer-identity"));
    for line in words::identity_lines(id, true, l) {
        widgets::para(ui, &line);
    }
    if !id.adapters.is_empty() {
        widgets::subheading(ui, &l.t("printer-connections"));
        for a in &id.adapters {
            widgets::para(ui, &words::adapter_line(a, l));
        }
    }
    if !id.problems.is_empty() {
        widgets::subheading(ui, &l.t("probe-problems"));
        for p in &id.problems {
            // Said without the printer's resource paths, which mean nothing to most.
            ui.add(Label::new(format!("• {}", words::problem_plain(p, l))).wrap());
        }
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("printer-open-web")).clicked() {
            let web = printer.target.web_base().to_string();
            ui.ctx().open_url(eframe::egui::OpenUrl::new_tab(web));
        }
        if widgets::big_button(ui, &l.t("printer-copy")).clicked() {
            let lines = words::printer_lines(report, true, l);
            ui.ctx().copy_text(lines.join("\n"));
        }
    });
}
