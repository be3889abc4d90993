//! The printer: choosing one (found, typed, or checked on its ports), forgetting it,
//! and what the window does with it (its web page, its details on the clipboard).

use wps_pin_core::catalog::catalog;
use wps_pin_core::net::address::{Host, Target};
use wps_pin_core::words;
use wps_pin_core::worker::Command;

use crate::effect::Effect;
use crate::journey::ChosenPrinter;
use crate::msg::Msg;
use crate::nav::Page;
use crate::state::AppState;

/// Takes the printer's messages.
pub fn update(s: &mut AppState, msg: Msg, fx: &mut Vec<Effect>) {
    match msg {
        Msg::ChoosePrinter(target) => choose(s, target),
        Msg::ForgetPrinter => s.journey.printer = None,
        Msg::DismissJoined => {
            if let Some(p) = &mut s.journey.printer {
                p.joined = None;
            }
        }
        Msg::SeeFoundPrinter(found) => {
            // Its model goes on to the guides too, when the catalog knows it.
            if let Some(f) = family_of(found.model.as_deref()) {
                s.model.query = found.model.clone().unwrap_or_default();
                s.journey.choose_family(Some(f), &s.remembered);
            }
            if let Some(target) = found.target() {
                let mut chosen = ChosenPrinter::new(target, s.config.demo);
                chosen.found = Some(found);
                s.journey.printer = Some(chosen);
            }
            s.nav.go(Page::Printer);
        }
        Msg::UseFoundPrinter(found) => {
            let model = found.model.clone();
            if let Some(target) = found.target() {
                let mut chosen = ChosenPrinter::new(target, s.config.demo);
                chosen.found = Some(found);
                s.journey.printer = Some(chosen);
            }
            // The printer names its model: the catalog's family for it, when there is one.
            let family = family_of(model.as_deref());
            match family {
                Some(f) => {
                    s.model.query = model.unwrap_or_default();
                    s.journey.choose_family(Some(f), &s.remembered);
                    s.nav.go(Page::ChooseModel);
                }
                None => s.nav.go(Page::Printer),
            }
        }
        Msg::TypePrinterAddress(text) => s.printer_page.address = text,
        Msg::UseTypedPrinter => match Target::parse(&s.printer_page.address) {
            Ok(t) => {
                s.printer_page.address_error = None;
                choose(s, t);
            }
            Err(e) => s.printer_page.address_error = Some(e),
        },
        Msg::OpenPrinterPage => {
            if let Some(t) = s.journey.target() {
                fx.push(Effect::OpenUrl(t.web_base().to_string()));
            }
        }
        Msg::CopyPrinterDetails => {
            if let Some(report) = s.journey.printer.as_ref().and_then(|p| p.last.as_ref()) {
                let lines = words::printer_lines(report, true, s.l());
                fx.push(Effect::Copy(lines.join("\n")));
            }
        }
        Msg::TypeScanAddress(text) => s.find.address = text,
        Msg::CheckScanAddress => {
            let find = &mut s.find;
            if find.address.trim().is_empty() {
                return;
            }
            find.checked = None;
            match Host::parse(&find.address) {
                Ok(host) => {
                    find.bad_address = false;
                    find.checking = true;
                    fx.push(Effect::Send(Command::CheckAddress(host)));
                }
                Err(_) => find.bad_address = true,
            }
        }
        Msg::UseAnsweringAddress(host, ip) => {
            // A typed scoped address keeps its zone; a name is used at the address found.
            let host = match host {
                Host::Scoped(..) => host,
                _ => Host::Ip(ip),
            };
            if let Ok(t) = Target::new(host) {
                choose(s, t);
                s.nav.go(Page::Printer);
            }
        }
        // Routed to another part (see `update`).
        _ => {}
    }
}

/// The catalog's family for a model a printer names, when there is one.
fn family_of(model: Option<&str>) -> Option<&'static wps_pin_core::catalog::Family> {
    catalog()
        .search(model?, 1)
        .into_iter()
        .next()
        .map(|r| r.family)
}

/// Watch `target` from now on (the same printer again keeps what it said).
fn choose(s: &mut AppState, target: Target) {
    let same = s.journey.target() == Some(&target);
    if !same {
        s.journey.printer = Some(ChosenPrinter::new(target, s.config.demo));
    }
}
