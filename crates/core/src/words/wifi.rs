//! Setting the printer's Wi-Fi, in words: its state, its networks, each step of a join,
//! how it ended and why, the setup network, what a password must be, and what the
//! support summary says of it (never the password).

use std::time::SystemTime;

use fluent_bundle::FluentValue;

use super::join::{labelled, list, with_note};
use super::problem::problem as read_problem;
use crate::air::setup_network::{Returned, SetupError};
use crate::i18n::Localizer;
use crate::journey::PrinterWifiRecord;
use crate::net::wifi::{
    JoinReport, Network, NetworksReport, PassphraseError, Progress, Protocol, Security,
    StatusReport, WifiProblem,
};

pub fn wifi_protocol(p: Protocol, l: &Localizer) -> String {
    l.t(match p {
        Protocol::Ledm => "wifi-protocol-ledm",
        Protocol::Cdm => "wifi-protocol-cdm",
    })
}

pub fn wifi_security(s: Security, l: &Localizer) -> String {
    l.t(match s {
        Security::Open => "wifi-security-open",
        Security::Wep => "wifi-security-wep",
        Security::WpaPersonal => "wifi-security-wpa-personal",
        Security::Wpa2Personal => "wifi-security-wpa2-personal",
        Security::Wpa3Personal => "wifi-security-wpa3-personal",
        Security::Wpa2Wpa3Personal => "wifi-security-wpa2-wpa3-personal",
        Security::Enterprise => "wifi-security-enterprise",
        Security::Unknown => "wifi-security-unknown",
    })
}

