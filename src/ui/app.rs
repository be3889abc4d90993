//! The eframe application: owns the state, the worker handle and the translations.
//! Pages only read state and push [`Action`]s; this file carries them out after the
//! frame, so there is one place where navigation and commands happen.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use super::nav::{Nav, Page};
use super::pages;
use super::theme::{self, Palette};
use crate::catalog::PanelStore;
use crate::i18n::{self, Localizer};
use crate::settings::{self, LoadProblem, Settings, SettingsStore};
use crate::worker::{Command, Event, Worker};

/// What a page asks for; carried out after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Go(Page),
    Back,
    Home,
    Send(Command),
    /// The settings page changed something: apply it and save it.
    SettingsChanged,
}

/// What every page may use while it draws.
pub struct Cx<'a> {
    pub l: &'a Localizer,
    pub palette: Palette,
    pub settings: &'a mut Settings,
    /// True right after the page was opened (to place keyboard focus).
    pub arrived: bool,
    actions: &'a mut Vec<Action>,
}

impl Cx<'_> {
    pub fn go(&mut self, page: Page) {
        self.actions.push(Action::Go(page));
    }
    pub fn back(&mut self) {
        self.actions.push(Action::Back);
    }
    pub fn send(&mut self, command: Command) {
        self.actions.push(Action::Send(command));
    }
    pub fn settings_changed(&mut self) {
        self.actions.push(Action::SettingsChanged);
    }
}

/// Everything the window shows. Pages own their own state structs.
#[derive(Default)]
pub struct AppState {
    pub nav: Nav,
    pub settings: Settings,
    /// Why stored settings were not used at start, until the person dismisses it.
    pub settings_problem: Option<LoadProblem>,
    /// The last failure to save settings, if any.
    pub save_error: Option<String>,
    pub pin: pages::pin::PinPage,
    pub where_pin: pages::where_pin::WherePinPage,
    pub troubleshoot: pages::troubleshoot::TroubleshootPage,
    pub about: pages::about::AboutPage,
    pub choose_model: pages::choose_model::ChooseModelPage,
    pub printer: pages::printer::PrinterPage,
    pub router: pages::router::RouterPage,
    pub find: pages::find_printer::FindPrinterPage,
}

pub struct WpsApp {
    pub state: AppState,
    l: Localizer,
    worker: Worker,
    store_dir: std::path::PathBuf,
    /// The settings last applied to the egui context.
    applied: Option<Settings>,
    /// The last page change came from the keyboard: focus the new page's first control.
    keyboard_nav: bool,
    /// The printer the worker is watching now, if any.
    watching: Option<crate::net::probe::Target>,
    /// Whether the worker is searching for printers now.
    scanning: bool,
    /// Simulated printers instead of a real search (help-desk training).
    pub demo: bool,
    /// Where to search; tests keep it on the loopback.
    pub scan_scope: crate::net::discovery::Scope,
    /// For measuring start-up: when the process started; the app closes once a frame is shown.
    pub exit_after_first_frame: Option<std::time::Instant>,
    frames: u64,
}

impl WpsApp {
    /// Loads settings from `store` (moving a damaged file aside) and starts the worker.
    pub fn new(cc: &eframe::CreationContext<'_>, store: SettingsStore) -> std::io::Result<Self> {
        let loaded = store.load();
        // No language chosen means "follow the system", so a language added later
        // reaches people whose system uses it.
        let settings = loaded.settings;
        cc.egui_ctx.set_fonts(super::fonts::definitions());
        let ctx = cc.egui_ctx.clone();
        let worker = Worker::spawn(Some(store.clone()), Box::new(move || ctx.request_repaint()))?;
        let l = Localizer::new(&language_of(&settings));
        let panels = PanelStore::at(store.dir()).load();
        // `load` already drops guides that no longer exist and steps past their end.
        let guide_steps = crate::guide::progress::ProgressStore::at(store.dir()).load();
        Ok(Self {
            state: AppState {
                settings,
                settings_problem: loaded.problem,
                choose_model: pages::choose_model::ChooseModelPage::new(panels),
                where_pin: pages::where_pin::WherePinPage::with_steps(guide_steps),
                ..AppState::default()
            },
            l,
            worker,
            store_dir: store.dir().to_owned(),
            applied: None,
            keyboard_nav: false,
            watching: None,
            scanning: false,
            demo: false,
            scan_scope: crate::net::discovery::Scope::AllInterfaces,
            exit_after_first_frame: None,
            frames: 0,
        })
    }

