//! "It doesn't work": the checks the app can measure, then the ones only the person can
//! make (from facts/wps.md), the other ways to connect, when to call HP support, and
//! the support summary. Ticks are timed for the summary.

mod measured;
pub mod summary;

use std::time::SystemTime;

use eframe::egui::{Checkbox, Ui, WidgetInfo, accesskit::Role};

use crate::Cx;
use crate::nav::Page;
use crate::widgets;
use wps_pin_core::checks::CheckRun;
use wps_pin_core::report::Format;
use wps_pin_core::store::FileError;

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

pub struct TroubleshootPage {
    /// When the person marked each check in [`CHECKS`] as tried.
    pub tried: [Option<SystemTime>; CHECKS.len()],
    pub run: Option<CheckRun>,
    pub running: bool,
    pub include_pin: bool,
    pub include_serial: bool,
    pub format: Format,
    pub save_path: String,
    /// The last save: where it went, or why it failed.
    pub saved: Option<Result<std::path::PathBuf, FileError>>,
    pub copied: bool,
    /// The save dialog is open.
    pub choosing: bool,
    /// The dialog closed without a file (or there is no dialog on this system).
    pub no_file_chosen: bool,
}

impl Default for TroubleshootPage {
    fn default() -> Self {
        Self {
            tried: [None; CHECKS.len()],
            run: None,
            running: false,
            include_pin: false,
            include_serial: true,
            format: Format::Text,
            save_path: summary::default_path(Format::Text),
            saved: None,
            copied: false,
            choosing: false,
            no_file_chosen: false,
        }
    }
}

pub fn show(ui: &mut Ui, page: &mut TroubleshootPage, cx: &mut Cx) {
    let l = cx.l;
    widgets::heading(ui, &l.t("trouble-title"));
    widgets::para(ui, &l.t("trouble-intro"));

    measured::show(ui, page, cx);

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("trouble-ask-title"));
    for (i, (title, desc)) in CHECKS.iter().enumerate() {
        ui.add_space(6.0);
        widgets::subheading(ui, &format!("{}. {}", i + 1, l.t(title)));
        widgets::para(ui, &l.t(desc));
        if *title == "trouble-one-device" {
            let alt = l.t("trouble-one-device-picture");
            crate::illustration::pin_flow(
                ui,
                &cx.palette,
                l,
                crate::illustration::PinFlow::PushButtons,
                &alt,
            );
            widgets::para(ui, &alt);
        }
        let mut ticked = page.tried[i].is_some();
        let r = ui.add(Checkbox::new(&mut ticked, l.t("trouble-tried")));
        // The same visible words on every line; the name says which check.
        r.widget_info(|| {
            WidgetInfo::selected(
                Role::CheckBox,
                true,
                ticked,
                format!("{}: {}", l.t("trouble-tried"), l.t(title)),
            )
        });
        if r.changed() {
            page.tried[i] = ticked.then(SystemTime::now);
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
        if widgets::big_button(ui, &l.t("trouble-router-page")).clicked() {
            cx.go(Page::Router);
        }
    });

    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("trouble-support-title"));
    widgets::steps(
        ui,
        &[
            l.t("trouble-support-no-pin"),
            l.t("trouble-support-rejected"),
            l.t("trouble-support-firmware"),
        ],
    );
    widgets::para(ui, &l.t("trouble-support-have"));
    summary::show(ui, page, cx);
}
