//! NetworkManager over D-Bus: `AddAndActivateConnection2` with a connection that is
//! `volatile` (deleted by NetworkManager once it goes down, never written to disk) and
//! bound to this D-Bus client (it goes down if the app dies), falling back to
//! `AddAndActivateConnection` plus a `Delete` on a NetworkManager older than 1.16; then
//! `DeactivateConnection` and `ActivateConnection` of the previous connection to return.

use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use zbus::blocking::{Connection, Proxy, proxy::Builder};
use zbus::proxy::CacheProperties;
use zbus::zvariant::{ObjectPath, OwnedObjectPath, OwnedValue, Value};

use super::api::{Handle, OnSetupNetwork, Returned, SetupError, SetupNetworks};
use crate::air::radio::nm::{DEVICE, DEVICE_TYPE_WIFI, PATH, SERVICE, system_bus};
use crate::net::wifi::network::Ssid;
use crate::net::wifi::secret::Passphrase;

pub const ACTIVE: &str = "org.freedesktop.NetworkManager.Connection.Active";
pub const IP4_CONFIG: &str = "org.freedesktop.NetworkManager.IP4Config";
pub const SETTINGS_CONNECTION: &str = "org.freedesktop.NetworkManager.Settings.Connection";
/// `NM_ACTIVE_CONNECTION_STATE_ACTIVATED` and `…_DEACTIVATED`.
const ACTIVATED: u32 = 2;
const DEACTIVATED: u32 = 4;
const POLL: Duration = Duration::from_millis(100);
/// The name the temporary connection shows in the system's network menu.
const CONNECTION_NAME: &str = "WPS PIN Helper: printer setup (temporary)";

/// NetworkManager on a bus (the system bus, or a test's private one).
pub struct NetworkManager {
    bus: Option<Connection>,
}

impl NetworkManager {
    pub fn system() -> Self {
        Self { bus: None }
    }

    pub fn on(bus: Connection) -> Self {
        Self { bus: Some(bus) }
    }

    fn bus(&mut self) -> Result<&Connection, SetupError> {
        if self.bus.is_none() {
            self.bus = system_bus();
        }
        self.bus.as_ref().ok_or(SetupError::NoNetworkManager)
    }
}

fn proxy<'a>(c: &'a Connection, path: &'a str, iface: &'a str) -> zbus::Result<Proxy<'a>> {
    Builder::new(c)
        .destination(SERVICE)?
        .path(path)?
        .interface(iface)?
        .cache_properties(CacheProperties::No)
        .build()
}

fn error(e: &zbus::Error) -> SetupError {
    tracing::info!("NetworkManager: {e}");
    match e {
        zbus::Error::MethodError(name, _, _) if name.as_str().ends_with("PermissionDenied") => {
            SetupError::NotPermitted
        }
        zbus::Error::MethodError(name, _, _) if name.as_str().ends_with("ServiceUnknown") => {
            SetupError::NoNetworkManager
        }
        _ => SetupError::Failed,
    }
}

fn unknown_method(e: &zbus::Error) -> bool {
    matches!(e, zbus::Error::MethodError(name, _, _) if name.as_str().ends_with("UnknownMethod"))
}

/// The first Wi-Fi device NetworkManager manages.
fn wifi_device(c: &Connection) -> Result<String, SetupError> {
    let devices: Vec<OwnedObjectPath> = proxy(c, PATH, SERVICE)
        .and_then(|p| p.call("GetDevices", &()))
        .map_err(|e| match error(&e) {
            SetupError::Failed => SetupError::NoNetworkManager,
            other => other,
        })?;
    devices
        .iter()
        .take(64)
        .map(|p| p.as_str().to_owned())
        .find(|p| {
            proxy(c, p, DEVICE)
                .and_then(|d| d.get_property::<u32>("DeviceType"))
                .is_ok_and(|t| t == DEVICE_TYPE_WIFI)
        })
        .ok_or(SetupError::NoWifiDevice)
}

fn object(c: &Connection, path: &str, iface: &str, property: &str) -> Option<String> {
    let p: OwnedObjectPath = proxy(c, path, iface).ok()?.get_property(property).ok()?;
    (p.as_str() != "/").then(|| p.as_str().to_owned())
}

/// Waits until the active connection at `active` is activated.
fn wait_activated(c: &Connection, active: &str, wait: Duration) -> Result<(), SetupError> {
    let deadline = Instant::now() + wait;
    loop {
        let state = proxy(c, active, ACTIVE).and_then(|p| p.get_property::<u32>("State"));
        match state {
            Ok(ACTIVATED) => return Ok(()),
            Ok(DEACTIVATED) | Err(_) => return Err(SetupError::Failed),
            Ok(_) => {}
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(SetupError::TimedOut);
        }
        std::thread::sleep(POLL.min(left));
    }
}

type Settings<'a> = HashMap<&'static str, HashMap<&'static str, Value<'a>>>;

