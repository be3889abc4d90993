//! Choosing a printer (found, typed, checked on its ports), its model and panel, and
//! seeing it join.

use wps_pin_core::catalog::{PanelKind, catalog};
use wps_pin_core::guide::GuideId;
use wps_pin_core::journey::TimerEnd;
use wps_pin_core::net::address::Host;
use wps_pin_core::net::discovery::demo::printers;
use wps_pin_core::worker::{Command, Event};
use wps_pin_flow::pin::{Method, WindowState};
use wps_pin_flow::{Effect, Msg, Page};

use super::{commands, demo, send, state};

#[test]
fn a_found_printer_that_names_its_model_chooses_that_model() {
    let mut s = demo();
    let found = printers()[1].clone(); // the LaserJet M428fdw
    let fx = send(
        &mut s,
        [Msg::Go(Page::FindPrinter), Msg::UseFoundPrinter(found)],
    );
    assert_eq!(s.nav.current(), Page::ChooseModel);
    let family = s.journey.family.expect("a family");
    assert!(
        family.id.contains("m428") || family.id.contains("m429"),
        "{}",
        family.id
    );
    assert_eq!(s.model.query, "HP LaserJet Pro MFP M428fdw");
    assert_eq!(s.journey.target().unwrap().host.to_string(), "192.0.2.41");
    // The model page does not show the printer: it is watched only where it is shown.
    assert!(
        !commands(&fx)
            .iter()
            .any(|c| matches!(c, Command::WatchPrinter(_)))
    );
    let fx = send(&mut s, [Msg::Go(Page::EnterPin)]);
    assert!(commands(&fx).contains(&&Command::WatchPrinter(s.journey.target().unwrap().clone())));
    let fx = send(&mut s, [Msg::Home]);
    assert!(commands(&fx).contains(&&Command::StopWatching));
}

#[test]
fn see_its_status_chooses_the_printer_and_opens_its_page() {
    let mut s = demo();
    send(&mut s, [Msg::SeeFoundPrinter(printers()[0].clone())]);
    assert_eq!(s.nav.current(), Page::Printer);
    // Its model goes on to the guides.
    assert!(s.journey.model_name().is_some_and(|m| m.contains("9010")));
    assert!(s.journey.printer.as_ref().unwrap().simulated);
    let fx = send(&mut s, [Msg::OpenPrinterPage]);
    assert_eq!(fx, vec![Effect::OpenUrl("http://192.0.2.23/".into())]);
}

#[test]
fn a_typed_address_is_checked_before_it_is_used() {
    let mut s = state();
    send(
        &mut s,
        [
            Msg::Go(Page::Printer),
            Msg::TypePrinterAddress("not an address!".into()),
            Msg::UseTypedPrinter,
        ],
    );
    assert!(s.printer_page.address_error.is_some());
    assert!(s.journey.printer.is_none());
    let fx = send(
        &mut s,
        [
            Msg::TypePrinterAddress("127.0.0.1".into()),
            Msg::UseTypedPrinter,
        ],
    );
    assert!(s.printer_page.address_error.is_none());
    assert!(
        commands(&fx)
            .iter()
            .any(|c| matches!(c, Command::WatchPrinter(_)))
    );
    send(&mut s, [Msg::ForgetPrinter]);
    assert!(s.journey.printer.is_none());
}

#[test]
fn an_address_that_answers_on_the_printer_ports_can_be_used() {
    let mut s = state();
    send(
        &mut s,
        [
            Msg::Go(Page::FindPrinter),
            Msg::TypeScanAddress("   ".into()),
            Msg::CheckScanAddress,
        ],
    );
    assert!(!s.find.checking, "nothing typed, nothing asked");
    let fx = send(
        &mut s,
        [
            Msg::TypeScanAddress("127.0.0.1".into()),
            Msg::CheckScanAddress,
        ],
    );
    assert!(s.find.checking);
    let host = match commands(&fx).as_slice() {
        [Command::CheckAddress(h)] => h.clone(),
        other => panic!("{other:?}"),
    };
    let ip = "127.0.0.1".parse().unwrap();
    send(
        &mut s,
        [Msg::Worker(Event::AddressChecked {
            host,
            result: Ok((ip, vec![631])),
        })],
    );
    assert!(!s.find.checking && s.find.checked.is_some());
    send(&mut s, [Msg::UseAnsweringAddress(Host::Ip(ip), ip)]);
    assert_eq!(s.nav.current(), Page::Printer);
    assert_eq!(s.journey.target().unwrap().host.to_string(), "127.0.0.1");
}