/// What went wrong, in the reader's language.
pub fn wifi_problem(p: &WifiProblem, l: &Localizer) -> String {
    let (id, args): (&str, Vec<(&str, FluentValue<'_>)>) = match p {
        WifiProblem::Read(p) => return read_problem(p, l),
        WifiProblem::SignInNeeded { source } => (
            "wifi-problem-sign-in",
            vec![("source", source.clone().into())],
        ),
        WifiProblem::SignInRefused { source } => (
            "wifi-problem-sign-in-refused",
            vec![("source", source.clone().into())],
        ),
        WifiProblem::WrongPassphrase { code: Some(code) } => (
            "wifi-problem-wrong-passphrase-code",
            vec![("code", code.0.clone().into())],
        ),
        WifiProblem::WrongPassphrase { code: None } => ("wifi-problem-wrong-passphrase", vec![]),
        WifiProblem::NetworkNotFound { ssid } => (
            "wifi-problem-network-not-found",
            vec![("ssid", ssid.clone().into())],
        ),
        WifiProblem::NameNotSendable { ssid } => (
            "wifi-problem-name-not-sendable",
            vec![("ssid", ssid.clone().into())],
        ),
        WifiProblem::UnencryptedRefused => ("wifi-problem-unencrypted", vec![]),
        WifiProblem::NotSupported => ("wifi-problem-not-supported", vec![]),
        WifiProblem::NotJoinedInTime { seconds } => (
            "wifi-problem-not-joined-in-time",
            vec![("seconds", (*seconds).into())],
        ),
        WifiProblem::LostContact => ("wifi-problem-lost-contact", vec![]),
        WifiProblem::CablePluggedIn => ("wifi-problem-cable", vec![]),
        WifiProblem::PrinterCode(code) => {
            ("wifi-problem-code", vec![("code", code.0.clone().into())])
        }
    };
    l.t_args(id, &args)
}

/// `wifi status` as lines: the state, then how it was read, then what did not work.
pub fn wifi_status_lines(r: &StatusReport, address: &str, l: &Localizer) -> Vec<String> {
    let mut out = Vec::new();
    match &r.state {
        None => out.push(l.t_args("wifi-status-unread", &[("address", address.into())])),
        Some(s) if !s.present => out.push(l.t("wifi-status-no-adapter")),
        Some(s) => {
            out.push(match (s.connected, &s.ssid) {
                (Some(true), Some(ssid)) => {
                    l.t_args("wifi-status-connected", &[("ssid", ssid.display().into())])
                }
                (Some(true), None) => l.t("wifi-status-connected-no-name"),
                (Some(false), _) => l.t("wifi-status-not-connected"),
                (None, _) => l.t("wifi-status-not-said"),
            });
            if let Some(ip) = s.ipv4 {
                out.push(l.t_args("wifi-status-address", &[("address", ip.to_string().into())]));
            }
            if s.enabled == Some(false) {
                out.push(l.t("wifi-status-radio-off"));
            }
            if s.cable == Some(true) {
                out.push(l.t("wifi-status-cable"));
            }
        }
    }
    if let Some(p) = r.protocol {
        out.push(read_over(p, r.encrypted, l));
    }
    out.extend(problem_lines(&r.problems, l));
    out
}

fn read_over(p: Protocol, encrypted: bool, l: &Localizer) -> String {
    let how = l.t(if encrypted {
        "wifi-secure"
    } else {
        "wifi-not-secure"
    });
    l.t_args(
        "wifi-read-over",
        &[
            ("protocol", wifi_protocol(p, l).into()),
            ("how", how.into()),
        ],
    )
}

fn problem_lines(problems: &[WifiProblem], l: &Localizer) -> Vec<String> {
    problems
        .iter()
        .map(|p| labelled(l, &l.t("report-problem"), &wifi_problem(p, l)))
        .collect()
}

/// One network: "“HomeWiFi”: WPA2 personal, signal good, channel 6".
pub fn wifi_network_line(n: &Network, l: &Localizer) -> String {
    let mut details = vec![wifi_security(n.security, l)];
    details.extend(n.signal.map(|b| super::printer::signal(b, l)));
    details.extend(
        n.channel
            .map(|c| l.t_args("wifi-channel", &[("channel", c.into())])),
    );
    l.t_args(
        "wifi-network-line",
        &[
            ("ssid", n.ssid.display().into()),
            ("details", list(l, &details).into()),
        ],
    )
}

/// `wifi networks` as lines.
pub fn wifi_network_lines(r: &NetworksReport, l: &Localizer) -> Vec<String> {
    let mut out: Vec<String> = r.networks.iter().map(|n| wifi_network_line(n, l)).collect();
    if r.read && r.networks.is_empty() {
        out.push(l.t("wifi-networks-none"));
    }
    out.extend(problem_lines(&r.problems, l));
    out
}

/// A step of the flow, to show and announce.
pub fn wifi_progress(p: Progress, l: &Localizer) -> String {
    match p {
        Progress::Reaching => l.t("wifi-progress-reaching"),
        Progress::RadioOn => l.t("wifi-progress-radio-on"),
        Progress::Scanning { seconds } => {
            l.t_args("wifi-progress-scanning", &[("seconds", seconds.into())])
        }
        Progress::Sending => l.t("wifi-progress-sending"),
        Progress::Waiting { seconds, limit } => l.t_args(
            "wifi-progress-waiting",
            &[("seconds", seconds.into()), ("limit", limit.into())],
        ),
    }
}

/// How a join ended: a heading, then the reasons.
pub fn wifi_join_lines(r: &JoinReport, l: &Localizer) -> (String, Vec<String>) {
    let ssid = r.ssid.display();
    let heading = match (r.joined, r.ipv4, r.sent) {
        (true, Some(ip), _) => l.t_args(
            "wifi-joined",
            &[("ssid", ssid.into()), ("address", ip.to_string().into())],
        ),
        (true, None, _) | (false, _, true) => {
            l.t_args("wifi-sent-not-verified", &[("ssid", ssid.into())])
        }
        (false, _, false) => l.t_args("wifi-not-joined", &[("ssid", ssid.into())]),
    };
    let mut lines = Vec::new();
    if r.joined {
        lines.push(l.t("wifi-joined-find-again"));
    }
    lines.extend(problem_lines(&r.problems, l));
    (heading, lines)
}

/// Why a Wi-Fi password cannot be used.
pub fn passphrase_error(e: PassphraseError, l: &Localizer) -> String {
    l.t(match e {
        PassphraseError::TooShort => "wifi-passphrase-too-short",
        PassphraseError::TooLong => "wifi-passphrase-too-long",
        PassphraseError::Control => "wifi-passphrase-control",
    })
}

/// Joining the printer's setup network went wrong.
pub fn setup_error(e: &SetupError, ssid: &str, l: &Localizer) -> String {
    let id = match e {
        SetupError::NotOnThisSystem => "wifi-setup-not-here",
        SetupError::NoNetworkManager => "wifi-setup-no-nm",
        SetupError::NoWifiDevice => "wifi-setup-no-device",
        SetupError::NotPermitted => "wifi-setup-not-permitted",
        SetupError::Failed => "wifi-setup-failed",
        SetupError::TimedOut => "wifi-setup-timed-out",
    };
    l.t_args(id, &[("ssid", ssid.into())])
}

/// Where this computer is after leaving the printer's setup network.
pub fn setup_returned(r: Returned, l: &Localizer) -> String {
    l.t(match r {
        Returned::ToPrevious => "wifi-setup-returned",
        Returned::NothingToReturnTo => "wifi-setup-nothing-to-return",
        Returned::PreviousNotBack => "wifi-setup-not-back",
    })
}

/// One time the printer's Wi-Fi was set through its web page, for the support summary:
/// when and how it ended, which printer (and setup network), then its problems.
pub fn printer_wifi_lines(
    r: &PrinterWifiRecord,
    l: &Localizer,
    utc: &dyn Fn(SystemTime) -> String,
) -> Vec<String> {
    let ssid = || ("ssid", FluentValue::from(r.ssid.clone()));
    let result = match (r.joined, r.ipv4, r.sent) {
        (true, Some(ip), _) => {
            l.t_args("wifi-joined", &[ssid(), ("address", ip.to_string().into())])
        }
        (true, None, _) | (false, _, true) => l.t_args("wifi-sent-not-verified", &[ssid()]),
        (false, _, false) => l.t_args("wifi-not-joined", &[ssid()]),
    };
    let label = with_note(l, &l.t("report-printer-wifi"), &utc(r.at));
    let mut out = vec![labelled(l, &label, &result)];
    if let Some(address) = &r.printer {
        out.push(labelled(l, &l.t("report-address"), address));
    }
    if let Some(name) = &r.setup_network {
        out.push(l.t_args(
            "report-printer-wifi-setup-network",
            &[("ssid", name.clone().into())],
        ));
    }
    if let Some(p) = r.protocol {
        let how = l.t(if r.encrypted {
            "wifi-secure"
        } else {
            "wifi-not-secure"
        });
        out.push(l.t_args(
            "report-printer-wifi-over",
            &[
                ("protocol", wifi_protocol(p, l).into()),
                ("how", how.into()),
            ],
        ));
    }
    out.extend(problem_lines(&r.problems, l));
    out
}

/// The question the window asks before a password crosses the network unencrypted.
pub fn unencrypted_question(l: &Localizer) -> String {
    l.t("wifi-unencrypted-question")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::wifi::{Ssid, VsaCode};

    #[test]
    fn every_problem_step_and_setup_error_has_words_in_every_language() {
        let problems = [
            WifiProblem::SignInNeeded {
                source: "/cdm/ioConfig/v2/adapterConfigs".into(),
            },
            WifiProblem::SignInRefused {
                source: "/x".into(),
            },
            WifiProblem::WrongPassphrase {
                code: Some(VsaCode("603".into())),
            },
            WifiProblem::WrongPassphrase { code: None },
            WifiProblem::NetworkNotFound {
                ssid: "Home".into(),
            },
            WifiProblem::NameNotSendable {
                ssid: "\\xff".into(),
            },
            WifiProblem::UnencryptedRefused,
            WifiProblem::NotSupported,
            WifiProblem::NotJoinedInTime { seconds: 120 },
            WifiProblem::LostContact,
            WifiProblem::CablePluggedIn,
            WifiProblem::PrinterCode(VsaCode("101".into())),
        ];
        let steps = [
            Progress::Reaching,
            Progress::RadioOn,
            Progress::Scanning { seconds: 3 },
            Progress::Sending,
            Progress::Waiting {
                seconds: 10,
                limit: 120,
            },
        ];
        let setup = [
            SetupError::NotOnThisSystem,
            SetupError::NoNetworkManager,
            SetupError::NoWifiDevice,
            SetupError::NotPermitted,
            SetupError::Failed,
            SetupError::TimedOut,
        ];
        for (tag, _) in crate::i18n::available() {
            let l = Localizer::new(tag);
            let mut all: Vec<String> = problems.iter().map(|p| wifi_problem(p, &l)).collect();
            all.extend(steps.iter().map(|s| wifi_progress(*s, &l)));
            all.extend(setup.iter().map(|e| setup_error(e, "HP-Setup>ab", &l)));
            for s in [
                Security::Open,
                Security::Wep,
                Security::WpaPersonal,
                Security::Wpa2Personal,
                Security::Wpa3Personal,
                Security::Wpa2Wpa3Personal,
                Security::Enterprise,
                Security::Unknown,
            ] {
                all.push(wifi_security(s, &l));
            }
            for r in [
                Returned::ToPrevious,
                Returned::NothingToReturnTo,
                Returned::PreviousNotBack,
            ] {
                all.push(setup_returned(r, &l));
            }
            for w in &all {
                assert!(!w.starts_with("wifi-") && !w.is_empty(), "{tag}: {w}");
            }
            assert!(all[2].contains("603"), "{tag}: {}", all[2]);
        }
        let l = Localizer::new("en-US");
        let report = JoinReport {
            protocol: Some(Protocol::Ledm),
            ssid: Ssid::from_text("Home").unwrap(),
            encrypted: true,
            sent: true,
            joined: true,
            ipv4: Some("192.0.2.30".parse().unwrap()),
            problems: vec![],
        };
        let (heading, _) = wifi_join_lines(&report, &l);
        assert!(
            heading.contains("“Home”") && heading.contains("192.0.2.30"),
            "{heading}"
        );
    }
}
