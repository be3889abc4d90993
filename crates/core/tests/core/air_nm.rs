//! Asking NetworkManager for a fresh scan, against a stand-in NetworkManager served with
//! zbus on a private bus (a real `dbus-daemon` routes the messages, as on a desktop):
//! the scan is asked of the Wi-Fi device only, with no options; its end is seen in
//! `LastScan`; refusals and a missing NetworkManager each become a plain value.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wps_pin_core::air::radio::nm;
use wps_pin_core::air::reading::ScanRequest;
use zbus::blocking::connection::Builder;
use zbus::zvariant::{OwnedObjectPath, OwnedValue};

use crate::support::dbus::PrivateBus;

const WIFI: &str = "/org/freedesktop/NetworkManager/Devices/3";
const WIRED: &str = "/org/freedesktop/NetworkManager/Devices/2";
const AP: &str = "/org/freedesktop/NetworkManager/AccessPoint/7";

struct FakeNm {
    devices: Vec<&'static str>,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager")]
impl FakeNm {
    fn get_devices(&self) -> Vec<OwnedObjectPath> {
        self.devices
            .iter()
            .map(|p| OwnedObjectPath::try_from(*p).unwrap())
            .collect()
    }
}

struct FakeDevice {
    kind: u32,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager.Device")]
impl FakeDevice {
    #[zbus(property)]
    fn device_type(&self) -> u32 {
        self.kind
    }
}

/// NetworkManager's errors, named as it names them.
#[derive(Debug, zbus::DBusError)]
#[zbus(prefix = "org.freedesktop.NetworkManager")]
enum NmError {
    #[zbus(error)]
    ZBus(zbus::Error),
    #[zbus(name = "Device.NotAllowed")]
    NotAllowed(String),
    PermissionDenied(String),
}

#[derive(Clone, Copy)]
enum Answer {
    Scan,
    NotAllowed,
    PermissionDenied,
}

/// Each RequestScan: the options it came with, and on which device.
type Calls = Arc<Mutex<Vec<(String, usize)>>>;

struct FakeWireless {
    path: &'static str,
    answer: Answer,
    last_scan: Arc<AtomicI64>,
    calls: Calls,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager.Device.Wireless")]
impl FakeWireless {
    fn request_scan(&self, options: HashMap<String, OwnedValue>) -> Result<(), NmError> {
        self.calls
            .lock()
            .unwrap()
            .push((self.path.to_owned(), options.len()));
        match self.answer {
            Answer::NotAllowed => Err(NmError::NotAllowed(
                "Scanning not allowed immediately following previous scan".into(),
            )),
            Answer::PermissionDenied => Err(NmError::PermissionDenied("not authorized".into())),
            Answer::Scan => {
                // The scan ends a moment later, as a real one does.
                let last = self.last_scan.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(300));
                    last.store(123_456, Ordering::SeqCst);
                });
                Ok(())
            }
        }
    }

    #[zbus(property)]
    fn last_scan(&self) -> i64 {
        self.last_scan.load(Ordering::SeqCst)
    }

    #[zbus(property)]
    fn active_access_point(&self) -> OwnedObjectPath {
        OwnedObjectPath::try_from(AP).unwrap()
    }
}

struct FakeAccessPoint;

#[zbus::interface(name = "org.freedesktop.NetworkManager.AccessPoint")]
impl FakeAccessPoint {
    #[zbus(property)]
    fn hw_address(&self) -> String {
        "02:00:5E:00:00:01".into()
    }
}

struct StandIn {
    _server: zbus::blocking::Connection,
    client: zbus::blocking::Connection,
    calls: Calls,
}

fn stand_in(bus: &PrivateBus, answer: Answer, devices: Vec<&'static str>) -> StandIn {
    let calls = Calls::default();
    let server = Builder::address(bus.address.as_str())
        .unwrap()
        .name(nm::SERVICE)
        .unwrap()
        .serve_at(nm::PATH, FakeNm { devices })
        .unwrap()
        .serve_at(WIRED, FakeDevice { kind: 1 })
        .unwrap()
        .serve_at(
            WIFI,
            FakeDevice {
                kind: nm::DEVICE_TYPE_WIFI,
            },
        )
        .unwrap()
        .serve_at(
            WIFI,
            FakeWireless {
                path: WIFI,
                answer,
                last_scan: Arc::new(AtomicI64::new(1000)),
                calls: calls.clone(),
            },
        )
        .unwrap()
        .serve_at(AP, FakeAccessPoint)
        .unwrap()
        .build()
        .unwrap();
    let client = Builder::address(bus.address.as_str())
        .unwrap()
        .build()
        .unwrap();
    StandIn {
        _server: server,
        client,
        calls,
    }
}

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
