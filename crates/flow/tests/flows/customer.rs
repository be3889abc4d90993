//! The help desk's day: a new customer clears the last one's journey (asked first while a
//! timer runs) and keeps the settings and what the app remembers; the PIN steps one at a
//! time; "See whether it joined" without an address looks for the printer on the network.

use std::time::{Duration, Instant};

use wps_pin_core::catalog::{PanelKind, catalog};
use wps_pin_core::net::discovery::Scope;
use wps_pin_core::net::discovery::demo::printers;
use wps_pin_core::worker::{Command, Event};
use wps_pin_flow::pin::{Method, WindowState};
use wps_pin_flow::state::Question;
use wps_pin_flow::{Effect, Focus, Msg, Page};

use super::{commands, demo, send, state};

#[test]
fn a_new_customer_starts_from_nothing_but_the_app_remembers_what_it_learned() {
    let mut s = demo();
    let family = catalog().get("officejet_pro_9010_series").unwrap();
    send(
        &mut s,
        [
            Msg::ChoosePrinter(printers()[0].target().unwrap()),
            Msg::ChooseFamily(Some(family)),
            Msg::AnswerPanel {
                family,
                kind: PanelKind::Touchscreen,
            },
            Msg::TypePrinterAddress("192.0.2.23".into()),
            Msg::TypeScanAddress("printer.local".into()),
            Msg::SetPin("1234 5670".into()),
            Msg::TypeCase("Case 7".into()),
            Msg::Tried {
                index: 0,
                ticked: true,
            },
            Msg::Go(Page::EnterPin),
            Msg::ChooseMethod(Method::PushButton),
            Msg::StartTimer,
        ],
    );
    // A timer runs: asked first, and "keep going" changes nothing.
    let fx = send(&mut s, [Msg::NewCustomer]);
    assert_eq!(s.question, Some(Question::NewCustomer));
    assert_eq!(fx, vec![Effect::Focus(Focus::Question)]);
    send(&mut s, [Msg::CancelNewCustomer]);
    assert!(s.question.is_none() && s.pin.running() && s.journey.printer.is_some());
    let fx = send(&mut s, [Msg::NewCustomer, Msg::ConfirmNewCustomer]);
    assert_eq!(s.nav.current(), Page::Home);
    assert!(s.journey.printer.is_none() && s.journey.family.is_none());
    assert!(s.journey.pin.is_empty() && s.journey.activity.pin_checks.is_empty());
    assert!(s.journey.activity.timer_runs.is_empty());
    assert_eq!(s.pin.window, WindowState::Idle);
    assert!(s.printer_page.address.is_empty() && s.find.address.is_empty());
    assert!(s.case.name.is_empty() && s.trouble.tried.iter().all(Option::is_none));
    assert!(commands(&fx).contains(&&Command::StopWatching));
    // What the app learned stays: the panel of that model.
    assert_eq!(s.remembered.answers.len(), 1);
    // Without a timer running, nothing is asked.
    send(&mut s, [Msg::SetPin("1".into()), Msg::NewCustomer]);
    assert!(s.question.is_none() && s.journey.pin.is_empty());
}

#[test]
fn the_pin_steps_come_one_at_a_time_and_each_arrival_is_in_view() {
    let mut s = state();
    send(&mut s, [Msg::Go(Page::EnterPin)]);
    let fx = send(&mut s, [Msg::ChooseMethod(Method::PushButton)]);
    assert_eq!(s.pin.step, 0);
    assert_eq!(fx, vec![Effect::Focus(Focus::PinStep)]);
    let fx = send(&mut s, [Msg::PinStep(1)]);
    assert_eq!((s.pin.step, fx), (1, vec![Effect::Focus(Focus::PinStep)]));
    send(&mut s, [Msg::PinStep(99)]);
    let last = wps_pin_core::guide::howto::steps(Method::PushButton.direction(), None).len() - 1;
    assert_eq!(s.pin.step, last, "never past the last step");
    send(&mut s, [Msg::ChooseMethod(Method::PrinterShowsPin)]);
    assert_eq!(s.pin.step, 0, "another way starts at its first step");
}

#[test]
fn the_last_minute_is_said_once() {
    let mut s = state();
    send(
        &mut s,
        [
            Msg::Go(Page::EnterPin),
            Msg::ChooseMethod(Method::PushButton),
            Msg::StartTimer,
        ],
    );
    send(
        &mut s,
        [Msg::Tick(Instant::now() + Duration::from_secs(30))],
    );
    assert!(!s.pin.last_minute_said);
    send(
        &mut s,
        [Msg::Tick(Instant::now() + Duration::from_secs(61))],
    );
    assert!(s.pin.last_minute_said);
    send(&mut s, [Msg::StartTimer]);
    assert!(!s.pin.last_minute_said, "a new run says it again");
}

#[test]
fn a_printer_without_an_address_is_found_joining_on_the_network() {
    let mut s = demo();
    let deskjet = printers()[2].clone();
    let family = catalog().search(deskjet.model.as_deref().unwrap(), 1)[0].family;
    send(
        &mut s,
        [
            Msg::ChooseFamily(Some(family)),
            Msg::Go(Page::EnterPin),
            Msg::ChooseMethod(Method::PushButton),
            Msg::StartTimer,
        ],
    );
    let fx = send(&mut s, [Msg::WatchJoin]);
    assert!(s.join.is_some());
    assert!(commands(&fx).contains(&&Command::StartScan {
        scope: Scope::AllInterfaces
    }));
    // Another HP printer heard at once was on the network before: not the answer.
    let laserjet = printers()[1].clone();
    send(
        &mut s,
        [Msg::Worker(Event::Printers(vec![laserjet.clone()]))],
    );
    assert!(s.join.as_ref().unwrap().found.is_none());
    // The chosen model appears: that is the answer, and the search stops.
    let fx = send(
        &mut s,
        [Msg::Worker(Event::Printers(vec![
            laserjet,
            deskjet.clone(),
        ]))],
    );
    let found = s.join.as_ref().unwrap().found.clone().unwrap();
    assert!(found.same_model && found.printer.id == deskjet.id);
    assert!(commands(&fx).contains(&&Command::StopScan));
    send(&mut s, [Msg::ChooseJoined(deskjet)]);
    assert_eq!(s.nav.current(), Page::Printer);
    assert_eq!(s.journey.target().unwrap().host.to_string(), "192.0.2.57");
    assert!(s.join.is_none());
    // With an address, the printer's own page watches it.
    send(&mut s, [Msg::Go(Page::EnterPin), Msg::WatchJoin]);
    assert_eq!(s.nav.current(), Page::Printer);
}
