//! The focus a keyboard user follows is always on screen, in the app's own default
//! window and a small one, at 100 % and 250 % text, in both themes: every page opens at
//! its top, and each Tab lands on a control that lies wholly inside the window.

use eframe::egui::{self, Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_core::settings::{Settings, SettingsStore, Theme};
use wps_pin_window::flow::Page;
use wps_pin_window::{DEFAULT_SIZE, WpsApp};

const PAGES: &[Page] = &Page::ALL;

/// More Tabs than any page has controls: the walk ends when focus comes round again.
const MAX_TABS: usize = 80;

fn window(
    size: egui::Vec2,
    scale: f32,
    theme: Theme,
    dir: &std::path::Path,
) -> Harness<'static, WpsApp> {
    SettingsStore::at(dir)
        .save(&Settings {
            text_scale: scale,
            theme,
            language: Some("en-US".into()),
            ..Settings::default()
        })
        .unwrap();
    let mut h = crate::harness::app_in(dir, size);
    crate::harness::settle(&mut h);
    h
}

/// How tall the header is (its Back button's bottom edge).
fn header_height(h: &Harness<'_, WpsApp>) -> f32 {
    h.query_by_label("Back").map_or(0.0, |b| b.rect().max.y)
}

fn focused(h: &Harness<'_, WpsApp>) -> Option<(String, Rect)> {
    h.query_by(|n| n.is_focused())
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
}

/// Opens `page` and walks it by Tab; returns what went wrong.
fn walk(h: &mut Harness<'static, WpsApp>, page: Page, label: &str) -> Vec<String> {
    let mut problems = Vec::new();
    {
        let st = &mut h.state_mut().state;
        st.nav.home();
        st.nav.go(page);
        st.journey.guide = Some(wps_pin_core::guide::GuideId::Touchscreen);
    }
    crate::harness::settle(h);
    let window = h.ctx.content_rect();
    // The page opens at its top: its title is on screen.
    match h
        .query_all_by(|n| n.role() == egui::accesskit::Role::Heading)
        .next()
    {
        Some(title) if window.contains_rect(title.rect()) => {}
        Some(title) => problems.push(format!(
            "{label} {page:?}: opens away from its top ({:?})",
            title.rect()
        )),
        None => problems.push(format!("{label} {page:?}: no heading")),
    }
    let mut seen: Vec<String> = Vec::new();
    for i in 0..MAX_TABS {
        h.key_press(Key::Tab);
        crate::harness::settle(h);
        let Some((name, rect)) = focused(h) else {
            problems.push(format!(
                "{label} {page:?}: Tab {i} left focus on the bare window (after {seen:?})"
            ));
            break;
        };
        // A text taller than the window below the header is shown from its start.
        let room = window.height() - header_height(h) - 24.0;
        let visible = if rect.height() <= room {
            window.expand(0.5).contains_rect(rect)
        } else {
            window.expand(0.5).contains(rect.min)
        };
        if !visible {
            problems.push(format!(
                "{label} {page:?}: Tab {i} focused {name:?} at {rect:?}, outside {window:?}"
            ));
        }
        if seen.first() == Some(&name) && i > 0 {
            break;
        }
        seen.push(name);
    }
    problems
}

// One test per window size, so the two run side by side (each walks every page at 100 %
// and 250 % text in both themes).
#[test]
fn every_tab_lands_on_screen_in_the_default_window() {
    every_tab_lands_on_screen_in(egui::vec2(DEFAULT_SIZE[0], DEFAULT_SIZE[1]));
}

#[test]
fn every_tab_lands_on_screen_in_a_small_window() {
    every_tab_lands_on_screen_in(egui::vec2(800.0, 600.0));
}

fn every_tab_lands_on_screen_in(size: egui::Vec2) {
    let mut problems = Vec::new();
    for scale in [1.0_f32, 2.5] {
        for theme in [Theme::Normal, Theme::HighContrast] {
            let dir = tempfile::tempdir().unwrap();
            let mut h = window(size, scale, theme, dir.path());
            let label = format!("{}x{} {}% {theme:?}", size.x, size.y, scale * 100.0);
            for page in PAGES {
                problems.extend(walk(&mut h, *page, &label));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
