//! Everything the window shows: the journey, what the app remembers, each page's own
//! state, the navigation and the settings.

use wps_pin_core::settings::Settings;
use wps_pin_core::store::LoadProblem;

use crate::air::view::AirView;
use crate::journey::{Journey, Remembered};
use crate::nav::Nav;
use crate::pages;

/// Each page's own state: what it needs between frames and nobody else reads.
#[derive(Default)]
pub struct Pages {
    pub pin: pages::pin::PinPage,
    pub where_pin: pages::where_pin::WherePinPage,
    pub troubleshoot: pages::troubleshoot::TroubleshootPage,
    pub about: pages::about::AboutPage,
    pub choose_model: pages::choose_model::ChooseModelPage,
    pub printer: pages::printer::PrinterPage,
    pub router: pages::router::RouterPage,
    pub find: pages::find_printer::FindPrinterPage,
}

#[derive(Default)]
pub struct AppState {
    pub nav: Nav,
    pub settings: Settings,
    /// The computer's language, read once at start.
    pub system_language: Option<String>,
    /// Stored files that could not be used at start, until the person dismisses them.
    pub load_problems: Vec<LoadProblem>,
    /// The last failure to save settings, if any.
    pub settings_error: Option<wps_pin_core::store::FileError>,
    pub journey: Journey,
    pub remembered: Remembered,
    pub pages: Pages,
    /// The Wi-Fi around this computer, as last read.
    pub air: AirView,
}
