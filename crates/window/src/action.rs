//! What a page asks for. Pages return these; [`crate::handler`] carries them out after
//! the frame, so pages never change the journey, another page or the worker themselves.

use std::path::PathBuf;

use wps_pin_core::catalog::PanelKind;
use wps_pin_core::guide::howto::Direction;
use wps_pin_core::journey::{PinCheckRecord, TimerEnd};
use wps_pin_core::net::address::Target;
use wps_pin_core::net::discovery::DiscoveredPrinter;
use wps_pin_core::settings::Settings;
use wps_pin_core::worker::Command;

use crate::nav::Page;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Go(Page),
    Back,
    Home,
    /// A command for the worker, as is.
    Send(Command),
    /// New settings (the settings page, or Ctrl +/−): apply them and save them.
    ChangeSettings(Settings),
    DismissLoadProblems,
    /// Watch this printer from now on.
    ChoosePrinter(Target),
    ForgetPrinter,
    DismissJoined,
    /// "This is my printer" on a found printer: choose it and, when the catalog knows
    /// its model, that model.
    UseFoundPrinter(DiscoveredPrinter),
    /// "See its status" on a found printer: choose it and open its page.
    SeeFoundPrinter(DiscoveredPrinter),
    /// A catalog family (none: search again).
    ChooseFamily(Option<String>),
    /// The person told the app which panel the family has: remember it, show its guide.
    AnswerPanel {
        family: String,
        kind: PanelKind,
    },
    /// Show the guide for this kind of panel on "Where is the PIN?".
    ShowPanelGuide(PanelKind),
    OpenGuide(&'static str),
    GuideStep {
        guide: &'static str,
        step: usize,
    },
    /// Ask where to save the printable guide, with the system's save dialog.
    PrintGuide(&'static str),
    /// Write the printable guide to this file (chosen in the dialog or typed).
    SaveGuide {
        guide: &'static str,
        path: PathBuf,
    },
    /// The PIN as typed now.
    SetPin(String),
    /// The person saw a verdict on the PIN (kept for the summary, without the PIN).
    PinChecked(PinCheckRecord),
    /// The two-minute timer started for this way.
    TimerStarted(Direction),
    /// The running timer ended.
    TimerEnded(TimerEnd),
    RunChecks,
    /// Ask where to save the support summary, with the system's save dialog.
    ChooseSummaryFile {
        suggested: PathBuf,
        title: String,
    },
    /// Write the support summary (built now) to this file.
    SaveSummary(PathBuf),
}
