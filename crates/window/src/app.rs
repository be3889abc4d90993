//! The eframe application: owns the state, the worker handle and the translations.
//! `logic` takes the worker's events; `ui` draws the header and the current page, whose
//! actions are carried out after the frame ([`crate::actions`]).

use std::path::Path;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};
use wps_pin_core::catalog::panels;
use wps_pin_core::guide::progress;
use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::settings::{self, Settings, SettingsStore};
use wps_pin_core::store::{FileError, LoadProblem};
use wps_pin_core::worker::{Command, Worker};

use crate::action::Action;
use crate::journey::Remembered;
use crate::names::APP_NAME;
use crate::nav::Page;
use crate::options::Options;
use crate::pages;
use crate::state::{AppState, Pages};
use crate::theme::{self, Palette};

/// What every page may use while it draws: read-only state, and a way to ask for things.
pub struct Cx<'a> {
    pub l: &'a Localizer,
    pub palette: Palette,
    pub settings: &'a Settings,
    pub journey: &'a crate::journey::Journey,
    pub remembered: &'a Remembered,
    pub options: &'a Options,
    /// Stored files that could not be used at start (shown on Home until dismissed).
    pub load_problems: &'a [LoadProblem],
    /// The last failure to save the settings.
    pub settings_error: Option<&'a FileError>,
    /// Where the settings are kept.
    pub store_dir: &'a Path,
    /// The computer's language, read at start.
    pub system_language: Option<&'a str>,
    /// True right after the page was opened (to put focus on its first control).
    pub arrived: bool,
    /// The Wi-Fi around this computer, as last read.
    pub air: &'a crate::air::view::AirView,
    actions: &'a mut Vec<Action>,
}

impl Cx<'_> {
    pub fn act(&mut self, action: Action) {
        self.actions.push(action);
    }
    pub fn go(&mut self, page: Page) {
        self.act(Action::Go(page));
    }
    pub fn send(&mut self, command: Command) {
        self.act(Action::Send(command));
    }
}

pub struct WpsApp {
    pub state: AppState,
    pub(crate) l: Localizer,
    pub(crate) worker: Worker,
    pub(crate) options: Options,
    store_dir: std::path::PathBuf,
    /// The settings last applied to the egui context.
    applied: Option<Settings>,
    /// The page's scroll area and focus tracking.
    view: crate::page_view::PageView,
    /// The printer the worker is watching now, if any.
    watching: Option<wps_pin_core::net::address::Target>,
    /// Whether the worker is searching for printers now.
    scanning: bool,
    frames: u64,
}

