//! CDM, step by step as HPLIP does it (facts/printer-wifi-setup.md §2): the adapters and
//! the preferred profile's name; the radio on; the scan started, polled until
//! `readyToScan` within a bound (HPLIP's loop has none), and read; the whole
//! `wirelessConfig` patched back, where only 204 counts.

use std::time::Instant;

use reqwest::Method;

use super::cdm::{self, CdmAdapter};
use super::network::Network;
use super::problem::WifiProblem;
use super::secret::Passphrase;
use super::session::Session;
use super::{Pace, Progress, WifiState};
use crate::net::http::HttpError;

pub fn station(s: &Session<'_>) -> Option<CdmAdapter> {
    cdm::station(&s.cdm).cloned()
}

/// The printer's Wi-Fi state. The network name is read from `wirelessConfig` only when
/// secrets may cross this connection: that document may carry the current password in
/// clear text (facts/printer-protocols.md §4), which plain HTTP would show the network.
pub fn state(s: &mut Session<'_>, fresh: bool) -> (WifiState, Vec<WifiProblem>) {
    let mut problems = Vec::new();
    if fresh {
        match s
            .get(cdm::ADAPTER_CONFIGS)
            .map(|b| cdm::parse_adapter_configs(&b))
        {
            Ok(Ok(list)) => s.cdm = list,
            Ok(Err(e)) => problems.push(WifiProblem::ews(cdm::ADAPTER_CONFIGS, e)),
            Err(p) => problems.push(p),
        }
    }
    let cable = s
        .cdm
        .iter()
        .filter(|a| a.name.to_ascii_lowercase().starts_with("eth"))
        .find_map(CdmAdapter::connected);
    let Some(mut station) = station(s) else {
        return (
            WifiState {
                cable,
                ..WifiState::default()
            },
            problems,
        );
    };
    // The connection state is on the adapter's own page when the list lacks it (§2.5).
    if station.state.is_none()
        && let Some(href) = station.href.clone()
    {
        match s.get(&href).map(|b| cdm::parse_adapter(&station.name, &b)) {
            Ok(Ok(a)) => {
                station.state = a.state;
                station.ipv4 = station.ipv4.or(a.ipv4);
                station.enabled = station.enabled.or(a.enabled);
            }
            Ok(Err(e)) => problems.push(WifiProblem::ews(&href, e)),
            Err(p) => problems.push(p),
        }
    }
    let mut ssid = None;
    if s.may_send_secrets() {
        match s
            .get(cdm::WIRELESS_CONFIG)
            .map(|b| cdm::parse_wireless_ssid(&b))
        {
            Ok(Ok(name)) => ssid = name,
            Ok(Err(e)) => problems.push(WifiProblem::ews(cdm::WIRELESS_CONFIG, e)),
            Err(p) => problems.push(p),
        }
    }
    let connected = station.connected();
    let state = WifiState {
        present: true,
        enabled: station.enabled,
        connected,
        ssid,
        ipv4: station
            .ipv4
            .filter(|ip| !ip.is_unspecified() && connected != Some(false)),
        cable,
    };
    (state, problems)
}

/// `PATCH <href> {"enabled":"true"}`; 200, 202 or 204 (§2.2).
pub fn radio_on(s: &mut Session<'_>, station: &CdmAdapter) -> Result<(), WifiProblem> {
    let href = station
        .href
        .clone()
        .unwrap_or_else(|| format!("{}/{}", cdm::ADAPTER_CONFIGS, station.name));
    s.request(
        Method::PATCH,
        &href,
        Some((cdm::JSON, cdm::RADIO_ON.as_bytes())),
    )
    .map(|_| ())
}

/// Starts a scan, waits for `readyToScan` within the pace, reads the list (§2.3).
pub fn scan(
    s: &mut Session<'_>,
    pace: &Pace,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<Network>, WifiProblem> {
    s.get(cdm::WIFI_SCAN)?;
    s.request(
        Method::PATCH,
        cdm::WIFI_SCAN,
        Some((cdm::JSON, cdm::START_SCAN.as_bytes())),
    )?;
    let started = Instant::now();
    loop {
        let body = s.get(cdm::WIFI_SCAN)?;
        let state =
            cdm::parse_scan_state(&body).map_err(|e| WifiProblem::ews(cdm::WIFI_SCAN, e))?;
        if state.as_deref() == Some("readyToScan") {
            break;
        }
        if started.elapsed() >= pace.scan_limit {
            return Err(WifiProblem::http(cdm::WIFI_SCAN, HttpError::Timeout));
        }
        progress(Progress::Scanning {
            seconds: started.elapsed().as_secs(),
        });
        std::thread::sleep(
            pace.scan_poll
                .min(pace.scan_limit.saturating_sub(started.elapsed())),
        );
    }
    let body = s.get(cdm::WIFI_NETWORKS)?;
    cdm::parse_networks(&body).map_err(|e| WifiProblem::ews(cdm::WIFI_NETWORKS, e))
}

/// `GET wirelessConfig`, fill the preferred profile, `PATCH` it whole; only 204 counts
/// (§2.4). The name must be text: CDM takes it in JSON.
pub fn associate(
    s: &mut Session<'_>,
    network: &Network,
    passphrase: Option<&Passphrase>,
) -> Result<(), WifiProblem> {
    let Some(name) = network.ssid.as_text() else {
        return Err(WifiProblem::NameNotSendable {
            ssid: network.ssid.display(),
        });
    };
    let current = s.get(cdm::WIRELESS_CONFIG)?;
    let secret = passphrase.filter(|_| network.security.needs_passphrase());
    let body = cdm::fill_wireless_config(&current, name, &network.wire, secret)
        .map_err(|e| WifiProblem::ews(cdm::WIRELESS_CONFIG, e))?;
    drop(current);
    let answer = s.request(
        Method::PATCH,
        cdm::WIRELESS_CONFIG,
        Some((cdm::JSON, &body)),
    )?;
    if answer.status == 204 {
        Ok(())
    } else {
        Err(WifiProblem::http(
            cdm::WIRELESS_CONFIG,
            HttpError::Status(answer.status),
        ))
    }
}
