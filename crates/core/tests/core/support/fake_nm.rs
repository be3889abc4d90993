//! A stand-in NetworkManager served with zbus on a private bus: the few objects, methods
//! and properties the app uses (GetDevices; a device's DeviceType; a Wi-Fi device's
//! RequestScan, LastScan and ActiveAccessPoint; an access point's HwAddress). A scan it is
//! asked for ends 300 ms later, as a real one ends a few seconds later.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wps_pin_core::air::radio::nm;
use zbus::blocking::connection::Builder;
use zbus::zvariant::{OwnedObjectPath, OwnedValue};

use super::dbus::PrivateBus;

pub const WIFI: &str = "/org/freedesktop/NetworkManager/Devices/3";
pub const WIRED: &str = "/org/freedesktop/NetworkManager/Devices/2";
pub const AP: &str = "/org/freedesktop/NetworkManager/AccessPoint/7";

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

/// How the stand-in answers RequestScan.
#[derive(Clone, Copy)]
pub enum Answer {
    Scan,
    NotAllowed,
    PermissionDenied,
}

/// Each RequestScan: the options it came with, and on which device.
pub type Calls = Arc<Mutex<Vec<(String, usize)>>>;

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

/// The stand-in, served on a private bus, and a client connection to that bus.
pub struct StandIn {
    _server: zbus::blocking::Connection,
    pub client: zbus::blocking::Connection,
    /// Each RequestScan it was asked.
    pub calls: Calls,
}

/// A NetworkManager with a wired and a Wi-Fi device (those in `devices` are listed), the
/// Wi-Fi one connected through access point 02:00:5e:00:00:01.
pub fn stand_in(bus: &PrivateBus, answer: Answer, devices: Vec<&'static str>) -> StandIn {
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
