//! Find my printer: the printers on this network, live, as large cards; "This is my
//! printer" picks its model and leads on; "My printer isn't listed" checks a typed address.

use std::time::Duration;

use eframe::egui::{
    Frame, Label, Margin, RichText, Spinner, Stroke, TextEdit, Ui, WidgetInfo, accesskit::Role,
};

use wps_pin_core::net::discovery::DiscoveredPrinter;
use wps_pin_core::net::discovery::record::Source;
use wps_pin_core::net::reach::UnknownName;
use wps_pin_core::words;
use wps_pin_flow::Msg;

use crate::cx::Cx;
use crate::widgets::{self, Tone};

/// After this long with nothing found, explain the usual causes.
const PATIENCE: Duration = Duration::from_secs(5);

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let page = &cx.s.find;
    widgets::heading(ui, &l.t("scan-title"));
    if page.failed {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-problem"),
            &l.t("scan-failed"),
        );
    } else {
        ui.horizontal(|ui| {
            if !cx.s.settings.reduced_motion {
                ui.add(Spinner::new().size(24.0));
            }
            let count = ui.add(
                Label::new(
                    RichText::new(
                        l.t_args("scan-looking", &[("count", page.printers.len().into())]),
                    )
                    .strong(),
                )
                .wrap(),
            );
            // The count changes as printers are found: screen readers say it.
            widgets::announce(ui, &count, false);
        });
    }
    let waited = page.started.map(|s| s.elapsed()).unwrap_or_default();
    if page.printers.is_empty() && !page.failed {
        if waited >= PATIENCE {
            widgets::subheading(ui, &l.t("scan-nothing-title"));
            widgets::steps(
                ui,
                &[
                    l.t("scan-nothing-guest"),
                    l.t("scan-nothing-isolation"),
                    l.t("scan-nothing-off"),
                    l.t("scan-nothing-setup"),
                ],
            );
        } else {
            ui.ctx().request_repaint_after(PATIENCE - waited);
        }
    }
    let mut chosen: Option<DiscoveredPrinter> = None;
    let mut watch: Option<DiscoveredPrinter> = None;
    for (i, p) in page.printers.iter().enumerate() {
        Frame::new()
            .stroke(Stroke::new(2.0, cx.palette.text))
            .corner_radius(8)
            .inner_margin(Margin::symmetric(16, 12))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    Label::new(
                        RichText::new(&p.name)
                            .text_style(eframe::egui::TextStyle::Button)
                            .strong(),
                    )
                    .wrap(),
                );
                if let Some(m) = &p.model {
                    widgets::para(
                        ui,
                        &l.t_args("scan-card-model", &[("model", m.clone().into())]),
                    );
                }
                let addresses: Vec<String> = p.addresses.iter().map(ToString::to_string).collect();
                widgets::para(
                    ui,
                    &l.t_args(
                        "scan-card-address",
                        &[("address", words::list(l, &addresses).into())],
                    ),
                );
                let how = if p.prints_over_ipp() {
                    "scan-card-network-ipp"
                } else {
                    "scan-card-network"
                };
                widgets::para(ui, &l.t(how));
                if let Some(source) = heard_from(&p.sources) {
                    widgets::para(
                        ui,
                        &l.t_args("scan-card-source", &[("source", source.into())]),
                    );
                }
                let button_text = l.t("scan-this-one");
                let b = widgets::big_button(ui, &button_text);
                let name = words::labelled(l, &button_text, &p.name);
                b.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
                if cx.arrived && i == 0 {
                    b.request_focus();
                }
                if b.clicked() {
                    chosen = Some(p.clone());
                }
                // Or just see how it is doing, on its own page.
                let see_text = l.t("scan-see-printer");
                let see = widgets::big_button(ui, &see_text);
                let name = words::labelled(l, &see_text, &p.name);
                see.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
                if see.clicked() {
                    watch = Some(p.clone());
                }
            });
    }
    if let Some(p) = chosen {
        cx.act(Msg::UseFoundPrinter(p));
    }
    crate::air::printers::show(ui, cx);
    if let Some(p) = watch {
        cx.act(Msg::SeeFoundPrinter(p));
    }

    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("scan-not-listed"));
    let label = ui.add(Label::new(l.t("scan-address-label")).wrap());
    let mut address = page.address.clone();
    let field = ui
        .add(
            TextEdit::singleline(&mut address)
                .id_salt("scan-address")
                .hint_text(l.t("printer-address-hint"))
                .char_limit(260)
                .desired_width(ui.available_width().min(480.0)),
        )
        .labelled_by(label.id);
    widgets::focus_ring(ui, &field, &cx.palette);
    if field.changed() {
        cx.act(Msg::TypeScanAddress(address));
    }
    // With no printer listed yet, keyboard users start at the address field.
    if cx.arrived && page.printers.is_empty() {
        field.request_focus();
    }
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(eframe::egui::Key::Enter));
    let check = widgets::big_button_if(ui, !page.checking, &l.t("scan-check-address"));
    if check.clicked() || enter {
        cx.act(Msg::CheckScanAddress);
    }
    if page.bad_address {
        let text = l.t_args(
            "scan-not-an-address",
            &[("input", page.address.trim().to_owned().into())],
        );
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-check-again"),
            &text,
        );
    }
    if page.checking {
        widgets::para(ui, &l.t("scan-checking"));
    }
    if let Some((host, result)) = &page.checked {
        match result {
            Ok((ip, ports)) if !ports.is_empty() => {
                let names = words::open_ports(ports, l);
                let r = widgets::notice(
                    ui,
                    &cx.palette,
                    Tone::Good,
                    &l.t("notice-ok"),
                    &l.t_args(
                        "scan-answers",
                        &[("address", ip.to_string().into()), ("ports", names.into())],
                    ),
                );
                widgets::announce(ui, &r, false);
                if widgets::big_button(ui, &l.t("scan-use-this")).clicked() {
                    cx.act(Msg::UseAnsweringAddress(host.clone(), *ip));
                }
            }
            Ok((ip, _)) => {
                let r = widgets::notice(
                    ui,
                    &cx.palette,
                    Tone::Warn,
                    &l.t("notice-warning"),
                    &l.t_args("scan-no-answer", &[("address", ip.to_string().into())]),
                );
                widgets::announce(ui, &r, false);
            }
            Err(UnknownName) => {
                widgets::notice(
                    ui,
                    &cx.palette,
                    Tone::Bad,
                    &l.t("notice-check-again"),
                    &l.t_args("scan-unknown-name", &[("input", host.to_string().into())]),
                );
            }
        }
    }
}

/// Where the scan heard of a printer, as the message's selector: the system's cache, the
/// app's own search, or both (none when it says nothing).
fn heard_from(sources: &[Source]) -> Option<&'static str> {
    let system = sources.contains(&Source::System);
    let mdns = sources.contains(&Source::Mdns);
    match (system, mdns) {
        (true, false) => Some("system"),
        (false, true) => Some("mdns"),
        (true, true) => Some("both"),
        (false, false) => None,
    }
}
