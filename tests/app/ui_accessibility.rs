//! Every page, in both themes and at 100 % and 250 % text: every control a person can act
//! on has a name and a target of at least 44×44 points, nothing spills off a 1024×768
//! window, and every message the page asks for exists.

use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_core::i18n;
use wps_pin_core::settings::{Settings, SettingsStore, Theme};
use wps_pin_window::WpsApp;
use wps_pin_window::flow::Page;
use wps_pin_window::flow::pin::Method;

const PAGES: &[Page] = &Page::ALL;

fn is_actionable(role: Role) -> bool {
    egui::accessibility::is_input(role)
}

fn harness(dir: &std::path::Path, scale: f32, theme: Theme) -> Harness<'static, WpsApp> {
    harness_in(dir, scale, theme, "en-US")
}

fn harness_in(
    dir: &std::path::Path,
    scale: f32,
    theme: Theme,
    language: &str,
) -> Harness<'static, WpsApp> {
    let store = SettingsStore::at(dir);
    store
        .save(&Settings {
            text_scale: scale,
            theme,
            language: Some(language.into()),
            ..Settings::default()
        })
        .unwrap();
    crate::harness::app_in(dir, egui::vec2(1024.0, 768.0))
}

/// Shows `page` with its optional parts open, then checks every actionable node.
fn check_page(
    h: &mut Harness<'static, WpsApp>,
    page: Page,
    scale: f32,
    checked: &mut usize,
) -> Vec<String> {
    let mut problems = Vec::new();
    {
        let st = &mut h.state_mut().state;
        st.nav.home();
        st.nav.go(page);
        st.pin.method = Some(Method::PrinterShowsPin);
        st.journey.pin = "1234 5678".into();
        st.journey.panel = Some(wps_pin_core::catalog::PanelKind::Touchscreen);
        st.journey.guide = Some(wps_pin_core::guide::GuideId::Touchscreen);
        st.show_notices = true;
    }
    crate::harness::settle(h);
    // egui lays out (and names) every widget of the scroll area, visible or not.
    let window_w = 1024.0 / scale;
    {
        for node in h.query_all_by(|n| is_actionable(n.role())) {
            let n = node.accesskit_node();
            let name = n.label().unwrap_or_default();
            let rect = node.rect();
            *checked += 1;
            if name.trim().is_empty() {
                problems.push(format!("{page:?}: a {:?} has no name", n.role()));
            }
            if rect.height() < 43.5 || rect.width() < 43.5 {
                problems.push(format!(
                    "{page:?} at {scale}: {:?} {name:?} is {:.0}×{:.0} points",
                    n.role(),
                    rect.width(),
                    rect.height()
                ));
            }
            if rect.max.x > window_w + 0.5 {
                problems.push(format!(
                    "{page:?} at {scale}: {name:?} reaches x={:.0}, past the window ({window_w:.0})",
                    rect.max.x
                ));
            }
        }
    }
    problems
}

#[test]
fn every_page_is_named_large_and_within_the_window() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for theme in [Theme::Normal, Theme::HighContrast] {
        for scale in [1.0, 2.5] {
            let dir = tempfile::tempdir().unwrap();
            let mut h = harness(dir.path(), scale, theme);
            crate::harness::settle(&mut h);
            for page in PAGES {
                problems.extend(check_page(&mut h, *page, scale, &mut checked));
            }
        }
    }
    // Header (3) + at least one control on each of 10 pages, in 4 variants.
    assert!(
        checked >= 4 * 10 * 4,
        "only {checked} controls were checked"
    );
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        i18n::missing_ids(),
        Vec::<String>::new(),
        "messages missing from en-US"
    );
}

/// Longer words (German) and other scripts (Chinese) must fit as well as English does.
#[test]
fn every_page_fits_in_every_language_at_250_percent() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (tag, _) in i18n::available() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness_in(dir.path(), 2.5, Theme::Normal, tag);
        crate::harness::settle(&mut h);
        assert_eq!(h.state().localizer().tag(), *tag);
        for page in PAGES {
            problems.extend(
                check_page(&mut h, *page, 2.5, &mut checked)
                    .into_iter()
                    .map(|p| format!("{tag}: {p}")),
            );
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
