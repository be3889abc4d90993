//! Where is the PIN? The person picks their kind of control panel (or the model page
//! does), then walks that guide one step per screen. Other routes — a label, the
//! configuration page, the web page, HP Smart, the router's side, after setup — are one
//! button away. Each guide remembers its step.

use eframe::egui::{Label, RichText, TextStyle, Ui};

use crate::catalog::panels::PanelKind;
use crate::guide::progress::Progress;
use crate::guide::{self, Guide};
use crate::ui::Cx;
use crate::ui::illustration;
use crate::ui::nav::Page;
use crate::ui::widgets::{self, Tone};
use crate::worker::Command;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Touchscreen,
    TextDisplay,
    LightsOnly,
}

impl Panel {
    pub fn kind(self) -> PanelKind {
        match self {
            Panel::Touchscreen => PanelKind::Touchscreen,
            Panel::TextDisplay => PanelKind::TextDisplay,
            Panel::LightsOnly => PanelKind::LightsOnly,
        }
    }
}

#[derive(Debug, Default)]
pub struct WherePinPage {
    /// The kind of control panel (set here or by the model page).
    pub panel: Option<Panel>,
    /// The guide shown, by id.
    pub route: Option<&'static str>,
    /// Where the person was in each guide (kept between runs by the worker).
    pub step: Progress,
    /// The panel the shown route was chosen for, to follow a change made elsewhere.
    route_panel: Option<Panel>,
    /// The last printable guide written: where, or why not.
    pub printed: Option<Result<std::path::PathBuf, String>>,
    /// Open the written guide in the browser on the next frame.
    pub open_printed: bool,
    /// Where printable guides go (default: the documents folder; tests use a temporary one).
    pub print_dir: Option<std::path::PathBuf>,
    /// The chosen model's name, for the printout (set from the model page).
    pub model_name: Option<String>,
}

impl WherePinPage {
    /// The page with each guide at the step the person reached last time.
    pub fn with_steps(step: Progress) -> Self {
        Self {
            step,
            ..Self::default()
        }
    }
}

const PANELS: &[(Panel, &str, &str)] = &[
    (
        Panel::Touchscreen,
        "where-touchscreen",
        "where-touchscreen-desc",
    ),
    (
        Panel::TextDisplay,
        "where-text-display",
        "where-text-display-desc",
    ),
    (
        Panel::LightsOnly,
        "where-lights-only",
        "where-lights-only-desc",
    ),
];

pub fn show(ui: &mut Ui, page: &mut WherePinPage, cx: &mut Cx) {
    let l = cx.l;
    if page.panel.is_some() && page.panel != page.route_panel {
        page.route_panel = page.panel;
        page.route = page
            .panel
            .and_then(|p| guide::get(guide::for_panel(p.kind())).map(route_id));
    }
    widgets::heading(ui, &l.t("where-title"));
    widgets::para(ui, &l.t("where-intro"));
    for (i, (panel, title, desc)) in PANELS.iter().enumerate() {
        let selected = page.panel == Some(*panel)
            && page.route == guide::get(guide::for_panel(panel.kind())).map(route_id);
        let r = widgets::card(ui, &l.t(title), &l.t(desc), Some(selected));
        if cx.arrived && (selected || (page.panel.is_none() && i == 0)) {
            r.request_focus();
        }
        if r.clicked() {
            page.panel = Some(*panel);
            page.route_panel = Some(*panel);
            page.route = guide::get(guide::for_panel(panel.kind())).map(route_id);
        }
    }
    if let Some(g) = page.route.and_then(guide::get) {
        ui.add_space(12.0);
        show_guide(ui, page, g, cx);
    }
    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("guide-other-routes"));
    ui.horizontal_wrapped(|ui| {
        for id in guide::OTHER_ROUTES {
            let Some(g) = guide::get(id) else { continue };
            if widgets::big_button(ui, &l.t(&g.title)).clicked() {
                page.route = Some(route_id(g));
            }
        }
    });
}

