//! A fake CDM printer for the Wi-Fi tests, behaving as facts/printer-wifi-setup.md §2-§3
//! says: `adapterConfigs` with `wifi0` (its link, `enabled` as a string,
//! `connectionState`, `ipv4.address.ip`); the scan started by PATCH and polled until
//! `readyToScan`; `wirelessConfig` carrying the current password in clear text, patched
//! back whole without `version` (204); the password grant for a bearer token when it asks
//! for sign-in.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use super::wifi_printer::{Handler, Reply, Seen, WifiServer, serve};

/// The password the printer keeps for its current network (never to be read out).
pub const OLD_PASSPHRASE: &str = "old-cdm-secret-on-printer";
pub const JOINED_IP: &str = "192.0.2.78";
pub const TOKEN: &str = "token-7f3a";

pub struct CdmOptions {
    pub radio_on: bool,
    pub scanning: usize,
    /// Name, authenticationMode, encryptionType, bars, channel.
    pub networks: Vec<(&'static str, &'static str, &'static str, u8, u16)>,
    pub networks_json: Option<String>,
    pub password: String,
    /// Reads need a bearer token from the password grant with this password.
    pub admin: Option<String>,
    pub join_after: usize,
    /// A wrong password leaves `connectionState` at this.
    pub failed_state: &'static str,
}

impl Default for CdmOptions {
    fn default() -> Self {
        Self {
            radio_on: false,
            scanning: 2,
            networks: vec![
                ("HomeWiFi", "wpaOrWpa2", "aesOrTkip", 5, 6),
                ("Büro 5G", "wpa3", "aes", 2, 36),
            ],
            networks_json: None,
            password: "correct horse battery".into(),
            admin: None,
            join_after: 2,
            failed_state: "disconnected",
        }
    }
}

#[derive(Debug, Default)]
pub struct CdmState {
    pub enabled: bool,
    pub scan_left: usize,
    pub connected: Option<String>,
    pub pending: Option<(String, bool)>,
    pub reads: usize,
    pub state: String,
    /// Every wirelessConfig document written.
    pub written: Vec<Value>,
    pub grants: usize,
}

fn adapter_configs(s: &CdmState) -> Value {
    let ip = if s.connected.is_some() {
        JOINED_IP
    } else {
        "0.0.0.0"
    };
    json!({
        "version": "1.0.0",
        "eth0": {"adapterName": "eth0", "enabled": "true", "connectionState": "disconnected",
                 "links": [{"rel": "self", "href": "/cdm/ioConfig/v2/adapterConfigs/eth0"}]},
        "wifi0": {"adapterName": "wifi0", "enabled": if s.enabled { "true" } else { "false" },
                  "connectionState": s.state,
                  "ipv4": {"enabled": "true", "address": {"ip": ip}},
                  "links": [{"rel": "self", "href": "/cdm/ioConfig/v2/adapterConfigs/wifi0"}]},
        "wifi1": {"adapterName": "wifi1", "enabled": "true", "connectionState": "connected"}
    })
}

fn handle(o: &CdmOptions, s: &Mutex<CdmState>, r: &Seen) -> Reply {
    let mut s = s.lock().unwrap();
    let signed_in =
        o.admin.is_none() || r.header("authorization") == Some(&format!("Bearer {TOKEN}"));
    let body: Value = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
    match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/cdm/oauth2/v1/token") => {
            s.grants += 1;
            let right = o.admin.as_deref().is_some_and(|pw| body["password"] == pw)
                && body["grant_type"] == "password";
            if right {
                Reply::json(json!({"access_token": TOKEN, "token_type": "Bearer"}).to_string())
            } else {
                Reply::status("400 Bad Request")
            }
        }
        (_, p) if p.starts_with("/cdm/") && !signed_in => Reply::status("401 Unauthorized"),
        ("GET", "/cdm/ioConfig/v2/adapterConfigs") => {
            if s.pending.is_some() {
                s.reads += 1;
                if s.reads >= o.join_after
                    && let Some((ssid, right)) = s.pending.take()
                {
                    if right {
                        s.connected = Some(ssid);
                        s.state = "connected".into();
                    } else {
                        s.state = o.failed_state.into();
                    }
                }
            }
            Reply::json(adapter_configs(&s).to_string())
        }
        ("PATCH", "/cdm/ioConfig/v2/adapterConfigs/wifi0") => {
            if body["enabled"] == "true" {
                s.enabled = true;
            }
            Reply::status("204 No Content")
        }
        ("GET", "/cdm/ioConfig/v2/wifiScan") => {
            let state = if s.scan_left > 0 {
                s.scan_left -= 1;
                "scanProcessing"
            } else {
                "readyToScan"
            };
            Reply::json(json!({"version": "1.0.0", "state": state}).to_string())
        }
        ("PATCH", "/cdm/ioConfig/v2/wifiScan")
            if s.enabled && body["state"] == "scanProcessing" =>
        {
            s.scan_left = o.scanning;
            Reply::status("204 No Content")
        }
        ("PATCH", "/cdm/ioConfig/v2/wifiScan") => Reply::status("409 Conflict"),
        ("GET", "/cdm/ioConfig/v2/wifiScan/wifiNetworks") => {
            let list: Vec<Value> = o
                .networks
                .iter()
                .map(|(n, auth, enc, bars, ch)| {
                    json!({"ssid": n, "channel": ch.to_string(),
                    "communicationMode": "infrastructure", "authenticationMode": auth,
                    "encryptionType": enc, "signalStrength": {"dBm": -50, "signalStrength": bars}})
                })
                .collect();
            Reply::json(
                o.networks_json
                    .clone()
                    .unwrap_or_else(|| json!({"wifiNetworkList": list}).to_string()),
            )
        }
        ("GET", "/cdm/ioConfig/v2/wirelessConfig") => {
            let ssid = s.connected.clone().unwrap_or_else(|| "OldNet".into());
            Reply::json(json!({"version": "1.0.0", "preferredProfile": "profile1", "band": "dualBand",
                "profile1": {"ssid": ssid, "passPhrase": OLD_PASSPHRASE, "authenticationMode": "wpaOrWpa2"}}).to_string())
        }
        ("PATCH", "/cdm/ioConfig/v2/wirelessConfig") => {
            if body.get("version").is_some() || body["band"] != "dualBand" {
                return Reply::status("400 Bad Request");
            }
            s.written.push(body.clone());
            let p = &body["profile1"];
            let ssid = p["ssid"].as_str().unwrap_or_default().to_owned();
            let right =
                o.networks.iter().any(|n| n.0 == ssid) && p["passPhrase"] == o.password.as_str();
            s.pending = Some((ssid, right));
            s.reads = 0;
            s.state = "connecting".into();
            Reply::status("204 No Content")
        }
        _ => Reply::status("404 Not Found"),
    }
}

pub fn cdm_printer(o: CdmOptions, tls: bool) -> (WifiServer, Arc<Mutex<CdmState>>) {
    let state = Arc::new(Mutex::new(CdmState {
        enabled: o.radio_on,
        state: "disconnected".into(),
        ..CdmState::default()
    }));
    let s = state.clone();
    let handler: Handler = Arc::new(move |r| handle(&o, &s, r));
    (serve(handler, tls), state)
}
