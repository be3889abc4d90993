//! `probe`: identity, firmware and network state of one printer.

use std::process::ExitCode;

use crate::i18n::{self, Localizer};
use crate::net::ews::AdapterKind;
use crate::net::http::Limits;
use crate::net::identity::Sourced;
use crate::net::pins::PinStore;
use crate::net::probe::{self, Report, Target};
use crate::settings::SettingsStore;

pub fn run(target: &str, ipp: Option<&str>, as_json: bool) -> ExitCode {
    let target = match Target::parse(target, ipp) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    // Certificates learned before are checked; a first one is remembered.
    let store_dir = SettingsStore::platform().ok().map(|s| s.dir().to_owned());
    let mut pins = store_dir.as_deref().map(PinStore::load);
    let pin = pins.as_ref().and_then(|p| p.get(&target.host));
    let report = probe::probe(&target, pin, Limits::default());
    if let (Some(store), Some(fp)) = (pins.as_mut(), report.pin)
        && pin.is_none()
        && let Err(e) = store.set(&target.host, &fp)
    {
        tracing::warn!("certificate not remembered: {e}");
    }
    if as_json {
        println!("{}", report.identity.to_json(&target.host));
    } else {
        let lang = i18n::system_language().unwrap_or_default();
        print!("{}", text(&report, &Localizer::new(&lang)));
    }
    if report.answered {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

pub fn text(report: &Report, l: &Localizer) -> String {
    let id = &report.identity;
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    let host = report.target.host.clone();
    if !report.answered {
        line(l.t_args("probe-no-answer", &[("address", host.into())]));
    } else {
        line(l.t_args("probe-heading", &[("address", host.into())]));
    }
    let field = |id: &str, v: &Option<Sourced>| {
        v.as_ref().map(|s| {
            l.t_args(
                id,
                &[
                    ("value", s.value.clone().into()),
                    ("source", s.source.as_str().into()),
                ],
            )
        })
    };
    for s in [
        field("probe-model", &id.model),
        field("probe-serial", &id.serial),
        field("probe-firmware", &id.firmware),
        field("probe-firmware-date", &id.firmware_date),
        field("probe-uuid", &id.uuid),
    ]
    .into_iter()
    .flatten()
    {
        line(format!("  {s}"));
    }
    for a in &id.adapters {
        let kind = l.t(match a.kind {
            AdapterKind::Ethernet => "probe-kind-ethernet",
            AdapterKind::Wifi => "probe-kind-wifi",
            AdapterKind::WifiDirect => "probe-kind-wifi-direct",
        });
        let state = match (a.connected, &a.ssid) {
            (Some(true), Some(ssid)) => {
                l.t_args("probe-connected-to", &[("ssid", ssid.clone().into())])
            }
            (Some(true), None) => l.t("probe-connected"),
            (Some(false), _) => l.t("probe-not-connected"),
            (None, _) => l.t("probe-state-unknown"),
        };
        let mut details = vec![state];
        if let Some(ip) = &a.ipv4 {
            details.push(ip.clone());
        }
        if let Some(bars) = a.signal_bars {
            details.push(l.t_args("probe-signal", &[("bars", bars.into())]));
        }
        if let Some(mac) = &a.mac {
            details.push(l.t_args("probe-mac", &[("mac", mac.clone().into())]));
        }
        line(format!("  {kind} ({}): {}", a.name, details.join(" · ")));
    }
    if !id.problems.is_empty() {
        line(l.t("probe-problems"));
        for p in &id.problems {
            line(format!("  - {}", p.words(l)));
        }
    }
    out
}
