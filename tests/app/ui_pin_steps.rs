//! The PIN page's steps per way and per kind of control panel, as the window shows them:
//! in the order that fits the two-minute window, one moment to start the timer, the ways
//! a panel allows first, and no menu advice for a panel without menus.

use crate::harness::{activate, app};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_core::catalog::PanelKind;
use wps_pin_core::guide::howto::{self, Direction, Mark};
use wps_pin_core::i18n::Localizer;
use wps_pin_window::WpsApp;
use wps_pin_window::flow::Msg;
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

/// Where a control of `role` named `label` begins, from the top of the window.
fn top_of(h: &Harness<'_, WpsApp>, role: Role, label: &str) -> f32 {
    h.get_by_role_and_label(role, label).rect().min.y
}

/// Shows step `at` of the chosen way.
fn show(h: &mut Harness<'static, WpsApp>, at: usize) {
    h.state_mut().dispatch(Msg::PinStep(at));
    crate::harness::settle(h);
}

/// The step shown is named with its place and its instruction.
fn step_name(at: usize, total: usize, text: &str) -> String {
    format!("Step {} of {total}: {text}", at + 1)
}

#[test]
fn every_way_for_every_panel_shows_its_steps_in_order_with_one_timer() {
    let l = Localizer::new("en-US");
    let dir = tempfile::tempdir().unwrap();
    for panel in PANELS {
        let mut h = on_pin_page(dir.path(), panel);
        for direction in Direction::ALL {
            let method = Method::of(direction);
            h.state_mut().dispatch(Msg::ChooseMethod(method));
            let steps = howto::steps(direction, panel);
            let mut starts = 0;
            for (at, s) in steps.iter().enumerate() {
                show(&mut h, at);
                let name = step_name(at, steps.len(), &l.t(s.text));
                let said = h
                    .query_by(|n| n.data().label() == Some(name.as_str()))
                    .unwrap_or_else(|| panic!("{panel:?} {direction:?}: {name:?} not shown"));
                let start = h
                    .query_all_by_role_and_label(Role::Button, "Start the 2-minute timer")
                    .count();
                starts += start;
                assert_eq!(
                    start > 0,
                    s.mark == Some(Mark::Timer),
                    "{panel:?} {direction:?} {at}"
                );
                if start > 0 {
                    // The button sits under the step that names the moment.
                    let button = top_of(&h, Role::Button, "Start the 2-minute timer");
                    assert!(button > said.rect().min.y);
                }
                if panel == Some(PanelKind::LightsOnly) {
                    assert!(!l.t(s.text).to_lowercase().contains("menu"), "{}", s.text);
                }
            }
            let timers = steps.iter().filter(|s| s.mark == Some(Mark::Timer)).count();
            assert_eq!(
                starts, timers,
                "{panel:?} {direction:?}: one moment to start the timer"
            );
        }
    }
}

#[test]
fn printer_pin_opens_the_router_page_before_the_printer_makes_its_pin() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = on_pin_page(dir.path(), Some(PanelKind::Touchscreen));
    activate(&mut h, "My printer shows a PIN");
    // The steps as a keyboard user meets them, Next after Next.
    let mut said = Vec::new();
    let shown = |h: &Harness<'_, WpsApp>| {
        h.query_by(|n| {
            n.data()
                .label()
                .is_some_and(|l| l.starts_with("Step ") && l.contains(": "))
        })
        .and_then(|n| n.accesskit_node().label())
        .unwrap_or_default()
    };
    for _ in 0..8 {
        said.push(shown(&h));
        if h.query_by_role_and_label(Role::Button, "Next")
            .is_none_or(|b| b.accesskit_node().is_disabled())
        {
            break;
        }
        activate(&mut h, "Next");
    }
    let at = |part: &str| {
        said.iter()
            .position(|s| s.contains(part))
            .unwrap_or_else(|| panic!("{part:?} not in {said:#?}"))
    };
    let router = at("open the router's settings page and sign in");
    let make = at("Now make the PIN: on the printer's touchscreen");
    let typed = at("type the PIN into the router's page");
    assert!(router < make && make < typed, "{said:#?}");
    assert!(
        said[0].starts_with("Step 1 of "),
        "the first step has the focus: {said:?}"
    );
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
    let total = howto::steps(Direction::PushButton, Some(PanelKind::LightsOnly)).len();
    for at in 0..total {
        show(&mut h, at);
        assert!(h.query_by_label_contains("Menu names vary").is_none());
    }
    // The printer's address is not known: the app looks for it on the network.
    activate(&mut h, "See whether it joined");
    assert!(h.state().state.join.is_some());
    h.get_by_label_contains("Looking for your printer on the network");
    assert_eq!(
        h.state().state.nav.current(),
        wps_pin_window::flow::Page::EnterPin
    );
}
