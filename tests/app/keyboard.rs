//! Driving the window by keyboard as a person who sees it does: every focus stop must be
//! on screen, typed text arrives as text events, and what appears is announced.

use eframe::egui::{self, Key, accesskit::Live};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_window::WpsApp;

use crate::harness::settle;

/// The focused control's name, after checking it is inside the window (`step` says
/// where the test is when it is not).
pub fn focus_on_screen(h: &Harness<'_, WpsApp>, step: &str) -> String {
    let window = h.ctx.content_rect();
    let node = h
        .query_by(|n| n.is_focused())
        .unwrap_or_else(|| panic!("{step}: focus is on the bare window"));
    let rect = node.rect();
    assert!(
        window.expand(0.5).contains_rect(rect),
        "{step}: the focused control {:?} at {rect:?} is outside {window:?}",
        node.accesskit_node().label()
    );
    node.accesskit_node().label().unwrap_or_default()
}

/// A node whose name contains `text` is wholly in the page's view: below what is
/// pinned above the page (the header, whose Home button is always drawn, and while it
/// runs the timer's bar: its Stop button, then an 8-point bar) and inside the window —
/// read, not hidden.
pub fn shown_whole(h: &Harness<'_, WpsApp>, text: &str) -> bool {
    let window = h.ctx.content_rect();
    let header = match h.query_by_label("Stop the timer") {
        Some(stop) if stop.rect().min.y < 2.0 * h.get_by_label("Home").rect().max.y => {
            stop.rect().max.y + 20.0
        }
        _ => h.get_by_label("Home").rect().max.y,
    };
    // A label's text is its name or (egui's plain labels) its value.
    let says = |s: Option<String>| s.is_some_and(|s| s.contains(text));
    h.query_all_by(|n| says(n.label()) || says(n.value()))
        .any(|n| {
            let r = n.rect();
            r.min.y >= header && r.max.y <= window.max.y + 0.5
        })
}

/// Tab until `label` has focus, checking every stop is on screen.
pub fn tab_to(h: &mut Harness<'_, WpsApp>, label: &str) {
    let mut seen = Vec::new();
    for _ in 0..80 {
        let now = focus_on_screen(h, label);
        if now == label {
            return;
        }
        seen.push(now);
        h.key_press(Key::Tab);
        settle(h);
    }
    panic!("Tab never reached {label:?}; went through {seen:?}");
}

pub fn press(h: &mut Harness<'_, WpsApp>, key: Key) {
    h.key_press(key);
    settle(h);
}

pub fn type_text(h: &mut Harness<'_, WpsApp>, text: &str) {
    h.event(egui::Event::Text(text.into()));
    settle(h);
}

/// The node whose name contains `text` is a live region (announced when it appears).
pub fn announced(h: &Harness<'_, WpsApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text)
        .any(|n| n.accesskit_node().live() != Live::Off)
}
