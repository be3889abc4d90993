//! The header on every page: Back, Home, Settings and New customer, and where the
//! person is.

use eframe::egui::{self, Label, RichText, Ui};

use super::widgets;
use wps_pin_core::i18n::Localizer;
use wps_pin_flow::nav::Nav;
use wps_pin_flow::{Msg, Page};

pub fn show(ui: &mut Ui, l: &Localizer, nav: &Nav, msgs: &mut Vec<Msg>) {
    egui::Panel::top("header")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 6)))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                // As narrow as their words allow (still 44 points square at least), so the
                // three fit one row even at 250 % text in a small window; where the words
                // are long (German at 250 %), with less room around them.
                let words = [l.t("nav-back"), l.t("nav-home"), l.t("nav-settings")];
                let needed: f32 = words.iter().map(|w| width(ui, w)).sum::<f32>()
                    + 6.0 * ui.spacing().button_padding.x
                    + 2.0 * ui.spacing().item_spacing.x;
                if needed > ui.available_width() {
                    ui.spacing_mut().button_padding.x = 8.0;
                    ui.spacing_mut().item_spacing.x = 8.0;
                }
                let back = widgets::header_button(ui, nav.can_go_back(), &l.t("nav-back"));
                if back.clicked() {
                    msgs.push(Msg::Back);
                }
                if widgets::header_button(ui, true, &l.t("nav-home")).clicked() {
                    msgs.push(Msg::Home);
                }
                let settings = widgets::header_button(ui, true, &l.t("nav-settings"));
                if settings.clicked() {
                    msgs.push(Msg::Go(Page::Settings));
                }
                // What follows only on the same row: the header is one row at any text size.
                let one_row = (settings.rect.min.y - back.rect.min.y).abs() < 1.0;
                // New customer when it fits on the row (always on Home, and Ctrl+N): the
                // header stays one row at any text size.
                let next = l.t("nav-new-customer");
                if one_row
                    && fits(
                        ui,
                        &next,
                        2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x + 16.0,
                    )
                    && widgets::header_button(ui, true, &next).clicked()
                {
                    msgs.push(Msg::NewCustomer);
                }
                // Where the person is, when it fits beside the buttons. At large text it
                // would take a row of its own; the page's heading just below says it anyway.
                let title = egui::WidgetText::from(
                    RichText::new(l.t(nav.current().title_id()))
                        .text_style(egui::TextStyle::Button)
                        .strong(),
                )
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Button,
                );
                let gap = 12.0;
                if one_row && title.size().x + gap <= ui.available_size_before_wrap().x {
                    ui.add_space(gap);
                    ui.add(Label::new(title));
                }
            });
        });
}

/// Whether `text` as a header button (plus `extra` room) fits in what is left of the row.
fn fits(ui: &Ui, text: &str, extra: f32) -> bool {
    width(ui, text) + extra <= ui.available_size_before_wrap().x
}

/// The width of `text` in a header button's words.
fn width(ui: &Ui, text: &str) -> f32 {
    egui::WidgetText::from(RichText::new(text).text_style(egui::TextStyle::Button))
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        )
        .size()
        .x
}
