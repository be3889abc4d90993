//! Where is the PIN? General guidance per kind of control panel (facts/hp-printers.md
//! §3.2): no model-specific menu paths are known, so the page says names vary.

use eframe::egui::Ui;

use crate::ui::Cx;
use crate::ui::nav::Page;
use crate::ui::widgets::{self, Tone};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Touchscreen,
    TextDisplay,
    LightsOnly,
}

#[derive(Debug, Default)]
pub struct WherePinPage {
    pub panel: Option<Panel>,
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
    widgets::heading(ui, &l.t("where-title"));
    widgets::para(ui, &l.t("where-intro"));
    for (i, (panel, title, desc)) in PANELS.iter().enumerate() {
        let selected = page.panel == Some(*panel);
        let r = widgets::card(ui, &l.t(title), &l.t(desc), Some(selected));
        if cx.arrived && (selected || (page.panel.is_none() && i == 0)) {
            r.request_focus();
        }
        if r.clicked() {
            page.panel = Some(*panel);
        }
    }
    let Some(panel) = page.panel else { return };
    ui.add_space(8.0);
    let steps: Vec<String> = match panel {
        Panel::Touchscreen => [
            "where-touchscreen-1",
            "where-touchscreen-2",
            "where-touchscreen-3",
        ]
        .iter()
        .map(|id| l.t(id))
        .collect(),
        Panel::TextDisplay => [
            "where-text-display-1",
            "where-text-display-2",
            "where-text-display-3",
        ]
        .iter()
        .map(|id| l.t(id))
        .collect(),
        Panel::LightsOnly => ["where-lights-only-1", "where-lights-only-2"]
            .iter()
            .map(|id| l.t(id))
            .collect(),
    };
    widgets::subheading(ui, &l.t("where-steps"));
    widgets::steps(ui, &steps);
    widgets::notice(
        ui,
        &cx.palette,
        Tone::Info,
        &l.t("notice-good-to-know"),
        &l.t("where-names-vary"),
    );
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("where-have-pin")).clicked() {
            cx.go(Page::EnterPin);
        }
        if widgets::big_button(ui, &l.t("where-no-pin")).clicked() {
            cx.go(Page::Troubleshoot);
        }
    });
}
