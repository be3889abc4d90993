//! What the window asks of the worker, and what the worker tells it. Failures cross as
//! typed values, so the window words them in the reader's language.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::air::reading::{AirSource, Reading};
use crate::catalog::panels::PanelAnswers;
use crate::checks::CheckRun;
use crate::guide::progress::Progress;
use crate::net::address::{Host, Target};
use crate::net::discovery::DiscoveredPrinter;
use crate::net::discovery::Scope;
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::reach::Reach;
use crate::settings::Settings;
use crate::store::FileError;

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
    /// Read the air every few seconds from `AirSource` until `StopAirWatch`.
    WatchAir(AirSource),
    StopAirWatch,
    /// Write a printable guide (HTML) to a file.
    SaveGuide {
        path: PathBuf,
        contents: String,
    },
    /// Write a support summary to a file the person chose.
    SaveReport {
        path: PathBuf,
        contents: String,
    },
    /// Read this computer's address, network and router.
    ReadLocalNetwork,
    /// Look for printers until `StopScan` (demo: simulated printers, same events).
    StartScan {
        demo: bool,
        scope: Scope,
    },
    StopScan,
    /// Does anything answer on the printer ports at this address or name?
    CheckAddress(Host),
    /// The person started WPS (the two-minute timer). Only demo mode acts on it: the
    /// demo printer joins Wi-Fi a few seconds later.
    WpsStarted,
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
    /// The save dialog closed: the chosen file, or none (cancelled, or no dialog here).
    SaveFileChosen(Option<PathBuf>),
    /// The save dialog for a printable guide closed (as `SaveFileChosen`).
    GuideFileChosen(Option<PathBuf>),
    GuideSaved(PathBuf),
    GuideNotSaved(FileError),
    ReportSaved(PathBuf),
    ReportNotSaved(FileError),
    LocalNetwork(Option<LocalNetwork>),
    /// The printers on the network now (after each change).
    Printers(Vec<DiscoveredPrinter>),
    /// The search could not start (the reason is in the log).
    ScanFailed,
    /// A reading of the air (after `WatchAir`, every few seconds).
    Air(Box<Reading>),
    /// The result of `CheckAddress`: the address and the printer ports that answered.
    AddressChecked {
        host: Host,
        result: Reach,
    },
}
