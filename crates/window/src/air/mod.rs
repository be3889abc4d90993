//! The router's side, read from the air, in the window: readings flow worker → `Event::Air`
//! → [`view::AirView`] → the "Your router" panel on the PIN page ([`panel`]) and the HP
//! printers nearby on the scan page ([`printers`]). The air is read on its own thread
//! while one of those pages is shown, and not otherwise.
//!
//! In demo mode the simulated router follows the person's two-minute window: started
//! with the printer's PIN, the router waits for a PIN; with the push button, its push
//! button is active.

pub mod panel;
pub mod printers;
pub mod view;

use wps_pin_core::air::demo::Scenario;
use wps_pin_core::air::networks::{Air, Context};
use wps_pin_core::air::reading::{AirSource, Reading};
use wps_pin_core::worker::Command;

use crate::app::WpsApp;
use crate::nav::Page;
use crate::pages::pin::{Method, WindowState};

impl WpsApp {
    /// What to read now: the options' source, with demo mode's router following the
    /// two-minute window.
    pub(crate) fn air_source(&self) -> AirSource {
        let pin = &self.state.pages.pin;
        let follow = |base: Scenario| match (base, pin.window, pin.method) {
            (Scenario::Ready, WindowState::Running(_), Some(Method::PushButton)) => {
                Scenario::PushButtonActive
            }
            (Scenario::Ready, WindowState::Running(_), Some(Method::PrinterShowsPin)) => {
                Scenario::PinActive
            }
            (other, _, _) => other,
        };
        match &self.options.air {
            AirSource::Radio if self.options.demo => AirSource::Demo(follow(Scenario::Ready)),
            AirSource::Demo(base) => AirSource::Demo(follow(*base)),
            other => other.clone(),
        }
    }

    /// Reads the air while the PIN page or the scan page is shown.
    pub(crate) fn update_air(&mut self) {
        let shows_air = matches!(self.state.nav.current(), Page::EnterPin | Page::FindPrinter);
        let wanted = shows_air.then(|| self.air_source());
        if wanted != self.state.air.watching {
            self.worker.send(match &wanted {
                Some(source) => Command::WatchAir(source.clone()),
                None => Command::StopAirWatch,
            });
            // A reading kept from an earlier visit would be stale: read again.
            if wanted.is_none() {
                self.state.air.air = None;
            }
            self.state.air.watching = wanted;
        }
    }

    /// A new reading, understood with what the app knows of the printer.
    pub(crate) fn on_air(&mut self, reading: Reading) {
        if self.state.air.watching.is_none() {
            return; // a late reading, after the pages that show it were left
        }
        let joined = self
            .state
            .journey
            .printer
            .as_ref()
            .and_then(|p| p.last.as_ref())
            .and_then(|r| r.identity.connected_wifi())
            .and_then(|a| a.ssid.clone());
        let ctx = Context {
            printer_joined: joined.as_deref(),
        };
        self.state.air.air = Some(Air::assess(&reading, &ctx));
    }
}
