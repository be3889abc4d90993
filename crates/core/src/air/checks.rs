//! The air as measured troubleshooting checks: this computer's network, read from the
//! air, checked for what makes most WPS attempts fail (facts/wifi-beacons.md §5).

use std::time::{Duration, SystemTime};

use super::networks::{Air, Context, Warning};
use super::radio;
use super::reading::{AirSource, ScanPolicy};
use super::wps::{Wps, WpsState};
use crate::checks::{CheckId, CheckResult, CheckRun, CheckState};

/// How long the checks wait for a fresh scan.
pub const SCAN_WAIT: Duration = Duration::from_secs(5);

/// Reads the air from `source` and adds its checks to `run` (nothing when reading is off).
pub fn add(run: &mut CheckRun, source: &AirSource, policy: ScanPolicy) {
    if *source == AirSource::Off {
        return;
    }
    let reading = radio::read(source, policy);
    let joined = run
        .printer
        .as_ref()
        .and_then(|p| p.identity.connected_wifi())
        .and_then(|a| a.ssid.clone());
    let air = Air::assess(
        &reading,
        &Context {
            printer_joined: joined.as_deref(),
        },
    );
    run.results.extend(results(&air, SystemTime::now()));
    run.air = Some(air);
}

/// One result for each air check: measured on this computer's network; "not checked"
/// when this computer is not on Wi-Fi; "cannot check" when the air could not be read.
pub fn results(air: &Air, at: SystemTime) -> Vec<CheckResult> {
    let r = |id, state, detail: Option<String>| CheckResult {
        id,
        state,
        // Not on Wi-Fi is said by the check's own explanation.
        why_not: None,
        detail,
        at,
    };
    let Some(n) = air.connected() else {
        let state = if air.unavailable.is_some() {
            CheckState::CannotCheck
        } else {
            CheckState::NotChecked
        };
        return vec![r(CheckId::RouterWps, state, None)];
    };
    let pass = |ok: bool| {
        if ok {
            CheckState::Passed
        } else {
            CheckState::Failed
        }
    };
    let warned = |w| n.warnings.contains(&w);
    let wps = n.verdict.has_wps();
    // From the access points themselves: a registrar active now hides "locked" in the verdict.
    let all: Vec<&Wps> = n.bss.iter().filter_map(|b| b.wps.as_ref()).collect();
    let locked = all.iter().any(|w| w.locked);
    let unconfigured = all.iter().any(|w| w.state == Some(WpsState::Unconfigured))
        && !all.iter().any(|w| w.state == Some(WpsState::Configured));
    let mut out = vec![
        r(CheckId::RouterWps, pass(wps), n.ssid.clone()),
        r(CheckId::Band24, pass(!warned(Warning::No24Ghz)), None),
        r(CheckId::NotWpa3Only, pass(!warned(Warning::Wpa3Only)), None),
        r(CheckId::NameVisible, pass(!warned(Warning::Hidden)), None),
    ];
    if wps {
        out.insert(1, r(CheckId::WpsConfigured, pass(!unconfigured), None));
        out.insert(2, r(CheckId::WpsUnlocked, pass(!locked), None));
        out.push(r(
            CheckId::OnePushButton,
            pass(!warned(Warning::PushButtonOverlap)),
            None,
        ));
    }
    out
}
