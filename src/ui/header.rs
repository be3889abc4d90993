//! The header on every page: Back, Home and Settings, and where the person is.

use eframe::egui::{self, Label, RichText, Ui};

use super::app::Action;
use super::nav::{Nav, Page};
use super::widgets;
use crate::i18n::Localizer;

pub fn show(ui: &mut Ui, l: &Localizer, nav: &Nav, actions: &mut Vec<Action>) {
    egui::Panel::top("header")
        .frame(
            egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(12, 10)),
        )
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let back = widgets::big_button_if(ui, nav.can_go_back(), &l.t("nav-back"));
                if back.clicked() {
                    actions.push(Action::Back);
                }
                if widgets::big_button(ui, &l.t("nav-home")).clicked() {
                    actions.push(Action::Home);
                }
                if widgets::big_button(ui, &l.t("nav-settings")).clicked() {
                    actions.push(Action::Go(Page::Settings));
                }
                ui.add_space(12.0);
                ui.add(
                    Label::new(
                        RichText::new(l.t(nav.current().title_id()))
                            .text_style(egui::TextStyle::Button)
                            .strong(),
                    )
                    .wrap(),
                );
            });
        });
}
