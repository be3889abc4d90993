//! The PIN and the two-minute window: the way chosen, the PIN typed and its verdict
//! (recorded for the summary without the PIN), copying it, and the timer.

use std::time::{Instant, SystemTime};

use wps_pin_core::guide::howto::{self, Mark};
use wps_pin_core::journey::{PinCheckRecord, TimerEnd};
use wps_pin_core::worker::Command;
use wps_pin_core::wps::{self, WpsWindow};

use crate::effect::{Effect, Focus};
use crate::msg::Msg;
use crate::pin::{Method, WindowState};
use crate::state::AppState;

/// Takes the PIN page's messages.
pub fn update(s: &mut AppState, msg: Msg, fx: &mut Vec<Effect>) {
    match msg {
        Msg::ChooseMethod(method) => {
            if s.pin.method == Some(method) {
                return;
            }
            if s.pin.running() {
                s.pin.window = WindowState::Idle;
                s.journey
                    .activity
                    .end_timer(SystemTime::now(), TimerEnd::Replaced);
            }
            s.pin.method = Some(method);
            s.pin.new_attempt();
            // A way that starts with the PIN puts the caret in its field, so the PIN
            // typed next lands there.
            if pin_first(s, method) {
                fx.push(Effect::Focus(Focus::PinField));
            }
        }
        Msg::SetPin(pin) => {
            s.journey.pin = pin;
            s.pin.checked = false;
            s.pin.copied = false;
            s.pin.new_attempt();
            pin_changed(s);
        }
        Msg::CheckPin => {
            s.pin.checked = true;
            record_verdict(s);
        }
        Msg::CopyPin => {
            if let Some(pin) = wps::check_pin(&s.journey.pin).pin() {
                fx.push(Effect::Copy(pin.to_owned()));
                s.pin.copied = true;
            }
        }
        Msg::ClearPin => {
            s.journey.pin.clear();
            s.pin.checked = false;
            s.pin.copied = false;
            pin_changed(s);
            fx.push(Effect::Focus(Focus::PinField));
        }
        Msg::StartTimer => {
            let direction = s.pin.method.unwrap_or(Method::PrinterShowsPin).direction();
            s.pin.window =
                WindowState::Running(WpsWindow::start(Instant::now(), s.config.wps_window));
            s.journey.activity.start_timer(direction, SystemTime::now());
            fx.push(Effect::Send(Command::WpsStarted));
        }
        Msg::StopTimer if s.pin.running() => {
            s.pin.window = WindowState::Idle;
            s.journey
                .activity
                .end_timer(SystemTime::now(), TimerEnd::Stopped);
        }
        Msg::Tick(now) => {
            if let WindowState::Running(w) = s.pin.window
                && w.is_over(now)
            {
                s.pin.window = WindowState::Ended;
                s.journey
                    .activity
                    .end_timer(SystemTime::now(), TimerEnd::TimeUp);
            }
        }
        // Routed to another part (see `update`).
        _ => {}
    }
}

/// Whether the way's first step is typing the PIN.
pub fn pin_first(s: &AppState, method: Method) -> bool {
    howto::steps(method.direction(), s.journey.panel)
        .first()
        .is_some_and(|step| step.mark == Some(Mark::CheckPin))
}

fn pin_changed(s: &mut AppState) {
    // Only a PIN of a legal length can go into the summary.
    if s.journey.pin_for_summary().is_none() {
        s.trouble.include_pin = false;
    }
    record_verdict(s);
}

/// A verdict the person saw (not one still being typed) goes into the summary, once
/// per PIN, without the PIN.
fn record_verdict(s: &mut AppState) {
    let check = wps::check_pin(&s.journey.pin);
    if s.pin.typing(&check) || s.pin.recorded.as_deref() == Some(check.digits.as_str()) {
        return;
    }
    if let Some(record) = PinCheckRecord::of(&check, SystemTime::now()) {
        s.pin.recorded = Some(check.digits.clone());
        s.journey.activity.pin_checks.push(record);
    }
}
