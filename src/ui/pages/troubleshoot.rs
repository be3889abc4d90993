//! "It doesn't work": the WPS checks from facts/wps.md, in order, each with a plain
//! reason. The person ticks what they tried; the support summary will list it.

use eframe::egui::{Checkbox, Ui};

use crate::ui::Cx;
use crate::ui::nav::Page;
use crate::ui::widgets;

/// (title id, explanation id), most common cause first.
pub const CHECKS: &[(&str, &str)] = &[
    ("trouble-one-device", "trouble-one-device-desc"),
    ("trouble-two-minutes", "trouble-two-minutes-desc"),
    ("trouble-wps-on", "trouble-wps-on-desc"),
    ("trouble-security", "trouble-security-desc"),
    ("trouble-hidden", "trouble-hidden-desc"),
    ("trouble-locked", "trouble-locked-desc"),
    ("trouble-restart", "trouble-restart-desc"),
];

#[derive(Debug, Default)]
pub struct TroubleshootPage {
    /// Which checks the person marked as tried, by index into [`CHECKS`].
    pub tried: [bool; CHECKS.len()],
}

pub fn show(ui: &mut Ui, page: &mut TroubleshootPage, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("trouble-title"));
    widgets::para(ui, &l.t("trouble-intro"));
    for (i, (title, desc)) in CHECKS.iter().enumerate() {
        ui.add_space(6.0);
        widgets::subheading(ui, &format!("{}. {}", i + 1, l.t(title)));
        widgets::para(ui, &l.t(desc));
        let r = ui.add(Checkbox::new(&mut page.tried[i], l.t("trouble-tried")));
        // The same visible words on every line; the name says which check.
        r.widget_info(|| {
            eframe::egui::WidgetInfo::selected(
                eframe::egui::accesskit::Role::CheckBox,
                true,
                page.tried[i],
                format!("{}: {}", l.t("trouble-tried"), l.t(title)),
            )
        });
        if cx.arrived && i == 0 {
            r.request_focus();
        }
    }
    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("trouble-other-ways"));
    widgets::steps(
        ui,
        &[
            l.t("trouble-other-smart"),
            l.t("trouble-other-ews"),
            l.t("trouble-other-cable"),
            l.t("trouble-other-password"),
        ],
    );
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("trouble-back-to-pin")).clicked() {
            cx.go(Page::EnterPin);
        }
    });
}