/// The id as a `'static` str (guides live for the whole run).
fn route_id(g: &'static Guide) -> &'static str {
    g.id.as_str()
}

/// Moves a guide to `step` and remembers it for the next run.
fn go_to_step(page: &mut WherePinPage, id: &str, step: usize, cx: &mut Cx) {
    page.step.insert(id.to_owned(), step);
    cx.send(Command::SaveGuideProgress(page.step.clone()));
}

fn show_guide(ui: &mut Ui, page: &mut WherePinPage, g: &'static Guide, cx: &mut Cx) {
    let l = cx.l;
    let id = route_id(g);
    let total = g.steps.len();
    let at = page.step.get(id).copied().unwrap_or(0).min(total - 1);
    let step = &g.steps[at];
    widgets::subheading(ui, &l.t(&g.title));
    widgets::para(ui, &l.t(&g.intro));
    let counter = ui.add(Label::new(
        RichText::new(l.t_args(
            "guide-step-of",
            &[("step", (at + 1).into()), ("total", total.into())],
        ))
        .strong(),
    ));
    widgets::announce(ui, &counter, false);
    let alt = l.t(step.picture.alt_id());
    let text = |ui: &mut Ui| {
        ui.add(Label::new(RichText::new(l.t(&step.text)).text_style(TextStyle::Button)).wrap());
        if let Some(see) = &step.see {
            widgets::notice(ui, &cx.palette, Tone::Info, &l.t("guide-see"), &l.t(see));
        }
    };
    // Side by side on wide windows, picture above the text on narrow ones.
    if ui.available_width() > 700.0 {
        ui.horizontal_top(|ui| {
            let w = ui.available_width();
            ui.vertical(|ui| {
                ui.set_width(w * 0.45);
                illustration::picture(ui, &cx.palette, l, step.picture, &alt);
            });
            ui.vertical(|ui| text(ui));
        });
    } else {
        illustration::picture(ui, &cx.palette, l, step.picture, &alt);
        text(ui);
    }
    widgets::para(ui, &alt);
    if step.if_not.is_some() {
        widgets::para(ui, &l.t("guide-if-not"));
    }
    if matches!(
        id,
        "touchscreen" | "text-display" | "lights-only" | "config-page" | "web-page"
    ) {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-good-to-know"),
            &l.t("guide-names-vary"),
        );
    }
    ui.horizontal_wrapped(|ui| {
        let prev = widgets::big_button_if(ui, at > 0, &l.t("guide-previous"));
        if prev.clicked() {
            go_to_step(page, id, at - 1, cx);
        }
        if at + 1 < total {
            if widgets::big_button(ui, &l.t("guide-next")).clicked() {
                go_to_step(page, id, at + 1, cx);
            }
        } else {
            if widgets::big_button(ui, &l.t("guide-done")).clicked() {
                cx.go(Page::EnterPin);
            }
            if widgets::big_button(ui, &l.t("guide-start-over")).clicked() {
                go_to_step(page, id, 0, cx);
            }
        }
        if step.if_not.is_some() && widgets::big_button(ui, &l.t("guide-open-trouble")).clicked() {
            cx.go(Page::Troubleshoot);
        }
        if widgets::big_button(ui, &l.t("guide-print")).clicked() {
            page.printed = None;
            cx.send(Command::SaveGuide {
                path: print_path(page.print_dir.as_deref(), id),
                contents: guide::print::html(g, page.model_name.as_deref(), l),
            });
        }
    });
    match &page.printed {
        Some(Ok(path)) => {
            if std::mem::take(&mut page.open_printed) {
                let url = format!("file://{}", path.display());
                ui.ctx().open_url(eframe::egui::OpenUrl::new_tab(url));
            }
            let text = l.t_args(
                "guide-printed",
                &[("path", path.display().to_string().into())],
            );
            let r = widgets::notice(ui, &cx.palette, Tone::Good, &l.t("notice-ok"), &text);
            widgets::announce(ui, &r, false);
        }
        Some(Err(why)) => {
            let text = l.t_args("guide-not-printed", &[("reason", why.clone().into())]);
            widgets::notice(ui, &cx.palette, Tone::Bad, &l.t("notice-problem"), &text);
        }
        None => {}
    }
}

/// In the person's documents (or home) folder, named after the guide.
fn print_path(dir: Option<&std::path::Path>, id: &str) -> std::path::PathBuf {
    dir.map(std::path::Path::to_owned)
        .or_else(|| {
            directories::UserDirs::new().and_then(|u| {
                u.document_dir()
                    .map(|d| d.to_owned())
                    .or_else(|| Some(u.home_dir().to_owned()))
            })
        })
        .unwrap_or_else(std::env::temp_dir)
        .join(format!("wps-guide-{id}.html"))
}
