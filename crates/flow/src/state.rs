//! Everything the window shows, in one value: the journey, what the app remembers, each
//! page's state, the settings, and what the worker is running. Pages read it; only
//! [`crate::update`] changes it.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use wps_pin_core::air::networks::Air;
use wps_pin_core::air::reading::AirSource;
use wps_pin_core::catalog::panels::PanelAnswers;
use wps_pin_core::guide::GuideId;
use wps_pin_core::guide::progress::Progress;
use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::net::address::{AddressError, Host, Target};
use wps_pin_core::net::discovery::DiscoveredPrinter;
use wps_pin_core::net::discovery::Scope;
use wps_pin_core::net::local::LocalNetwork;
use wps_pin_core::net::reach::Reach;
use wps_pin_core::settings::Settings;
use wps_pin_core::store::{FileError, LoadProblem};
use wps_pin_core::worker::save::SaveError;
use wps_pin_core::world::AirContext;
use wps_pin_core::wps;

use crate::journey::{Journey, Remembered};
use crate::nav::Nav;
use crate::pin::PinState;
use crate::trouble::TroubleState;
use crate::wifi::WifiRoute;

/// How the window was opened: chosen once at start, never changed while it runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Demo mode: the worker acts on the simulated world.
    pub demo: bool,
    /// Where to search for printers; tests keep it on the loopback.
    pub scan_scope: Scope,
    /// The WPS walk time the timer counts down; tests shorten it.
    pub wps_window: Duration,
    /// A router that is not the default gateway (tests: a stand-in on the loopback).
    pub router: Option<SocketAddr>,
    /// Where the Wi-Fi readings come from (demo mode never reads the radio).
    pub air: AirSource,
    /// The system's save window can be asked; without it, files are typed.
    pub save_dialog: bool,
    /// Open files the app wrote (a printed guide) in the browser.
    pub open_written_files: bool,
    /// Where files are suggested: the person's documents folder, and home.
    pub documents: PathBuf,
    pub home: PathBuf,
}

impl Default for Config {
    fn default() -> Self {
        let tmp = std::env::temp_dir();
        Self {
            demo: false,
            scan_scope: Scope::AllInterfaces,
            wps_window: wps::WALK_TIME,
            router: None,
            air: AirSource::Radio,
            save_dialog: true,
            open_written_files: true,
            documents: tmp.clone(),
            home: tmp,
        }
    }
}

/// What was read at start.
#[derive(Debug, Default)]
pub struct Loaded {
    pub settings: Settings,
    pub answers: PanelAnswers,
    pub progress: Progress,
    /// Stored files that could not be used.
    pub problems: Vec<LoadProblem>,
    /// The computer's language.
    pub system_language: Option<String>,
}

/// "Find my printer".
#[derive(Debug, Clone, Default)]
pub struct FindState {
    pub printers: Vec<DiscoveredPrinter>,
    /// When the current search started.
    pub started: Option<Instant>,
    /// The search could not start.
    pub failed: bool,
    /// The address typed under "My printer isn't listed".
    pub address: String,
    /// The typed text is not an address or a name.
    pub bad_address: bool,
    pub checking: bool,
    pub checked: Option<(Host, Reach)>,
}

/// "My printer": the typed address and why it cannot be used.
#[derive(Debug, Clone, Default)]
pub struct PrinterPageState {
    pub address: String,
    pub address_error: Option<AddressError>,
}

/// The outcome of the last export, import or failed save of the panel answers.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareStatus {
    Exported(PathBuf),
    Imported { added: usize, skipped: usize },
    Failed(FileError),
}

/// "Choose my model".
#[derive(Debug, Clone, Default)]
pub struct ModelState {
    pub query: String,
    /// The person wants to answer the panel question again for a remembered model.
    pub asking_again: bool,
    /// The file answers are shared through.
    pub share_path: String,
    pub status: Option<ShareStatus>,
}

