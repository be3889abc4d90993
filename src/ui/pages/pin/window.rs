//! The 2-minute WPS window, counted down by the worker.

use std::time::Instant;

use eframe::egui::{ProgressBar, RichText, Ui};

use super::PinPage;
use crate::ui::Cx;
use crate::ui::widgets::{self, Tone};
use crate::worker::{Command, Event};
use crate::wps::window::format_mm_ss;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum WindowState {
    #[default]
    Idle,
    Running {
        seconds_left: u64,
        total: u64,
        /// When this count arrived, to move the bar smoothly between ticks.
        at: Instant,
    },
    Ended,
}

impl WindowState {
    pub fn on_event(&mut self, event: &Event) {
        *self = match *event {
            Event::WpsWindowTick {
                seconds_left,
                total,
            } => WindowState::Running {
                seconds_left,
                total,
                at: Instant::now(),
            },
            Event::WpsWindowEnded => WindowState::Ended,
            Event::WpsWindowCancelled => WindowState::Idle,
            _ => return,
        };
    }
}

pub fn show(ui: &mut Ui, page: &mut PinPage, cx: &mut Cx) {
    let l = cx.l;
    match page.window {
        WindowState::Idle => {
            widgets::para(ui, &l.t("pin-timer-explain"));
            if widgets::big_button(ui, &l.t("pin-timer-start")).clicked() {
                cx.send(Command::StartWpsWindow {
                    length: page.window_length,
                });
            }
        }
        WindowState::Running {
            seconds_left,
            total,
            at,
        } => {
            let time = format_mm_ss(seconds_left);
            ui.label(
                RichText::new(l.t_args("pin-timer-left", &[("time", time.into())]))
                    .heading()
                    .strong(),
            );
            let mut fraction = seconds_left as f32 / total.max(1) as f32;
            if !cx.settings.reduced_motion {
                // Glide between the worker's once-a-second counts.
                let elapsed = at.elapsed().as_secs_f32().min(1.0);
                fraction = ((seconds_left as f32 - elapsed) / total.max(1) as f32).max(0.0);
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(100));
            }
            ui.add(ProgressBar::new(fraction).desired_height(18.0));
            widgets::para(ui, &l.t("pin-timer-follow-printer"));
            if widgets::big_button(ui, &l.t("pin-timer-stop")).clicked() {
                cx.send(Command::CancelWpsWindow);
            }
        }
        WindowState::Ended => {
            let r = widgets::notice(
                ui,
                &cx.palette,
                Tone::Warn,
                &l.t("notice-time-up"),
                &l.t("pin-timer-ended"),
            );
            widgets::announce(ui, &r, true);
            if widgets::big_button(ui, &l.t("pin-timer-again")).clicked() {
                cx.send(Command::StartWpsWindow {
                    length: page.window_length,
                });
            }
        }
    }
}
