//! Choose my model: a large search box with results on every keystroke, result
//! cards with what the model can do, and for the chosen model the question about
//! its control panel (asked with pictures, remembered per model).

mod pictures;
mod share;
mod state;

pub use state::{ChooseModelPage, Status};

use eframe::egui::{EventFilter, Key, Label, RichText, TextEdit, TextStyle, Ui};

use wps_pin_core::catalog::{Family, PanelKind, catalog};
use wps_pin_core::words;

use crate::Cx;
use crate::action::Action;
use crate::nav::Page;
use crate::widgets::{self, Tone};

/// Enough cards to find one's printer without a long scroll.
const MAX_RESULTS: usize = 8;
/// Longer than any model name; pasted text beyond this is noise.
const MAX_QUERY: usize = 80;

pub fn show(ui: &mut Ui, page: &mut ChooseModelPage, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("page-choose-model"));
    if cx.arrived {
        page.focus_first = true;
    }
    match cx.journey.family() {
        Some(family) => show_chosen(ui, page, family, cx),
        None => show_search(ui, page, cx),
    }
    ui.add_space(16.0);
    share::show(ui, page, cx);
}

fn show_search(ui: &mut Ui, page: &mut ChooseModelPage, cx: &mut Cx) {
    let l = cx.l;
    let label = ui.add(Label::new(l.t("catalog-search-label")).wrap());
    let field = ui
        .add(
            TextEdit::singleline(&mut page.query)
                .font(TextStyle::Heading)
                .hint_text(l.t("catalog-search-hint"))
                .char_limit(MAX_QUERY)
                // One line: up and down move to the result cards, not within the text.
                .event_filter(EventFilter {
                    horizontal_arrows: true,
                    ..EventFilter::default()
                })
                .desired_width(ui.available_width().min(widgets::MAX_CONTENT_WIDTH)),
        )
        .labelled_by(label.id);
    if std::mem::take(&mut page.focus_first) {
        field.request_focus();
    }
    if page.results_for.as_deref() != Some(page.query.as_str()) {
        page.results = catalog().search(&page.query, MAX_RESULTS);
        page.results_for = Some(page.query.clone());
    }
    let results = page.results.clone();
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if enter && let Some(first) = results.first() {
        choose(page, &first.family.id, true, cx);
        return;
    }
    ui.add_space(8.0);
    if page.query.trim().is_empty() {
        widgets::para(ui, &l.t("catalog-search-intro"));
    } else if results.is_empty() {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-check-again"),
            &l.t_args("cli-lookup-none", &[("query", page.query.clone().into())]),
        );
    } else {
        widgets::para(
            ui,
            &l.t_args("catalog-results", &[("count", results.len().into())]),
        );
    }
    // egui moves keyboard focus with the arrow keys between the box and the cards.
    let mut picked = None;
    for m in &results {
        let f = m.family;
        let facts = words::family_facts(f, l);
        let mut desc = format!("{facts}\n{}", words::why(&m.why, l));
        if let Some(kind) = cx.remembered.panel_of(f) {
            let panel = words::panel_title(kind, l);
            desc.push('\n');
            desc.push_str(&l.t_args("catalog-card-remembered", &[("panel", panel.into())]));
        }
        let card = widgets::card(ui, &m.matched_name, &desc, None);
        // Screen readers hear the facts too, not only the name.
        describe(ui, &card, &desc);
        if card.clicked() {
            picked = Some(f.id.clone());
        }
    }
    if let Some(id) = picked {
        choose(page, &id, by_keyboard(ui), cx);
    }
    ui.add_space(12.0);
    widgets::para(ui, &l.t("catalog-not-listed"));
    if widgets::big_button(ui, &l.t("model-by-panel")).clicked() {
        cx.go(Page::WherePin);
    }
}

/// The card's second line as its accessible description.
fn describe(ui: &Ui, response: &eframe::egui::Response, text: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(text);
    });
}

/// Focus follows the keyboard: after a mouse click it stays where the person looks.
fn by_keyboard(ui: &Ui) -> bool {
    ui.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, eframe::egui::Event::Key { pressed: true, .. }))
    })
}

fn choose(page: &mut ChooseModelPage, id: &str, keyboard: bool, cx: &mut Cx) {
    cx.act(Action::ChooseFamily(Some(id.to_owned())));
    page.asking_again = false;
    page.focus_first = keyboard;
}

fn show_chosen(ui: &mut Ui, page: &mut ChooseModelPage, family: &Family, cx: &mut Cx) {
    let l = cx.l;
    let focus = std::mem::take(&mut page.focus_first);
    widgets::subheading(ui, &family.name());
    for (id, value) in [
        ("catalog-fact-wifi", family.wireless),
        ("catalog-fact-web", family.ews),
        ("catalog-fact-cable", family.network),
    ] {
        ui.add(
            Label::new(RichText::new(
                l.t_args(id, &[("answer", words::yes_no(l, value).into())]),
            ))
            .wrap(),
        );
    }
    ui.add_space(8.0);
    let mut first = None;
    if !family.wireless {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Warn,
            &l.t("notice-warning"),
            &l.t("catalog-no-wifi"),
        );
        widgets::subheading(ui, &l.t("catalog-what-works"));
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
    } else {
        let remembered = cx.remembered.panel_of(family);
        match remembered {
            Some(kind) if !page.asking_again => {
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
                first = Some(go.clone());
                if go.clicked() {
                    cx.act(Action::ShowPanelGuide(kind));
                }
                if widgets::big_button(ui, &l.t("catalog-panel-change")).clicked() {
                    page.asking_again = true;
                    page.focus_first = by_keyboard(ui);
                }
            }
            _ => {
                widgets::subheading(ui, &l.t("catalog-panel-question"));
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
                    describe(ui, &card, &desc);
                    if first.is_none() {
                        first = Some(card.clone());
                    }
                    if card.clicked() {
                        page.asking_again = false;
                        cx.act(Action::AnswerPanel {
                            family: family.id.clone(),
                            kind,
                        });
                    }
                }
                widgets::para(ui, &l.t("catalog-panel-remember-note"));
            }
        }
    }
    ui.add_space(8.0);
    let other = widgets::big_button(ui, &l.t("catalog-choose-other"));
    if focus {
        first.as_ref().unwrap_or(&other).request_focus();
    }
    if other.clicked() {
        cx.act(Action::ChooseFamily(None));
        page.focus_first = by_keyboard(ui);
    }
}
