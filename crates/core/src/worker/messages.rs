//! What the window asks of the worker, and what the worker tells it. Failures cross as
//! typed values, so the window words them in the reader's language.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::air::networks::Air;
use crate::air::reading::AirSource;
use crate::catalog::panels::PanelAnswers;
use crate::checks::CheckRun;
use crate::guide::progress::Progress;
use crate::net::address::{Host, Target};
use crate::net::discovery::Scope;
use crate::net::local::LocalNetwork;
use crate::net::probe::Report;
use crate::net::reach::Reach;
use crate::printer::DiscoveredPrinter;
use crate::settings::Settings;
use crate::store::FileError;
use crate::world::AirContext;

pub use super::save::{SaveError, SaveKind, SaveTo};

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
}
