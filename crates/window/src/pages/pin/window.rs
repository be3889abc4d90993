//! The 2-minute WPS window, counted down by this page itself: a pure window value and a
//! repaint requested for the next change of the shown seconds (or of the bar).

use std::time::{Duration, Instant};

use eframe::egui::{Rect, RichText, Sense, Stroke, StrokeKind, Ui, vec2};
use wps_pin_core::wps::WpsWindow;
use wps_pin_core::wps::window::{format_mm_ss, whole_seconds_left};

use super::state::{PinPage, WindowState};
use crate::Cx;
use crate::action::Action;
use crate::widgets::{self, Tone};
use wps_pin_core::guide::howto::Direction;
use wps_pin_core::journey::TimerEnd;

/// The bar glides between whole seconds at this pace (unless motion is reduced).
const GLIDE: Duration = Duration::from_millis(100);

pub fn show(ui: &mut Ui, page: &mut PinPage, cx: &mut Cx) {
    let l = cx.l;
    let now = Instant::now();
    if let WindowState::Running(w) = page.window
        && w.is_over(now)
    {
        page.window = WindowState::Ended;
        cx.act(Action::TimerEnded(TimerEnd::TimeUp));
    }
    let direction = page.method.map(|m| m.direction());
    match page.window {
        WindowState::Idle => {
            widgets::para(ui, &l.t("pin-timer-explain"));
            if widgets::big_button(ui, &l.t("pin-timer-start")).clicked() {
                page.window = WindowState::Running(WpsWindow::start(now, cx.options.wps_window));
                cx.act(Action::TimerStarted(
                    direction.unwrap_or(Direction::PrinterPin),
                ));
                ui.ctx().request_repaint();
            }
        }
        WindowState::Running(w) => {
            let left = w.remaining(now);
            let total = w.length().as_secs_f32().max(1.0);
            let time = format_mm_ss(whole_seconds_left(left));
            ui.label(
                RichText::new(l.t_args("pin-timer-left", &[("time", time.into())]))
                    .heading()
                    .strong(),
            );
            let fraction = if cx.settings.reduced_motion {
                whole_seconds_left(left) as f32 / total
            } else {
                left.as_secs_f32() / total
            };
            time_bar(ui, fraction.clamp(0.0, 1.0), cx);
            widgets::para(ui, &l.t("pin-timer-follow-printer"));
            if widgets::big_button(ui, &l.t("pin-timer-stop")).clicked() {
                page.window = WindowState::Idle;
                cx.act(Action::TimerEnded(TimerEnd::Stopped));
            }
            let next = if cx.settings.reduced_motion {
                w.next_change(now).saturating_duration_since(now)
            } else {
                GLIDE.min(left)
            };
            ui.ctx().request_repaint_after(next);
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
                page.window = WindowState::Running(WpsWindow::start(now, cx.options.wps_window));
                cx.act(Action::TimerStarted(
                    direction.unwrap_or(Direction::PrinterPin),
                ));
                ui.ctx().request_repaint();
            }
        }
    }
}

/// The time left as a bar: an outlined track with the accent fill, both at 3:1 or more
/// against the page (WCAG 1.4.11). The words above it carry the same information.
fn time_bar(ui: &mut Ui, fraction: f32, cx: &Cx) {
    let width = ui.available_width().min(crate::widgets::MAX_CONTENT_WIDTH);
    let (rect, _) = ui.allocate_exact_size(vec2(width, 20.0), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter();
    let filled = Rect::from_min_size(rect.min, vec2(rect.width() * fraction, rect.height()));
    painter.rect_filled(filled, 4, cx.palette.accent);
    painter.rect_stroke(
        rect,
        4,
        Stroke::new(2.0, cx.palette.text),
        StrokeKind::Inside,
    );
}
