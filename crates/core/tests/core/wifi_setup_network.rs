//! Joining the printer's setup network with NetworkManager, against the stand-in on a
//! private bus: a temporary connection that is never saved (volatile, bound to the app),
//! the printer reached at the network's gateway, and this computer back on its previous
//! network afterwards — also when joining fails.

use std::time::Duration;

use wps_pin_core::air::setup_network::nm::NetworkManager;
use wps_pin_core::air::setup_network::{NotYet, Returned, SetupError, SetupNetworks, while_on};
use wps_pin_core::net::address::Target;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::wifi::{PrinterWifi, Protocol, Ssid};

use crate::support::dbus::PrivateBus;
use crate::support::fake_nm::WIFI;
use crate::support::fake_nm_join::{
    HOME_SETTINGS, SETUP_ACTIVE, SETUP_SETTINGS, stand_in_for_join,
};
use crate::support::wifi_ledm::{LedmOptions, ledm_printer};
use crate::wifi_ledm::{fast, open};

const WAIT: Duration = Duration::from_secs(5);

fn setup_ssid() -> Ssid {
    Ssid::from_text("HP-Setup>5a-M28 LaserJet").unwrap()
}

#[test]
fn the_printer_is_reached_on_its_setup_network_and_this_computer_returns() {
    let bus = PrivateBus::start();
    let nm = stand_in_for_join(&bus, false, false, "127.0.0.1");
    let (printer, _) = ledm_printer(LedmOptions::default(), false);
    let mut manager = NetworkManager::on(nm.client.clone());
    let (status, back) = while_on(&mut manager, &setup_ssid(), None, WAIT, |on| {
        assert!(on.had_previous);
        // The printer is the setup network's gateway (here the loopback).
        let at = format!("http://{}:{}", on.printer_address(), printer.addr.port());
        let target = Target::parse(&at).unwrap();
        fast().status(&open(&target), &mut Certificates::in_memory())
    })
    .unwrap();
    assert_eq!(status.protocol, Some(Protocol::Ledm));
    assert_eq!(back, Ok(Returned::ToPrevious));
    let log = nm.log.lock().unwrap();
    let added = &log.added[0];
    assert_eq!(added.ssid, b"HP-Setup>5a-M28 LaserJet");
    assert_eq!(added.persist.as_deref(), Some("volatile"), "never saved");
    assert_eq!(
        added.bind.as_deref(),
        Some("dbus-client"),
        "goes down if the app dies"
    );
    assert_eq!(added.autoconnect, Some(false));
    assert!(!added.secured, "an open setup network");
    assert_eq!(added.device, WIFI);
    assert_eq!(log.deactivated, [SETUP_ACTIVE]);
    assert_eq!(log.activated, [HOME_SETTINGS]);
    assert!(
        log.deleted.is_empty(),
        "a volatile connection deletes itself"
    );
}

#[test]
fn an_old_networkmanager_gets_the_connection_deleted_afterwards() {
    let bus = PrivateBus::start();
    let nm = stand_in_for_join(&bus, true, false, "127.0.0.1");
    let mut manager = NetworkManager::on(nm.client.clone());
    let on = manager.join(&setup_ssid(), None, WAIT).unwrap();
    assert_eq!(
        on.gateway.map(|g| g.to_string()).as_deref(),
        Some("127.0.0.1")
    );
    assert_eq!(manager.leave(on, WAIT), Ok(Returned::ToPrevious));
    let log = nm.log.lock().unwrap();
    assert_eq!(log.added[0].persist, None);
    assert_eq!(log.deleted, [SETUP_SETTINGS]);
}

#[test]
fn a_join_that_fails_still_returns_this_computer_to_its_network() {
    let bus = PrivateBus::start();
    let nm = stand_in_for_join(&bus, false, true, "127.0.0.1");
    let mut manager = NetworkManager::on(nm.client.clone());
    assert_eq!(
        manager.join(&setup_ssid(), None, WAIT).err(),
        Some(SetupError::Failed)
    );
    assert_eq!(nm.log.lock().unwrap().activated, [HOME_SETTINGS]);
    // Elsewhere the interface is the same and says it is not there yet.
    assert_eq!(
        NotYet.join(&setup_ssid(), None, WAIT).err(),
        Some(SetupError::NotOnThisSystem)
    );
}
