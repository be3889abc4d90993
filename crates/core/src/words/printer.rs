//! What a printer says about itself, in words: its identity and its connections.

use super::join::{labelled, list};
use super::problem::problem;
use crate::i18n::Localizer;
use crate::net::ews::{Adapter, AdapterKind};
use crate::net::identity::{Identity, Sourced};
use crate::net::probe::Report;

pub fn adapter_kind(kind: AdapterKind, l: &Localizer) -> String {
    l.t(match kind {
        AdapterKind::Ethernet => "probe-kind-ethernet",
        AdapterKind::Wifi => "probe-kind-wifi",
        AdapterKind::WifiDirect => "probe-kind-wifi-direct",
    })
}

/// "connected to “Home”", "not connected", …
pub fn adapter_state(a: &Adapter, l: &Localizer) -> String {
    match (a.connected, &a.ssid) {
        (Some(true), Some(ssid)) => l.t_args("probe-connected-to", &[("ssid", ssid.into())]),
        (Some(true), None) => l.t("probe-connected"),
        (Some(false), _) => l.t("probe-not-connected"),
        (None, _) => l.t("probe-state-unknown"),
    }
}

/// Signal strength from the printer's 0–5 bars.
pub fn signal(bars: u8, l: &Localizer) -> String {
    l.t(match bars {
        0..=1 => "printer-signal-weak",
        2..=3 => "printer-signal-fair",
        _ => "printer-signal-good",
    })
}

/// One connection on one line: "Wi-Fi: connected to “Home”, 192.168.1.23, signal good, …".
pub fn adapter_line(a: &Adapter, l: &Localizer) -> String {
    let mut details = vec![adapter_state(a, l)];
    details.extend(a.ipv4.clone());
    details.extend(a.signal_bars.map(|b| signal(b, l)));
    details.extend(
        a.mac
            .as_ref()
            .map(|m| l.t_args("probe-mac", &[("mac", m.into())])),
    );
    labelled(l, &adapter_kind(a.kind, l), &list(l, &details))
}

/// What a probe tells about Wi-Fi. "Not on Wi-Fi" only when the printer reports a Wi-Fi
/// adapter that is not connected; IPP never reports Wi-Fi state (facts/printer-protocols.md
/// §2), and a printer that reports no adapter may well be on Wi-Fi.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WifiSeen {
    OnWifi,
    NotOnWifi,
    NotSaid,
}

pub fn wifi_seen(id: &Identity) -> WifiSeen {
    if id.connected_wifi().is_some() {
        return WifiSeen::OnWifi;
    }
    let reported_off = id
        .adapters
        .iter()
        .any(|a| a.kind == AdapterKind::Wifi && a.connected == Some(false));
    if reported_off {
        WifiSeen::NotOnWifi
    } else {
        WifiSeen::NotSaid
    }
}

/// The printer's Wi-Fi in one sentence: "Connected to Wi-Fi “Home”, 192.168.1.23, signal
/// good", "… through its network cable. It is not on Wi-Fi yet.", or that it does not say.
pub fn wifi_status(id: &Identity, l: &Localizer) -> (WifiSeen, String) {
    let seen = wifi_seen(id);
    let cable = id
        .adapters
        .iter()
        .any(|a| a.kind == AdapterKind::Ethernet && a.connected == Some(true));
    let text = match (seen, id.connected_wifi()) {
        (WifiSeen::OnWifi, Some(a)) => {
            let mut parts = vec![l.t_args(
                "printer-on-wifi",
                &[("ssid", a.ssid.clone().unwrap_or_default().into())],
            )];
            parts.extend(a.ipv4.clone());
            parts.extend(a.signal_bars.map(|b| signal(b, l)));
            list(l, &parts)
        }
        (WifiSeen::NotOnWifi, _) if cable => l.t("printer-status-cable"),
        (WifiSeen::NotOnWifi, _) => l.t("printer-status-not-wifi"),
        (_, _) if cable => l.t("printer-status-cable-wifi-unknown"),
        (_, _) => l.t("printer-status-wifi-unknown"),
    };
    (seen, text)
}

/// Model, serial number, firmware and device id, as far as the printer told them.
pub fn identity_lines(id: &Identity, include_serial: bool, l: &Localizer) -> Vec<String> {
    let facts: [(&str, &Option<Sourced>, bool); 5] = [
        ("printer-model", &id.model, true),
        ("printer-serial", &id.serial, include_serial),
        ("printer-firmware", &id.firmware, true),
        ("printer-firmware-date", &id.firmware_date, true),
        ("printer-uuid", &id.uuid, true),
    ];
    facts
        .into_iter()
        .filter(|(_, _, shown)| *shown)
        .filter_map(|(label, v, _)| v.as_ref().map(|s| labelled(l, &l.t(label), &s.value)))
        .collect()
}

/// Everything one probe found: identity, then each connection, then what did not work.
pub fn printer_lines(report: &Report, include_serial: bool, l: &Localizer) -> Vec<String> {
    let id = &report.identity;
    let mut out = identity_lines(id, include_serial, l);
    out.extend(id.adapters.iter().map(|a| adapter_line(a, l)));
    out.extend(
        id.problems
            .iter()
            .map(|p| labelled(l, &l.t("report-problem"), &problem(p, l))),
    );
    out
}

