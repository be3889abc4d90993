//! The eframe application: egui glue around the flow's state. `logic` turns the worker's
//! events into messages; `ui` draws the header and the current page, whose messages are
//! taken by [`wps_pin_flow::update`] after the frame; the effects `update` returns are
//! carried out here (commands to the worker, links, the clipboard, focus).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};
use wps_pin_core::catalog::panels;
use wps_pin_core::guide::progress;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::settings::{self, Settings, SettingsStore};
use wps_pin_core::worker::save::SaveDialog;
use wps_pin_core::worker::{Setup, Worker};
use wps_pin_core::world::{World, demo::DemoWorld, real::RealWorld};
use wps_pin_flow::{AppState, Config, Effect, Focus, Loaded, Msg, update};

use crate::cx::Cx;
use crate::names::APP_NAME;
use crate::options::Options;
use crate::pages;
use crate::theme;

pub struct WpsApp {
    pub state: AppState,
    pub(crate) worker: Worker,
    pub(crate) options: Options,
    store_dir: PathBuf,
    /// The settings last applied to the egui context.
    applied: Option<Settings>,
    /// The page's scroll area and focus tracking.
    view: crate::page_view::PageView,
    /// What pages keep for drawing only (caches, focus follows the keyboard).
    views: pages::Views,
    /// A control `update` asked to focus, until its page draws it.
    focus: Option<Focus>,
    /// The page visit last drawn (a new one means the page was just opened).
    drawn_visit: u64,
    frames: u64,
}

