//! Find my printer. Until the network scan is built, this page says how to find the
//! printer's address by hand.

use eframe::egui::Ui;

use crate::ui::Cx;
use crate::ui::nav::Page;
use crate::ui::widgets::{self, Tone};

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("find-title"));
    widgets::notice(
        ui,
        &cx.palette,
        Tone::Info,
        &l.t("notice-good-to-know"),
        &l.t("find-not-yet"),
    );
    widgets::steps(ui, &[l.t("find-manual-1"), l.t("find-manual-2")]);
    let r = widgets::big_button(ui, &l.t("find-where-pin"));
    if cx.arrived {
        r.request_focus();
    }
    if r.clicked() {
        cx.go(Page::WherePin);
    }
    if widgets::big_button(ui, &l.t("find-know-address")).clicked() {
        cx.go(Page::Printer);
    }
}
