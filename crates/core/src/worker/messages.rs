//! What the window asks of the worker, and what the worker tells it. Failures cross as
//! typed values, so the window words them in the reader's language.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::air::networks::Air;
use crate::air::reading::AirSource;
use crate::air::setup_network::{Returned, SetupError};
use crate::catalog::panels::PanelAnswers;
use crate::checks::CheckRun;
use crate::guide::progress::Progress;
use crate::net::address::{Host, Target};
use crate::net::discovery::{DiscoveredPrinter, Scope};
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::reach::Reach;
use crate::net::wifi::{
    Chosen, JoinReport, NetworksReport, Passphrase, Progress as WifiProgress, StatusReport,
};
use crate::settings::Settings;
use crate::store::FileError;
use crate::world::AirContext;

pub use super::save::{SaveError, SaveKind, SaveTo};
use super::wifi_keys::{Handed, WifiKeys, WifiReach};

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Store the settings (atomically) in the settings folder.
    SaveSettings(Settings),
    /// Store the remembered control-panel answers beside the settings.
    SavePanelAnswers(PanelAnswers),
    /// Store where the person is in each guide beside the settings.
    SaveGuideProgress(Progress),
    /// Write the answers to a file the person chose, to share them.
    ExportPanelAnswers {
        answers: PanelAnswers,
        to: PathBuf,
    },
    /// Read answers shared from another computer; the window merges and saves them.
    ImportPanelAnswers {
        from: PathBuf,
    },
    /// Probe this printer now and every few seconds until told otherwise.
    WatchPrinter(Target),
    /// Stop watching the printer.
    StopWatching,
    /// Run the measured troubleshooting checks (`router` replaces the default gateway;
    /// the air is read from `air`).
    RunChecks {
        target: Option<Target>,
        router: Option<SocketAddr>,
        air: AirSource,
    },
    /// Read the air every few seconds from `source` until `StopAirWatch`, understood
    /// with what the window knows (`context`).
    WatchAir {
        source: AirSource,
        context: AirContext,
    },
    StopAirWatch,
    /// Write `contents` where `to` says (asking the person first, when it says so), and
    /// answer once with [`Event::Written`].
    SaveAs {
        kind: SaveKind,
        to: SaveTo,
        contents: String,
    },
    /// Read this computer's address, network and router.
    ReadLocalNetwork,
    /// Look for printers until `StopScan`.
    StartScan {
        scope: Scope,
    },
    StopScan,
    /// Does anything answer on the printer ports at this address or name?
    CheckAddress(Host),
    /// The person started WPS (the two-minute timer).
    WpsStarted,
    /// What the printer says about its Wi-Fi (its own web services). `run` names the
    /// window's run of the route; every event the command causes names it too.
    WifiStatus {
        run: u64,
        reach: WifiReach,
        keys: WifiKeys,
    },
    /// The networks the printer sees (its Wi-Fi state is read first).
    WifiNetworks {
        run: u64,
        reach: WifiReach,
        keys: WifiKeys,
    },
    /// Send the network's name and password to the printer, and watch it join. The
    /// password is carried here once and prints as "[hidden]".
    WifiJoin {
        run: u64,
        reach: WifiReach,
        keys: WifiKeys,
        chosen: Chosen,
        passphrase: Option<Handed<Passphrase>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    SettingsSaved,
    /// Settings could not be stored: they will be lost at the end of this run.
    SettingsNotSaved(FileError),
    PanelAnswersSaved,
    PanelAnswersExported(PathBuf),
    /// `skipped` entries of the file could not be read and were left out.
    PanelAnswersImported {
        answers: PanelAnswers,
        skipped: usize,
    },
    /// Saving, exporting or importing answers failed.
    PanelAnswersFailed(FileError),
    /// What the watched printer said this time.
    PrinterStatus(Box<Report>),
    ChecksDone(Box<CheckRun>),
    /// The outcome of one `SaveAs`: where the file went, or why it did not.
    Written {
        kind: SaveKind,
        result: Result<PathBuf, SaveError>,
    },
    LocalNetwork(Option<LocalNetwork>),
    /// The printers on the network now (after each change).
    Printers(Vec<DiscoveredPrinter>),
    /// The search could not start (the reason is in the log).
    ScanFailed,
    /// A reading of the air, understood (after `WatchAir`, every few seconds).
    Air(Box<Air>),
    /// The result of `CheckAddress`: the address and the printer ports that answered.
    AddressChecked {
        host: Host,
        result: Reach,
    },
    /// A step of a printer Wi-Fi command (reaching, scanning, sending, waiting).
    WifiProgress {
        run: u64,
        progress: WifiProgress,
    },
    WifiStatus {
        run: u64,
        report: Box<StatusReport>,
    },
    WifiNetworks {
        run: u64,
        report: Box<NetworksReport>,
    },
    /// How sending the network and password ended: joined and verified, or why not.
    WifiJoined {
        run: u64,
        report: Box<JoinReport>,
    },
    /// This computer could not join the printer's setup network: nothing was asked.
    WifiSetupNotJoined {
        run: u64,
        error: SetupError,
    },
    /// This computer left the printer's setup network after the work, and how it went
    /// back (sent before the work's own report).
    WifiSetupLeft {
        run: u64,
        result: Result<Returned, SetupError>,
    },
}
