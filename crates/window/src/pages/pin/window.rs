//! The 2-minute WPS window, counted down by this page itself: a pure window value and a
//! repaint requested for the next change of the shown seconds (or of the bar).

use std::time::{Duration, Instant};

use eframe::egui::{Rect, RichText, Sense, Stroke, StrokeKind, Ui, vec2};
use wps_pin_core::wps::window::{format_mm_ss, whole_seconds_left};

use crate::cx::Cx;
use crate::widgets::{self, Tone};
use wps_pin_flow::Msg;
use wps_pin_flow::pin::WindowState;

/// The bar glides between whole seconds at this pace (unless motion is reduced).
const GLIDE: Duration = Duration::from_millis(100);

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let now = Instant::now();
    match cx.s.pin.window {
        WindowState::Idle => {
            widgets::para(ui, &l.t("pin-timer-explain"));
            if widgets::big_button(ui, &l.t("pin-timer-start")).clicked() {
                cx.act(Msg::StartTimer);
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
            let fraction = if cx.s.settings.reduced_motion {
                whole_seconds_left(left) as f32 / total
            } else {
                left.as_secs_f32() / total
            };
            time_bar(ui, fraction.clamp(0.0, 1.0), cx);
            widgets::para(ui, &l.t("pin-timer-follow-printer"));
            if widgets::big_button(ui, &l.t("pin-timer-stop")).clicked() {
                cx.act(Msg::StopTimer);
            }
            let next = if cx.s.settings.reduced_motion {
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
                cx.act(Msg::StartTimer);
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