    pub fn localizer(&self) -> &Localizer {
        &self.l
    }

    fn apply_settings(&mut self, ctx: &egui::Context) {
        if self.applied.as_ref() == Some(&self.state.settings) {
            return;
        }
        let s = &self.state.settings;
        theme::apply(ctx, s);
        ctx.set_zoom_factor(s.text_scale);
        if self.l.tag() != i18n::negotiate(&language_of(s)) {
            self.l = Localizer::new(&language_of(s));
        }
        self.applied = Some(s.clone());
    }

    fn handle_event(&mut self, event: Event) {
        match event {
            Event::PrinterStatus(report) => self.state.printer.on_report(*report),
            Event::ChecksDone(run) => {
                self.state.troubleshoot.run = Some(*run);
                self.state.troubleshoot.running = false;
            }
            Event::SaveFileChosen(chosen) => {
                let t = &mut self.state.troubleshoot;
                t.choosing = false;
                match chosen {
                    Some(path) => {
                        t.save_path = path.display().to_string();
                        t.save_now = true;
                    }
                    None => t.no_file_chosen = true,
                }
            }
            Event::GuideSaved(path) => {
                self.state.where_pin.printed = Some(Ok(path));
                self.state.where_pin.open_printed = true;
            }
            Event::GuideNotSaved(why) => self.state.where_pin.printed = Some(Err(why)),
            Event::ReportSaved(path) => self.state.troubleshoot.saved = Some(Ok(path)),
            Event::ReportNotSaved(why) => self.state.troubleshoot.saved = Some(Err(why)),
            Event::LocalNetwork(net) => self.state.router.local = Some(net),
            Event::Printers(list) => {
                self.state.find.printers = list;
                self.state.find.failed = None;
            }
            Event::ScanFailed(why) => self.state.find.failed = Some(why),
            Event::AddressChecked { input, result } => {
                let find = &mut self.state.find;
                find.checking = false;
                find.checked = Some((input, result));
            }
            Event::WpsWindowTick { .. } | Event::WpsWindowEnded | Event::WpsWindowCancelled => {
                self.state.pin.on_window_event(&event);
            }
            Event::SettingsSaved => self.state.save_error = None,
            Event::SettingsNotSaved(message) => self.state.save_error = Some(message),
            Event::PanelAnswersSaved
            | Event::PanelAnswersExported(_)
            | Event::PanelAnswersImported { .. }
            | Event::PanelAnswersFailed(_) => {
                if let Some(command) = self.state.choose_model.on_event(event) {
                    self.worker.send(command);
                }
            }
        }
    }

    fn carry_out(&mut self, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Go(page) => self.state.nav.go(page),
                Action::Back => self.state.nav.back(),
                Action::Home => self.state.nav.home(),
                Action::Send(command) => self.worker.send(command),
                Action::SettingsChanged => {
                    self.state.settings = self.state.settings.clone().sanitized();
                    self.worker
                        .send(Command::SaveSettings(self.state.settings.clone()));
                }
            }
        }
    }

    /// Ctrl +/−/0 change egui's zoom directly; adopt that as the text size setting.
    fn adopt_keyboard_zoom(&mut self, ctx: &egui::Context) -> Option<Action> {
        let zoom = ctx.zoom_factor();
        // Compare with what we applied last, not with the setting: the settings
        // page may have just changed the setting, which is applied after this.
        let applied = self.applied.as_ref()?.text_scale;
        if (zoom - applied).abs() < 0.001 {
            return None;
        }
        let clamped = (settings::clamp_text_scale(zoom) * 100.0).round() / 100.0;
        self.state.settings.text_scale = clamped;
        if let Some(applied) = &mut self.applied {
            applied.text_scale = clamped;
        }
        if (clamped - zoom).abs() > 0.001 {
            ctx.set_zoom_factor(clamped);
        }
        Some(Action::SettingsChanged)
    }
}

fn language_of(settings: &Settings) -> String {
    settings
        .language
        .clone()
        .or_else(i18n::system_language)
        .unwrap_or_else(|| i18n::FALLBACK.to_owned())
}

