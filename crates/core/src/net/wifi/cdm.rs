//! CDM's Wi-Fi resources (facts/printer-wifi-setup.md §2, §3), pure: bytes in, values
//! out, and the bodies HPLIP sends. Booleans and numbers may arrive as strings
//! (facts/printer-protocols.md §4). The `passPhrase` a `wirelessConfig` may carry in
//! clear text is never read into a value of the app's: the document is only passed
//! back to the printer, and every string in it is wiped when it is dropped.

use std::net::Ipv4Addr;

use serde_json::{Map, Value};
use zeroize::{Zeroize, Zeroizing};

use super::network::{self, Network, Security, Ssid, Wire, word};
use super::secret::{Passphrase, Secret};
use crate::net::ews::{EwsError, parse_bool};
use crate::net::{clean, nesting};

pub const ADAPTER_CONFIGS: &str = "/cdm/ioConfig/v2/adapterConfigs";
pub const WIFI_SCAN: &str = "/cdm/ioConfig/v2/wifiScan";
pub const WIFI_NETWORKS: &str = "/cdm/ioConfig/v2/wifiScan/wifiNetworks";
pub const WIRELESS_CONFIG: &str = "/cdm/ioConfig/v2/wirelessConfig";
/// The password grant (HPLIP, and `cdmfax.py` over the network: §3).
pub const TOKEN: &str = "/cdm/oauth2/v1/token";
pub const JSON: &str = "application/json";
pub const FORM: &str = "application/x-www-form-urlencoded";

fn parse(json: &[u8]) -> Result<Value, EwsError> {
    if nesting::json_too_deep(json, nesting::MAX_DEPTH) {
        return Err(EwsError::TooDeep(nesting::MAX_DEPTH));
    }
    serde_json::from_slice(json)
        .map_err(|e| EwsError::Json(clean::text(&e.to_string()).unwrap_or_default()))
}

fn flag(v: Option<&Value>) -> Option<bool> {
    match v? {
        Value::Bool(b) => Some(*b),
        Value::String(s) => parse_bool(s),
        _ => None,
    }
}

fn text(v: Option<&Value>) -> Option<&str> {
    v?.as_str()
}

/// One adapter of `adapterConfigs` (or the document at its link).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CdmAdapter {
    /// `wifi0`, `wifi1`, `eth0`…
    pub name: String,
    /// Its own resource (`links[0].href`), a path on the printer.
    pub href: Option<String>,
    pub enabled: Option<bool>,
    /// `connectionState`, cleaned ("connected" when it is).
    pub state: Option<String>,
    pub ipv4: Option<Ipv4Addr>,
}

impl CdmAdapter {
    pub fn is_wifi(&self) -> bool {
        self.name.to_ascii_lowercase().starts_with("wifi")
    }

    pub fn connected(&self) -> Option<bool> {
        self.state.as_deref().map(|s| s == "connected")
    }

    /// A state that reads as an authentication failure. The facts name no such value:
    /// this is read from the words, never relied on alone [U].
    pub fn auth_failed(&self) -> bool {
        self.state.as_deref().is_some_and(|s| {
            let s = s.to_ascii_lowercase();
            s.contains("auth") || s.contains("password") || s.contains("passphrase")
        })
    }
}

fn adapter(name: &str, v: &Value) -> CdmAdapter {
    let href = v["links"]
        .as_array()
        .and_then(|l| l.first())
        .and_then(|l| text(l.get("href")))
        .filter(|h| h.starts_with('/') && !h.starts_with("//"))
        .and_then(|h| clean::text_within(h, 200))
        .filter(|h| clean::is_clean(h));
    let name = text(v.get("adapterName"))
        .and_then(|n| word(Some(n)))
        .unwrap_or_else(|| name.to_owned());
    CdmAdapter {
        name,
        href,
        enabled: flag(v.get("enabled")),
        state: word(text(v.get("connectionState"))),
        ipv4: text(v["ipv4"]["address"].get("ip")).and_then(|a| a.trim().parse().ok()),
    }
}

/// `adapterConfigs`: the adapters under their keys (`wifi0`, `wifi1`, …; §2.1).
pub fn parse_adapter_configs(json: &[u8]) -> Result<Vec<CdmAdapter>, EwsError> {
    let v = parse(json)?;
    let map = v.as_object().ok_or(EwsError::Missing("an adapter list"))?;
    Ok(map
        .iter()
        .filter(|(_, a)| a.is_object())
        .filter_map(|(k, a)| word(Some(k)).map(|k| adapter(&k, a)))
        .take(64)
        .collect())
}

/// The document at an adapter's link (its `connectionState`: §2.5).
pub fn parse_adapter(name: &str, json: &[u8]) -> Result<CdmAdapter, EwsError> {
    Ok(adapter(name, &parse(json)?))
}

/// The station adapter: `wifi0`, else the first Wi-Fi one (§2.6).
pub fn station(adapters: &[CdmAdapter]) -> Option<&CdmAdapter> {
    adapters
        .iter()
        .find(|a| a.name.eq_ignore_ascii_case("wifi0"))
        .or_else(|| adapters.iter().find(|a| a.is_wifi()))
}

/// Every string of a document wiped (it may hold a password in clear text).
pub fn wipe(v: &mut Value) {
    match v {
        Value::String(s) => s.zeroize(),
        Value::Array(a) => a.iter_mut().for_each(wipe),
        Value::Object(m) => {
            for (_, x) in m.iter_mut() {
                wipe(x);
            }
        }
        _ => {}
    }
}

/// A parsed `wirelessConfig`, wiped on drop.
struct Wireless(Value);