/// A Wi-Fi connection to `ssid` that never connects on its own.
fn settings<'a>(ssid: &Ssid, passphrase: Option<&'a Passphrase>) -> Settings<'a> {
    let mut s: Settings<'a> = HashMap::new();
    s.insert(
        "connection",
        HashMap::from([
            ("id", Value::from(CONNECTION_NAME)),
            ("type", Value::from("802-11-wireless")),
            ("autoconnect", Value::from(false)),
        ]),
    );
    s.insert(
        "802-11-wireless",
        HashMap::from([
            ("ssid", Value::from(ssid.as_bytes().to_vec())),
            ("mode", Value::from("infrastructure")),
        ]),
    );
    if let Some(p) = passphrase {
        s.insert(
            "802-11-wireless-security",
            HashMap::from([
                ("key-mgmt", Value::from("wpa-psk")),
                ("psk", Value::from(p.expose())),
            ]),
        );
    }
    s.insert("ipv4", HashMap::from([("method", Value::from("auto"))]));
    s.insert("ipv6", HashMap::from([("method", Value::from("ignore"))]));
    s
}

impl SetupNetworks for NetworkManager {
    fn join(
        &mut self,
        ssid: &Ssid,
        passphrase: Option<&Passphrase>,
        wait: Duration,
    ) -> Result<OnSetupNetwork, SetupError> {
        // A connection is a cheap handle (shared inside).
        let c = &self.bus()?.clone();
        let device = wifi_device(c)?;
        let previous = object(c, &device, DEVICE, "ActiveConnection")
            .and_then(|active| object(c, &active, ACTIVE, "Connection"));
        let nm = proxy(c, PATH, SERVICE).map_err(|e| error(&e))?;
        let device_path = ObjectPath::try_from(device.as_str()).map_err(|_| SetupError::Failed)?;
        let none = ObjectPath::from_static_str_unchecked("/");
        let options: HashMap<&str, Value<'_>> = HashMap::from([
            ("persist", Value::from("volatile")),
            ("bind-activation", Value::from("dbus-client")),
        ]);
        let connection = settings(ssid, passphrase);
        let added: zbus::Result<(
            OwnedObjectPath,
            OwnedObjectPath,
            HashMap<String, OwnedValue>,
        )> = nm.call(
            "AddAndActivateConnection2",
            &(&connection, &device_path, &none, options),
        );
        let (settings_path, active, delete) = match added {
            Ok((s, a, _)) => (s, a, false),
            Err(e) if unknown_method(&e) => {
                let (s, a): (OwnedObjectPath, OwnedObjectPath) = nm
                    .call(
                        "AddAndActivateConnection",
                        &(&connection, &device_path, &none),
                    )
                    .map_err(|e| error(&e))?;
                (s, a, true)
            }
            Err(e) => return Err(error(&e)),
        };
        let handle = Handle {
            device,
            active: active.as_str().to_owned(),
            settings: settings_path.as_str().to_owned(),
            delete,
            previous,
        };
        if let Err(e) = wait_activated(c, &handle.active, wait) {
            // Leave nothing behind: back to the previous network.
            let had_previous = handle.previous.is_some();
            let _ = self.leave(
                OnSetupNetwork {
                    gateway: None,
                    had_previous,
                    handle,
                },
                wait,
            );
            return Err(e);
        }
        let gateway = object(c, &handle.active, ACTIVE, "Ip4Config")
            .and_then(|ip4| {
                proxy(c, &ip4, IP4_CONFIG)
                    .ok()?
                    .get_property::<String>("Gateway")
                    .ok()
            })
            .and_then(|g| g.trim().parse::<Ipv4Addr>().ok())
            .filter(|g| !g.is_unspecified());
        tracing::info!("on the printer's setup network");
        Ok(OnSetupNetwork {
            gateway,
            had_previous: handle.previous.is_some(),
            handle,
        })
    }

    fn leave(&mut self, joined: OnSetupNetwork, wait: Duration) -> Result<Returned, SetupError> {
        let c = &self.bus()?.clone();
        let h = joined.handle;
        let nm = proxy(c, PATH, SERVICE).map_err(|e| error(&e))?;
        let active = ObjectPath::try_from(h.active.as_str()).map_err(|_| SetupError::Failed)?;
        // Already down is fine: it is gone either way.
        if let Err(e) = nm.call_method("DeactivateConnection", &(&active,)) {
            tracing::info!("NetworkManager did not deactivate the setup connection: {e}");
        }
        if h.delete
            && let Err(e) = proxy(c, &h.settings, SETTINGS_CONNECTION)
                .and_then(|p| p.call_method("Delete", &()))
        {
            tracing::info!("NetworkManager did not delete the setup connection: {e}");
        }
        let Some(previous) = h.previous else {
            return Ok(Returned::NothingToReturnTo);
        };
        let previous = ObjectPath::try_from(previous.as_str()).map_err(|_| SetupError::Failed)?;
        let device = ObjectPath::try_from(h.device.as_str()).map_err(|_| SetupError::Failed)?;
        let none = ObjectPath::from_static_str_unchecked("/");
        let back: OwnedObjectPath = nm
            .call("ActivateConnection", &(&previous, &device, &none))
            .map_err(|e| error(&e))?;
        Ok(match wait_activated(c, back.as_str(), wait) {
            Ok(()) => Returned::ToPrevious,
            Err(_) => Returned::PreviousNotBack,
        })
    }
}