/// Printing or saving the guide shown.
#[derive(Debug, Clone, Default)]
pub struct PrintState {
    /// The guide being saved (waiting for the save window, or for the person to say
    /// whether to replace a file).
    pub pending: Option<GuideId>,
    /// The last guide written (and whether the browser was asked to open it), or why not.
    pub printed: Option<Result<(PathBuf, bool), SaveError>>,
    /// No file came from the save window: the file is typed instead.
    pub typing: bool,
    /// The file typed by hand.
    pub typed: String,
}

/// "Your router".
#[derive(Debug, Clone, Default)]
pub struct RouterState {
    /// `Some(None)`: read, but the system reported no network.
    pub local: Option<Option<LocalNetwork>>,
}

/// What the worker runs for the window, as [`crate::running::wanted`] says it should.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Running {
    /// Searching for printers (while the scan page is open).
    pub scan: Option<Scope>,
    /// Watching the chosen printer (while a page shows it).
    pub watch: Option<Target>,
    /// Reading the air (while the PIN or the scan page is open).
    pub air: Option<(AirSource, AirContext)>,
}

/// A question the window asks before going on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Start over for a new customer while a two-minute window runs?
    NewCustomer,
    /// Replace this existing file with the summary (or the guide)?
    Replace {
        path: PathBuf,
        guide: Option<GuideId>,
    },
}

/// The help desk's name for this customer's case, and a note: both optional, both in
/// the summary, the name also in file names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Case {
    pub name: String,
    pub note: String,
}

#[derive(Debug)]
pub struct AppState {
    pub config: Config,
    pub nav: Nav,
    pub settings: Settings,
    /// The reader's language, as the settings (or the computer) choose it.
    pub words: Localizer,
    /// The computer's language, read once at start.
    pub system_language: Option<String>,
    /// Stored files that could not be used at start, until the person dismisses them.
    pub load_problems: Vec<LoadProblem>,
    /// The last failure to save settings, if any.
    pub settings_error: Option<FileError>,
    pub journey: Journey,
    pub remembered: Remembered,
    pub find: FindState,
    pub printer_page: PrinterPageState,
    pub model: ModelState,
    pub print: PrintState,
    pub pin: PinState,
    pub trouble: TroubleState,
    pub router: RouterState,
    /// The Wi-Fi around this computer, as last read and understood.
    pub air: Option<Air>,
    /// About: the third-party notices are shown.
    pub show_notices: bool,
    /// The question asked now, if any.
    pub question: Option<Question>,
    pub case: Case,
    /// Looking for the printer on the network ("See whether it joined" without its address).
    pub join: Option<crate::join::JoinWatch>,
    /// Setting the printer's Wi-Fi through its web page (no password in it).
    pub wifi: WifiRoute,
    /// What the worker was last told to run.
    pub running: Running,
}

impl AppState {
    pub fn new(config: Config, loaded: Loaded) -> Self {
        let words = Localizer::new(&language_of(
            &loaded.settings,
            loaded.system_language.as_deref(),
        ));
        let model = ModelState {
            share_path: config
                .home
                .join("wps-pin-helper-control-panels.json")
                .display()
                .to_string(),
            ..ModelState::default()
        };
        let trouble = TroubleState::new(&config.documents);
        Self {
            nav: Nav::default(),
            settings: loaded.settings,
            words,
            system_language: loaded.system_language,
            load_problems: loaded.problems,
            settings_error: None,
            journey: Journey::default(),
            remembered: Remembered {
                answers: loaded.answers,
                progress: loaded.progress,
            },
            find: FindState::default(),
            printer_page: PrinterPageState::default(),
            model,
            print: PrintState::default(),
            pin: PinState::default(),
            trouble,
            router: RouterState::default(),
            air: None,
            show_notices: false,
            question: None,
            case: Case::default(),
            join: None,
            wifi: WifiRoute::default(),
            running: Running::default(),
            config,
        }
    }

    /// The reader's language.
    pub fn l(&self) -> &Localizer {
        &self.words
    }
}

/// The chosen language, else the computer's (read once at start), else English.
pub fn language_of(settings: &Settings, system: Option<&str>) -> String {
    settings
        .language
        .as_deref()
        .or(system)
        .unwrap_or(i18n::FALLBACK)
        .to_owned()
}