/// When nothing answered at a printer's address: one heading that says why (the name
/// was not found, the app does not ask that address, or nothing answered there), and
/// the problems it does not already say.
pub fn no_answer(report: &Report, l: &Localizer) -> (String, Vec<String>) {
    use crate::net::http::{HttpError, NoAnswer};
    use crate::net::problem::ProblemKind;
    let address = report.target.host.to_string();
    let problems = &report.identity.problems;
    let unknown = |k: &ProblemKind| {
        matches!(
            k,
            ProblemKind::Http(HttpError::NoAnswer(NoAnswer::UnknownName))
        )
    };
    let not_asked = |k: &ProblemKind| {
        matches!(
            k,
            ProblemKind::Http(HttpError::Forbidden(_) | HttpError::BadAddress(_))
        )
    };
    let (id, said): (&str, &dyn Fn(&ProblemKind) -> bool) =
        if problems.iter().any(|p| unknown(&p.kind)) {
            ("probe-unknown-name", &unknown)
        } else if !problems.is_empty() && problems.iter().all(|p| not_asked(&p.kind)) {
            ("probe-not-asked", &not_asked)
        } else {
            ("probe-no-answer", &|_: &ProblemKind| false)
        };
    let rest = problems
        .iter()
        .filter(|p| !said(&p.kind))
        .map(|p| labelled(l, &l.t("report-problem"), &problem(p, l)))
        .collect();
    (l.t_args(id, &[("address", address.into())]), rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::address::Target;
    use crate::net::http::{HttpError, NoAnswer};
    use crate::net::problem::{Problem, ProblemKind};

    fn silent(kinds: Vec<ProblemKind>) -> Report {
        Report {
            target: Target::parse("192.0.2.9").unwrap(),
            identity: Identity {
                problems: kinds.into_iter().map(|k| Problem::new("IPP", k)).collect(),
                ..Identity::default()
            },
            answered: false,
            certificate: None,
        }
    }

    #[test]
    fn not_on_wifi_only_when_a_wifi_adapter_says_so() {
        use crate::net::ews::Adapter;
        let l = Localizer::new("en-US");
        let with = |adapters: Vec<Adapter>| Identity {
            adapters,
            ..Identity::default()
        };
        let adapter = |kind, connected| {
            let mut a = Adapter::new("x", kind);
            a.connected = connected;
            a
        };
        // IPP only, or CDM: no adapter reported.
        let (seen, text) = wifi_status(&with(vec![]), &l);
        assert_eq!(seen, WifiSeen::NotSaid);
        assert_eq!(
            text,
            "The printer answers, but it does not say whether it is on Wi-Fi."
        );
        let cable = adapter(AdapterKind::Ethernet, Some(true));
        let (_, text) = wifi_status(&with(vec![cable.clone()]), &l);
        assert!(text.contains("does not say"), "{text}");
        let off = adapter(AdapterKind::Wifi, Some(false));
        let (seen, text) = wifi_status(&with(vec![off.clone()]), &l);
        assert_eq!(seen, WifiSeen::NotOnWifi);
        assert_eq!(text, "The printer answers, but it is not on Wi-Fi yet.");
        let (_, text) = wifi_status(&with(vec![cable, off]), &l);
        assert!(
            text.contains("network cable. It is not on Wi-Fi yet."),
            "{text}"
        );
        // Its own access point being up says nothing about the home network.
        let direct = adapter(AdapterKind::WifiDirect, Some(true));
        assert_eq!(wifi_seen(&with(vec![direct])), WifiSeen::NotSaid);
        let unknown = adapter(AdapterKind::Wifi, None);
        assert_eq!(wifi_seen(&with(vec![unknown])), WifiSeen::NotSaid);
        let mut on = adapter(AdapterKind::Wifi, Some(true));
        on.ssid = Some("Home".into());
        on.ipv4 = Some("192.0.2.8".into());
        let (seen, text) = wifi_status(&with(vec![on]), &l);
        assert_eq!(seen, WifiSeen::OnWifi);
        assert_eq!(text, "Connected to Wi-Fi “Home”, 192.0.2.8");
    }

    #[test]
    fn nothing_answered_is_said_once_with_its_reason() {
        let l = Localizer::new("en-US");
        let (heading, rest) = no_answer(
            &silent(vec![ProblemKind::Http(HttpError::Forbidden("x".into()))]),
            &l,
        );
        assert!(
            heading.starts_with("The app does not ask 192.0.2.9"),
            "{heading}"
        );
        assert!(rest.is_empty(), "not said twice: {rest:?}");
        let (heading, rest) = no_answer(
            &silent(vec![ProblemKind::Http(HttpError::NoAnswer(
                NoAnswer::UnknownName,
            ))]),
            &l,
        );
        assert!(heading.contains("could not be found"), "{heading}");
        assert!(rest.is_empty());
        let (heading, rest) = no_answer(
            &silent(vec![ProblemKind::Http(HttpError::NoAnswer(
                NoAnswer::Refused,
            ))]),
            &l,
        );
        assert!(
            heading.starts_with("Nothing answered at 192.0.2.9"),
            "{heading}"
        );
        assert_eq!(rest.len(), 1, "the reason follows");
    }
}
