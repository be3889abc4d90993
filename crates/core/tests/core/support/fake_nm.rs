//! A stand-in NetworkManager served with zbus on a private bus: the few objects, methods
//! and properties the app uses (GetDevices; a device's DeviceType; a Wi-Fi device's
//! RequestScan, LastScan and ActiveAccessPoint; an access point's HwAddress). A scan it is
//! asked for ends 300 ms later, as a real one ends a few seconds later. Joining a network
//! (AddAndActivateConnection2 and the rest) is served by `fake_nm_join`'s stand-in.
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
    /// Joining networks (see `fake_nm_join`); none for the scan tests.
    join: Option<super::fake_nm_join::Join>,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager")]
impl FakeNm {
    fn get_devices(&self) -> Vec<OwnedObjectPath> {
        self.devices
            .iter()
            .map(|p| OwnedObjectPath::try_from(*p).unwrap())
            .collect()
    }

    fn add_and_activate_connection2(
        &self,
        connection: super::fake_nm_join::Settings,
        device: OwnedObjectPath,
        _specific_object: OwnedObjectPath,
        options: HashMap<String, OwnedValue>,
    ) -> zbus::fdo::Result<(
        OwnedObjectPath,
        OwnedObjectPath,
        HashMap<String, OwnedValue>,
    )> {
        let join = self
            .join
            .as_ref()
            .ok_or_else(|| zbus::fdo::Error::Failed("this stand-in does not join".into()))?;
        if join.old {
            // As a NetworkManager older than 1.16 answers.
            return Err(zbus::fdo::Error::UnknownMethod(
                "no AddAndActivateConnection2".into(),
            ));
        }
        let (settings, active) = join
            .add(&connection, device.as_str(), &options)
            .map_err(|e| zbus::fdo::Error::Failed(format!("{e:?}")))?;
        Ok((settings, active, HashMap::new()))
    }

    fn add_and_activate_connection(
        &self,
        connection: super::fake_nm_join::Settings,
        device: OwnedObjectPath,
        _specific_object: OwnedObjectPath,
    ) -> Result<(OwnedObjectPath, OwnedObjectPath), NmError> {
        let join = self.join.as_ref().ok_or_else(not_here)?;
        join.add(&connection, device.as_str(), &HashMap::new())
    }

    fn activate_connection(
        &self,
        connection: OwnedObjectPath,
        _device: OwnedObjectPath,
        _specific_object: OwnedObjectPath,
    ) -> Result<OwnedObjectPath, NmError> {
        let join = self.join.as_ref().ok_or_else(not_here)?;
        join.activate(connection.as_str())
    }

    fn deactivate_connection(&self, active: OwnedObjectPath) -> Result<(), NmError> {
        let join = self.join.as_ref().ok_or_else(not_here)?;
        join.deactivate(active.as_str());
        Ok(())
    }
}

fn not_here() -> NmError {
    NmError::NotAllowed("this stand-in does not join networks".into())
}

struct FakeDevice {
    kind: u32,
    /// The device's active connection, when the stand-in joins networks.
    active: Option<Arc<Mutex<super::fake_nm_join::Log>>>,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager.Device")]
impl FakeDevice {
    #[zbus(property)]
    fn device_type(&self) -> u32 {
        self.kind
    }

    #[zbus(property)]
    fn active_connection(&self) -> OwnedObjectPath {
        let path = match &self.active {
            Some(log) => log.lock().unwrap().device_active.clone(),
            None => "/".to_owned(),
        };
        OwnedObjectPath::try_from(path).unwrap()
    }
}

/// NetworkManager's errors, named as it names them.
#[derive(Debug, zbus::DBusError)]
#[zbus(prefix = "org.freedesktop.NetworkManager")]
pub(super) enum NmError {
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

/// The parts `fake_nm_join` builds its stand-in from.
pub(super) fn parts(
    devices: Vec<&'static str>,
    join: super::fake_nm_join::Join,
) -> (
    impl zbus::object_server::Interface,
    impl zbus::object_server::Interface,
) {
    let log = join.log.clone();
    (
        FakeNm {
            devices,
            join: Some(join),
        },
        FakeDevice {
            kind: nm::DEVICE_TYPE_WIFI,
            active: Some(log),
        },
    )
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
        .serve_at(
            nm::PATH,
            FakeNm {
                devices,
                join: None,
            },
        )
        .unwrap()
        .serve_at(
            WIRED,
            FakeDevice {
                kind: 1,
                active: None,
            },
        )
        .unwrap()
        .serve_at(
            WIFI,
            FakeDevice {
                kind: nm::DEVICE_TYPE_WIFI,
                active: None,
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
