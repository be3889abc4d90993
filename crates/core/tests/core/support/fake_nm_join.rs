//! The stand-in NetworkManager of `fake_nm`, joining networks: AddAndActivateConnection2
//! (or, as an old NetworkManager, only AddAndActivateConnection), ActivateConnection,
//! DeactivateConnection; active connections with their State, Connection and Ip4Config;
//! an IP4Config's Gateway; a settings connection's Delete. This computer starts on "home"
//! (activated); a connection it is asked to add activates 100 ms later (or fails). Every
//! call is logged for the test to check.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wps_pin_core::air::radio::nm;
use zbus::blocking::connection::Builder;
use zbus::zvariant::{OwnedObjectPath, OwnedValue};

use super::dbus::PrivateBus;
use super::fake_nm::{NmError, WIFI, parts};

pub const HOME_ACTIVE: &str = "/org/freedesktop/NetworkManager/ActiveConnection/1";
pub const HOME_SETTINGS: &str = "/org/freedesktop/NetworkManager/Settings/1";
pub const SETUP_ACTIVE: &str = "/org/freedesktop/NetworkManager/ActiveConnection/9";
pub const SETUP_SETTINGS: &str = "/org/freedesktop/NetworkManager/Settings/9";
pub const SETUP_IP4: &str = "/org/freedesktop/NetworkManager/IP4Config/9";

pub type Settings = HashMap<String, HashMap<String, OwnedValue>>;

/// One connection the stand-in was asked to add.
#[derive(Debug, Clone)]
pub struct Added {
    pub ssid: Vec<u8>,
    pub autoconnect: Option<bool>,
    pub secured: bool,
    pub persist: Option<String>,
    pub bind: Option<String>,
    pub device: String,
}

#[derive(Debug, Default)]
pub struct Log {
    pub device_active: String,
    pub home_state: u32,
    pub setup_state: u32,
    pub added: Vec<Added>,
    pub activated: Vec<String>,
    pub deactivated: Vec<String>,
    pub deleted: Vec<String>,
}

/// How the stand-in joins.
#[derive(Clone)]
pub struct Join {
    pub log: Arc<Mutex<Log>>,
    /// Older than NetworkManager 1.16: no AddAndActivateConnection2.
    pub old: bool,
    /// The setup connection fails instead of activating.
    pub fails: bool,
    /// The gateway the setup network gives (the printer).
    pub gateway: String,
}

fn text(v: &OwnedValue) -> Option<String> {
    v.downcast_ref::<&str>().ok().map(str::to_owned)
}

impl Join {
    pub(super) fn add(
        &self,
        c: &Settings,
        device: &str,
        options: &HashMap<String, OwnedValue>,
    ) -> Result<(OwnedObjectPath, OwnedObjectPath), NmError> {
        let wireless = c
            .get("802-11-wireless")
            .ok_or_else(|| NmError::NotAllowed("no 802-11-wireless".into()))?;
        let ssid: Vec<u8> = wireless
            .get("ssid")
            .and_then(|v| v.try_clone().ok())
            .and_then(|v| Vec::<u8>::try_from(v).ok())
            .unwrap_or_default();
        let added = Added {
            ssid,
            autoconnect: c["connection"]
                .get("autoconnect")
                .and_then(|v| v.downcast_ref::<bool>().ok()),
            secured: c.contains_key("802-11-wireless-security"),
            persist: options.get("persist").and_then(text),
            bind: options.get("bind-activation").and_then(text),
            device: device.to_owned(),
        };
        let mut log = self.log.lock().unwrap();
        log.added.push(added);
        log.home_state = 4;
        log.setup_state = 1;
        log.device_active = SETUP_ACTIVE.into();
        let (log2, fails) = (self.log.clone(), self.fails);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            log2.lock().unwrap().setup_state = if fails { 4 } else { 2 };
        });
        Ok((
            OwnedObjectPath::try_from(SETUP_SETTINGS).unwrap(),
            OwnedObjectPath::try_from(SETUP_ACTIVE).unwrap(),
        ))
    }

    pub(super) fn activate(&self, connection: &str) -> Result<OwnedObjectPath, NmError> {
        let mut log = self.log.lock().unwrap();
        log.activated.push(connection.to_owned());
        if connection != HOME_SETTINGS {
            return Err(NmError::NotAllowed("unknown connection".into()));
        }
        log.home_state = 2;
        log.device_active = HOME_ACTIVE.into();
        Ok(OwnedObjectPath::try_from(HOME_ACTIVE).unwrap())
    }

    pub(super) fn deactivate(&self, active: &str) {
        let mut log = self.log.lock().unwrap();
        log.deactivated.push(active.to_owned());
        if active == SETUP_ACTIVE {
            log.setup_state = 4;
            log.device_active = "/".into();
        }
    }
}

