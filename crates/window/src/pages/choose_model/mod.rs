//! Choose my model: a large search box with results on every keystroke, result
//! cards with what the model can do, and for the chosen model the question about
//! its control panel (asked with pictures, remembered per model). A name that reads
//! like an HP model the list does not have is said to be so, and the person goes on
//! by choosing the control panel.

mod chosen;
mod focus;
mod pictures;
mod share;
mod state;

pub use state::ModelView;

use eframe::egui::{EventFilter, Key, Label, TextEdit, TextStyle, Ui};

use wps_pin_core::catalog::{Family, catalog};
use wps_pin_core::words;
use wps_pin_flow::{Msg, Page};

use focus::by_keyboard;

use crate::cx::Cx;
use crate::widgets::{self, Tone};

/// Enough cards to find one's printer without a long scroll.
const MAX_RESULTS: usize = 8;
/// Longer than any model name; pasted text beyond this is noise.
const MAX_QUERY: usize = 80;

pub fn show(ui: &mut Ui, page: &mut ModelView, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("page-choose-model"));
    if cx.arrived {
        page.focus_first = true;
    }
    match cx.s.journey.family() {
        Some(family) => chosen::show(ui, page, family, cx),
        None => show_search(ui, page, cx),
    }
    ui.add_space(16.0);
    share::show(ui, cx);
}

fn show_search(ui: &mut Ui, page: &mut ModelView, cx: &mut Cx) {
    let l = cx.l;
    let s = cx.s;
    let mut query = s.model.query.clone();
    let label = ui.add(Label::new(l.t("catalog-search-label")).wrap());
    let field = ui
        .add(
            TextEdit::singleline(&mut query)
                .id_salt("model-query")
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
    widgets::focus_ring(ui, &field, &cx.palette);
    if field.changed() {
        cx.act(Msg::TypeQuery(query.clone()));
    }
    if std::mem::take(&mut page.focus_first) {
        field.request_focus();
    }
    if page.results_for.as_deref() != Some(query.as_str()) {
        page.results = catalog().find(&query, MAX_RESULTS);
        page.results_for = Some(query.clone());
    }
    let found = page.results.clone();
    let results = &found.matches;
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if enter && let Some(first) = results.first() {
        choose(page, first.family, true, cx);
        return;
    }
    ui.add_space(8.0);
    if query.trim().is_empty() {
        widgets::para(ui, &l.t("catalog-search-intro"));
    } else if found.not_in_list {
        let text = words::not_in_list_notice(&found.typed_wifi(), l);
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-good-to-know"),
            &text,
        );
        if widgets::big_button(ui, &l.t("model-by-panel")).clicked() {
            cx.go(Page::WherePin);
        }
    } else if results.is_empty() {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-check-again"),
            &words::no_match(&query, l),
        );
    }
    if found.other_lines {
        widgets::para(ui, &words::other_lines(found.lines(), l));
    }
    if !results.is_empty() {
        widgets::para(
            ui,
            &l.t_args("catalog-results", &[("count", results.len().into())]),
        );
    }
    // egui moves keyboard focus with the arrow keys between the box and the cards.
    let mut picked = None;
    for m in results {
        let f = m.family;
        let desc = words::family_card(f, &found.wifi(m), &m.why, cx.s.remembered.panel_of(f), l);
        // Screen readers hear the facts too, as the card's description.
        let card = widgets::card(ui, &m.matched_name, &desc, None);
        if card.clicked() {
            picked = Some(f);
        }
    }
    if let Some(f) = picked {
        choose(page, f, by_keyboard(ui), cx);
    }
    if found.not_in_list {
        return;
    }
    ui.add_space(12.0);
    widgets::para(ui, &l.t("catalog-not-listed"));
    if widgets::big_button(ui, &l.t("model-by-panel")).clicked() {
        cx.go(Page::WherePin);
    }
}

fn choose(page: &mut ModelView, family: &'static Family, keyboard: bool, cx: &mut Cx) {
    cx.act(Msg::ChooseFamily(Some(family)));
    page.focus_first = keyboard;
}
