//! My printer: what the chosen printer says about itself, watched live while the person
//! works through WPS, and the moment it joins Wi-Fi, announced in large type.

use eframe::egui::{Label, TextEdit, Ui};
use wps_pin_core::words;
use wps_pin_flow::Msg;

use crate::cx::Cx;
use crate::widgets::{self, Tone};

/// One line on the pages where the person is busy with WPS — "Your printer: 192.0.2.23",
/// how it is doing opened on request — and in full on the printer's own page. The moment
/// it joins Wi-Fi is said in full everywhere.
pub fn status_strip(ui: &mut Ui, cx: &mut Cx, compact: bool) {
    let l = cx.l;
    let s = cx.s;
    let Some(printer) = &s.journey.printer else {
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
            cx.act(Msg::DismissJoined);
        }
        return;
    }
    let (tone, text) = match &printer.last {
        None => (
            Tone::Info,
            l.t_args(
                "printer-status-checking",
                &[("address", host.clone().into())],
            ),
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
            l.t_args(
                "printer-status-no-answer",
                &[("address", host.clone().into())],
            ),
        ),
        Some(r) => wifi_line(&r.identity, cx),
    };
    if compact {
        let line = l.t_args("printer-strip", &[("address", host.into())]);
        widgets::details(ui, "printer-strip", &line, |ui| {
            widgets::notice(ui, &cx.palette, tone, &l.t("printer-status-title"), &text)
        });
    } else {
        widgets::notice(ui, &cx.palette, tone, &l.t("printer-status-title"), &text);
    }
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

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let s = cx.s;
    let page = &s.printer_page;
    let mut address = page.address.clone();
    widgets::heading(ui, &l.t("printer-title"));
    widgets::para(ui, &l.t("printer-intro"));
    let label = ui.add(Label::new(l.t("printer-address-label")).wrap());
    let field = ui
        .add(
            TextEdit::singleline(&mut address)
                .id_salt("printer-address")
                .hint_text(l.t("printer-address-hint"))
                .char_limit(300)
                .desired_width(ui.available_width().min(480.0)),
        )
        .labelled_by(label.id);
    widgets::focus_ring(ui, &field, &cx.palette);
    if field.changed() {
        cx.act(Msg::TypePrinterAddress(address));
    }
    if cx.arrived {
        field.request_focus();
    }
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(eframe::egui::Key::Enter));
    if enter {
        // Enter checks the address; the field keeps the focus (egui would drop it), so
        // the keyboard stays where the verdict is said, just under it.
        field.request_focus();
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("printer-check")).clicked() || enter {
            cx.act(Msg::UseTypedPrinter);
        }
        if s.journey.printer.is_some() && widgets::big_button(ui, &l.t("printer-stop")).clicked() {
            cx.act(Msg::ForgetPrinter);
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
    status_strip(ui, cx, false);
    let Some(printer) = &s.journey.printer else {
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
            ui.add(Label::new(words::bullet(l, &words::problem_plain(p, l))).wrap());
        }
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("printer-open-web")).clicked() {
            cx.act(Msg::OpenPrinterPage);
        }
        if widgets::big_button(ui, &l.t("printer-copy")).clicked() {
            cx.act(Msg::CopyPrinterDetails);
        }
        // When WPS cannot work, the printer's own web page can take the network.
        if widgets::big_button(ui, &l.t("wifi-window-offer")).clicked() {
            cx.act(Msg::Wifi(wps_pin_flow::wifi::WifiMsg::Open));
        }
    });
}
