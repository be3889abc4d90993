//! Find my printer: the printers on this network, live, as large cards; "This is my
//! printer" picks its model and leads on; "My printer isn't listed" checks a typed address.

use std::time::{Duration, Instant};

use eframe::egui::{
    Frame, Label, Margin, RichText, Spinner, Stroke, TextEdit, Ui, WidgetInfo, accesskit::Role,
};

use super::choose_model::ChooseModelPage;
use super::printer::PrinterPage;
use crate::net::probe::Target;
use crate::net::reach::{Reach, ReachError};
use crate::printer::DiscoveredPrinter;
use crate::ui::Cx;
use crate::ui::nav::Page;
use crate::ui::widgets::{self, Tone};
use crate::worker::Command;

/// After this long with nothing found, explain the usual causes.
const PATIENCE: Duration = Duration::from_secs(5);

#[derive(Debug, Default)]
pub struct FindPrinterPage {
    pub printers: Vec<DiscoveredPrinter>,
    /// When the current search started.
    pub started: Option<Instant>,
    pub failed: Option<String>,
    pub address: String,
    pub checking: bool,
    pub checked: Option<(String, Reach)>,
}

fn port_name_id(port: u16) -> &'static str {
    match port {
        631 => "scan-port-ipp",
        80 => "scan-port-web",
        443 => "scan-port-web-secure",
        _ => "scan-port-raw",
    }
}

/// The printer's web page at the address we found, on the scheme and port its own
/// announcement names (some serve it on 631 or 443, not 80).
pub fn web_base(p: &DiscoveredPrinter) -> Option<String> {
    let url = reqwest::Url::parse(p.admin_url.as_deref()?).ok()?;
    let addr = p.addresses.first()?;
    let host = if addr.contains(':') {
        format!("[{addr}]")
    } else {
        addr.clone()
    };
    Some(match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    })
}

pub fn show(
    ui: &mut Ui,
    page: &mut FindPrinterPage,
    printer: &mut PrinterPage,
    model: &mut ChooseModelPage,
    cx: &mut Cx,
) {
    let l = cx.l;
    widgets::heading(ui, &l.t("scan-title"));
    if let Some(why) = &page.failed {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-problem"),
            &l.t_args("scan-failed", &[("reason", why.clone().into())]),
        );
    } else {
        ui.horizontal(|ui| {
            if !cx.settings.reduced_motion {
                ui.add(Spinner::new().size(24.0));
            }
            ui.add(
                Label::new(
                    RichText::new(
                        l.t_args("scan-looking", &[("count", page.printers.len().into())]),
                    )
                    .strong(),
                )
                .wrap(),
            );
        });
    }
    let waited = page.started.map(|s| s.elapsed()).unwrap_or_default();
    if page.printers.is_empty() && page.failed.is_none() {
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
                widgets::para(
                    ui,
                    &l.t_args(
                        "scan-card-address",
                        &[("address", p.addresses.join(", ").into())],
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
            });
    }
    if let Some(p) = chosen {
        if let Ok(mut t) = Target::parse(p.best_address(), None) {
            t.web_base = web_base(&p);
            printer.choose(t);
        }
        let top = p.model.as_deref().and_then(|m| {
            crate::catalog::catalog()
                .search(m, 1)
                .into_iter()
                .next()
                .map(|r| r.family.id.clone())
        });
        match top {
            Some(id) => {
                model.query = p.model.clone().unwrap_or_default();
                model.chosen = Some(id);
                cx.go(Page::ChooseModel);
            }
            None => cx.go(Page::Printer),
        }
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
        page.checking = true;
        page.checked = None;
        cx.send(Command::CheckAddress(page.address.trim().to_owned()));
    }
    if page.checking {
        widgets::para(ui, &l.t("scan-checking"));
    }
    if let Some((input, result)) = &page.checked {
        match result {
            Ok((ip, ports)) if !ports.is_empty() => {
                let names: Vec<String> = ports
                    .iter()
                    .map(|p| format!("{} ({p})", l.t(port_name_id(*p))))
                    .collect();
                let r = widgets::notice(
                    ui,
                    &cx.palette,
                    Tone::Good,
                    &l.t("notice-ok"),
                    &l.t_args(
                        "scan-answers",
                        &[
                            ("address", ip.to_string().into()),
                            ("ports", names.join(", ").into()),
                        ],
                    ),
                );
                widgets::announce(ui, &r, false);
                if widgets::big_button(ui, &l.t("scan-use-this")).clicked()
                    && let Ok(t) = Target::parse(&ip.to_string(), None)
                {
                    printer.choose(t);
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
            Err(e) => {
                let id = match e {
                    ReachError::NotAnAddress => "scan-not-an-address",
                    ReachError::UnknownName => "scan-unknown-name",
                };
                widgets::notice(
                    ui,
                    &cx.palette,
                    Tone::Bad,
                    &l.t("notice-check-again"),
                    &l.t_args(id, &[("input", input.clone().into())]),
                );
            }
        }
    }
}