impl Drop for Wireless {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

/// `wirelessConfig`: the preferred profile's network name only (§2.4).
pub fn parse_wireless_ssid(json: &[u8]) -> Result<Option<Ssid>, EwsError> {
    let doc = Wireless(parse(json)?);
    let profile = text(doc.0.get("preferredProfile"))
        .unwrap_or_default()
        .to_owned();
    Ok(text(doc.0.get(profile.as_str()).and_then(|p| p.get("ssid"))).and_then(Ssid::from_text))
}

/// The whole `wirelessConfig` to PATCH back: `version` dropped, the preferred profile
/// replaced by the chosen network and the passphrase in plain text (§2.4).
/// `wpaOrWpa2` is sent as `auto`, as HPLIP does.
pub fn fill_wireless_config(
    current: &[u8],
    ssid: &str,
    wire: &Wire,
    passphrase: Option<&Passphrase>,
) -> Result<Zeroizing<Vec<u8>>, EwsError> {
    let mut doc = Wireless(parse(current)?);
    let map = doc
        .0
        .as_object_mut()
        .ok_or(EwsError::Missing("wirelessConfig"))?;
    map.remove("version");
    let profile = map
        .get("preferredProfile")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or(EwsError::Missing("preferredProfile"))?;
    let mut p = Map::new();
    let authentication = match wire.authentication_mode.as_deref() {
        Some("wpaOrWpa2") => Some("auto"),
        other => other,
    };
    let mut put = |k: &str, v: Option<&str>| {
        if let Some(v) = v {
            p.insert(k.to_owned(), Value::String(v.to_owned()));
        }
    };
    put("authenticationMode", authentication);
    put("encryptionType", wire.encryption_type.as_deref());
    put("ssid", Some(ssid));
    put("wpaVersionPreference", wire.wpa_version.as_deref());
    put("passPhrase", passphrase.map(Passphrase::expose));
    if let Some(mut old) = map.insert(profile, Value::Object(p)) {
        wipe(&mut old);
    }
    let bytes = serde_json::to_vec(&doc.0).map_err(|e| EwsError::Json(e.to_string()))?;
    Ok(Zeroizing::new(bytes))
}

/// `wifiScan`'s `state` ("readyToScan" once a scan is done: §2.3).
pub fn parse_scan_state(json: &[u8]) -> Result<Option<String>, EwsError> {
    Ok(word(text(parse(json)?.get("state"))))
}

pub const RADIO_ON: &str = r#"{"enabled":"true"}"#;
pub const START_SCAN: &str = r#"{"state":"scanProcessing","scanType":"undirected"}"#;

/// `wifiScan/wifiNetworks`: `wifiNetworkList[]` (§2.3), bounded.
pub fn parse_networks(json: &[u8]) -> Result<Vec<Network>, EwsError> {
    let v = parse(json)?;
    let list = v["wifiNetworkList"]
        .as_array()
        .ok_or(EwsError::Missing("wifiNetworkList"))?;
    let mut out = Vec::new();
    for n in list {
        let Some(ssid) = text(n.get("ssid")).and_then(Ssid::from_text) else {
            continue;
        };
        let number = |v: Option<&Value>| match v? {
            Value::Number(x) => Some(x.to_string()),
            Value::String(s) => Some(s.clone()),
            _ => None,
        };
        let wire = Wire {
            communication_mode: word(text(n.get("communicationMode"))),
            encryption_type: word(text(n.get("encryptionType"))),
            authentication_mode: word(text(n.get("authenticationMode"))),
            wpa_version: word(text(n.get("wpaVersion"))),
        };
        let security = Security::from_words(&[
            wire.authentication_mode.as_deref(),
            wire.encryption_type.as_deref(),
            wire.wpa_version.as_deref(),
        ]);
        out.push(Network {
            ssid,
            bssid: network::bssid(text(n.get("bssid"))),
            channel: network::channel(number(n.get("channel")).as_deref()),
            security,
            signal: network::bars(number(n["signalStrength"].get("signalStrength")).as_deref()),
            wire,
        });
    }
    Ok(network::bounded(out))
}

/// The password grant as HPLIP sends it: JSON, user `administrator` (its default, §3).
pub fn grant_json(password: &Secret) -> Zeroizing<Vec<u8>> {
    let doc = serde_json::json!({
        "grant_type": "password",
        "username": "administrator",
        "password": password.expose(),
    });
    // The copy in the document is wiped when it is dropped.
    let doc = Wireless(doc);
    Zeroizing::new(serde_json::to_vec(&doc.0).unwrap_or_default())
}

/// The password grant as a LaserJet MFP takes it: a form, user `admin`, client
/// `com.hp.cdm.client.hpEws`, scope `deviceAdmin` (§3, mousebrains).
pub fn grant_form(password: &Secret) -> Zeroizing<Vec<u8>> {
    let mut body = Zeroizing::new(String::from(
        "grant_type=password&client_id=com.hp.cdm.client.hpEws&scope=deviceAdmin&username=admin&password=",
    ));
    for b in password.expose().bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            body.push(char::from(b));
        } else {
            body.push('%');
            body.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            body.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    Zeroizing::new(body.as_bytes().to_vec())
}

/// The token of a grant's answer (`access_token`, or `token` from the PIN grant).
pub fn parse_token(json: &[u8]) -> Result<Secret, EwsError> {
    let v = Wireless(parse(json)?);
    let token = text(v.0.get("access_token"))
        .or_else(|| text(v.0.get("token")))
        .filter(|t| !t.is_empty() && t.len() <= 8192 && t.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_owned)
        .ok_or(EwsError::Missing("access_token"));
    token.map(Secret::new)
}
