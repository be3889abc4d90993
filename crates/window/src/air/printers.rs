//! HP printers nearby, on the scan page: networks printers run themselves (their setup
//! network, their Wi-Fi Direct network), with the model each names, so the person can
//! tell which printer is theirs before it is on the network.

use eframe::egui::Ui;
use wps_pin_core::words;

use crate::cx::Cx;
use crate::widgets;

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let Some(Some(air)) = super::shown(cx.s) else {
        return;
    };
    if air.printers.is_empty() {
        return;
    }
    let l = cx.l;
    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("air-printers-title"));
    widgets::para(ui, &l.t("air-printers-intro"));
    // Not steps: one paragraph a printer.
    for p in &air.printers {
        widgets::para(ui, &words::air_printer(p, l));
    }
}
