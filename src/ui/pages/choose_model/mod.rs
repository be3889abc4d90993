//! Choose my model: a large search box with results on every keystroke, result
//! cards with what the model can do, and for the chosen model the question about
//! its control panel (asked with pictures, remembered per model).

mod pictures;
mod share;

use eframe::egui::{EventFilter, Key, Label, RichText, TextEdit, TextStyle, Ui};

use crate::catalog::panels::LoadedAnswers;
use crate::catalog::{Family, Match, PanelAnswers, PanelKind, catalog, why_text};
use crate::settings::LoadProblem;
use crate::ui::Cx;
use crate::ui::nav::Page;
use crate::ui::pages::where_pin::{Panel, WherePinPage};
use crate::ui::widgets::{self, Tone};
use crate::worker::{Command, Event};

/// Enough cards to find one's printer without a long scroll.
const MAX_RESULTS: usize = 8;
/// Longer than any model name; pasted text beyond this is noise.
const MAX_QUERY: usize = 80;

#[derive(Debug, Default)]
pub struct ChooseModelPage {
    pub query: String,
    /// The id of the family chosen from the results.
    pub chosen: Option<String>,
    /// What people told us about control panels, by family id.
    pub answers: PanelAnswers,
    /// The person wants to answer the panel question again for a remembered model.
    pub asking_again: bool,
    /// The file for sharing answers between computers.
    pub share_path: String,
    pub status: Option<Status>,
    /// Move keyboard focus to the first control of what is now shown.
    focus_first: bool,
    /// The results for `results_for`: the page redraws more often than people type.
    results: Vec<Match<'static>>,
    results_for: Option<String>,
}

/// The outcome of the last save, export or import, for the person to read.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Exported(String),
    Imported {
        added: usize,
        skipped: usize,
    },
    Failed(String),
    /// The stored answers were damaged at start and could not be used.
    LoadProblem(LoadProblem),
}

impl ChooseModelPage {
    pub fn new(loaded: LoadedAnswers) -> Self {
        Self {
            answers: loaded.answers,
            status: loaded.problem.map(Status::LoadProblem),
            share_path: share::default_path(),
            ..Self::default()
        }
    }

    /// Applies a worker event; returns a command to send when one is needed.
    pub fn on_event(&mut self, event: Event) -> Option<Command> {
        match event {
            Event::PanelAnswersSaved => {
                // A good save replaces any earlier trouble with the file.
                if matches!(
                    self.status,
                    Some(Status::Failed(_) | Status::LoadProblem(_))
                ) {
                    self.status = None;
                }
                None
            }
            Event::PanelAnswersExported(path) => {
                self.status = Some(Status::Exported(path.display().to_string()));
                None
            }
            Event::PanelAnswersImported { answers, skipped } => {
                self.status = Some(Status::Imported {
                    added: answers.len(),
                    skipped,
                });
                self.answers.merge(answers);
                Some(Command::SavePanelAnswers(self.answers.clone()))
            }
            Event::PanelAnswersFailed(message) => {
                self.status = Some(Status::Failed(message));
                None
            }
            _ => None,
        }
    }

    fn remembered(&self, family: &Family) -> Option<PanelKind> {
        family.ids().find_map(|id| self.answers.get(id))
    }
}

/// The where-is-the-PIN page's name for each kind of panel.
fn guide_panel(kind: PanelKind) -> Panel {
    match kind {
        PanelKind::Touchscreen => Panel::Touchscreen,
        PanelKind::TextDisplay => Panel::TextDisplay,
        PanelKind::LightsOnly => Panel::LightsOnly,
    }
}

/// (title id, description id) of each kind, shared with the where-is-the-PIN page.
fn panel_text(kind: PanelKind) -> (&'static str, &'static str) {
    match kind {
        PanelKind::Touchscreen => ("where-touchscreen", "where-touchscreen-desc"),
        PanelKind::TextDisplay => ("where-text-display", "where-text-display-desc"),
        PanelKind::LightsOnly => ("where-lights-only", "where-lights-only-desc"),
    }
}

