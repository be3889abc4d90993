//! The troubleshooting checks that can be measured: run on the worker's side, each with
//! a state and the time it was made, for the page and the support summary.

pub mod air;
pub mod same_wifi;

use std::net::{IpAddr, SocketAddr, TcpStream};
use std::time::{Duration, SystemTime};

use crate::air::networks::Air;
use crate::net::address::Target;
use crate::net::certificates::Certificates;
use crate::net::ews::AdapterKind;
use crate::net::http::Limits;
use crate::net::local::{self, LocalNetwork};
use crate::net::probe::{self, Report};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckId {
    PrinterAnswers,
    SameNetwork,
    WebServer,
    Firmware,
    WirelessAdapter,
    /// The printer shows the certificate the app trusted before (or its first one).
    Certificate,
    RouterAnswers,
    /// From the air (facts/wifi-beacons.md §5): this computer's network offers WPS…
    RouterWps,
    /// …its WPS says "configured"…
    WpsConfigured,
    /// …and is not locked; the network has a 2.4 GHz access point, lets WPA2 devices
    /// join, uses a security WPS works with, shows its name, and only one router is in
    /// push-button mode.
    WpsUnlocked,
    Band24,
    NotWpa3Only,
    WpsSecurity,
    NameVisible,
    OnePushButton,
    /// The printer joined the Wi-Fi network this computer is on (its report against the
    /// air: [`same_wifi`]).
    SameWifi,
}

impl CheckId {
    pub const ALL: [CheckId; 7] = [
        CheckId::PrinterAnswers,
        CheckId::SameNetwork,
        CheckId::WebServer,
        CheckId::Firmware,
        CheckId::WirelessAdapter,
        CheckId::Certificate,
        CheckId::RouterAnswers,
    ];

    /// The checks read from the air, in the order they are shown.
    pub const AIR: [CheckId; 9] = [
        CheckId::RouterWps,
        CheckId::WpsConfigured,
        CheckId::WpsUnlocked,
        CheckId::Band24,
        CheckId::NotWpa3Only,
        CheckId::WpsSecurity,
        CheckId::NameVisible,
        CheckId::OnePushButton,
        CheckId::SameWifi,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CheckId::PrinterAnswers => "printer_answers",
            CheckId::SameNetwork => "same_network",
            CheckId::WebServer => "web_server",
            CheckId::Firmware => "firmware",
            CheckId::WirelessAdapter => "wireless_adapter",
            CheckId::Certificate => "certificate",
            CheckId::RouterAnswers => "router_answers",
            CheckId::RouterWps => "router_wps",
            CheckId::WpsConfigured => "wps_configured",
            CheckId::WpsUnlocked => "wps_unlocked",
            CheckId::Band24 => "band_2_4_ghz",
            CheckId::NotWpa3Only => "not_wpa3_only",
            CheckId::WpsSecurity => "wps_security",
            CheckId::NameVisible => "name_visible",
            CheckId::OnePushButton => "one_push_button",
            CheckId::SameWifi => "same_wifi",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckState {
    Passed,
    Failed,
    /// Needs something the person has not given yet (e.g. the printer's address).
    NotChecked,
    /// Cannot be measured from this computer (e.g. the printer does not report it).
    CannotCheck,
}

impl CheckState {
    pub fn key(self) -> &'static str {
        match self {
            CheckState::Passed => "passed",
            CheckState::Failed => "failed",
            CheckState::NotChecked => "not_checked",
            CheckState::CannotCheck => "cannot_check",
        }
    }
}

/// Why a check was not made (with [`CheckState::NotChecked`]), when the run knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotChecked {
    /// No printer address was given: the printer was not asked.
    NotAsked,
    /// The printer did not answer, so what it would have said was skipped.
    NoAnswer,
}

impl NotChecked {
    pub fn key(self) -> &'static str {
        match self {
            NotChecked::NotAsked => "not_asked",
            NotChecked::NoAnswer => "skipped",
        }
    }
}

/// A value that goes with a check's result, by what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckDetail {
    /// An address: the printer's, this computer's, the router's.
    Address(String),
    /// A Wi-Fi network's name.
    Network(String),
    /// The printer's firmware revision.
    Firmware(String),
}

