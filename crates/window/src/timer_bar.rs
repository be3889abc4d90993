//! The running two-minute window, pinned under the header on every page: the time left,
//! a bar, and Stop — so the countdown is never scrolled away from the person following
//! it. It says the last minute once as it starts, and the end at once.

use std::time::{Duration, Instant};

use eframe::egui::{
    self, Label, Rect, RichText, Sense, Stroke, StrokeKind, TextStyle, TextWrapMode, Ui,
    WidgetText, vec2,
};
use wps_pin_core::guide::howto::{self, Mark};
use wps_pin_core::wps::window::{format_mm_ss, whole_seconds_left};
use wps_pin_flow::pin::WindowState;
use wps_pin_flow::{AppState, Msg, Page};

use crate::theme::Palette;
use crate::widgets;

/// Whether the bar is shown: while the window runs or has just ended, except where the
/// step with the timer itself is in view.
pub fn wanted(s: &AppState) -> bool {
    if s.pin.window == WindowState::Idle {
        return false;
    }
    let timer_step = s.pin.method.is_some_and(|m| {
        howto::steps(m.direction(), s.journey.panel)
            .get(s.pin.step)
            .is_some_and(|step| step.mark == Some(Mark::Timer))
    });
    !(s.nav.current() == Page::EnterPin && timer_step)
}

pub fn show(ui: &mut Ui, s: &AppState, palette: &Palette, msgs: &mut Vec<Msg>) {
    let l = s.l();
    let now = Instant::now();
    egui::Panel::top("timer-bar")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 4)))
        .show(ui, |ui| match s.pin.window {
            WindowState::Running(w) => {
                let left = w.remaining(now);
                let mut compact = false;
                ui.horizontal_wrapped(|ui| {
                    let time = format_mm_ss(whole_seconds_left(left));
                    let full = l.t_args("timer-bar", &[("time", time.clone().into())]);
                    let stop = l.t("pin-timer-stop");
                    // One row at any text size: at large text the time alone ("1:59
                    // left") beside Stop, so the page keeps its room (the step with the
                    // PIN field and its verdict needs it); the full sentence stays the
                    // line's name for a screen reader.
                    compact = !one_row(ui, &full, &stop);
                    let shown = if compact {
                        l.t_args("pin-timer-left", &[("time", time.into())])
                    } else {
                        full.clone()
                    };
                    let said = ui.add(Label::new(RichText::new(shown).strong()).wrap());
                    widgets::name(ui, &said, &full);
                    if widgets::header_button(ui, true, &stop).clicked() {
                        msgs.push(Msg::StopTimer);
                    }
                });
                // The bar says again what the words say: at large text its row goes to the page.
                if !compact {
                    let fraction =
                        whole_seconds_left(left) as f32 / w.length().as_secs_f32().max(1.0);
                    bar(ui, fraction.clamp(0.0, 1.0), palette);
                }
                if s.pin.last_minute_said {
                    let r = ui.add(Label::new(l.t("timer-last-minute")));
                    widgets::announce(ui, &r, false);
                }
                // Wake for the next whole second (or the end).
                let next = w.next_change(now).saturating_duration_since(now);
                ui.ctx()
                    .request_repaint_after(next.max(Duration::from_millis(20)));
            }
            WindowState::Ended => {
                let r = ui.add(Label::new(RichText::new(l.t("timer-bar-ended")).strong()).wrap());
                widgets::announce(ui, &r, true);
            }
            WindowState::Idle => {}
        });
}

/// Whether `text` and a button saying `button` fit side by side.
fn one_row(ui: &Ui, text: &str, button: &str) -> bool {
    let width = |t: &str, style: TextStyle| {
        WidgetText::from(RichText::new(t).strong())
            .into_galley(ui, Some(TextWrapMode::Extend), f32::INFINITY, style)
            .size()
            .x
    };
    let spacing = ui.spacing();
    let button = width(button, TextStyle::Button) + 2.0 * spacing.button_padding.x;
    width(text, TextStyle::Body) + spacing.item_spacing.x + button <= ui.available_width()
}

/// The time left as a thin bar (the words above carry the same information).
fn bar(ui: &mut Ui, fraction: f32, palette: &Palette) {
    let width = ui.available_width();
    let (rect, _) = ui.allocate_exact_size(vec2(width, 8.0), Sense::hover());
    let painter = ui.painter();
    let filled = Rect::from_min_size(rect.min, vec2(rect.width() * fraction, rect.height()));
    painter.rect_filled(filled, 2, palette.accent);
    painter.rect_stroke(rect, 2, Stroke::new(1.5, palette.text), StrokeKind::Inside);
}
