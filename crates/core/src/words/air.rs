//! The air in words: a network's verdict and warnings, why nothing could be read, the
//! printers seen, and the lines of the command line and the support summary.

use super::files::file_error;
use super::join::{labelled, list, with_note};
use crate::air::bss::Bss;
use crate::air::networks::{Air, Network, Verdict, Warning};
use crate::air::printers::{PrinterInAir, PrinterNetwork};
use crate::air::reading::{ScanRequest, Unavailable};
use crate::air::rsn::Akm;
use crate::i18n::Localizer;

/// The sentence a person reads about a network's WPS.
pub fn air_verdict(v: Verdict, l: &Localizer) -> String {
    l.t(match v {
        Verdict::NoWps => "air-verdict-no-wps",
        Verdict::Unconfigured => "air-verdict-unconfigured",
        Verdict::Locked => "air-verdict-locked",
        Verdict::PinActive => "air-verdict-pin-active",
        Verdict::PushButtonActive => "air-verdict-push-button-active",
        Verdict::Ready => "air-verdict-ready",
        Verdict::UnknownState => "air-verdict-unknown-state",
    })
}

/// A few words for lists ("waiting for a PIN").
pub fn air_verdict_short(v: Verdict, l: &Localizer) -> String {
    l.t(match v {
        Verdict::NoWps => "air-short-no-wps",
        Verdict::Unconfigured => "air-short-unconfigured",
        Verdict::Locked => "air-short-locked",
        Verdict::PinActive => "air-short-pin-active",
        Verdict::PushButtonActive => "air-short-push-button-active",
        Verdict::Ready => "air-short-ready",
        Verdict::UnknownState => "air-short-unknown-state",
    })
}

pub fn air_warning(w: Warning, l: &Localizer) -> String {
    l.t(match w {
        Warning::No24Ghz => "air-warning-no-2-4-ghz",
        Warning::Wpa3Only => "air-warning-wpa3-only",
        Warning::TransitionPmfRequired => "air-warning-transition-pmf",
        Warning::TkipOnly => "air-warning-tkip-only",
        Warning::OpenOrWep => "air-warning-open-or-wep",
        Warning::Hidden => "air-warning-hidden",
        Warning::PushButtonOverlap => "air-warning-push-button-overlap",
        Warning::WpsStillOn => "air-warning-wps-still-on",
    })
}

/// Why nothing could be read, in one plain sentence (none when reading is off).
pub fn air_unavailable(u: &Unavailable, l: &Localizer) -> Option<String> {
    Some(match u {
        Unavailable::NoWifi => l.t("air-unavailable-no-wifi"),
        Unavailable::NotAllowed => l.t("air-unavailable-not-allowed"),
        Unavailable::NotOnThisSystem => l.t("air-unavailable-not-on-this-system"),
        Unavailable::Failed => l.t("air-unavailable-failed"),
        Unavailable::File(e) => l.t_args(
            "air-unavailable-file",
            &[("reason", file_error(e, l).into())],
        ),
        Unavailable::Off => return None,
    })
}

/// What asking for a fresh scan came to, when the person should know.
pub fn air_scan(s: ScanRequest, l: &Localizer) -> Option<String> {
    match s {
        ScanRequest::NoNetworkManager => Some(l.t("air-scan-no-networkmanager")),
        ScanRequest::NotPermitted => Some(l.t("air-scan-not-permitted")),
        ScanRequest::Refused => Some(l.t("air-scan-refused")),
        _ => None,
    }
}

/// "Read 4 seconds ago."
pub fn air_age(seconds: u64, l: &Localizer) -> String {
    l.t_args("air-age", &[("seconds", seconds.into())])
}

/// The network's name in quotes, or that it is hidden.
pub fn air_network_name(n: &Network, l: &Localizer) -> String {
    match &n.ssid {
        Some(s) => l.t_args("air-quoted", &[("name", s.clone().into())]),
        None => l.t("air-hidden-name"),
    }
}

/// "“Home”: waiting for a PIN (this computer's network)".
pub fn air_network_line(n: &Network, l: &Localizer) -> String {
    let line = labelled(l, &air_network_name(n, l), &air_verdict_short(n.verdict, l));
    if n.connected {
        l.t_args("air-this-network", &[("network", line.into())])
    } else {
        line
    }
}