struct Active {
    log: Arc<Mutex<Log>>,
    setup: bool,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager.Connection.Active")]
impl Active {
    #[zbus(property)]
    fn state(&self) -> u32 {
        let log = self.log.lock().unwrap();
        if self.setup {
            log.setup_state
        } else {
            log.home_state
        }
    }
    #[zbus(property)]
    fn connection(&self) -> OwnedObjectPath {
        OwnedObjectPath::try_from(if self.setup {
            SETUP_SETTINGS
        } else {
            HOME_SETTINGS
        })
        .unwrap()
    }
    #[zbus(property)]
    fn ip4_config(&self) -> OwnedObjectPath {
        OwnedObjectPath::try_from(if self.setup { SETUP_IP4 } else { "/" }).unwrap()
    }
}

struct Ip4 {
    gateway: String,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager.IP4Config")]
impl Ip4 {
    #[zbus(property)]
    fn gateway(&self) -> String {
        self.gateway.clone()
    }
}

struct SettingsConnection {
    log: Arc<Mutex<Log>>,
}

#[zbus::interface(name = "org.freedesktop.NetworkManager.Settings.Connection")]
impl SettingsConnection {
    fn delete(&self) {
        self.log.lock().unwrap().deleted.push(SETUP_SETTINGS.into());
    }
}

pub struct JoinStandIn {
    _server: zbus::blocking::Connection,
    pub client: zbus::blocking::Connection,
    pub log: Arc<Mutex<Log>>,
}

/// A NetworkManager whose Wi-Fi device is on "home" and joins what it is asked.
pub fn stand_in_for_join(bus: &PrivateBus, old: bool, fails: bool, gateway: &str) -> JoinStandIn {
    let log = Arc::new(Mutex::new(Log {
        device_active: HOME_ACTIVE.into(),
        home_state: 2,
        ..Log::default()
    }));
    let join = Join {
        log: log.clone(),
        old,
        fails,
        gateway: gateway.into(),
    };
    let (manager, device) = parts(vec![WIFI], join);
    let server = Builder::address(bus.address.as_str())
        .unwrap()
        .name(nm::SERVICE)
        .unwrap()
        .serve_at(nm::PATH, manager)
        .unwrap()
        .serve_at(WIFI, device)
        .unwrap()
        .serve_at(
            HOME_ACTIVE,
            Active {
                log: log.clone(),
                setup: false,
            },
        )
        .unwrap()
        .serve_at(
            SETUP_ACTIVE,
            Active {
                log: log.clone(),
                setup: true,
            },
        )
        .unwrap()
        .serve_at(
            SETUP_IP4,
            Ip4 {
                gateway: gateway.into(),
            },
        )
        .unwrap()
        .serve_at(SETUP_SETTINGS, SettingsConnection { log: log.clone() })
        .unwrap()
        .build()
        .unwrap();
    let client = Builder::address(bus.address.as_str())
        .unwrap()
        .build()
        .unwrap();
    JoinStandIn {
        _server: server,
        client,
        log,
    }
}
