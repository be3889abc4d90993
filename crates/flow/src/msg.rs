//! Everything that can change the window's state: what the person did (sent by the
//! pages) and what the worker reported. [`crate::update`] takes each one.

use std::net::IpAddr;

use std::time::Instant;
use wps_pin_core::net::address::Host;

use wps_pin_core::catalog::{Family, PanelKind};
use wps_pin_core::guide::GuideId;
use wps_pin_core::net::address::Target;
use wps_pin_core::net::discovery::DiscoveredPrinter;
use wps_pin_core::report::Format;
use wps_pin_core::settings::Settings;
use wps_pin_core::worker::Event;

use crate::nav::Page;
use crate::pin::Method;
use crate::wifi::WifiMsg;

/// `Clone` is cheap and safe for the one kind of message that carries a password
/// ([`WifiMsg`]): the password travels as a `Handed` value, so a clone shares the one
/// wiped copy instead of copying the text, and `Debug` prints it as "[hidden]".
#[derive(Debug, Clone)]
pub enum Msg {
    // Where the person is.
    Go(Page),
    Back,
    Home,
    /// New settings (the settings page, or Ctrl +/−): apply and save them.
    ChangeSettings(Settings),
    DismissLoadProblems,
    ToggleNotices,

    // The printer.
    /// Watch this printer from now on.
    ChoosePrinter(Target),
    ForgetPrinter,
    DismissJoined,
    /// "This is my printer" on a found printer: choose it and, when the catalog knows
    /// its model, that model.
    UseFoundPrinter(DiscoveredPrinter),
    /// "See its status" on a found printer: choose it and open its page.
    SeeFoundPrinter(DiscoveredPrinter),
    /// The address typed on "My printer", and the person asked to use it.
    TypePrinterAddress(String),
    UseTypedPrinter,
    OpenPrinterPage,
    CopyPrinterDetails,
    /// "My printer isn't listed": the typed address, checked on the printer ports.
    TypeScanAddress(String),
    CheckScanAddress,
    /// Use the address that answered (a scoped IPv6 address keeps its zone), and the
    /// address it was found at.
    UseAnsweringAddress(Host, IpAddr),

    // The model and its control panel.
    TypeQuery(String),
    /// A catalog family (none: search again).
    ChooseFamily(Option<&'static Family>),
    /// The person told the app which panel the family has: remember it, show its guide.
    AnswerPanel {
        family: &'static Family,
        kind: PanelKind,
    },
    AskPanelAgain,
    /// Show the guide for this kind of panel on "Where is the PIN?".
    ShowPanelGuide(PanelKind),
    TypeSharePath(String),
    ExportAnswers,
    ImportAnswers,

    // Guides.
    OpenGuide(GuideId),
    GuideStep {
        guide: GuideId,
        step: usize,
    },
    /// Save the printable guide: ask where with the system's save window.
    PrintGuide(GuideId),
    TypeGuidePath(String),
    /// Save the printable guide to the typed file.
    SaveGuideTyped(GuideId),

    // The PIN and the two-minute window.
    ChooseMethod(Method),
    /// Show this step of the chosen way.
    PinStep(usize),
    /// The PIN as typed now.
    SetPin(String),
    /// Enter or "Check PIN": judge what is typed, even if short.
    CheckPin,
    CopyPin,
    ClearPin,
    StartTimer,
    StopTimer,
    /// "See whether it joined": watch the printer (by its address when known, else by
    /// looking for it on the network).
    WatchJoin,
    /// "This is my printer" on a printer that appeared while watching.
    ChooseJoined(DiscoveredPrinter),
    /// Time passes (the window sends it with each frame).
    Tick(Instant),

    // "It doesn't work".
    RunChecks,
    Tried {
        index: usize,
        ticked: bool,
    },
    IncludePin(bool),
    IncludeSerial(bool),
    SummaryFormat(Format),
    /// "Make a support summary": go to the summary's first button.
    JumpToSummary,
    CopySummary,
    /// Save the summary: ask where with the system's save window.
    SaveSummary,
    TypeSummaryPath(String),
    /// Save the summary to the typed file.
    SaveSummaryTyped,
    /// The typed file exists: replace it (or keep it).
    ReplaceFile,
    KeepFile,
    /// The help desk's case name and note, for the summary and file names.
    TypeCase(String),
    TypeNote(String),
    /// Start over for the next customer (asked first while a timer runs).
    NewCustomer,
    ConfirmNewCustomer,
    CancelNewCustomer,

    // Your router.
    RefreshLocalNetwork,
    OpenRouterPage,

    /// "Set up Wi-Fi through the printer".
    Wifi(WifiMsg),

    /// What the worker reported.
    Worker(Event),
}
