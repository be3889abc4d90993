//! The chosen model: what it can do (Wi-Fi as yes, no or not known, with where that
//! comes from), and the question about its control panel. A "no" is worded as the
//! evidence and never stops the person: the panel question follows it.

use eframe::egui::{Label, RichText, Ui};

use wps_pin_core::catalog::{Family, PanelKind, Typed, WifiAnswer, wifi};
use wps_pin_core::words;

use super::focus::by_keyboard;
use super::pictures;
use super::state::ModelView;
use crate::cx::Cx;
use crate::widgets::{self, Tone};
use wps_pin_flow::{AppState, Msg};

/// Wi-Fi for the chosen family: the catalog, the model's letters as typed (or as the
/// printer named itself), and the chosen printer's own answer when it was asked.
pub fn wifi_of(family: &Family, s: &AppState) -> WifiAnswer {
    let printer = s
        .journey
        .printer
        .as_ref()
        .and_then(|p| p.last.as_ref())
        .map(|r| r.identity.adapters.as_slice());
    wifi::answer(Some(family), &Typed::parse(&s.model.query), printer)
}

pub fn show(ui: &mut Ui, page: &mut ModelView, family: &'static Family, cx: &mut Cx) {
    let l = cx.l;
    let focus = std::mem::take(&mut page.focus_first);
    widgets::subheading(ui, &family.name());
    let wifi = wifi_of(family, cx.s);
    let facts = [
        words::wifi_fact(&wifi, l),
        l.t_args(
            "catalog-fact-web",
            &[("answer", words::yes_no(l, family.ews).into())],
        ),
        l.t_args(
            "catalog-fact-cable",
            &[("answer", words::yes_no(l, family.network).into())],
        ),
    ];
    for fact in facts {
        ui.add(Label::new(RichText::new(fact)).wrap());
    }
    ui.add_space(8.0);
    if let Some(notice) = words::wifi_notice(&wifi, l) {
        let (tone, kind) = match wifi.has_wifi {
            Some(false) => (Tone::Warn, "notice-warning"),
            _ => (Tone::Info, "notice-good-to-know"),
        };
        widgets::notice(ui, &cx.palette, tone, &l.t(kind), &notice);
    }
    if wifi.has_wifi == Some(false) {
        widgets::subheading(ui, &l.t("catalog-what-works-if-none"));
        let mut ways = Vec::new();
        if family.usb {
            ways.push(l.t("catalog-use-usb"));
        }
        if family.network {
            ways.push(l.t("catalog-use-ethernet"));
        }
        if ways.is_empty() {
            ways.push(l.t("catalog-use-guide"));
        }
        widgets::steps(ui, &ways);
        ui.add_space(8.0);
    }
    let first = panel_question(ui, page, family, cx);
    ui.add_space(8.0);
    let other = widgets::big_button(ui, &l.t("catalog-choose-other"));
    if focus {
        first.as_ref().unwrap_or(&other).request_focus();
    }
    if other.clicked() {
        cx.act(Msg::ChooseFamily(None));
        page.focus_first = by_keyboard(ui);
    }
}

/// The remembered panel, or the question with a picture for each kind. Returns the
/// first control, for keyboard focus.
fn panel_question(
    ui: &mut Ui,
    page: &mut ModelView,
    family: &'static Family,
    cx: &mut Cx,
) -> Option<eframe::egui::Response> {
    let l = cx.l;
    let remembered = cx.s.remembered.panel_of(family);
    if let Some(kind) = remembered.filter(|_| !cx.s.model.asking_again) {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-good-to-know"),
            &l.t_args(
                "catalog-panel-known",
                &[("panel", words::panel_title(kind, l).into())],
            ),
        );
        let go = widgets::big_button(ui, &l.t("catalog-panel-show-steps"));
        if go.clicked() {
            cx.act(Msg::ShowPanelGuide(kind));
        }
        if widgets::big_button(ui, &l.t("catalog-panel-change")).clicked() {
            cx.act(Msg::AskPanelAgain);
            page.focus_first = by_keyboard(ui);
        }
        return Some(go);
    }
    widgets::subheading(ui, &l.t("catalog-panel-question"));
    let mut first = None;
    for kind in PanelKind::ALL {
        let (title, desc) = (
            words::panel_title(kind, l),
            words::panel_description(kind, l),
        );
        let card = pictures::panel_card(
            ui,
            &cx.palette,
            kind,
            &title,
            &desc,
            remembered == Some(kind),
        );
        widgets::describe(ui, &card, &desc);
        if first.is_none() {
            first = Some(card.clone());
        }
        if card.clicked() {
            cx.act(Msg::AnswerPanel { family, kind });
        }
    }
    widgets::para(ui, &l.t("catalog-panel-remember-note"));
    first
}
