//! The one place where the window's state changes: `update(&mut AppState, Msg) ->
//! Vec<Effect>`. Each area of the app has its own part below; after every message,
//! [`reconcile`] tells the worker what should now be running.

mod events;
mod model;
mod pin;
mod printer;
mod trouble;
mod wifi;

use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::settings::Settings;
use wps_pin_core::worker::Command;

use crate::effect::{Effect, Focus};
use crate::journey::Journey;
use crate::msg::Msg;
use crate::nav::Page;
use crate::pin::PinState;
use crate::running::reconcile;
use crate::state::{
    AppState, Case, FindState, PrintState, PrinterPageState, Question, language_of,
};
use crate::trouble::TroubleState;

/// Takes one message; returns what the window and the worker should do about it.
pub fn update(s: &mut AppState, msg: Msg) -> Vec<Effect> {
    let mut fx = Vec::new();
    let visit = s.nav.visit();
    match msg {
        Msg::Go(page) => s.nav.go(page),
        Msg::Back => s.nav.back(),
        Msg::Home => s.nav.home(),
        Msg::ChangeSettings(settings) => change_settings(s, settings, &mut fx),
        Msg::DismissLoadProblems => s.load_problems.clear(),
        Msg::ToggleNotices => s.show_notices = !s.show_notices,
        Msg::NewCustomer if s.pin.running() => {
            s.question = Some(Question::NewCustomer);
            fx.push(Effect::Focus(Focus::Question));
        }
        Msg::NewCustomer | Msg::ConfirmNewCustomer => new_customer(s),
        Msg::CancelNewCustomer => s.question = None,
        Msg::RefreshLocalNetwork => {
            s.router.local = None;
            fx.push(Effect::Send(Command::ReadLocalNetwork));
        }
        Msg::OpenRouterPage => {
            if let Some(Some(gw)) = s
                .router
                .local
                .as_ref()
                .map(|n| n.as_ref().and_then(|n| n.gateway))
            {
                let url = wps_pin_core::net::address::Host::Ip(gw).url("http", None, "/");
                fx.push(Effect::OpenUrl(url));
            }
        }
        Msg::Worker(event) => events::apply(s, event, &mut fx),
        Msg::Wifi(msg) => wifi::update(s, msg, &mut fx),
        // Every other message goes to its area's part (the compiler checks none is left).
        msg @ (Msg::ChoosePrinter(_)
        | Msg::ForgetPrinter
        | Msg::DismissJoined
        | Msg::SeeFoundPrinter(_)
        | Msg::UseFoundPrinter(_)
        | Msg::TypePrinterAddress(_)
        | Msg::UseTypedPrinter
        | Msg::OpenPrinterPage
        | Msg::CopyPrinterDetails
        | Msg::TypeScanAddress(_)
        | Msg::CheckScanAddress
        | Msg::UseAnsweringAddress(..)) => printer::update(s, msg, &mut fx),
        msg @ (Msg::TypeQuery(_)
        | Msg::ChooseFamily(_)
        | Msg::AnswerPanel { .. }
        | Msg::AskPanelAgain
        | Msg::ShowPanelGuide(_)
        | Msg::TypeSharePath(_)
        | Msg::ExportAnswers
        | Msg::ImportAnswers
        | Msg::OpenGuide(_)
        | Msg::GuideStep { .. }
        | Msg::PrintGuide(_)
        | Msg::TypeGuidePath(_)
        | Msg::SaveGuideTyped(_)) => model::update(s, msg, &mut fx),
        msg @ (Msg::ChooseMethod(_)
        | Msg::PinStep(_)
        | Msg::WatchJoin
        | Msg::ChooseJoined(_)
        | Msg::SetPin(_)
        | Msg::CheckPin
        | Msg::CopyPin
        | Msg::ClearPin
        | Msg::StartTimer
        | Msg::StopTimer
        | Msg::Tick(_)) => pin::update(s, msg, &mut fx),
        msg @ (Msg::RunChecks
        | Msg::Tried { .. }
        | Msg::IncludePin(_)
        | Msg::IncludeSerial(_)
        | Msg::SummaryFormat(_)
        | Msg::JumpToSummary
        | Msg::CopySummary
        | Msg::SaveSummary
        | Msg::TypeSummaryPath(_)
        | Msg::SaveSummaryTyped
        | Msg::ReplaceFile
        | Msg::KeepFile
        | Msg::TypeCase(_)
        | Msg::TypeNote(_)) => trouble::update(s, msg, &mut fx),
    }
    if s.nav.visit() != visit {
        arrive(s, &mut fx);
    }
    fx.extend(reconcile(s));
    fx
}

/// A page was opened: read what it shows, if it is not known yet.
fn arrive(s: &mut AppState, fx: &mut Vec<Effect>) {
    match s.nav.current() {
        Page::Router if s.router.local.is_none() => {
            fx.push(Effect::Send(Command::ReadLocalNetwork));
        }
        // The summary's file is named for the case, the model and the time it is saved.
        Page::Troubleshoot => trouble::name_summary_file(s),
        _ => {}
    }
}

/// Clears everything about the last customer — printer, model, panel choice of this
/// visit, PIN, timer, checks, summary, case, typed addresses — and keeps the settings,
/// the remembered panels and guide steps, and what this computer's network is.
fn new_customer(s: &mut AppState) {
    s.journey = Journey::default();
    s.printer_page = PrinterPageState::default();
    let printers = std::mem::take(&mut s.find.printers);
    s.find = FindState {
        printers,
        started: s.find.started,
        failed: s.find.failed,
        ..FindState::default()
    };
    s.model.query.clear();
    s.model.asking_again = false;
    s.print = PrintState::default();
    s.pin = PinState::default();
    s.trouble = TroubleState::new(&s.config.documents);
    s.case = Case::default();
    s.join = None;
    s.wifi = crate::wifi::WifiRoute::after(&s.wifi);
    s.question = None;
    s.nav.home();
}

fn change_settings(s: &mut AppState, settings: Settings, fx: &mut Vec<Effect>) {
    s.settings = settings.sanitized();
    let wanted = language_of(&s.settings, s.system_language.as_deref());
    if s.words.tag() != i18n::negotiate(&wanted) {
        s.words = Localizer::new(&wanted);
    }
    fx.push(Effect::Send(Command::SaveSettings(s.settings.clone())));
    fx.push(Effect::ApplySettings);
}
