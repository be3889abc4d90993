//! The PIN page's steps per way and per kind of control panel, as the window shows them:
//! in the order that fits the two-minute window, one moment to start the timer, the ways
//! a panel allows first, and no menu advice for a panel without menus.

use crate::harness::{activate, app};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wps_pin_core::catalog::PanelKind;
use wps_pin_core::guide::howto::{self, Direction, Mark};
use wps_pin_core::i18n::Localizer;
use wps_pin_window::WpsApp;
use wps_pin_window::flow::pin::Method;

const PANELS: [Option<PanelKind>; 4] = [
    None,
    Some(PanelKind::Touchscreen),
    Some(PanelKind::TextDisplay),
    Some(PanelKind::LightsOnly),
];

fn on_pin_page(dir: &std::path::Path, panel: Option<PanelKind>) -> Harness<'static, WpsApp> {
    let mut h = app(dir);
    h.state_mut().state.journey.panel = panel;
    activate(&mut h, "Enter a PIN");
    h
}

/// Where a text is on the page (its top), to compare the order things are shown in.
fn top(h: &Harness<'_, WpsApp>, text: &str) -> f32 {
    h.get_by_label(text).rect().min.y
}

/// Where a control of `role` named `label` begins, from the top of the window.
fn top_of(h: &Harness<'_, WpsApp>, role: Role, label: &str) -> f32 {
    h.get_by_role_and_label(role, label).rect().min.y
}

/// Where the text that contains `part` begins.
fn top_containing(h: &Harness<'_, WpsApp>, part: &str) -> f32 {
    h.get_by_label_contains(part).rect().min.y
}

#[test]
fn every_way_for_every_panel_shows_its_steps_in_order_with_one_timer() {
    let l = Localizer::new("en-US");
    let dir = tempfile::tempdir().unwrap();
    for panel in PANELS {
        let mut h = on_pin_page(dir.path(), panel);
        for direction in Direction::ALL {
            let method = Method::of(direction);
            h.state_mut().state.pin.method = Some(method);
            crate::harness::settle(&mut h);
            let steps = howto::steps(direction, panel);
            let mut last = f32::MIN;
            for s in &steps {
                let y = top(&h, &l.t(s.text));
                assert!(y > last, "{panel:?} {direction:?}: {} out of order", s.text);
                last = y;
            }
            let starts = h
                .query_all_by_role_and_label(Role::Button, "Start the 2-minute timer")
                .count();
            let timer_step = steps.iter().find(|s| s.mark == Some(Mark::Timer));
            assert_eq!(
                starts,
                usize::from(timer_step.is_some()),
                "{panel:?} {direction:?}"
            );
            if let Some(s) = timer_step {
                // The button sits right under the step that names the moment.
                let step_y = top(&h, &l.t(s.text));
                let button_y = top_of(&h, Role::Button, "Start the 2-minute timer");
                let next = steps
                    .iter()
                    .skip_while(|x| x.text != s.text)
                    .nth(1)
                    .map(|n| top(&h, &l.t(n.text)));
                assert!(button_y > step_y && next.is_none_or(|n| button_y < n));
            }
            if panel == Some(PanelKind::LightsOnly) {
                for s in &steps {
                    assert!(!l.t(s.text).to_lowercase().contains("menu"), "{}", s.text);
                }
            }
        }
    }
}

#[test]
fn printer_pin_opens_the_router_page_before_the_printer_makes_its_pin() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path(), Some(PanelKind::Touchscreen));
    activate(&mut h, "My printer shows a PIN");
    let router = top(
        &h,
        "On a computer or phone connected to your router, open the router's settings page and sign in. This can take a while, so do it first.",
    );
    let make = top_containing(&h, "Now make the PIN: on the printer's touchscreen");
    let moment = top(
        &h,
        "When the printer shows the PIN, start the timer below. From then on, WPS waits about 2 minutes.",
    );
    let typed = top_containing(&h, "Straight away, type the PIN into the router's page");
    assert!(router < make && make < moment && moment < typed);
}

#[test]
fn a_panel_without_a_screen_offers_the_buttons_first() {
    let dir = tempfile::tempdir().unwrap();
    let h = on_pin_page(dir.path(), Some(PanelKind::LightsOnly));
    let buttons = top_of(
        &h,
        Role::RadioButton,
        "There is no PIN: use the WPS buttons",
    );
    let printer = top_of(&h, Role::RadioButton, "My printer shows a PIN");
    assert!(buttons < printer, "the buttons come first");
    assert_eq!(
        crate::harness::focused_label(&h).as_deref(),
        Some("There is no PIN: use the WPS buttons"),
        "and have the focus"
    );
    let dir = tempfile::tempdir().unwrap();
    let h = on_pin_page(dir.path(), Some(PanelKind::Touchscreen));
    let printer = top_of(&h, Role::RadioButton, "My printer shows a PIN");
    let router = top_of(&h, Role::RadioButton, "My router has a PIN");
    assert!(printer < router, "the router's PIN comes last");
}

#[test]
fn push_buttons_end_with_seeing_whether_it_joined() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path(), Some(PanelKind::LightsOnly));
    activate(&mut h, "There is no PIN: use the WPS buttons");
    h.get_by_label_contains("start WPS on the printer with its Wireless button");
    assert!(h.query_by_label_contains("Menu names vary").is_none());
    activate(&mut h, "See whether it joined");
    assert_eq!(
        h.state().state.nav.current(),
        wps_pin_window::flow::Page::Printer
    );
}
