//! The worker's events, applied to the state (in `logic`, before the frame is drawn).

use eframe::egui;
use wps_pin_core::worker::{Command, Event};

use crate::action::Action;
use crate::app::WpsApp;
use crate::pages::choose_model::Status;
use crate::pages::pin::WindowState;
use wps_pin_core::journey::TimerEnd;

impl WpsApp {
    pub(crate) fn on_event(&mut self, ctx: &egui::Context, event: Event) {
        let s = &mut self.state;
        let pages = &mut s.pages;
        match event {
            Event::PrinterStatus(report) => {
                if let Some(p) = &mut s.journey.printer {
                    let joined_before = p.joined.is_some();
                    p.on_report(*report);
                    // It worked: the timer has done its job.
                    if p.joined.is_some() && !joined_before {
                        s.journey
                            .activity
                            .end_timer(std::time::SystemTime::now(), TimerEnd::Joined);
                        pages.pin.window = WindowState::Idle;
                    }
                }
            }
            Event::ChecksDone(run) => {
                pages.troubleshoot.run = Some(*run);
                pages.troubleshoot.running = false;
            }
            Event::SaveFileChosen(chosen) => {
                pages.troubleshoot.choosing = false;
                match chosen {
                    Some(path) => self.carry_out(Action::SaveSummary(path)),
                    None => pages.troubleshoot.no_file_chosen = true,
                }
            }
            Event::GuideFileChosen(chosen) => {
                let print = &mut pages.where_pin.print;
                let guide = print.pending.take();
                match (chosen, guide) {
                    (Some(path), Some(guide)) => self.carry_out(Action::SaveGuide { guide, path }),
                    _ => print.no_file_chosen = true,
                }
            }
            Event::GuideSaved(path) => {
                // Said as it happened: the browser is only asked when the app may open it.
                let url = wps_pin_core::guide::print::file_url(&path)
                    .filter(|_| self.options.open_written_files);
                if let Some(url) = &url {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                }
                pages.where_pin.print.printed = Some(Ok((path, url.is_some())));
            }
            Event::GuideNotSaved(e) => pages.where_pin.print.printed = Some(Err(e)),
            Event::ReportSaved(path) => pages.troubleshoot.saved = Some(Ok(path)),
            Event::ReportNotSaved(e) => pages.troubleshoot.saved = Some(Err(e)),
            Event::LocalNetwork(net) => pages.router.local = Some(net),
            Event::Printers(list) => {
                pages.find.printers = list;
                pages.find.failed = false;
            }
            Event::ScanFailed => pages.find.failed = true,
            Event::Air(reading) => self.on_air(*reading),
            Event::AddressChecked { host, result } => {
                pages.find.checking = false;
                pages.find.checked = Some((host, result));
            }
            Event::SettingsSaved => s.settings_error = None,
            Event::SettingsNotSaved(e) => s.settings_error = Some(e),
            Event::PanelAnswersSaved => {
                // A good save replaces any earlier trouble with the file.
                if matches!(pages.choose_model.status, Some(Status::Failed(_))) {
                    pages.choose_model.status = None;
                }
            }
            Event::PanelAnswersExported(path) => {
                pages.choose_model.status = Some(Status::Exported(path));
            }
            Event::PanelAnswersImported { answers, skipped } => {
                pages.choose_model.status = Some(Status::Imported {
                    added: answers.len(),
                    skipped,
                });
                s.remembered.answers.merge(answers);
                self.worker
                    .send(Command::SavePanelAnswers(s.remembered.answers.clone()));
            }
            Event::PanelAnswersFailed(e) => pages.choose_model.status = Some(Status::Failed(e)),
        }
    }
}
