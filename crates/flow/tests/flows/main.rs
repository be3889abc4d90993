//! Every flow of the window as plain Rust: messages in, state and effects out, no
//! frame drawn. (What only a real frame shows is tested with kittest in tests/app.)
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod customer;
mod files;
mod journey;
mod pin;
mod running;
mod wifi;
mod wifi_answers;

use std::time::Duration;

use wps_pin_core::air::reading::AirSource;
use wps_pin_core::settings::Settings;
use wps_pin_core::worker::Command;
use wps_pin_flow::{AppState, Config, Effect, Loaded, Msg, update};

/// A window's state in English, with files suggested in `documents`.
pub fn state_in(documents: &std::path::Path, config: Config) -> AppState {
    AppState::new(
        Config {
            documents: documents.to_owned(),
            home: documents.to_owned(),
            ..config
        },
        Loaded {
            settings: Settings {
                language: Some("en-US".into()),
                ..Settings::default()
            },
            ..Loaded::default()
        },
    )
}

pub fn state() -> AppState {
    state_in(&std::env::temp_dir(), Config::default())
}

/// Demo mode, as the help desk trains with it.
pub fn demo() -> AppState {
    state_in(
        &std::env::temp_dir(),
        Config {
            demo: true,
            wps_window: Duration::from_secs(120),
            ..Config::default()
        },
    )
}

/// Takes the messages in order; all the effects they produced.
pub fn send(s: &mut AppState, msgs: impl IntoIterator<Item = Msg>) -> Vec<Effect> {
    msgs.into_iter().flat_map(|m| update(s, m)).collect()
}

/// The commands among `effects`.
pub fn commands(effects: &[Effect]) -> Vec<&Command> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Send(c) => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn a_new_window_runs_nothing_and_reads_nothing() {
    let mut s = state();
    let fx = update(&mut s, Msg::Tick(std::time::Instant::now()));
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(s.config.air, AirSource::Radio);
}

#[test]
fn changing_the_language_rewords_at_once_and_is_saved() {
    let mut s = state();
    let french = Settings {
        language: Some("fr".into()),
        ..s.settings.clone()
    };
    let fx = update(&mut s, Msg::ChangeSettings(french.clone()));
    assert_eq!(s.l().tag(), "fr");
    assert!(fx.contains(&Effect::Send(Command::SaveSettings(french))));
    assert!(fx.contains(&Effect::ApplySettings));
    // A damaged value is made sane before it is kept.
    let huge = Settings {
        text_scale: 40.0,
        ..s.settings.clone()
    };
    update(&mut s, Msg::ChangeSettings(huge));
    assert!(s.settings.text_scale <= wps_pin_core::settings::MAX_TEXT_SCALE);
}
