//! The journey: what the person has chosen so far (a printer, a model family, a kind of
//! control panel, a guide, the PIN), kept in one place. Pages read it; only
//! [`crate::update`] changes it. The PIN lives in memory only.

use std::time::Instant;

use wps_pin_core::catalog::{Family, PanelAnswers, PanelKind};
use wps_pin_core::guide::{self, GuideId, progress::Progress};
use wps_pin_core::journey::{Activity, GuideReached, JourneyRecord, PrinterFacts};
use wps_pin_core::net::address::Target;
use wps_pin_core::net::discovery::DiscoveredPrinter;
use wps_pin_core::net::probe::Report;
use wps_pin_core::wps;

/// The printer the person chose, and what it said last.
#[derive(Debug, Clone)]
pub struct ChosenPrinter {
    pub target: Target,
    /// Chosen in demo mode: the worker simulates it, never probes it.
    pub simulated: bool,
    /// How it announced itself, when it was chosen from the scan.
    pub found: Option<DiscoveredPrinter>,
    pub last: Option<Report>,
    pub last_at: Option<Instant>,
    /// Set when the printer moves onto Wi-Fi (the network's name); shown until dismissed.
    pub joined: Option<String>,
}

impl ChosenPrinter {
    pub fn new(target: Target, simulated: bool) -> Self {
        Self {
            target,
            simulated,
            found: None,
            last: None,
            last_at: None,
            joined: None,
        }
    }

    /// What the summary says about it without asking it.
    pub fn facts(&self) -> PrinterFacts {
        let found = self.found.as_ref();
        PrinterFacts {
            name: found.map(|f| f.name.clone()),
            model: found.and_then(|f| f.model.clone()),
            address: Some(self.target.host.to_string()),
            mac: found.and_then(|f| f.mac.clone()),
            host: found.map(|f| f.host.clone()).filter(|h| !h.is_empty()),
            simulated: self.simulated,
        }
    }

    /// Takes a probe's answer; a change from "not on Wi-Fi" to "on Wi-Fi" is the moment
    /// to announce.
    pub fn on_report(&mut self, report: Report) {
        if report.target != self.target {
            return; // a late answer for a printer no longer chosen
        }
        let was_on_wifi = self
            .last
            .as_ref()
            .map(|r| r.identity.connected_wifi().is_some());
        let now_on = report
            .identity
            .connected_wifi()
            .map(|a| a.ssid.clone().unwrap_or_default());
        if was_on_wifi == Some(false)
            && let Some(ssid) = now_on
        {
            self.joined = Some(ssid);
        }
        self.last = Some(report);
        self.last_at = Some(Instant::now());
    }
}

#[derive(Debug, Default, Clone)]
pub struct Journey {
    pub printer: Option<ChosenPrinter>,
    /// The catalog family (the catalog lives for the whole run).
    pub family: Option<&'static Family>,
    pub panel: Option<PanelKind>,
    /// The guide shown on "Where is the PIN?".
    pub guide: Option<GuideId>,
    /// Exactly what the person typed or pasted as the PIN. Never saved, never logged.
    pub pin: String,
    /// Each PIN check's verdict and each run of the timer, for the summary.
    pub activity: Activity,
}

impl Journey {
    pub fn family(&self) -> Option<&'static Family> {
        self.family
    }

    /// Chooses a family (none: search again). A model whose panel the person told
    /// before has that panel, and its guide, from now on.
    pub fn choose_family(&mut self, family: Option<&'static Family>, remembered: &Remembered) {
        if let Some(kind) = family.and_then(|f| remembered.panel_of(f)) {
            self.panel = Some(kind);
            self.guide = Some(GuideId::for_panel(kind));
        }
        self.family = family;
    }

    /// The chosen model's name, as the catalog names its family ("HP OfficeJet Pro
    /// 9010 series"), for the guide pages and printouts.
    pub fn model_name(&self) -> Option<String> {
        self.family().map(|f| f.name())
    }

    /// Everything the summary says about the journey (the guide's step from `remembered`).
    pub fn record(&self, remembered: &Remembered) -> JourneyRecord {
        let guide = self.guide.and_then(guide::get).map(|g| GuideReached {
            id: g.id.key().to_owned(),
            title: g.title.clone(),
            step: remembered.step(g),
            total: g.steps.len(),
        });
        JourneyRecord {
            printer: self.printer.as_ref().map(ChosenPrinter::facts),
            family: self.family().map(Family::name),
            panel: self.panel,
            guide,
            activity: self.activity.clone(),
        }
    }

    /// The PIN when it has a legal length, for the summary (left out unless asked).
    pub fn pin_for_summary(&self) -> Option<String> {
        wps::check_pin(&self.pin).pin().map(str::to_owned)
    }

    /// The chosen printer's address, if one is chosen.
    pub fn target(&self) -> Option<&Target> {
        self.printer.as_ref().map(|p| &p.target)
    }
}

/// What the app remembers between runs, read by the pages.
#[derive(Debug, Default, Clone)]
pub struct Remembered {
    /// The control panel people said each model has.
    pub answers: PanelAnswers,
    /// The step reached in each guide.
    pub progress: Progress,
}

impl Remembered {
    /// The panel remembered for any of the family's ids.
    pub fn panel_of(&self, family: &Family) -> Option<PanelKind> {
        family.ids().find_map(|id| self.answers.get(id))
    }

    /// The step reached in a guide, within its length.
    pub fn step(&self, g: &guide::Guide) -> usize {
        self.progress
            .get(g.id.key())
            .copied()
            .unwrap_or(0)
            .min(g.steps.len().saturating_sub(1))
    }
}