impl eframe::App for WpsApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if let Some(started) = self.exit_after_first_frame
            && self.frames == 2
        {
            // The first frame has been painted and shown by now.
            println!("first frame after {} ms", started.elapsed().as_millis());
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.exit_after_first_frame.is_some() && self.frames < 2 {
            ctx.request_repaint();
        }
        while let Some(event) = self.worker.try_recv() {
            self.handle_event(event);
        }
        if let Some(a) = self.adopt_keyboard_zoom(ctx) {
            self.carry_out(vec![a]);
        }
        self.apply_settings(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut actions = Vec::new();
        // Escape or Alt+Left go back, unless a text field is using the keyboard.
        let back_keys = ui.input_mut(|i| {
            i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft))
        }) || (!ui.ctx().egui_wants_keyboard_input()
            && ui.input(|i| i.key_pressed(Key::Escape)));
        if back_keys {
            actions.push(Action::Back);
        }
        let palette = theme::palette(self.state.settings.theme);
        let arrived = self.state.nav.take_arrived() && self.keyboard_nav;
        let page = self.state.nav.current();
        super::header::show(ui, &self.l, &self.state.nav, &mut actions);
        let AppState {
            settings,
            settings_problem,
            save_error,
            pin,
            where_pin,
            troubleshoot,
            about,
            choose_model,
            printer,
            router,
            find,
            ..
        } = &mut self.state;
        let mut cx = Cx {
            l: &self.l,
            palette,
            settings,
            arrived,
            actions: &mut actions,
        };
        let store_dir = &self.store_dir;
        let demo = self.demo;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    super::widgets::page_column(ui, |ui| {
                        ui.add_space(8.0);
                        if matches!(page, Page::EnterPin | Page::WherePin | Page::Troubleshoot) {
                            pages::printer::status_strip(ui, printer, &mut cx);
                        }
                        match page {
                            Page::Home => pages::home::show(ui, settings_problem, &mut cx),
                            Page::FindPrinter => {
                                pages::find_printer::show(ui, find, printer, choose_model, &mut cx)
                            }
                            Page::ChooseModel => {
                                pages::choose_model::show(ui, choose_model, where_pin, &mut cx)
                            }
                            Page::WherePin => {
                                where_pin.model_name = choose_model
                                    .chosen
                                    .as_deref()
                                    .and_then(|id| crate::catalog::catalog().get(id))
                                    .and_then(|f| f.names.first().cloned());
                                pages::where_pin::show(ui, where_pin, &mut cx)
                            }
                            Page::EnterPin => pages::pin::show(ui, pin, &mut cx),
                            Page::Troubleshoot => {
                                let ctx = pages::troubleshoot::Context {
                                    // Demo printers are not real: never probed.
                                    printer: printer.target.as_ref().filter(|_| !demo),
                                    pin: crate::wps::check_pin(&pin.input).pin().map(str::to_owned),
                                };
                                pages::troubleshoot::show(ui, troubleshoot, ctx, &mut cx)
                            }
                            Page::Router => pages::router::show(ui, router, &mut cx),
                            Page::About => pages::about::show(ui, about, &mut cx),
                            Page::Printer => pages::printer::show(ui, printer, &mut cx),
                            Page::Settings => {
                                pages::settings::show(ui, store_dir, save_error.as_deref(), &mut cx)
                            }
                        }
                        ui.add_space(24.0);
                    });
                });
        });
        if actions
            .iter()
            .any(|a| matches!(a, Action::Go(_) | Action::Back | Action::Home))
        {
            self.keyboard_nav = ui.input(|i| {
                i.events
                    .iter()
                    .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }))
            });
        }
        self.carry_out(actions);
        self.update_watch();
    }
}

impl WpsApp {
    /// Search only while the scan page is open; watch the chosen printer only while
    /// the person is on a page that shows it.
    fn update_watch(&mut self) {
        let page = self.state.nav.current();
        let shows_printer = matches!(
            page,
            Page::Printer | Page::EnterPin | Page::WherePin | Page::Troubleshoot
        );
        // Demo printers are not real: their (documentation-range) addresses are never probed.
        let wanted = self
            .state
            .printer
            .target
            .clone()
            .filter(|_| shows_printer && !self.demo);
        let scan = page == Page::FindPrinter;
        if scan != self.scanning {
            self.worker.send(if scan {
                Command::StartScan {
                    demo: self.demo,
                    scope: self.scan_scope,
                }
            } else {
                Command::StopScan
            });
            if scan {
                self.state.find.started = Some(std::time::Instant::now());
                self.state.find.printers.clear();
            }
            self.scanning = scan;
        }
        if wanted != self.watching {
            self.worker.send(match &wanted {
                Some(t) => Command::WatchPrinter(t.clone()),
                None => Command::StopWatching,
            });
            self.watching = wanted;
        }
    }
}
