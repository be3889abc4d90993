//! One module a page. Each draws from the state (through [`Cx`]) and says what the
//! person did as messages; none changes the state, touches a socket or a file.

pub mod about;
pub mod choose_model;
pub mod find_printer;
pub mod home;
pub mod pin;
pub mod printer;
pub mod router;
pub mod settings;
mod step_text;
pub mod troubleshoot;
pub mod where_pin;
pub mod wifi;

use eframe::egui::Ui;
use wps_pin_flow::Page;

use crate::cx::Cx;

/// What pages keep for drawing only, between frames: nothing the flow needs.
#[derive(Default)]
pub struct Views {
    pub choose_model: choose_model::ModelView,
    /// The passwords being typed on "Set up Wi-Fi through the printer" (wiped when it
    /// closes).
    pub wifi: wifi::WifiView,
}

/// The current page, drawn into `ui`.
pub fn draw(ui: &mut Ui, page: Page, views: &mut Views, cx: &mut Cx<'_>) {
    if matches!(page, Page::EnterPin | Page::WherePin | Page::Troubleshoot) {
        printer::status_strip(ui, cx, true);
    }
    if page != Page::PrinterWifi {
        views.wifi.leave(ui.ctx());
    }
    match page {
        Page::Home => home::show(ui, cx),
        Page::FindPrinter => find_printer::show(ui, cx),
        Page::ChooseModel => choose_model::show(ui, &mut views.choose_model, cx),
        Page::WherePin => where_pin::show(ui, cx),
        Page::EnterPin => pin::show(ui, cx),
        Page::Troubleshoot => troubleshoot::show(ui, cx),
        Page::Router => router::show(ui, cx),
        Page::About => about::show(ui, cx),
        Page::Printer => printer::show(ui, cx),
        Page::Settings => settings::show(ui, cx),
        Page::PrinterWifi => wifi::show(ui, &mut views.wifi, cx),
    }
}
