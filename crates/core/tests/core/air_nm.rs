//! Asking NetworkManager for a fresh scan, against a stand-in NetworkManager served with
//! zbus on a private bus (a real `dbus-daemon` routes the messages, as on a desktop):
//! the scan is asked of the Wi-Fi device only, with no options; its end is seen in
//! `LastScan`; refusals and a missing NetworkManager each become a plain value.

use std::time::{Duration, Instant};

use wps_pin_core::air::radio::nm;
use wps_pin_core::air::reading::ScanRequest;
use zbus::blocking::connection::Builder;

use crate::support::dbus::PrivateBus;
use crate::support::fake_nm::{Answer, WIFI, WIRED, stand_in};

#[test]
fn the_wifi_device_is_asked_to_scan_and_its_end_is_seen() {
    let bus = PrivateBus::start();
    let nm_ = stand_in(&bus, Answer::Scan, vec![WIRED, WIFI]);
    let started = Instant::now();
    let out = nm::request_scan_on(&nm_.client, Duration::from_secs(5));
    assert_eq!(out.scan, ScanRequest::Finished);
    assert!(started.elapsed() < Duration::from_secs(4));
    assert_eq!(out.active, [[0x02, 0x00, 0x5e, 0x00, 0x00, 0x01]]);
    // Once, on the Wi-Fi device only, with an empty a{sv}.
    assert_eq!(*nm_.calls.lock().unwrap(), [(WIFI.to_owned(), 0)]);
    // Without waiting, it is only asked.
    let out = nm::request_scan_on(&nm_.client, Duration::ZERO);
    assert_eq!(out.scan, ScanRequest::Requested);
}

#[test]
fn refusals_become_plain_values() {
    let bus = PrivateBus::start();
    let busy = stand_in(&bus, Answer::NotAllowed, vec![WIFI]);
    let out = nm::request_scan_on(&busy.client, Duration::from_secs(1));
    assert_eq!(out.scan, ScanRequest::Refused);
    assert_eq!(
        out.active.len(),
        1,
        "the connected access point is still known"
    );
    drop(busy);
    let bus = PrivateBus::start();
    let denied = stand_in(&bus, Answer::PermissionDenied, vec![WIFI]);
    let out = nm::request_scan_on(&denied.client, Duration::from_secs(1));
    assert_eq!(out.scan, ScanRequest::NotPermitted);
}

#[test]
fn no_wifi_device_and_no_networkmanager() {
    let bus = PrivateBus::start();
    let wired_only = stand_in(&bus, Answer::Scan, vec![WIRED]);
    let out = nm::request_scan_on(&wired_only.client, Duration::from_secs(1));
    assert_eq!((out.scan, out.active.len()), (ScanRequest::NoWifiDevice, 0));
    assert!(wired_only.calls.lock().unwrap().is_empty());
    // A bus where nobody owns NetworkManager's name.
    let empty = PrivateBus::start();
    let client = Builder::address(empty.address.as_str())
        .unwrap()
        .build()
        .unwrap();
    let started = Instant::now();
    let out = nm::request_scan_on(&client, Duration::from_secs(1));
    assert_eq!(out.scan, ScanRequest::NoNetworkManager);
    assert!(started.elapsed() < Duration::from_secs(3));
}
