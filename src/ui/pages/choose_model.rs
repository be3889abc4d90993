//! Choose my model. Until the model catalog is built, the kind of control panel is
//! what decides the guide, so this page leads there.

use eframe::egui::Ui;

use crate::ui::Cx;
use crate::ui::nav::Page;
use crate::ui::widgets::{self, Tone};

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("model-title"));
    widgets::notice(
        ui,
        &cx.palette,
        Tone::Info,
        &l.t("notice-good-to-know"),
        &l.t("model-not-yet"),
    );
    let r = widgets::big_button(ui, &l.t("model-by-panel"));
    if cx.arrived {
        r.request_focus();
    }
    if r.clicked() {
        cx.go(Page::WherePin);
    }
}
