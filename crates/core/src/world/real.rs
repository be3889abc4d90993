//! The real world: mDNS/DNS-SD, the printer's own web services and IPP, TCP to the
//! printer ports, this computer's interfaces, its radio, and its network manager (to
//! join a printer's setup network).

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use super::{AirContext, Running, Sink, World};
use crate::air::networks::{Air, Context};
use crate::air::reading::{AirSource, ScanPolicy};
use crate::air::setup_network::{self, Returned, SetupError};
use crate::air::watch::{self as air_watch, AirWatcher};
use crate::checks::CheckRun;
use crate::checks::air::SCAN_WAIT;
use crate::net::address::{Host, Target};
use crate::net::certificates::Certificates;
use crate::net::discovery::DiscoveredPrinter;
use crate::net::discovery::{Discovery, Scope};
use crate::net::http::Limits;
use crate::net::local::{self, LocalNetwork};
use crate::net::probe::Report;
use crate::net::reach::{self, Reach};
use crate::net::wifi::{
    Access, Chosen, JoinReport, NetworksReport, Passphrase, PrinterWifi, Progress, Real, Ssid,
    StatusReport,
};
use crate::watch::{self, Watcher};

/// How long a typed address gets to answer on each printer port.
const REACH_TIMEOUT: Duration = Duration::from_millis(1500);
/// How long joining the printer's setup network (and getting back) may take.
const SETUP_NETWORK_WAIT: Duration = Duration::from_secs(30);

pub struct RealWorld {
    /// Where printers' certificates are remembered (none: for this run only).
    certificates_dir: Option<PathBuf>,
    /// The one store of them, shared by the watch and the checks: loaded at first use, on
    /// the worker's side (never the window's thread).
    certificates: OnceLock<Certificates>,
}

impl RealWorld {
    pub fn new(certificates_dir: Option<PathBuf>) -> Self {
        Self {
            certificates_dir,
            certificates: OnceLock::new(),
        }
    }

    fn certificates(&self) -> Certificates {
        self.certificates
            .get_or_init(|| {
                self.certificates_dir
                    .as_deref()
                    .map_or_else(Certificates::in_memory, Certificates::load)
            })
            .clone()
    }
}

impl World for RealWorld {
    fn discover(
        &self,
        scope: Scope,
        report: Sink<Vec<DiscoveredPrinter>>,
    ) -> std::io::Result<Running> {
        Discovery::start(scope, report)
            .map(Running::new)
            .map_err(|e| std::io::Error::other(e.to_string()))
    }

    fn watch(&self, target: Target, report: Sink<Report>) -> std::io::Result<Running> {
        Watcher::start(
            target,
            self.certificates(),
            Limits::default(),
            watch::INTERVAL,
            report,
        )
        .map(Running::new)
    }

    fn read_air(
        &self,
        source: AirSource,
        context: AirContext,
        report: Sink<Air>,
    ) -> std::io::Result<Running> {
        // Understood on the reading's own thread: up to thousands of access points are
        // parsed and judged there, never on the window's.
        AirWatcher::start(source, air_watch::INTERVAL, move |reading| {
            let ctx = Context {
                printer_joined: context.printer_joined.as_deref(),
            };
            report(Air::assess(&reading, &ctx));
        })
        .map(Running::new)
    }

    fn checks(
        &self,
        target: Option<&Target>,
        router: Option<SocketAddr>,
        air: &AirSource,
    ) -> CheckRun {
        crate::diagnose::run(
            target,
            router,
            air,
            ScanPolicy::RequestAndWait(SCAN_WAIT),
            &self.certificates(),
            Limits::default(),
        )
    }

    fn reach(&self, host: &Host) -> Reach {
        reach::check(host, reach::PRINTER_PORTS, REACH_TIMEOUT)
    }

    fn local_network(&self) -> Option<LocalNetwork> {
        local::detect()
    }

    fn wifi_status(&self, access: &Access<'_>) -> StatusReport {
        Real::default().status(access, &mut self.certificates())
    }

    fn wifi_networks(
        &self,
        access: &Access<'_>,
        progress: &mut dyn FnMut(Progress),
    ) -> NetworksReport {
        Real::default().networks(access, &mut self.certificates(), progress)
    }

    fn wifi_join(
        &self,
        access: &Access<'_>,
        chosen: &Chosen,
        passphrase: Option<&Passphrase>,
        progress: &mut dyn FnMut(Progress),
    ) -> JoinReport {
        Real::default().join(
            access,
            &mut self.certificates(),
            chosen,
            passphrase,
            progress,
        )
    }

    fn on_setup_network(
        &self,
        ssid: &Ssid,
        work: &mut dyn FnMut(Target),
    ) -> Result<Result<Returned, SetupError>, SetupError> {
        let mut networks = setup_network::this_system();
        // A setup network is open: no password joins it.
        setup_network::while_on(networks.as_mut(), ssid, None, SETUP_NETWORK_WAIT, |on| {
            match Target::new(Host::Ip(IpAddr::V4(on.printer_address()))) {
                Ok(target) => work(target),
                Err(e) => tracing::warn!("the printer's address there is not usable: {e:?}"),
            }
        })
        .map(|((), back)| back)
    }
}
