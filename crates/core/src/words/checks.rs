//! The measured troubleshooting checks in words.

use super::join::{labelled, with_detail};
use crate::air::networks::Warning;
use crate::checks::{CheckId, CheckResult, CheckRun, CheckState, NotChecked, same_wifi};
use crate::i18n::Localizer;

pub fn check_name(id: CheckId, l: &Localizer) -> String {
    l.t(match id {
        CheckId::PrinterAnswers => "check-printer-answers",
        CheckId::SameNetwork => "check-same-network",
        CheckId::WebServer => "check-web-server",
        CheckId::Firmware => "check-firmware",
        CheckId::WirelessAdapter => "check-wireless-adapter",
        CheckId::Certificate => "check-certificate",
        CheckId::RouterAnswers => "check-router-answers",
        CheckId::RouterWps => "check-air-wps",
        CheckId::WpsConfigured => "check-air-configured",
        CheckId::WpsUnlocked => "check-air-unlocked",
        CheckId::Band24 => "check-air-band",
        CheckId::NotWpa3Only => "check-air-wpa2",
        CheckId::WpsSecurity => "check-air-security",
        CheckId::NameVisible => "check-air-visible",
        CheckId::OnePushButton => "check-air-one-button",
        CheckId::SameWifi => "check-same-wifi",
    })
}

pub fn check_state(state: CheckState, l: &Localizer) -> String {
    l.t(match state {
        CheckState::Passed => "check-state-passed",
        CheckState::Failed => "check-state-failed",
        CheckState::NotChecked => "check-state-not-checked",
        CheckState::CannotCheck => "check-state-cannot",
    })
}

/// A result's state in words: a check not made says why when the run knows ("Not asked
/// (no printer address)", "Skipped (the printer did not answer)").
pub fn check_result_state(c: &CheckResult, l: &Localizer) -> String {
    match (c.state, c.why_not) {
        (CheckState::NotChecked, Some(NotChecked::NotAsked)) => l.t("check-state-not-asked"),
        (CheckState::NotChecked, Some(NotChecked::NoAnswer)) => l.t("check-state-skipped"),
        (state, _) => check_state(state, l),
    }
}

/// "The printer answers: Passed — 192.168.1.23".
pub fn check_line(c: &CheckResult, l: &Localizer) -> String {
    let line = labelled(l, &check_name(c.id, l), &check_result_state(c, l));
    match &c.detail {
        Some(d) => with_detail(l, &line, d.as_str()),
        None => line,
    }
}

/// What the result means for the person, and what to do.
// The air checks' advice is the air's own wording (facts/wifi-beacons.md §5); every
// message names its own source in the locale files.
pub fn check_explanation(id: CheckId, state: CheckState, l: &Localizer) -> String {
    use CheckId::*;
    use CheckState::*;
    l.t(match (id, state) {
        (PrinterAnswers, Failed) => "check-printer-answers-failed",
        (SameNetwork, Failed) => "check-same-network-failed",
        (WebServer, Failed) => "check-web-server-failed",
        (WirelessAdapter, Failed) => "check-wireless-adapter-failed",
        (RouterAnswers, Failed) => "check-router-answers-failed",
        (Certificate, Failed) => "check-certificate-failed",
        (RouterWps, Failed) => "air-verdict-no-wps",
        (RouterWps, NotChecked) => "air-not-on-wifi",
        (RouterWps, CannotCheck) => "air-unavailable-failed",
        (WpsConfigured, Failed) => "air-verdict-unconfigured",
        (WpsUnlocked, Failed) => "air-verdict-locked",
        (Band24, Failed) => "air-warning-no-2-4-ghz",
        (Band24, CannotCheck) => "air-band-not-checked",
        (NotWpa3Only, Failed) => "air-warning-wpa3-only",
        (WpsSecurity, Failed) => "check-air-security-failed",
        (NameVisible, Failed) => "air-warning-hidden",
        (OnePushButton, Failed) => "air-warning-push-button-overlap",
        (SameWifi, Failed) => "check-same-wifi-failed",
        (Firmware, Passed) => "check-firmware-passed",
        (_, NotChecked) => "check-not-checked-why",
        (_, CannotCheck) => "check-cannot-why",
        (_, _) => "check-passed-why",
    })
}

/// Why a check came out as it did, in one sentence, from what the run found: one that
/// cannot be made says what the printer or this computer does not report; the router's
/// words are the router page's. `None`: the reason is said once elsewhere, so it is not
/// repeated under each check — no printer chosen (said above the button), the printer
/// did not answer (said by the first check), no network (said above the checks).
pub fn check_reason(c: &CheckResult, run: &CheckRun, l: &Localizer) -> Option<String> {
    use CheckId::*;
    use CheckState::*;
    let offline = no_network(run);
    if c.id == SameWifi && matches!(c.state, Failed | CannotCheck) {
        return Some(same_wifi_reason(c.state, run, l));
    }
    let id = match (c.id, c.state) {
        (_, NotChecked) => return None,
        (RouterAnswers, CannotCheck) | (SameNetwork, CannotCheck) if offline => return None,
        (RouterAnswers, CannotCheck) => "router-no-gateway",
        (SameNetwork, CannotCheck) => "check-why-by-name",
        (Firmware, CannotCheck) => "check-why-no-firmware",
        (WirelessAdapter, CannotCheck) => "check-why-no-wifi-state",
        (Certificate, CannotCheck) => "check-why-no-certificate",
        (id, Failed) if air_warned(run, id).is_some() => {
            return air_warned(run, id).map(|w| super::air::air_warning(w, l));
        }
        (id, state) => return Some(check_explanation(id, state, l)),
    };
    Some(l.t(id))
}

/// The warning behind a failed air check whose words depend on which of its warnings
/// the network got (WPA3 only or PMF required; TKIP only or no WPA at all).
fn air_warned(run: &CheckRun, id: CheckId) -> Option<Warning> {
    let candidates: &[Warning] = match id {
        CheckId::NotWpa3Only => &[Warning::Wpa3Only, Warning::TransitionPmfRequired],
        CheckId::WpsSecurity => &[Warning::TkipOnly, Warning::OpenOrWep],
        _ => return None,
    };
    let network = run.air.as_ref()?.connected()?;
    candidates
        .iter()
        .copied()
        .find(|w| network.warnings.contains(w))
}

/// The two networks by name when they differ; else which name is not known.
fn same_wifi_reason(state: CheckState, run: &CheckRun, l: &Localizer) -> String {
    match (state, same_wifi::names(run)) {
        (CheckState::Failed, (Some(printer), Some(computer))) => l.t_args(
            "check-same-wifi-failed-names",
            &[
                ("printer", printer.to_owned().into()),
                ("computer", computer.to_owned().into()),
            ],
        ),
        (CheckState::Failed, _) => l.t("check-same-wifi-failed"),
        (_, (None, _)) => l.t("check-why-no-printer-network"),
        (_, (Some(_), _)) => l.t("check-why-no-computer-network"),
    }
}

/// Whether the run found this computer on no network (said once, above the checks).
pub fn no_network(run: &CheckRun) -> bool {
    run.local.as_ref().is_none_or(|n| n.ipv4.is_empty())
}