/// "PSK, SAE; PMF required", or that the access point uses no WPA2/WPA3.
fn security(b: &Bss, l: &Localizer) -> String {
    let Some(rsn) = &b.security.rsn else {
        return l.t("air-security-none");
    };
    let akms: Vec<String> = rsn
        .akms
        .iter()
        .map(|a| match a {
            Akm::Ieee8021x => "802.1X".to_owned(),
            other => other.key().to_uppercase(),
        })
        .collect();
    let mut out = list(l, &akms);
    if rsn.pmf_required() {
        out = l.t_args("air-security-pmf", &[("akms", out.into())]);
    }
    out
}

/// One access point: "a0:…: 2.4 GHz, -48 dBm, PSK, SAE, WPS 2.0".
pub fn air_bss_line(b: &Bss, l: &Localizer) -> String {
    let mut parts = vec![
        b.band.text().to_owned(),
        b.signal_dbm.map(|d| format!("{d} dBm")).unwrap_or_default(),
        security(b, l),
    ];
    if let Some(w) = &b.wps {
        parts.push(format!("WPS {}", w.version_text()));
    }
    if !b.problems.is_empty() {
        parts.push(l.t("air-damaged"));
    }
    parts.retain(|p| !p.is_empty());
    labelled(l, &b.bssid_text(), &list(l, &parts))
}

/// What a printer's own network tells the person.
pub fn air_printer(p: &PrinterInAir, l: &Localizer) -> String {
    let ssid = p.ssid.clone().into();
    match (&p.model, p.kind) {
        (Some(m), PrinterNetwork::Setup) => l.t_args(
            "air-printer-setup",
            &[("model", m.clone().into()), ("ssid", ssid)],
        ),
        (None, PrinterNetwork::Setup) => l.t_args("air-printer-setup-unnamed", &[("ssid", ssid)]),
        (Some(m), PrinterNetwork::Direct) => l.t_args(
            "air-printer-direct",
            &[("model", m.clone().into()), ("ssid", ssid)],
        ),
        (None, PrinterNetwork::Direct) => l.t_args("air-printer-direct-unnamed", &[("ssid", ssid)]),
    }
}

/// Without a scan before the reading, a network that shows no 2.4 GHz access point may
/// still have one (the cache may hold only this computer's access point): said instead
/// of the warning, for this computer's network.
pub fn air_band_unchecked(air: &Air, l: &Localizer) -> Option<String> {
    let n = air.connected()?;
    let no_2_4 = !n.bands().contains(&crate::air::bss::Band::Ghz2_4);
    (!air.followed_scan && no_2_4).then(|| l.t("air-band-not-checked"))
}

/// "Warning: …".
pub fn air_warning_line(w: Warning, l: &Localizer) -> String {
    l.t_args("words-warning", &[("message", air_warning(w, l).into())])
}

/// Everything read, as lines (the command line and the support summary): this
/// computer's network with its verdict and warnings, the others, the printers.
pub fn air_lines(air: &Air, l: &Localizer) -> Vec<String> {
    let read = with_note(l, &crate::time::utc(air.at), air.source.key());
    let mut out = vec![labelled(l, &l.t("air-report-read"), &read)];
    match &air.unavailable {
        Some(u) => out.extend(air_unavailable(u, l)),
        None => out.extend(air_scan(air.scan, l)),
    }
    if air.unavailable.is_none() && air.networks.is_empty() {
        out.push(l.t("air-nothing-seen"));
    }
    match air.connected() {
        Some(n) => {
            out.push(air_verdict(n.verdict, l));
            out.extend(n.warnings.iter().map(|w| air_warning_line(*w, l)));
            out.extend(air_band_unchecked(air, l));
        }
        None if !air.networks.is_empty() => out.push(l.t("air-not-on-wifi")),
        None => {}
    }
    for n in &air.networks {
        let mut line = air_network_line(n, l);
        if let Some(ms) = n.seen_ms_ago() {
            line = l.t_args(
                "air-line-with-age",
                &[
                    ("line", line.into()),
                    ("age", air_age(u64::from(ms) / 1000, l).into()),
                ],
            );
        }
        out.push(line);
        out.extend(n.bss.iter().map(|b| format!("  {}", air_bss_line(b, l))));
    }
    out.extend(air.printers.iter().map(|p| air_printer(p, l)));
    out
}
