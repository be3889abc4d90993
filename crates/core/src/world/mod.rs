//! Everything the worker does to the world outside the app — look for printers, watch
//! one, run the checks, knock on an address, read this computer's network, read the air,
//! set a printer's Wi-Fi through its web services (joining its setup network for it) —
//! behind one trait. The real world ([`real::RealWorld`]) and demo mode's simulated
//! one ([`demo::DemoWorld`]) are its two implementations, so a network feature is
//! carried out by one switchboard (the worker) and written twice only where it touches
//! the world.
//!
//! Long-running work (a search, a watch, the air) returns a [`Running`] handle: dropping
//! it stops that work. One-shot work (`checks`, `reach`, `local_network`, the printer's
//! Wi-Fi) blocks; the worker calls it on a job thread of its own.

pub mod demo;
pub mod real;
pub mod wifi_demo;

use std::net::SocketAddr;

use crate::air::networks::Air;
use crate::air::reading::AirSource;
use crate::air::setup_network::{Returned, SetupError};
use crate::checks::CheckRun;
use crate::net::address::{Host, Target};
use crate::net::discovery::DiscoveredPrinter;
use crate::net::discovery::Scope;
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::reach::Reach;
use crate::net::wifi::{
    Access, Chosen, JoinReport, NetworksReport, Passphrase, Progress, Ssid, StatusReport,
};

/// Work that goes on until this is dropped (the handle is only ever dropped).
pub struct Running {
    _handle: Box<dyn Send>,
}

impl Running {
    pub fn new(handle: impl Send + 'static) -> Self {
        Self {
            _handle: Box::new(handle),
        }
    }
}

/// Where long-running work reports, from its own thread.
pub type Sink<T> = Box<dyn Fn(T) + Send + 'static>;

/// What the app knows that changes how the air is understood.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AirContext {
    /// The network the chosen printer says it is on.
    pub printer_joined: Option<String>,
}

/// The world the worker acts on. `Sync`: one-shot work runs on job threads.
pub trait World: Send + Sync {
    /// Looks for printers until dropped, reporting the whole list after each change.
    fn discover(
        &self,
        scope: Scope,
        report: Sink<Vec<DiscoveredPrinter>>,
    ) -> std::io::Result<Running>;

    /// Asks `target` how it is, now and every few seconds until dropped.
    fn watch(&self, target: Target, report: Sink<Report>) -> std::io::Result<Running>;

    /// Reads the air every few seconds until dropped; each reading is understood with
    /// `context` before it is reported.
    fn read_air(
        &self,
        source: AirSource,
        context: AirContext,
        report: Sink<Air>,
    ) -> std::io::Result<Running>;

    /// Runs the measured checks, the air's included. Blocks: call it on a job thread.
    fn checks(
        &self,
        target: Option<&Target>,
        router: Option<SocketAddr>,
        air: &AirSource,
    ) -> CheckRun;

    /// Does anything answer on the printer ports at `host`? Blocks.
    fn reach(&self, host: &Host) -> Reach;

    /// This computer's address, network and router. Blocks.
    fn local_network(&self) -> Option<LocalNetwork>;

    /// The person started WPS (the two-minute timer). Real printers join on their own;
    /// the demo printer joins a few seconds later.
    fn wps_started(&self) {}

    /// What the printer says about its Wi-Fi, through its own web services. Blocks.
    fn wifi_status(&self, access: &Access<'_>) -> StatusReport;

    /// The networks the printer sees, each step reported to `progress`. Blocks.
    fn wifi_networks(
        &self,
        access: &Access<'_>,
        progress: &mut dyn FnMut(Progress),
    ) -> NetworksReport;

    /// Sends the network and password to the printer and watches it join (bounded, about
    /// two minutes), each step reported to `progress`. Blocks.
    fn wifi_join(
        &self,
        access: &Access<'_>,
        chosen: &Chosen,
        passphrase: Option<&Passphrase>,
        progress: &mut dyn FnMut(Progress),
    ) -> JoinReport;

    /// Joins the printer's own (open) setup network `ssid`, runs `work` with the
    /// printer's address there, then returns this computer to the network it was on —
    /// also when `work` found nothing. `Err`: it could not join, and `work` did not run;
    /// `Ok` says how the return went. Blocks.
    fn on_setup_network(
        &self,
        ssid: &Ssid,
        work: &mut dyn FnMut(Target),
    ) -> Result<Result<Returned, SetupError>, SetupError>;
}
