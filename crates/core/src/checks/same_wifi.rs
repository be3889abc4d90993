//! Whether the printer joined the Wi-Fi network this computer is on: the network name the
//! printer reports against the one this computer is connected to, read from the air. A
//! printer on another network (a guest network, a neighbour's) is often not found from
//! here (facts/printer-protocols.md §1). Two names can also belong to one router (one for
//! each band), so the words present a difference as something to look at.

use std::time::SystemTime;

use super::{CheckDetail, CheckId, CheckResult, CheckRun, CheckState, NotChecked};
use crate::air::networks::Air;
use crate::net::probe::Report;

/// The printer's network against this computer's, by name: the same name passes,
/// another fails; a name that is not known cannot be compared. Names are compared as
/// they are (a network's name is case-sensitive).
pub fn compare(printer: Option<&str>, computer: Option<&str>) -> CheckState {
    match (printer, computer) {
        (Some(p), Some(c)) if p == c => CheckState::Passed,
        (Some(_), Some(_)) => CheckState::Failed,
        _ => CheckState::CannotCheck,
    }
}

/// The network the printer reports it joined (`None` inside: it does not say which).
/// `None`: the printer was not asked, did not answer, or is not on Wi-Fi (yet).
fn printer_network(printer: Option<&Report>) -> Option<Option<&str>> {
    let p = printer.filter(|p| p.answered)?;
    p.identity.connected_wifi().map(|a| a.ssid.as_deref())
}

/// The name of the network this computer is connected to, as read from the air.
fn computer_network(air: &Air) -> Option<&str> {
    air.connected().and_then(|n| n.ssid.as_deref())
}

/// The check from what the printer said and the air around this computer; the detail
/// is the printer's network. Not checked while there is no printer on Wi-Fi to compare.
pub fn result(printer: Option<&Report>, air: &Air, at: SystemTime) -> CheckResult {
    let (state, detail) = match printer_network(printer) {
        None => (CheckState::NotChecked, None),
        Some(name) => (
            compare(name, computer_network(air)),
            name.map(|n| CheckDetail::Network(n.to_owned())),
        ),
    };
    // Not made for want of a printer: say why, as the printer's own checks do.
    let why_not = match printer {
        _ if state != CheckState::NotChecked => None,
        None => Some(NotChecked::NotAsked),
        Some(p) if !p.answered => Some(NotChecked::NoAnswer),
        Some(_) => None,
    };
    CheckResult {
        id: CheckId::SameWifi,
        state,
        detail,
        at,
        why_not,
    }
}

/// The two names the check compared, for its words: the printer's network and this
/// computer's (each `None` when not known).
pub fn names(run: &CheckRun) -> (Option<&str>, Option<&str>) {
    let printer = printer_network(run.printer.as_ref()).flatten();
    let computer = run.air.as_ref().and_then(computer_network);
    (printer, computer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_compared_as_they_are() {
        use CheckState::*;
        assert_eq!(compare(Some("HomeNetwork"), Some("HomeNetwork")), Passed);
        assert_eq!(
            compare(Some("HomeNetwork-Guest"), Some("HomeNetwork")),
            Failed
        );
        assert_eq!(compare(Some("homenetwork"), Some("HomeNetwork")), Failed);
        assert_eq!(compare(None, Some("HomeNetwork")), CannotCheck);
        assert_eq!(compare(Some("HomeNetwork"), None), CannotCheck);
        assert_eq!(compare(None, None), CannotCheck);
    }

    /// A run whose printer joined `printer_ssid` (none: not on Wi-Fi), read with the demo
    /// air, where this computer is on "HomeNetwork".
    fn run_with(printer_ssid: Option<&str>) -> CheckRun {
        let target = crate::net::discovery::demo::printers()[0].target().unwrap();
        let mut run = crate::demo::checks(Some(&target), printer_ssid.is_some());
        if let Some(wifi) = run.printer.as_mut().and_then(|p| {
            p.identity
                .adapters
                .iter_mut()
                .find(|a| a.connected == Some(true) && a.ssid.is_some())
        }) {
            wifi.ssid = printer_ssid.map(str::to_owned);
        }
        let reading = crate::air::reading::Reading::new(
            crate::air::reading::Source::Demo,
            crate::air::demo::air(crate::air::demo::Scenario::Ready),
        );
        super::super::air::add_reading(&mut run, &reading);
        run
    }

    fn same_wifi(run: &CheckRun) -> &CheckResult {
        run.results
            .iter()
            .find(|r| r.id == CheckId::SameWifi)
            .unwrap()
    }

    #[test]
    fn a_printer_on_another_network_fails_and_the_words_name_both_networks() {
        let run = run_with(Some("HomeNetwork-Guest"));
        let c = same_wifi(&run);
        assert_eq!(c.state, CheckState::Failed);
        assert_eq!(
            c.detail.as_ref().map(CheckDetail::as_str),
            Some("HomeNetwork-Guest")
        );
        assert_eq!(
            names(&run),
            (Some("HomeNetwork-Guest"), Some("HomeNetwork"))
        );
        for (tag, _) in crate::i18n::available() {
            let l = crate::i18n::Localizer::new(tag);
            let why = crate::words::check_reason(c, &run, &l).unwrap();
            // Both names: the computer's is there on its own, not only inside the other.
            assert!(why.contains("HomeNetwork-Guest"), "{tag}: {why}");
            assert!(
                why.matches("HomeNetwork").count() > why.matches("HomeNetwork-Guest").count(),
                "{tag}: {why}"
            );
            assert!(
                !crate::words::check_line(c, &l).starts_with("check-"),
                "{tag}"
            );
        }
        let home = run_with(Some("HomeNetwork"));
        assert_eq!(same_wifi(&home).state, CheckState::Passed);
        let not_on_wifi = run_with(None);
        assert_eq!(same_wifi(&not_on_wifi).state, CheckState::NotChecked);
    }

    #[test]
    fn a_name_that_is_not_known_cannot_be_compared_and_says_which() {
        let l = crate::i18n::Localizer::new("en-US");
        let mut run = run_with(Some("HomeNetwork"));
        // This computer is not on Wi-Fi: no access point it is associated with.
        let reading = crate::air::reading::Reading::new(
            crate::air::reading::Source::Demo,
            crate::air::demo::air(crate::air::demo::Scenario::Ready)
                .into_iter()
                .map(|mut b| {
                    b.associated = false;
                    b
                })
                .collect(),
        );
        run.results.clear();
        super::super::air::add_reading(&mut run, &reading);
        let c = same_wifi(&run);
        assert_eq!(c.state, CheckState::CannotCheck);
        let why = crate::words::check_reason(c, &run, &l).unwrap();
        assert!(why.starts_with("This computer is not on Wi-Fi"), "{why}");
        let run = run_with(Some("HomeNetwork"));
        let mut silent = run.clone();
        if let Some(p) = silent.printer.as_mut() {
            for a in &mut p.identity.adapters {
                a.ssid = None;
            }
        }
        silent.results.clear();
        silent.air = None;
        let air = run.air.clone().unwrap();
        let c = result(silent.printer.as_ref(), &air, SystemTime::now());
        assert_eq!(c.state, CheckState::CannotCheck);
        silent.air = Some(air);
        let why = crate::words::check_reason(&c, &silent, &l).unwrap();
        assert!(why.contains("does not say which network"), "{why}");
    }
}
