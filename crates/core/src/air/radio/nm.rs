//! Asking NetworkManager for a fresh scan over D-Bus (facts/wifi-beacons.md §3):
//! `org.freedesktop.NetworkManager.Device.Wireless.RequestScan(a{sv})`, which polkit allows
//! to local desktop users. The kernel's cache forgets access points unseen for 30 s, so
//! someone must scan; NetworkManager scans on its own too, less often while connected.
//! It also says which access point this computer is connected through.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use zbus::blocking::{Connection, Proxy, connection, proxy::Builder};
use zbus::proxy::CacheProperties;
use zbus::zvariant::{OwnedObjectPath, Value};

use crate::air::bss;
use crate::air::reading::ScanRequest;

pub const SERVICE: &str = "org.freedesktop.NetworkManager";
pub const PATH: &str = "/org/freedesktop/NetworkManager";
pub const DEVICE: &str = "org.freedesktop.NetworkManager.Device";
pub const WIRELESS: &str = "org.freedesktop.NetworkManager.Device.Wireless";
pub const ACCESS_POINT: &str = "org.freedesktop.NetworkManager.AccessPoint";
/// `NM_DEVICE_TYPE_WIFI`.
pub const DEVICE_TYPE_WIFI: u32 = 2;

/// How long one call may take.
const CALL_TIMEOUT: Duration = Duration::from_secs(3);
/// How often `LastScan` is read while waiting for a scan to finish.
const POLL: Duration = Duration::from_millis(250);
/// At most this many devices are asked.
const MAX_DEVICES: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub scan: ScanRequest,
    /// The access points this computer's Wi-Fi devices are connected through.
    pub active: Vec<[u8; 6]>,
}

/// A connection to the system bus, where NetworkManager is (none on a computer without
/// one: [`ScanRequest::NoNetworkManager`]).
pub fn system_bus() -> Option<Connection> {
    connection::Builder::system()
        .and_then(|b| b.method_timeout(CALL_TIMEOUT).build())
        .inspect_err(|e| tracing::info!("no system bus: {e}"))
        .ok()
}

fn proxy<'a>(c: &'a Connection, path: &'a str, iface: &'a str) -> zbus::Result<Proxy<'a>> {
    Builder::new(c)
        .destination(SERVICE)?
        .path(path)?
        .interface(iface)?
        .cache_properties(CacheProperties::No)
        .build()
}

/// Asks every Wi-Fi device of the NetworkManager on `c` to scan, and with a non-zero
/// `wait`, waits (at most that long) until each reports a newer `LastScan`.
pub fn request_scan_on(c: &Connection, wait: Duration) -> Outcome {
    let mut out = Outcome {
        scan: ScanRequest::NoWifiDevice,
        active: Vec::new(),
    };
    let devices: Vec<OwnedObjectPath> =
        match proxy(c, PATH, SERVICE).and_then(|p| p.call("GetDevices", &())) {
            Ok(d) => d,
            Err(e) => {
                tracing::info!("NetworkManager did not list its devices: {e}");
                out.scan = ScanRequest::NoNetworkManager;
                return out;
            }
        };
    let mut asked = Vec::new();
    for path in devices.iter().take(MAX_DEVICES) {
        let path = path.as_str();
        let is_wifi = proxy(c, path, DEVICE)
            .and_then(|p| p.get_property::<u32>("DeviceType"))
            .is_ok_and(|t| t == DEVICE_TYPE_WIFI);
        if !is_wifi {
            continue;
        }
        let Ok(wifi) = proxy(c, path, WIRELESS) else {
            continue;
        };
        if let Some(b) = active_bssid(c, &wifi) {
            out.active.push(b);
        }
        let before = wifi.get_property::<i64>("LastScan").unwrap_or(-1);
        let options: HashMap<&str, Value<'_>> = HashMap::new();
        let answer = wifi.call_method("RequestScan", &(options,));
        let result = match answer {
            Ok(_) => ScanRequest::Requested,
            Err(zbus::Error::MethodError(name, _, _))
                if name.as_str().ends_with("PermissionDenied") =>
            {
                ScanRequest::NotPermitted
            }
            Err(e) => {
                tracing::info!("NetworkManager did not scan: {e}");
                ScanRequest::Refused
            }
        };
        // One device that scans is enough to say so.
        if result == ScanRequest::Requested {
            asked.push((wifi, before));
            out.scan = ScanRequest::Requested;
        } else if out.scan != ScanRequest::Requested {
            out.scan = result;
        }
    }
    if !asked.is_empty() && !wait.is_zero() && wait_for_scans(&asked, wait) {
        out.scan = ScanRequest::Finished;
    }
    out
}

/// Waits until every asked device reports a `LastScan` newer than before.
fn wait_for_scans(asked: &[(Proxy<'_>, i64)], wait: Duration) -> bool {
    let deadline = Instant::now() + wait;
    loop {
        let done = asked.iter().all(|(p, before)| {
            p.get_property::<i64>("LastScan")
                .is_ok_and(|now| now != *before)
        });
        if done {
            return true;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        std::thread::sleep(POLL.min(left));
    }
}

/// The BSSID of the access point a Wi-Fi device is connected through ("/" when none).
fn active_bssid(c: &Connection, wifi: &Proxy<'_>) -> Option<[u8; 6]> {
    let ap: OwnedObjectPath = wifi.get_property("ActiveAccessPoint").ok()?;
    if ap.as_str() == "/" {
        return None;
    }
    let hw: String = proxy(c, ap.as_str(), ACCESS_POINT)
        .ok()?
        .get_property("HwAddress")
        .ok()?;
    bss::parse_bssid(&hw)
}
