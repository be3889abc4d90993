//! What runs while which page is open: the search, the printer watch, the air (and demo
//! mode's router following the two-minute window); late answers are dropped.

use std::time::SystemTime;

use wps_pin_core::air::demo::Scenario;
use wps_pin_core::air::networks::{Air, Context};
use wps_pin_core::air::reading::{AirSource, Reading, Source};
use wps_pin_core::net::discovery::Scope;
use wps_pin_core::net::discovery::demo::printers;
use wps_pin_core::worker::{Command, Event};
use wps_pin_flow::pin::Method;
use wps_pin_flow::{Effect, Msg, Page};

use super::{commands, demo, send, state};

fn air() -> Air {
    let reading = Reading::new(Source::Demo, wps_pin_core::air::demo::air(Scenario::Ready));
    Air::assess(&reading, &Context::default())
}

fn air_source(fx: &[Effect]) -> Option<AirSource> {
    commands(fx).into_iter().rev().find_map(|c| match c {
        Command::WatchAir { source, .. } => Some(source.clone()),
        _ => None,
    })
}

#[test]
fn the_search_runs_while_its_page_is_open_and_late_lists_are_dropped() {
    let mut s = state();
    let fx = send(&mut s, [Msg::Go(Page::FindPrinter)]);
    assert!(commands(&fx).contains(&&Command::StartScan {
        scope: Scope::AllInterfaces
    }));
    assert!(s.find.started.is_some());
    send(&mut s, [Msg::Worker(Event::Printers(printers()))]);
    assert_eq!(s.find.printers.len(), 3);
    let fx = send(&mut s, [Msg::Back]);
    assert!(commands(&fx).contains(&&Command::StopScan));
    assert!(commands(&fx).contains(&&Command::StopAirWatch));
    send(&mut s, [Msg::Worker(Event::Printers(Vec::new()))]);
    assert_eq!(
        s.find.printers.len(),
        3,
        "a list after the search stopped is dropped"
    );
    // Opened again: a new search forgets the old list.
    send(&mut s, [Msg::Go(Page::FindPrinter)]);
    assert!(s.find.printers.is_empty());
    send(&mut s, [Msg::Worker(Event::ScanFailed)]);
    assert!(s.find.failed);
}

#[test]
fn demo_air_follows_the_two_minute_window_and_is_forgotten_when_left() {
    let mut s = demo();
    let fx = send(&mut s, [Msg::Go(Page::EnterPin)]);
    // Demo mode never reads this computer's radio.
    assert_eq!(air_source(&fx), Some(AirSource::Demo(Scenario::Ready)));
    send(&mut s, [Msg::Worker(Event::Air(Box::new(air())))]);
    assert!(s.air.is_some());
    let fx = send(
        &mut s,
        [Msg::ChooseMethod(Method::PushButton), Msg::StartTimer],
    );
    assert_eq!(
        air_source(&fx),
        Some(AirSource::Demo(Scenario::PushButtonActive))
    );
    let fx = send(
        &mut s,
        [Msg::ChooseMethod(Method::PrinterShowsPin), Msg::StartTimer],
    );
    assert_eq!(air_source(&fx), Some(AirSource::Demo(Scenario::PinActive)));
    let fx = send(&mut s, [Msg::StopTimer]);
    assert_eq!(air_source(&fx), Some(AirSource::Demo(Scenario::Ready)));
    let fx = send(&mut s, [Msg::Home]);
    assert!(commands(&fx).contains(&&Command::StopAirWatch));
    assert!(
        s.air.is_none(),
        "a reading kept from an earlier visit would be stale"
    );
    send(&mut s, [Msg::Worker(Event::Air(Box::new(air())))]);
    assert!(s.air.is_none(), "a late reading is dropped");
}

#[test]
fn the_checks_read_the_same_air_and_their_results_arrive() {
    let mut s = demo();
    let target = printers()[0].target().unwrap();
    send(
        &mut s,
        [
            Msg::ChoosePrinter(target.clone()),
            Msg::Go(Page::Troubleshoot),
        ],
    );
    let fx = send(&mut s, [Msg::RunChecks]);
    assert!(s.trouble.running);
    assert!(commands(&fx).contains(&&Command::RunChecks {
        target: Some(target.clone()),
        router: None,
        air: AirSource::Demo(Scenario::Ready),
    }));
    let run = wps_pin_core::demo::checks(Some(&target), false);
    send(&mut s, [Msg::Worker(Event::ChecksDone(Box::new(run)))]);
    assert!(!s.trouble.running && s.trouble.run.is_some());
    send(
        &mut s,
        [
            Msg::Tried {
                index: 1,
                ticked: true,
            },
            Msg::Tried {
                index: 99,
                ticked: true,
            },
        ],
    );
    assert!(s.trouble.tried[1].is_some_and(|t| t <= SystemTime::now()));
}

#[test]
fn the_router_page_reads_this_computers_network_when_opened() {
    let mut s = demo();
    let fx = send(&mut s, [Msg::Go(Page::Router)]);
    assert_eq!(commands(&fx), vec![&Command::ReadLocalNetwork]);
    send(
        &mut s,
        [Msg::Worker(Event::LocalNetwork(Some(
            wps_pin_core::demo::local_network(),
        )))],
    );
    let fx = send(&mut s, [Msg::OpenRouterPage]);
    assert_eq!(fx, vec![Effect::OpenUrl("http://192.0.2.1/".into())]);
    // Known already: opened again, not read again, unless asked.
    let fx = send(&mut s, [Msg::Back, Msg::Go(Page::Router)]);
    assert!(commands(&fx).is_empty());
    let fx = send(&mut s, [Msg::RefreshLocalNetwork]);
    assert_eq!(commands(&fx), vec![&Command::ReadLocalNetwork]);
    assert!(s.router.local.is_none());
}
