//! Every page is reachable with the keyboard alone, and the header works.

use crate::harness::{activate, app, focused_label, tab_to};
use eframe::egui::{Key, Modifiers, accesskit::Role};
use egui_kittest::kittest::{NodeT, Queryable};
use wps_pin_window::flow::Page;

/// (card on the home page, page it opens, a text only that page shows)
const JOURNEY: &[(&str, Page, &str)] = &[
    (
        "Find my printer",
        Page::FindPrinter,
        "My printer isn't listed",
    ),
    (
        "Choose my model",
        Page::ChooseModel,
        "Choose my kind of control panel",
    ),
    (
        "Where is the PIN?",
        Page::WherePin,
        "Which kind of control panel does your printer have?",
    ),
    (
        "Enter a PIN",
        Page::EnterPin,
        "1. Which device has the PIN?",
    ),
    (
        "It doesn't work",
        Page::Troubleshoot,
        "Try these checks in order. Tick each one you have tried.",
    ),
    (
        "Settings",
        Page::Settings,
        "Changes apply at once and are remembered on this computer.",
    ),
];

#[test]
fn home_asks_one_question() {
    let dir = tempfile::tempdir().unwrap();
    let h = app(dir.path());
    h.get_by_label("Let's connect your printer to Wi-Fi");
    for (card, _, _) in JOURNEY {
        // The Settings card and the header's Settings button share a name.
        assert!(
            !h.query_all_by_role_and_label(Role::Button, card)
                .collect::<Vec<_>>()
                .is_empty()
        );
    }
}

#[test]
fn every_page_is_reachable_by_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    for (card, page, marker) in JOURNEY {
        // From home, Tab to the card and press Enter.
        let mut steps = 0;
        loop {
            h.key_press(Key::Tab);
            crate::harness::settle(&mut h);
            steps += 1;
            let on_card = focused_label(&h).as_deref() == Some(*card)
                && h.query_by(|n| n.is_focused())
                    .is_some_and(|n| n.rect().min.y > 100.0);
            if on_card {
                break;
            }
            assert!(steps < 40, "could not Tab to the {card} card");
        }
        h.key_press(Key::Enter);
        crate::harness::settle(&mut h);
        assert_eq!(h.state().state.nav.current(), *page, "Enter on {card}");
        h.get_by_label(marker);
        // Keyboard users land on the page's content, not back in the header.
        assert!(
            focused_label(&h).is_some(),
            "focus is kept on {card}'s page"
        );
        // Escape goes back home.
        h.key_press(Key::Escape);
        crate::harness::settle(&mut h);
        assert_eq!(
            h.state().state.nav.current(),
            Page::Home,
            "Escape from {card}"
        );
    }
}

#[test]
fn header_back_and_home_work_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Where is the PIN?");
    activate(&mut h, "A touchscreen");
    for _ in 0..3 {
        activate(&mut h, "Next");
    }
    activate(&mut h, "Enter the PIN");
    assert_eq!(h.state().state.nav.current(), Page::EnterPin);
    activate(&mut h, "Back");
    assert_eq!(h.state().state.nav.current(), Page::WherePin);
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    crate::harness::settle(&mut h);
    assert_eq!(h.state().state.nav.current(), Page::Home);
    activate(&mut h, "It doesn't work");
    activate(&mut h, "Home");
    assert_eq!(h.state().state.nav.current(), Page::Home);
    // On the home page there is nowhere to go back to.
    let back = h.get_by_role_and_label(Role::Button, "Back");
    assert!(back.accesskit_node().is_disabled());
}

#[test]
fn about_shows_the_version_and_the_notices() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "Settings");
    activate(&mut h, "About this app");
    h.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    activate(&mut h, "Show the third-party notices");
    h.get_by_label("Third-party notices for WPS PIN Helper");
    activate(&mut h, "Hide the third-party notices");
    assert!(
        h.query_by_label("Third-party notices for WPS PIN Helper")
            .is_none()
    );
}

#[test]
fn troubleshooting_ticks_are_named_per_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    activate(&mut h, "It doesn't work");
    tab_to(&mut h, "I tried this: Only one device in WPS mode");
    h.key_press(Key::Space);
    crate::harness::settle(&mut h);
    assert!(
        h.state().state.trouble.tried[0].is_some(),
        "ticked, with the time"
    );
}

#[test]
fn the_third_party_notices_use_the_page() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::harness::app_in(dir.path(), eframe::egui::vec2(960.0, 760.0));
    crate::harness::settle(&mut h);
    crate::harness::activate(&mut h, "Settings");
    crate::harness::activate(&mut h, "About this app");
    crate::harness::activate(&mut h, "Show the third-party notices");
    let notices: std::collections::BTreeSet<&str> =
        wps_pin_window::pages::about::THIRD_PARTY_NOTICES
            .lines()
            .filter(|l| l.len() > 3)
            .collect();
    let shown = h
        .query_all_by(|n| n.value().is_some_and(|v| notices.contains(v.as_str())))
        .count();
    assert!(shown >= 15, "only {shown} lines of the notices are shown");
}

/// The header is one row in every language at 250 % text in the default window: Back,
/// Home and Settings side by side (with less room around long words), and New customer
/// and the page's name only when they fit on that row — never a second row that takes
/// the page's room.
#[test]
fn the_header_is_one_row_in_every_language_at_250_percent() {
    use eframe::egui;
    use wps_pin_core::i18n;
    use wps_pin_core::settings::{Settings, SettingsStore};
    use wps_pin_window::DEFAULT_SIZE;
    let mut problems = Vec::new();
    for (tag, _) in i18n::available() {
        let dir = tempfile::tempdir().unwrap();
        SettingsStore::at(dir.path())
            .save(&Settings {
                text_scale: 2.5,
                language: Some((*tag).into()),
                ..Settings::default()
            })
            .unwrap();
        let size = egui::vec2(DEFAULT_SIZE[0], DEFAULT_SIZE[1]);
        let mut h = crate::harness::app_in(dir.path(), size);
        {
            // A journey under way: New customer has something to clear.
            let st = &mut h.state_mut().state;
            st.nav.go(Page::EnterPin);
            st.journey.pin = "1234 5670".into();
        }
        crate::harness::settle(&mut h);
        let l = h.state().localizer();
        let top = |h: &egui_kittest::Harness<'_, wps_pin_window::WpsApp>, id: &str| {
            h.query_by_label(&l.t(id)).map(|n| n.rect().min.y)
        };
        let row = top(&h, "nav-back").expect("Back is drawn");
        for id in ["nav-home", "nav-settings", "nav-new-customer"] {
            match top(&h, id) {
                Some(y) if (y - row).abs() > 1.0 => {
                    problems.push(format!("{tag}: {id} is on another row"));
                }
                None if id != "nav-new-customer" => problems.push(format!("{tag}: no {id}")),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