pub fn show(ui: &mut Ui, page: &mut ChooseModelPage, where_pin: &mut WherePinPage, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("page-choose-model"));
    if cx.arrived {
        page.focus_first = true;
    }
    let chosen = page.chosen.as_deref().and_then(|id| catalog().get(id));
    match chosen {
        Some(family) => show_chosen(ui, page, family, where_pin, cx),
        None => {
            page.chosen = None;
            show_search(ui, page, cx);
        }
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
        choose(page, &first.family.id, true);
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
    let yes_no = |b: bool| l.t(if b { "cli-lookup-yes" } else { "cli-lookup-no" });
    // egui moves keyboard focus with the arrow keys between the box and the cards.
    let mut picked = None;
    for m in &results {
        let f = m.family;
        let facts = l.t_args(
            "cli-lookup-facts",
            &[
                ("wifi", yes_no(f.wireless).into()),
                ("cable", yes_no(f.network).into()),
                ("web", yes_no(f.ews).into()),
            ],
        );
        let mut desc = format!("{facts}\n{}", why_text(&m.why, l));
        if let Some(kind) = page.remembered(f) {
            let panel = l.t(panel_text(kind).0);
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
        choose(page, &id, by_keyboard(ui));
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

fn choose(page: &mut ChooseModelPage, id: &str, keyboard: bool) {
    page.chosen = Some(id.to_owned());
    page.asking_again = false;
    page.focus_first = keyboard;
}

fn show_chosen(
    ui: &mut Ui,
    page: &mut ChooseModelPage,
    family: &Family,
    where_pin: &mut WherePinPage,
    cx: &mut Cx,
) {
    let l = cx.l;
    let focus = std::mem::take(&mut page.focus_first);
    widgets::subheading(ui, &family.name());
    let yes_no = |b: bool| l.t(if b { "cli-lookup-yes" } else { "cli-lookup-no" });
    for (id, value) in [
        ("catalog-fact-wifi", family.wireless),
        ("catalog-fact-web", family.ews),
        ("catalog-fact-cable", family.network),
    ] {
        ui.add(
            Label::new(RichText::new(
                l.t_args(id, &[("answer", yes_no(value).into())]),
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
        let remembered = page.remembered(family);
        match remembered {
            Some(kind) if !page.asking_again => {
                let (title, _) = panel_text(kind);
                widgets::notice(
                    ui,
                    &cx.palette,
                    Tone::Info,
                    &l.t("notice-good-to-know"),
                    &l.t_args("catalog-panel-known", &[("panel", l.t(title).into())]),
                );
                let go = widgets::big_button(ui, &l.t("catalog-panel-show-steps"));
                first = Some(go.clone());
                if go.clicked() {
                    where_pin.panel = Some(guide_panel(kind));
                    cx.go(Page::WherePin);
                }
                if widgets::big_button(ui, &l.t("catalog-panel-change")).clicked() {
                    page.asking_again = true;
                    page.focus_first = by_keyboard(ui);
                }
            }
            _ => {
                widgets::subheading(ui, &l.t("catalog-panel-question"));
                for kind in PanelKind::ALL {
                    let (title, desc) = panel_text(kind);
                    let card = pictures::panel_card(
                        ui,
                        &cx.palette,
                        kind,
                        &l.t(title),
                        &l.t(desc),
                        remembered == Some(kind),
                    );
                    describe(ui, &card, &l.t(desc));
                    if first.is_none() {
                        first = Some(card.clone());
                    }
                    if card.clicked() {
                        page.answers.set(&family.id, kind);
                        page.asking_again = false;
                        cx.send(Command::SavePanelAnswers(page.answers.clone()));
                        where_pin.panel = Some(guide_panel(kind));
                        cx.go(Page::WherePin);
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
        page.chosen = None;
        page.focus_first = by_keyboard(ui);
    }
}