#[test]
fn a_panel_answer_is_remembered_saved_and_opens_its_guide() {
    let mut s = state();
    let family = catalog().get("officejet_pro_9010_series").unwrap();
    let fx = send(
        &mut s,
        [
            Msg::Go(Page::ChooseModel),
            Msg::ChooseFamily(Some(family)),
            Msg::AnswerPanel {
                family,
                kind: PanelKind::Touchscreen,
            },
        ],
    );
    assert_eq!(s.nav.current(), Page::WherePin);
    assert_eq!(s.journey.guide, Some(GuideId::Touchscreen));
    assert!(
        commands(&fx)
            .iter()
            .any(|c| matches!(c, Command::SavePanelAnswers(a) if a.len() == 1))
    );
    // The same model chosen again knows its panel.
    send(
        &mut s,
        [
            Msg::ChooseFamily(None),
            Msg::OpenGuide(GuideId::Label),
            Msg::ChooseFamily(Some(family)),
        ],
    );
    assert_eq!(s.journey.guide, Some(GuideId::Touchscreen));
    assert_eq!(s.journey.panel, Some(PanelKind::Touchscreen));
    let fx = send(
        &mut s,
        [Msg::GuideStep {
            guide: GuideId::Touchscreen,
            step: 2,
        }],
    );
    assert_eq!(s.remembered.progress.get("touchscreen"), Some(&2));
    assert!(
        commands(&fx)
            .iter()
            .any(|c| matches!(c, Command::SaveGuideProgress(_)))
    );
}

#[test]
fn the_printer_joining_ends_the_timer_and_is_announced_until_dismissed() {
    let mut s = demo();
    let target = printers()[0].target().unwrap();
    send(
        &mut s,
        [
            Msg::ChoosePrinter(target.clone()),
            Msg::Go(Page::EnterPin),
            Msg::ChooseMethod(Method::PushButton),
            Msg::StartTimer,
        ],
    );
    assert!(s.pin.running());
    let on_cable = wps_pin_core::demo::report(&target, false);
    send(
        &mut s,
        [Msg::Worker(Event::PrinterStatus(Box::new(on_cable)))],
    );
    assert!(s.journey.printer.as_ref().unwrap().joined.is_none());
    let on_wifi = wps_pin_core::demo::report(&target, true);
    let fx = send(
        &mut s,
        [Msg::Worker(Event::PrinterStatus(Box::new(on_wifi)))],
    );
    let printer = s.journey.printer.as_ref().unwrap();
    assert!(printer.joined.is_some());
    assert_eq!(s.pin.window, WindowState::Idle);
    let run = s.journey.activity.timer_runs.last().unwrap();
    assert_eq!(run.ended.map(|(_, how)| how), Some(TimerEnd::Joined));
    // The air is now understood with the printer's network.
    assert!(commands(&fx).iter().any(
        |c| matches!(c, Command::WatchAir { context, .. } if context.printer_joined.is_some())
    ));
    send(&mut s, [Msg::DismissJoined]);
    assert!(s.journey.printer.as_ref().unwrap().joined.is_none());
    // A late answer for another printer changes nothing.
    let other = printers()[2].target().unwrap();
    send(
        &mut s,
        [Msg::Worker(Event::PrinterStatus(Box::new(
            wps_pin_core::demo::report(&other, false),
        )))],
    );
    assert_eq!(s.journey.target(), Some(&target));
}
