//! "See whether it joined" when the printer's address is not known: a printer being put
//! on Wi-Fi has none yet, so the app looks for it on the network instead. A printer of
//! the chosen model that is on the network is the answer; any other HP printer counts
//! only when it appears after the first moments (those were there before). The printer's
//! setup network leaving the air, and the router's WPS going back to idle, are shown as
//! signs that something happened.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use wps_pin_core::air::networks::{Air, Verdict};
use wps_pin_core::air::printers::PrinterNetwork;
use wps_pin_core::catalog::{Family, catalog};
use wps_pin_core::net::discovery::DiscoveredPrinter;

/// Printers heard this soon after the search started were on the network already.
pub const GRACE: Duration = Duration::from_secs(3);

/// What the person was told the printer joined as.
#[derive(Debug, Clone, PartialEq)]
pub struct Joined {
    pub printer: DiscoveredPrinter,
    /// It names the chosen model (else it is only a new HP printer).
    pub same_model: bool,
}

#[derive(Debug, Clone)]
pub struct JoinWatch {
    pub started: Instant,
    /// Printers that were on the network before the printer could have joined.
    pub known: BTreeSet<String>,
    pub found: Option<Joined>,
    /// A printer's own setup network was in the air, and is now gone.
    pub setup_seen: bool,
    pub setup_gone: bool,
    /// The router was waiting for WPS, and is now back to idle.
    pub router_waited: bool,
    pub router_idle: bool,
}

impl JoinWatch {
    pub fn start(now: Instant, already: &[DiscoveredPrinter]) -> Self {
        Self {
            started: now,
            known: already.iter().map(|p| p.id.clone()).collect(),
            found: None,
            setup_seen: false,
            setup_gone: false,
            router_waited: false,
            router_idle: false,
        }
    }

    /// Takes the printers on the network now; true when the answer was found by this.
    pub fn on_printers(
        &mut self,
        list: &[DiscoveredPrinter],
        family: Option<&'static Family>,
        now: Instant,
    ) -> bool {
        if self.found.is_some() {
            return false;
        }
        let early = now.saturating_duration_since(self.started) < GRACE;
        let mine = list.iter().find(|p| same_family(p, family));
        if let Some(p) = mine {
            self.found = Some(Joined {
                printer: p.clone(),
                same_model: true,
            });
            return true;
        }
        for p in list {
            if early {
                self.known.insert(p.id.clone());
            } else if p.is_hp && !self.known.contains(&p.id) {
                self.found = Some(Joined {
                    printer: p.clone(),
                    same_model: false,
                });
                return true;
            }
        }
        false
    }

    /// Takes a reading of the air: the signs that something happened.
    pub fn on_air(&mut self, air: &Air) {
        let in_setup = air.printers.iter().any(|p| p.kind == PrinterNetwork::Setup);
        if in_setup {
            self.setup_seen = true;
        } else if self.setup_seen {
            self.setup_gone = true;
        }
        match air.connected().map(|n| n.verdict) {
            Some(Verdict::PinActive | Verdict::PushButtonActive) => self.router_waited = true,
            Some(_) if self.router_waited => self.router_idle = true,
            _ => {}
        }
    }
}

/// Whether the printer names a model of `family` (as the catalog reads its name).
fn same_family(p: &DiscoveredPrinter, family: Option<&'static Family>) -> bool {
    let (Some(model), Some(family)) = (p.model.as_deref(), family) else {
        return false;
    };
    catalog()
        .search(model, 1)
        .first()
        .is_some_and(|m| std::ptr::eq(m.family, family))
}