impl WpsApp {
    /// Loads what was stored in `store` (setting damaged files aside, to tell the person)
    /// and starts the worker.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        store: SettingsStore,
        options: Options,
    ) -> std::io::Result<Self> {
        let loaded = store.load();
        let answers = panels::store(store.dir()).load();
        let steps = progress::load(store.dir());
        let certificates = Certificates::load(store.dir());
        let load_problems = [
            loaded.problem,
            answers.problem,
            steps.problem,
            certificates.problem,
        ]
        .into_iter()
        .flatten()
        .collect();
        cc.egui_ctx.set_fonts(crate::fonts::definitions());
        let ctx = cc.egui_ctx.clone();
        let waker = std::sync::Arc::new(move || ctx.request_repaint());
        // In demo mode the worker simulates whatever would touch a network.
        let worker = if options.demo {
            Worker::spawn_demo(Some(store.clone()), waker, options.demo_join_after)?
        } else {
            Worker::spawn(Some(store.clone()), waker)?
        };
        // No language chosen means "follow the system", so a language added later
        // reaches people whose system uses it.
        let system_language = i18n::system_language();
        let l = Localizer::new(&language_of(&loaded.value, system_language.as_deref()));
        Ok(Self {
            state: AppState {
                settings: loaded.value,
                system_language,
                load_problems,
                remembered: Remembered {
                    answers: answers.value,
                    progress: steps.value,
                },
                ..AppState::default()
            },
            l,
            worker,
            options,
            store_dir: store.dir().to_owned(),
            applied: None,
            view: crate::page_view::PageView::default(),
            watching: None,
            scanning: false,
            frames: 0,
        })
    }

    pub fn localizer(&self) -> &Localizer {
        &self.l
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Where background jobs report: events sent here reach the window as the worker's
    /// do (tests use it to stand in for the system's save dialog).
    pub fn event_sink(&self) -> &wps_pin_core::worker::EventSink {
        self.worker.sink()
    }

    fn apply_settings(&mut self, ctx: &egui::Context) {
        if self.applied.as_ref() == Some(&self.state.settings) {
            return;
        }
        let s = &self.state.settings;
        theme::apply(ctx, s);
        ctx.set_zoom_factor(s.text_scale);
        let wanted = language_of(s, self.state.system_language.as_deref());
        if self.l.tag() != i18n::negotiate(&wanted) {
            self.l = Localizer::new(&wanted);
        }
        self.applied = Some(s.clone());
    }

    /// Ctrl +/−/0 change egui's zoom directly; adopt that as the text size setting.
    fn adopt_keyboard_zoom(&mut self, ctx: &egui::Context) {
        let zoom = ctx.zoom_factor();
        // Compare with what was applied last, not with the setting: the settings
        // page may have just changed the setting, which is applied after this.
        let Some(applied) = self.applied.as_mut() else {
            return;
        };
        if (zoom - applied.text_scale).abs() < 0.001 {
            return;
        }
        let clamped = (settings::clamp_text_scale(zoom) * 100.0).round() / 100.0;
        applied.text_scale = clamped;
        if (clamped - zoom).abs() > 0.001 {
            ctx.set_zoom_factor(clamped);
        }
        let changed = Settings {
            text_scale: clamped,
            ..self.state.settings.clone()
        };
        self.carry_out(Action::ChangeSettings(changed));
    }

    /// Search only while the scan page is open; watch the chosen printer only while
    /// the person is on a page that shows it (in demo mode the worker simulates it).
    fn update_watch(&mut self) {
        let page = self.state.nav.current();
        let shows_printer = matches!(
            page,
            Page::Printer | Page::EnterPin | Page::WherePin | Page::Troubleshoot
        );
        let wanted = self
            .state
            .journey
            .printer
            .as_ref()
            .map(|p| p.target.clone())
            .filter(|_| shows_printer);
        let scan = page == Page::FindPrinter;
        if scan != self.scanning {
            self.worker.send(if scan {
                Command::StartScan {
                    demo: self.options.demo,
                    scope: self.options.scan_scope,
                }
            } else {
                Command::StopScan
            });
            if scan {
                self.state.pages.find.restart();
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
        self.update_air();
    }

    fn measure_start_up(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        let Some(started) = self.options.exit_after_first_frame else {
            return;
        };
        if self.frames >= 2 {
            // The first frame has been painted and shown by now.
            println!("first frame after {} ms", started.elapsed().as_millis());
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ctx.request_repaint();
        }
    }
}

/// The current page, drawn into `ui` with its own state.
fn draw_page(ui: &mut egui::Ui, page: Page, pages: &mut Pages, cx: &mut Cx<'_>) {
    if matches!(page, Page::EnterPin | Page::WherePin | Page::Troubleshoot) {
        pages::printer::status_strip(ui, cx);
    }
    match page {
        Page::Home => pages::home::show(ui, cx),
        Page::FindPrinter => pages::find_printer::show(ui, &mut pages.find, cx),
        Page::ChooseModel => pages::choose_model::show(ui, &mut pages.choose_model, cx),
        Page::WherePin => pages::where_pin::show(ui, &mut pages.where_pin, cx),
        Page::EnterPin => pages::pin::show(ui, &mut pages.pin, cx),
        Page::Troubleshoot => pages::troubleshoot::show(ui, &mut pages.troubleshoot, cx),
        Page::Router => pages::router::show(ui, &mut pages.router, cx),
        Page::About => pages::about::show(ui, &mut pages.about, cx),
        Page::Printer => pages::printer::show(ui, &mut pages.printer, cx),
        Page::Settings => pages::settings::show(ui, cx),
    }
}

/// The chosen language, else the computer's (read once at start), else English.
fn language_of(settings: &Settings, system: Option<&str>) -> String {
    settings
        .language
        .as_deref()
        .or(system)
        .unwrap_or(i18n::FALLBACK)
        .to_owned()
}

impl eframe::App for WpsApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.measure_start_up(ctx);
        while let Some(event) = self.worker.try_recv() {
            self.on_event(ctx, event);
        }
        self.adopt_keyboard_zoom(ctx);
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
        // Every arrival (by keyboard or pointer) puts focus on the page's first control,
        // so it never falls to the bare window.
        let arrived = self.state.nav.take_arrived();
        // The window's accessible name, as its title says.
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| {
                node.set_label(APP_NAME);
            });
        let page = self.state.nav.current();
        crate::header::show(ui, &self.l, &self.state.nav, &mut actions);
        {
            let WpsApp {
                state,
                l,
                options,
                store_dir,
                view,
                ..
            } = self;
            let AppState {
                settings,
                load_problems,
                settings_error,
                system_language,
                journey,
                remembered,
                pages,
                air,
                ..
            } = state;
            let mut cx = Cx {
                l,
                palette: theme::palette(settings.theme),
                settings,
                journey,
                remembered,
                options,
                load_problems,
                settings_error: settings_error.as_ref(),
                store_dir,
                system_language: system_language.as_deref(),
                arrived,
                air,
                actions: &mut actions,
            };
            egui::CentralPanel::default().show(ui, |ui| {
                view.show(ui, page, arrived, |ui| {
                    crate::widgets::page_column(ui, |ui| {
                        ui.add_space(8.0);
                        if cx.options.demo {
                            crate::widgets::demo_banner(ui, cx.l, &cx.palette);
                        }
                        draw_page(ui, page, pages, &mut cx);
                        ui.add_space(24.0);
                    });
                });
            });
        }
        for action in actions {
            self.carry_out(action);
        }
        self.update_watch();
    }
}
