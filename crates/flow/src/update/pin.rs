//! The PIN and the two-minute window: the way chosen, the PIN typed and its verdict
//! (recorded for the summary without the PIN), copying it, and the timer.

use std::time::{Instant, SystemTime};

use wps_pin_core::guide::howto::{self, Mark};
use wps_pin_core::journey::{PinCheckRecord, TimerEnd};
use wps_pin_core::worker::Command;
use wps_pin_core::wps::{self, WpsWindow};

use crate::effect::{Effect, Focus};
use crate::join::JoinWatch;
use crate::journey::ChosenPrinter;
use crate::msg::Msg;
use crate::nav::Page;
use crate::pin::{Method, WindowState};
use crate::state::AppState;

/// The last minute of the window is said once, as it starts.
const LAST_MINUTE: std::time::Duration = std::time::Duration::from_secs(60);

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
            s.pin.step = 0;
            s.pin.new_attempt();
            // The way's first step, in view; one that starts with the PIN puts the caret
            // in its field, so the PIN typed next lands there.
            fx.push(Effect::Focus(if pin_first(s, method) {
                Focus::PinField
            } else {
                Focus::PinStep
            }));
        }
        Msg::PinStep(step) => {
            let Some(method) = s.pin.method else {
                return;
            };
            let last = howto::steps(method.direction(), s.journey.panel)
                .len()
                .saturating_sub(1);
            s.pin.step = step.min(last);
            fx.push(Effect::Focus(Focus::PinStep));
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
            s.pin.last_minute_said = false;
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
            if let WindowState::Running(w) = s.pin.window {
                if w.is_over(now) {
                    s.pin.window = WindowState::Ended;
                    s.journey
                        .activity
                        .end_timer(SystemTime::now(), TimerEnd::TimeUp);
                } else if w.remaining(now) <= LAST_MINUTE {
                    s.pin.last_minute_said = true;
                }
            }
        }
        Msg::WatchJoin => match s.journey.target() {
            // Its address is known: its own page watches it.
            Some(_) => s.nav.go(Page::Printer),
            None => {
                if s.join.is_none() {
                    s.join = Some(JoinWatch::start(Instant::now(), &s.find.printers));
                }
            }
        },
        Msg::ChooseJoined(found) => {
            if let Some(target) = found.target() {
                let mut chosen = ChosenPrinter::new(target, s.config.demo);
                chosen.found = Some(found);
                s.journey.printer = Some(chosen);
            }
            s.join = None;
            s.nav.go(Page::Printer);
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
