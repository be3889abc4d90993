//! The PIN: the way it goes, its verdict (recorded without the PIN), copying it, and
//! the two-minute window.

use std::time::{Duration, Instant};

use wps_pin_core::journey::{PinVerdict, TimerEnd};
use wps_pin_core::worker::Command;
use wps_pin_flow::pin::{Method, WindowState};
use wps_pin_flow::{Effect, Focus, Msg, Page};

use super::{commands, send, state};

#[test]
fn a_way_that_starts_with_the_pin_puts_the_caret_in_its_field() {
    let mut s = state();
    send(&mut s, [Msg::Go(Page::EnterPin)]);
    let fx = send(&mut s, [Msg::ChooseMethod(Method::RouterHasPin)]);
    assert_eq!(fx.contains(&Effect::Focus(Focus::PinField)), pin_first(&s));
    // Choosing the same way again changes nothing.
    assert!(send(&mut s, [Msg::ChooseMethod(Method::RouterHasPin)]).is_empty());
}

fn pin_first(s: &wps_pin_flow::AppState) -> bool {
    use wps_pin_core::guide::howto::{self, Mark};
    howto::steps(Method::RouterHasPin.direction(), s.journey.panel)
        .first()
        .is_some_and(|step| step.mark == Some(Mark::CheckPin))
}

#[test]
fn a_verdict_is_recorded_once_when_seen_and_never_while_typing() {
    let mut s = state();
    send(
        &mut s,
        [
            Msg::Go(Page::EnterPin),
            Msg::ChooseMethod(Method::PrinterShowsPin),
        ],
    );
    send(
        &mut s,
        [Msg::SetPin("1234".into()), Msg::SetPin("12345".into())],
    );
    assert!(s.journey.activity.pin_checks.is_empty(), "still typing");
    send(&mut s, [Msg::CheckPin]);
    let verdicts: Vec<_> = s
        .journey
        .activity
        .pin_checks
        .iter()
        .map(|r| r.verdict)
        .collect();
    assert_eq!(verdicts, [PinVerdict::WrongLength]);
    // A full PIN with a wrong check digit, then the right one; each recorded once.
    send(
        &mut s,
        [
            Msg::SetPin("1234 5678".into()),
            Msg::CheckPin,
            Msg::SetPin("1234-5670".into()),
        ],
    );
    let verdicts: Vec<_> = s
        .journey
        .activity
        .pin_checks
        .iter()
        .map(|r| r.verdict)
        .collect();
    assert_eq!(
        verdicts,
        [
            PinVerdict::WrongLength,
            PinVerdict::WrongCheckDigit,
            PinVerdict::Valid8
        ]
    );
    assert!(
        s.journey.activity.pin_checks[2].well_known,
        "1234-5670 is a published default"
    );
    // The PIN typed stays exactly as typed; copying gives the digits.
    assert_eq!(s.journey.pin, "1234-5670");
    let fx = send(&mut s, [Msg::CopyPin]);
    assert_eq!(fx, vec![Effect::Copy("12345670".into())]);
    assert!(s.pin.copied);
    let fx = send(&mut s, [Msg::ClearPin]);
    assert!(s.journey.pin.is_empty() && !s.pin.copied);
    assert_eq!(fx, vec![Effect::Focus(Focus::PinField)]);
    // Nothing to copy: no effect.
    assert!(send(&mut s, [Msg::CopyPin]).is_empty());
}

#[test]
fn the_pin_goes_into_the_summary_only_when_asked_and_only_a_whole_one() {
    let mut s = state();
    send(&mut s, [Msg::IncludePin(true)]);
    assert!(!s.trouble.include_pin, "no PIN, nothing to include");
    send(
        &mut s,
        [Msg::SetPin("31415926".into()), Msg::IncludePin(true)],
    );
    assert!(s.trouble.include_pin);
    send(&mut s, [Msg::SetPin("314".into())]);
    assert!(!s.trouble.include_pin, "a partial PIN is never included");
}

#[test]
fn the_timer_counts_down_ends_by_itself_and_is_recorded() {
    let mut s = state();
    send(
        &mut s,
        [
            Msg::Go(Page::EnterPin),
            Msg::ChooseMethod(Method::PushButton),
        ],
    );
    let fx = send(&mut s, [Msg::StartTimer]);
    assert_eq!(commands(&fx), vec![&Command::WpsStarted]);
    let WindowState::Running(w) = s.pin.window else {
        panic!("running: {:?}", s.pin.window)
    };
    assert_eq!(w.length(), Duration::from_secs(120));
    send(
        &mut s,
        [Msg::Tick(Instant::now() + Duration::from_secs(60))],
    );
    assert!(s.pin.running(), "a minute in, still running");
    send(
        &mut s,
        [Msg::Tick(Instant::now() + Duration::from_secs(121))],
    );
    assert_eq!(s.pin.window, WindowState::Ended);
    let ends: Vec<_> = s
        .journey
        .activity
        .timer_runs
        .iter()
        .map(|r| r.ended.map(|e| e.1))
        .collect();
    assert_eq!(ends, [Some(TimerEnd::TimeUp)]);
    // "Time is up" belongs to that attempt: a new PIN clears it.
    send(&mut s, [Msg::SetPin("1".into())]);
    assert_eq!(s.pin.window, WindowState::Idle);
    // Stopped, and replaced by another way.
    send(
        &mut s,
        [
            Msg::StartTimer,
            Msg::StopTimer,
            Msg::StartTimer,
            Msg::ChooseMethod(Method::PrinterShowsPin),
        ],
    );
    let ends: Vec<_> = s
        .journey
        .activity
        .timer_runs
        .iter()
        .map(|r| r.ended.map(|e| e.1))
        .collect();
    assert_eq!(
        ends,
        [
            Some(TimerEnd::TimeUp),
            Some(TimerEnd::Stopped),
            Some(TimerEnd::Replaced)
        ]
    );
    assert!(!s.pin.running());
}