impl CheckDetail {
    /// The value as shown.
    pub fn as_str(&self) -> &str {
        match self {
            CheckDetail::Address(s) | CheckDetail::Network(s) | CheckDetail::Firmware(s) => s,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CheckResult {
    pub id: CheckId,
    pub state: CheckState,
    /// With `NotChecked`: why (none when the run does not know, as for the air).
    pub why_not: Option<NotChecked>,
    /// A value that goes with it: the firmware revision, the SSID, an address.
    pub detail: Option<CheckDetail>,
    pub at: SystemTime,
}

impl CheckResult {
    /// The state's key for scripts; a check not made says why when the run knows
    /// ("not_asked", "skipped").
    pub fn state_key(&self) -> &'static str {
        match (self.state, self.why_not) {
            (CheckState::NotChecked, Some(why)) => why.key(),
            (state, _) => state.key(),
        }
    }
}

/// Everything the checks found, kept for the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckRun {
    pub results: Vec<CheckResult>,
    pub local: Option<LocalNetwork>,
    pub printer: Option<Report>,
    pub router: Option<SocketAddr>,
    /// The Wi-Fi around this computer, when it was read (`checks::air::add`).
    pub air: Option<Air>,
}

/// Whether something listens at `addr` (a TCP connection opens within `timeout`).
fn answers(addr: SocketAddr, timeout: Duration) -> bool {
    TcpStream::connect_timeout(&addr, timeout).is_ok()
}

/// Runs every measured check. `router` replaces the default gateway (tests, or a router
/// that is not the gateway); without it the gateway's web port is tried. The printer is
/// probed like everywhere else: its certificate is checked against `certificates`.
pub fn run(
    target: Option<&Target>,
    router: Option<SocketAddr>,
    certificates: &Certificates,
    limits: Limits,
) -> CheckRun {
    let local = local::detect();
    let printer = target.map(|t| probe::probe(t, certificates, limits));
    let router = router.or_else(|| {
        local
            .as_ref()
            .and_then(|l| l.gateway)
            .map(|ip| SocketAddr::new(ip, 80))
    });
    let router_ok = router.map(|addr| answers(addr, limits.connect));
    let results = evaluate(printer.as_ref(), local.as_ref(), router, router_ok);
    CheckRun {
        results,
        local,
        printer,
        router,
        air: None,
    }
}

/// Turns what was measured into check results (pure, so every case is testable).
pub fn evaluate(
    printer: Option<&Report>,
    local: Option<&LocalNetwork>,
    router: Option<SocketAddr>,
    router_ok: Option<bool>,
) -> Vec<CheckResult> {
    let at = SystemTime::now();
    // A check that was not made says why: no address was given, or no answer came.
    let why_not = if printer.is_some() {
        NotChecked::NoAnswer
    } else {
        NotChecked::NotAsked
    };
    let r = |id, state, detail: Option<CheckDetail>| CheckResult {
        id,
        state,
        why_not: (state == CheckState::NotChecked).then_some(why_not),
        detail,
        at,
    };
    let mut out = Vec::new();
    let Some(p) = printer else {
        for id in CheckId::ALL
            .into_iter()
            .filter(|id| *id != CheckId::RouterAnswers)
        {
            out.push(r(id, CheckState::NotChecked, None));
        }
        out.push(router_result(router, router_ok, at));
        return out;
    };
    let host = p.target.host.to_string();
    out.push(r(
        CheckId::PrinterAnswers,
        if p.answered {
            CheckState::Passed
        } else {
            CheckState::Failed
        },
        Some(CheckDetail::Address(host.clone())),
    ));
    let same = match (p.target.host.ip(), local) {
        (Some(IpAddr::V4(ip)), Some(l)) if !l.ipv4.is_empty() => {
            if l.same_subnet(ip) {
                CheckState::Passed
            } else {
                CheckState::Failed
            }
        }
        _ => CheckState::CannotCheck,
    };
    out.push(r(
        CheckId::SameNetwork,
        same,
        local.map(|l| CheckDetail::Address(l.addresses_text())),
    ));
    let web = if p
        .identity
        .sources
        .iter()
        .any(|s| *s != crate::net::identity::Source::Ipp)
    {
        CheckState::Passed
    } else if p.answered {
        CheckState::Failed
    } else {
        CheckState::NotChecked
    };
    out.push(r(CheckId::WebServer, web, None));
    // What the printer did not say cannot be checked; a printer that did not answer
    // was not asked.
    let unsaid = if p.answered {
        CheckState::CannotCheck
    } else {
        CheckState::NotChecked
    };
    let fw = p
        .identity
        .firmware
        .as_ref()
        .map(|f| CheckDetail::Firmware(f.value.clone()));
    out.push(r(
        CheckId::Firmware,
        if fw.is_some() {
            CheckState::Passed
        } else {
            unsaid
        },
        fw,
    ));
    let wifi = p
        .identity
        .adapters
        .iter()
        .find(|a| a.kind == AdapterKind::Wifi);
    let (state, detail) = match wifi {
        Some(a) if a.connected == Some(true) => {
            (CheckState::Passed, a.ssid.clone().map(CheckDetail::Network))
        }
        Some(_) => (CheckState::Failed, None),
        None => (unsaid, None),
    };
    out.push(r(CheckId::WirelessAdapter, state, detail));
    let certificate = if p.certificate_changed() {
        CheckState::Failed
    } else if p.certificate.is_some() {
        CheckState::Passed
    } else {
        unsaid
    };
    out.push(r(CheckId::Certificate, certificate, None));
    out.push(router_result(router, router_ok, at));
    out
}

fn router_result(router: Option<SocketAddr>, ok: Option<bool>, at: SystemTime) -> CheckResult {
    let state = match ok {
        Some(true) => CheckState::Passed,
        Some(false) => CheckState::Failed,
        None => CheckState::CannotCheck,
    };
    CheckResult {
        id: CheckId::RouterAnswers,
        state,
        why_not: None,
        detail: router.map(|a| CheckDetail::Address(a.ip().to_string())),
        at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_printer_only_the_router_is_measured() {
        let out = evaluate(None, None, None, None);
        assert_eq!(out.len(), CheckId::ALL.len());
        assert!(out[..6].iter().all(|c| c.state == CheckState::NotChecked));
        assert!(out[..6].iter().all(|c| c.state_key() == "not_asked"));
        assert_eq!(out[6].state, CheckState::CannotCheck);
        let addr: SocketAddr = "127.0.0.1:9".parse().unwrap();
        let out = evaluate(None, None, Some(addr), Some(false));
        assert_eq!(out[6].id, CheckId::RouterAnswers);
        assert_eq!(out[6].state, CheckState::Failed);
        assert_eq!(
            out[6].detail.as_ref().map(CheckDetail::as_str),
            Some("127.0.0.1")
        );
    }
}
