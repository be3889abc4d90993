//! The one place where the pages' actions are carried out, after the frame.

use std::time::SystemTime;

use wps_pin_core::catalog::catalog;
use wps_pin_core::guide;
use wps_pin_core::worker::{Command, Event};

use crate::action::Action;
use crate::app::WpsApp;
use crate::journey::ChosenPrinter;
use crate::nav::Page;
use crate::pages;

impl WpsApp {
    pub(crate) fn carry_out(&mut self, action: Action) {
        let s = &mut self.state;
        match action {
            Action::Go(page) => s.nav.go(page),
            Action::Back => s.nav.back(),
            Action::Home => s.nav.home(),
            Action::Send(command) => self.worker.send(command),
            Action::ChangeSettings(settings) => {
                s.settings = settings.sanitized();
                self.worker.send(Command::SaveSettings(s.settings.clone()));
            }
            Action::DismissLoadProblems => s.load_problems.clear(),
            Action::ChoosePrinter(target) => {
                let same = s.journey.printer.as_ref().map(|p| &p.target) == Some(&target);
                if !same {
                    s.journey.printer = Some(ChosenPrinter::new(target, self.options.demo));
                }
            }
            Action::ForgetPrinter => s.journey.printer = None,
            Action::DismissJoined => {
                if let Some(p) = &mut s.journey.printer {
                    p.joined = None;
                }
            }
            Action::SeeFoundPrinter(found) => {
                if let Some(target) = found.target() {
                    let mut chosen = ChosenPrinter::new(target, self.options.demo);
                    chosen.found = Some(found);
                    s.journey.printer = Some(chosen);
                }
                s.nav.go(Page::Printer);
            }
            Action::UseFoundPrinter(found) => {
                if let Some(target) = found.target() {
                    let simulated = self.options.demo;
                    let mut chosen = ChosenPrinter::new(target, simulated);
                    chosen.found = Some(found.clone());
                    s.journey.printer = Some(chosen);
                }
                let family = found.model.as_deref().and_then(|m| {
                    catalog()
                        .search(m, 1)
                        .into_iter()
                        .next()
                        .map(|r| r.family.id.clone())
                });
                match family {
                    Some(id) => {
                        s.pages.choose_model.query = found.model.clone().unwrap_or_default();
                        s.journey.choose_family(Some(id), &s.remembered);
                        s.nav.go(Page::ChooseModel);
                    }
                    None => s.nav.go(Page::Printer),
                }
            }
            Action::ChooseFamily(id) => s.journey.choose_family(id, &s.remembered),
            Action::AnswerPanel { family, kind } => {
                s.remembered.answers.set(&family, kind);
                self.worker
                    .send(Command::SavePanelAnswers(s.remembered.answers.clone()));
                s.journey.panel = Some(kind);
                s.journey.guide = Some(guide::for_panel(kind));
                s.nav.go(Page::WherePin);
            }
            Action::ShowPanelGuide(kind) => {
                s.journey.panel = Some(kind);
                s.journey.guide = Some(guide::for_panel(kind));
                s.nav.go(Page::WherePin);
            }
            Action::OpenGuide(id) => {
                s.journey.guide = Some(id);
                if let Some(kind) = guide::panel_of(id) {
                    s.journey.panel = Some(kind);
                }
            }
            Action::GuideStep { guide, step } => {
                s.remembered.progress.insert(guide.to_owned(), step);
                self.worker
                    .send(Command::SaveGuideProgress(s.remembered.progress.clone()));
            }
            Action::PrintGuide(id) => {
                let print = &mut s.pages.where_pin.print;
                print.printed = None;
                print.no_file_chosen = false;
                print.pending = Some(id);
                let name = crate::files::suggested_name(
                    &format!("wps-guide-{id}"),
                    s.journey.model_name().as_deref(),
                    "html",
                );
                let suggested =
                    crate::files::documents(self.options.print_dir.as_deref()).join(name);
                if print.typed.trim().is_empty() {
                    print.typed = suggested.display().to_string();
                }
                if self.options.save_dialog {
                    crate::dialog::choose_save_file(
                        self.worker.sink(),
                        suggested,
                        self.l.t("guide-save-dialog-title"),
                        Event::GuideFileChosen,
                    );
                } else {
                    self.worker.sink().emit(Event::GuideFileChosen(None));
                }
            }
            Action::SaveGuide { guide: id, path } => {
                let Some(g) = guide::get(id) else { return };
                s.pages.where_pin.print.printed = None;
                let contents = guide::print::html(g, s.journey.model_name().as_deref(), &self.l);
                self.worker.send(Command::SaveGuide { path, contents });
            }
            Action::SetPin(pin) => s.journey.pin = pin,
            Action::PinChecked(record) => s.journey.activity.pin_checks.push(record),
            Action::TimerStarted(direction) => {
                s.journey.activity.start_timer(direction, SystemTime::now());
                // In demo mode the demo printer joins a moment later.
                self.worker.send(Command::WpsStarted);
            }
            Action::TimerEnded(how) => s.journey.activity.end_timer(SystemTime::now(), how),
            Action::RunChecks => {
                s.pages.troubleshoot.running = true;
                self.worker.send(Command::RunChecks {
                    target: s.journey.printer.as_ref().map(|p| p.target.clone()),
                    router: self.options.router,
                    air: self.air_source(),
                });
            }
            Action::ChooseSummaryFile { suggested, title } => {
                s.pages.troubleshoot.choosing = true;
                s.pages.troubleshoot.no_file_chosen = false;
                if self.options.save_dialog {
                    crate::dialog::choose_save_file(
                        self.worker.sink(),
                        suggested,
                        title,
                        Event::SaveFileChosen,
                    );
                } else {
                    self.worker.sink().emit(Event::SaveFileChosen(None));
                }
            }
            Action::SaveSummary(path) => {
                let t = &mut s.pages.troubleshoot;
                t.saved = None;
                t.save_path = path.display().to_string();
                let summary =
                    pages::troubleshoot::summary::build(t, &s.journey, &s.remembered, &self.l);
                let contents = wps_pin_core::report::render(&summary, t.format, &self.l);
                self.worker.send(Command::SaveReport { path, contents });
            }
        }
    }
}
