//! The air as one JSON document (`air --json`, the support summary's JSON). Names that
//! are empty on the air are `null`; every string from the air was cleaned when parsed.

use serde_json::{Value, json};

use super::bss::Bss;
use super::networks::{Air, Network};
use super::rsn::Security;
use super::wps::{self, Registrar, Wps, WpsState};

fn security(s: &Security) -> Value {
    let rsn = s.rsn.as_ref();
    json!({
        "akm": rsn.map(|r| r.akms.iter().map(|a| a.key()).collect::<Vec<_>>()).unwrap_or_default(),
        "pmf_required": rsn.is_some_and(|r| r.pmf_required()),
        "pmf_capable": rsn.is_some_and(|r| r.pmf_capable()),
        "group_cipher": rsn.and_then(|r| r.group).map(|c| c.key()),
        "pairwise_ciphers": rsn.map(|r| r.pairwise.iter().map(|c| c.key()).collect::<Vec<_>>()).unwrap_or_default(),
        "rsn": rsn.is_some(),
        "wpa1": s.wpa1,
    })
}

fn wps_doc(w: &Wps) -> Value {
    json!({
        "version": w.version_text(),
        "state": w.state.map(|s| match s {
            WpsState::Configured => "configured".to_owned(),
            WpsState::Unconfigured => "unconfigured".to_owned(),
            WpsState::Other(v) => format!("0x{v:02x}"),
        }),
        "locked": w.locked,
        "registrar": w.registrar.map(|r| match r {
            Registrar::Pin => "pin",
            Registrar::PushButton => "push_button",
        }),
        "device_password_id": w.password_id,
        "config_methods": w.config_methods.map(wps::config_method_names).unwrap_or_default(),
        "manufacturer": w.manufacturer,
        "model_name": w.model_name,
        "model_number": w.model_number,
        "device_name": w.device_name,
        "uuid": w.uuid_text(),
        "rf_bands": w.rf_bands.map(wps::rf_band_names).unwrap_or_default(),
    })
}

fn bss_doc(b: &Bss) -> Value {
    json!({
        "bssid": b.bssid_text(),
        "freq_mhz": b.freq_mhz,
        "band": b.band.text(),
        "signal_dbm": b.signal_dbm,
        "seen_ms_ago": b.seen_ms_ago,
        "connected": b.associated,
        "hidden": b.hidden,
        "security": security(&b.security),
        "wps": b.wps.as_ref().map(wps_doc),
        "damaged_elements": !b.problems.is_empty(),
    })
}

pub fn network(n: &Network) -> Value {
    json!({
        "ssid": n.ssid,
        "verdict": n.verdict.key(),
        "warnings": n.warnings.iter().map(|w| w.key()).collect::<Vec<_>>(),
        "connected": n.connected,
        "seen_ms_ago": n.seen_ms_ago(),
        "bss": n.bss.iter().map(bss_doc).collect::<Vec<_>>(),
    })
}

/// `read_at`: when it was read, as the caller writes times (`time::utc`).
pub fn document(air: &Air, read_at: &str) -> Value {
    json!({
        "source": air.source.key(),
        "read_at": read_at,
        "unavailable": air.unavailable.as_ref().map(|u| u.key()),
        "scan": air.scan.key(),
        "followed_scan": air.followed_scan,
        "networks": air.networks.iter().map(network).collect::<Vec<_>>(),
        "printers_in_air": air.printers.iter().map(|p| json!({
            "ssid": p.ssid,
            "model": p.model,
            "kind": p.kind.key(),
            "signal_dbm": p.signal_dbm,
        })).collect::<Vec<_>>(),
    })
}