impl WpsApp {
    /// Reads what was stored in `store` (setting damaged files aside, to tell the
    /// person) — once, before the first frame — and starts the worker.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        store: SettingsStore,
        options: Options,
    ) -> std::io::Result<Self> {
        let loaded = store.load();
        let answers = panels::store(store.dir()).load();
        let steps = progress::load(store.dir());
        let certificates = Certificates::load(store.dir());
        let problems = [
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
        let waker = Arc::new(move || ctx.request_repaint());
        // In demo mode the worker acts on the simulated world: no packet leaves.
        let world: Arc<dyn World> = if options.demo {
            Arc::new(DemoWorld::new(options.demo_join_after))
        } else {
            Arc::new(RealWorld::new(Some(store.dir().to_owned())))
        };
        let dialog: Option<Arc<dyn SaveDialog>> = match &options.chosen_file {
            Some(file) => Some(Arc::new(crate::dialog::Answers(file.clone()))),
            None if options.save_dialog => Some(Arc::new(crate::dialog::SystemSaveDialog)),
            None => None,
        };
        let worker = Worker::spawn(
            Setup {
                store: Some(store.clone()),
                world,
                dialog,
            },
            waker,
        )?;
        let (documents, home) = crate::dialog::places(options.print_dir.as_deref());
        let config = Config {
            demo: options.demo,
            scan_scope: options.scan_scope,
            wps_window: options.wps_window,
            router: options.router,
            air: options.air.clone(),
            save_dialog: options.save_dialog,
            open_written_files: options.open_written_files,
            documents,
            home,
        };
        let state = AppState::new(
            config,
            Loaded {
                settings: loaded.value,
                answers: answers.value,
                progress: steps.value,
                problems,
                // No language chosen means "follow the system", so a language added
                // later reaches people whose system uses it.
                system_language: wps_pin_core::i18n::system_language(),
            },
        );
        let mut app = Self {
            state,
            worker,
            options,
            store_dir: store.dir().to_owned(),
            applied: None,
            view: crate::page_view::PageView::default(),
            views: pages::Views::default(),
            focus: None,
            drawn_visit: 0,
            frames: 0,
        };
        // What the first page needs running (nothing, on Home; tests may open others).
        app.dispatch_at(Msg::Tick(Instant::now()), &cc.egui_ctx);
        Ok(app)
    }

    pub fn localizer(&self) -> &wps_pin_core::i18n::Localizer {
        self.state.l()
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Where events are sent: tests stand in for the world with it.
    pub fn event_sink(&self) -> &wps_pin_core::worker::EventSink {
        self.worker.sink()
    }

    /// Takes a message as if a page had sent it (tests use it to set up a journey).
    pub fn dispatch(&mut self, msg: Msg) {
        let effects = update(&mut self.state, msg);
        self.run_effects(effects, None);
    }

    fn dispatch_at(&mut self, msg: Msg, ctx: &egui::Context) {
        let effects = update(&mut self.state, msg);
        self.run_effects(effects, Some(ctx));
    }

    fn run_effects(&mut self, effects: Vec<Effect>, ctx: Option<&egui::Context>) {
        for effect in effects {
            match effect {
                Effect::Send(command) => self.worker.send(command),
                Effect::OpenUrl(url) => {
                    if let Some(ctx) = ctx {
                        ctx.open_url(egui::OpenUrl::new_tab(url));
                    }
                }
                Effect::Copy(text) => {
                    if let Some(ctx) = ctx {
                        ctx.copy_text(text);
                    }
                }
                Effect::Focus(control) => self.focus = Some(control),
                // Applied in `logic` (it compares with what was applied last).
                Effect::ApplySettings => {}
            }
        }
    }

    fn apply_settings(&mut self, ctx: &egui::Context) {
        if self.applied.as_ref() == Some(&self.state.settings) {
            return;
        }
        let s = &self.state.settings;
        theme::apply(ctx, s);
        ctx.set_zoom_factor(s.text_scale);
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
        self.dispatch_at(Msg::ChangeSettings(changed), ctx);
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

impl eframe::App for WpsApp {
    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.view.take_arrows(ctx, raw_input);
    }

    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.measure_start_up(ctx);
        while let Some(event) = self.worker.try_recv() {
            self.dispatch_at(Msg::Worker(event), ctx);
        }
        self.dispatch_at(Msg::Tick(Instant::now()), ctx);
        self.adopt_keyboard_zoom(ctx);
        self.apply_settings(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut msgs = Vec::new();
        // Escape or Alt+Left go back, unless a text field is using the keyboard. On Home
        // there is nowhere to go back to: focus stays where it is.
        let alt_left = ui.input_mut(|i| {
            i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft))
        });
        let escape = !ui.ctx().text_edit_focused()
            && self.state.nav.can_go_back()
            && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
        if alt_left || escape {
            msgs.push(Msg::Back);
        }
        // Ctrl+N: a new customer (asked first while a timer runs).
        if ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::N)))
        {
            msgs.push(Msg::NewCustomer);
        }
        // Every arrival (by keyboard or pointer) puts focus on the page's first control,
        // so it never falls to the bare window.
        let arrived = self.state.nav.visit() != self.drawn_visit;
        self.drawn_visit = self.state.nav.visit();
        // The window's accessible name, as its title says.
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| {
                node.set_label(APP_NAME);
            });
        let page = self.state.nav.current();
        crate::header::show(ui, self.state.l(), &self.state.nav, &mut msgs);
        if crate::timer_bar::wanted(&self.state) {
            let palette = theme::palette(self.state.settings.theme);
            crate::timer_bar::show(ui, &self.state, &palette, &mut msgs);
        }
        {
            let WpsApp {
                state,
                options,
                store_dir,
                view,
                views,
                focus,
                ..
            } = self;
            let mut cx = Cx::new(state, options, store_dir, arrived, focus, &mut msgs);
            egui::CentralPanel::default().show(ui, |ui| {
                view.show(ui, page, arrived, |ui| {
                    crate::widgets::page_column(ui, |ui| {
                        ui.add_space(8.0);
                        if cx.options.demo {
                            crate::widgets::demo_banner(ui, cx.l);
                        }
                        crate::question::show(ui, &mut cx);
                        pages::draw(ui, page, views, &mut cx);
                        ui.add_space(24.0);
                    });
                });
            });
        }
        let ctx = ui.ctx().clone();
        for msg in msgs {
            self.dispatch_at(msg, &ctx);
        }
    }
}
