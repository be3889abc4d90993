//! Find my printer: the printers on this network, live, as large cards; "This is my
//! printer" picks its model and leads on; "My printer isn't listed" checks a typed address.

use std::time::{Duration, Instant};

use eframe::egui::{
    Frame, Label, Margin, RichText, Spinner, Stroke, TextEdit, Ui, WidgetInfo, accesskit::Role,
};

use wps_pin_core::net::address::{Host, Target};
use wps_pin_core::net::discovery::DiscoveredPrinter;
use wps_pin_core::net::reach::{Reach, UnknownName};
use wps_pin_core::words;

use crate::Cx;
use crate::action::Action;
use crate::nav::Page;
use crate::widgets::{self, Tone};
use wps_pin_core::worker::Command;

/// After this long with nothing found, explain the usual causes.
const PATIENCE: Duration = Duration::from_secs(5);

#[derive(Debug, Default)]
pub struct FindPrinterPage {
    pub printers: Vec<DiscoveredPrinter>,
    /// When the current search started.
    pub started: Option<Instant>,
    /// The search could not start.
    pub failed: bool,
    pub address: String,
    /// The typed text is not an address or a name.
    pub bad_address: bool,
    pub checking: bool,
    pub checked: Option<(Host, Reach)>,
}

impl FindPrinterPage {
    /// A new search starts: forget the last one's printers.
    pub fn restart(&mut self) {
        self.started = Some(Instant::now());
        self.printers.clear();
        self.failed = false;
    }
}

fn port_name_id(port: u16) -> &'static str {
    match port {
        631 => "scan-port-ipp",
        80 => "scan-port-web",
        443 => "scan-port-web-secure",
        _ => "scan-port-raw",
    }
}

pub fn show(ui: &mut Ui, page: &mut FindPrinterPage, cx: &mut Cx) {
    let l = cx.l;
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
            if !cx.settings.reduced_motion {
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
                let button_text = l.t("scan-this-one");
                let b = widgets::big_button(ui, &button_text);
                let name = format!("{button_text}: {}", p.name);
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
                let name = format!("{see_text}: {}", p.name);
                see.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
                if see.clicked() {
                    watch = Some(p.clone());
                }
            });
    }
    if let Some(p) = chosen {
        cx.act(Action::UseFoundPrinter(p));
    }
    crate::air::printers::show(ui, cx);
    if let Some(p) = watch {
        cx.act(Action::SeeFoundPrinter(p));
    }

    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("scan-not-listed"));
    let label = ui.add(Label::new(l.t("scan-address-label")).wrap());
    let field = ui
        .add(
            TextEdit::singleline(&mut page.address)
                .hint_text(l.t("printer-address-hint"))
                .char_limit(260)
                .desired_width(ui.available_width().min(480.0)),
        )
        .labelled_by(label.id);
    // With no printer listed yet, keyboard users start at the address field.
    if cx.arrived && page.printers.is_empty() {
        field.request_focus();
    }
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(eframe::egui::Key::Enter));
    let check = widgets::big_button_if(ui, !page.checking, &l.t("scan-check-address"));
    if (check.clicked() || enter) && !page.address.trim().is_empty() {
        page.checked = None;
        match Host::parse(&page.address) {
            Ok(host) => {
                page.bad_address = false;
                page.checking = true;
                cx.send(Command::CheckAddress(host));
            }
            Err(_) => page.bad_address = true,
        }
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
                let names: Vec<String> = ports
                    .iter()
                    .map(|p| format!("{} ({p})", l.t(port_name_id(*p))))
                    .collect();
                let names = words::list(l, &names);
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
                if widgets::big_button(ui, &l.t("scan-use-this")).clicked()
                    && let Ok(t) = Target::new(Host::Ip(*ip))
                {
                    cx.act(Action::ChoosePrinter(t));
                    cx.go(Page::Printer);
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
