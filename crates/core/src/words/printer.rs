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
