//! The air as measured troubleshooting checks: this computer's network, read from the
//! air, checked for what makes most WPS attempts fail (facts/wifi-beacons.md §5), and
//! whether the printer joined that network ([`super::same_wifi`]).

use std::time::SystemTime;

use super::{CheckDetail, CheckId, CheckResult, CheckRun, CheckState};
use crate::air::networks::{Air, Context, Warning};
use crate::air::radio;
use crate::air::reading::{AirSource, Reading, ScanPolicy};
use crate::air::wps::{Wps, WpsState};

pub use crate::air::reading::SCAN_WAIT;

/// Reads the air from `source` and adds its checks to `run` (nothing when reading is off).
pub fn add(run: &mut CheckRun, source: &AirSource, policy: ScanPolicy) {
    if *source == AirSource::Off {
        return;
    }
    add_reading(run, &radio::read(source, policy));
}

/// Adds the checks of a reading made already (demo mode's simulated air).
pub fn add_reading(run: &mut CheckRun, reading: &Reading) {
    let joined = run
        .printer
        .as_ref()
        .and_then(|p| p.identity.connected_wifi())
        .and_then(|a| a.ssid.clone());
    let air = Air::assess(
        reading,
        &Context {
            printer_joined: joined.as_deref(),
        },
    );
    let at = SystemTime::now();
    run.results.extend(results(&air, at));
    run.results
        .push(super::same_wifi::result(run.printer.as_ref(), &air, at));
    run.air = Some(air);
}

/// One result for each air check: measured on this computer's network; "not checked"
/// when this computer is not on Wi-Fi; "cannot check" when the air could not be read,
/// and for the 2.4 GHz band when no scan came before the reading (the cache may hold only
/// this computer's access point, facts/wifi-beacons.md §3).
pub fn results(air: &Air, at: SystemTime) -> Vec<CheckResult> {
    let r = |id, state, detail: Option<CheckDetail>| CheckResult {
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
    let band = if air.followed_scan {
        pass(!warned(Warning::No24Ghz))
    } else {
        CheckState::CannotCheck
    };
    let wpa2 = !warned(Warning::Wpa3Only) && !warned(Warning::TransitionPmfRequired);
    let security = !warned(Warning::TkipOnly) && !warned(Warning::OpenOrWep);
    let mut out = vec![
        r(
            CheckId::RouterWps,
            pass(wps),
            n.ssid.clone().map(CheckDetail::Network),
        ),
        r(CheckId::Band24, band, None),
        r(CheckId::NotWpa3Only, pass(wpa2), None),
        r(CheckId::WpsSecurity, pass(security), None),
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
