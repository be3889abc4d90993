use super::*;
use crate::air::printers::PrinterNetwork;
use crate::checks::{CheckId, CheckState};
use crate::net::discovery::demo::all;
use std::sync::mpsc;

fn target_of(model: &str) -> Target {
    all()
        .into_iter()
        .find(|p| p.announced.name.contains(model))
        .and_then(|p| p.announced.target())
        .unwrap()
}

/// The first thing long-running work reports.
fn first<T: Send + 'static>(start: impl FnOnce(Sink<T>) -> std::io::Result<Running>) -> T {
    let (tx, rx) = mpsc::channel();
    let _running = start(Box::new(move |v| {
        let _ = tx.send(v);
    }))
    .unwrap();
    rx.recv_timeout(Duration::from_secs(10)).unwrap()
}

/// The search's list once it holds `n` printers.
fn found(world: &DemoWorld, n: usize) -> Vec<DiscoveredPrinter> {
    let (tx, rx) = mpsc::channel();
    let _search = world
        .discover(
            Scope::LoopbackOnly,
            Box::new(move |l| {
                let _ = tx.send(l);
            }),
        )
        .unwrap();
    loop {
        let list = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        if list.len() == n {
            return list;
        }
    }
}

fn air(world: &DemoWorld, router: Scenario) -> Air {
    first(|sink| world.read_air(AirSource::Demo(router), AirContext::default(), sink))
}

fn state(run: &CheckRun, id: CheckId) -> CheckState {
    run.results.iter().find(|r| r.id == id).unwrap().state
}

#[test]
fn the_printer_in_setup_mode_is_in_the_air_and_on_no_network_until_wps() {
    let world = DemoWorld::new(Duration::ZERO);
    let deskjet = target_of("DeskJet");
    let before = air(&world, Scenario::Ready);
    let setup: Vec<_> = before
        .printers
        .iter()
        .filter(|p| p.kind == PrinterNetwork::Setup)
        .collect();
    assert_eq!(setup.len(), 1);
    let waiting = demo::in_setup_mode().unwrap().announced;
    let model = setup[0].model.as_deref().unwrap();
    assert!(waiting.model.unwrap().contains(model), "{model}");
    assert_eq!(
        before.connected().unwrap().ssid.as_deref(),
        Some(air_demo::HOME)
    );
    // Not heard by the search, silent at its address, its name unknown.
    let two = found(&world, 2);
    assert!(two.iter().all(|p| !p.name.contains("DeskJet")));
    assert!(!first(|sink| world.watch(deskjet.clone(), sink)).answered);
    assert_eq!(world.reach(&deskjet.host).unwrap().1, Vec::<u16>::new());
    let name = Host::parse("HP70B5E80C11F0.local").unwrap();
    assert!(world.reach(&name).is_err());
    let run = world.checks(Some(&deskjet), None, &AirSource::Demo(Scenario::Ready));
    assert_eq!(state(&run, CheckId::PrinterAnswers), CheckState::Failed);
    assert_eq!(state(&run, CheckId::SameWifi), CheckState::NotChecked);

    // WPS with no printer watched: the printer in setup mode joins the home network.
    world.wps_started();
    let after = air(&world, Scenario::Ready);
    assert!(
        after
            .printers
            .iter()
            .all(|p| p.kind != PrinterNetwork::Setup)
    );
    let three = found(&world, 3);
    assert!(three.iter().any(|p| p.name.contains("DeskJet")));
    let status = first(|sink| world.watch(deskjet.clone(), sink));
    let wifi = status.identity.connected_wifi().unwrap();
    assert_eq!(wifi.ssid.as_deref(), Some(air_demo::HOME));
    assert!(
        status
            .identity
            .adapters
            .iter()
            .all(|a| a.kind != crate::net::ews::AdapterKind::Ethernet),
        "no cable socket, no cable"
    );
    assert_eq!(world.reach(&name).unwrap().0, deskjet.host.ip().unwrap());
    let run = world.checks(Some(&deskjet), None, &AirSource::Demo(Scenario::Ready));
    assert_eq!(state(&run, CheckId::WirelessAdapter), CheckState::Passed);
    assert_eq!(state(&run, CheckId::SameWifi), CheckState::Passed);
    let same = run
        .results
        .iter()
        .find(|r| r.id == CheckId::SameWifi)
        .unwrap();
    assert_eq!(
        same.detail.as_ref().map(crate::checks::CheckDetail::as_str),
        Some(air_demo::HOME)
    );
}

#[test]
fn wps_for_the_watched_cable_printer_moves_it_to_wifi_and_nothing_else() {
    let world = DemoWorld::new(Duration::ZERO);
    let officejet = target_of("OfficeJet");
    let (tx, rx) = mpsc::channel();
    let watch = world
        .watch(
            officejet.clone(),
            Box::new(move |r| {
                let _ = tx.send(r);
            }),
        )
        .unwrap();
    let on_cable = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(on_cable.answered && on_cable.identity.connected_wifi().is_none());
    world.wps_started();
    let joined = loop {
        let r = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        if let Some(a) = r.identity.connected_wifi() {
            break a.ssid.clone();
        }
    };
    assert_eq!(joined.as_deref(), Some(air_demo::HOME));
    drop(watch);
    // The DeskJet still waits in setup mode.
    let setup = air(&world, Scenario::Locked).printers;
    assert!(setup.iter().any(|p| p.kind == PrinterNetwork::Setup));
    let deskjet = target_of("DeskJet");
    assert!(!first(|sink| world.watch(deskjet, sink)).answered);
}

#[test]
fn demo_mode_never_reads_the_radio() {
    let world = DemoWorld::new(Duration::ZERO);
    let read = first(|sink| world.read_air(AirSource::Radio, AirContext::default(), sink));
    assert_eq!(read.source, Source::Demo);
    let run = world.checks(None, None, &AirSource::Radio);
    assert_eq!(run.air.unwrap().source, Source::Demo);
    let off = world.checks(None, None, &AirSource::Off);
    assert!(off.air.is_none());
}
