//! Typing or pasting the PIN, with digit boxes grouped 4-4 and the verdict.

use eframe::egui::{Key, Label, Rect, RichText, Sense, Stroke, StrokeKind, TextEdit, Ui, vec2};

use crate::cx::Cx;
use crate::theme::pin_font;
use crate::widgets::{self, Tone};

use wps_pin_core::words;
use wps_pin_core::wps::{self, Verdict};
use wps_pin_flow::pin::Method;
use wps_pin_flow::{Focus, Msg};

/// Generous room for separators and pasted text; the check reports anything longer.
const MAX_INPUT: usize = 24;

/// `arriving`: the step was just opened, so the caret goes into the field.
/// The PIN field and what is said about it; the field's place.
pub fn show(ui: &mut Ui, method: Method, arriving: bool, cx: &mut Cx) -> Rect {
    let l = cx.l;
    let page = &cx.s.pin;
    // The label sits close to its field (egui adds the spacing as the label is placed).
    let gap = std::mem::replace(&mut ui.spacing_mut().item_spacing.y, 6.0);
    let label = ui.add(
        Label::new(RichText::new(l.t(match method {
            Method::RouterHasPin => "pin-field-label-router",
            _ => "pin-field-label-printer",
        })))
        .wrap(),
    );
    ui.spacing_mut().item_spacing.y = gap;
    // A way just chosen or a step just opened puts the caret here before the field reads
    // this frame's keys, so a PIN typed at once lands in it.
    let id = ui.make_persistent_id("pin-field");
    if arriving || cx.take_focus(Focus::PinField) {
        ui.memory_mut(|m| m.request_focus(id));
    }
    // The PIN lives in the journey; the field edits a copy and says when it changed.
    let mut input = cx.s.journey.pin.clone();
    let field = ui.add(
        TextEdit::singleline(&mut input)
            .id(id)
            .font(pin_font(ui.ctx().zoom_factor()))
            .hint_text(l.t("pin-field-hint"))
            .char_limit(MAX_INPUT)
            .desired_width(ui.available_width().min(420.0)),
    );
    let field = field.labelled_by(label.id);
    if field.changed() {
        cx.act(Msg::SetPin(input.clone()));
    }
    widgets::focus_ring(ui, &field, &cx.palette);
    let mut checked = page.checked;
    if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
        checked = true;
        cx.act(Msg::CheckPin);
        // Enter asks for the verdict; the caret stays for a correction.
        field.request_focus();
    }

    let check = wps::check_pin(&input);

    // The verdict sits right under the field, in view with it. Partial input is "still typing" until the person asks for a verdict.
    let typing = !checked && page.typing(&check);
    // Each verdict (and the count while typing) is announced politely: it appears after
    // what the person did, and a screen reader should say it.
    let said = match check.verdict {
        Verdict::Empty => None,
        _ if typing => Some(widgets::para(
            ui,
            &l.t_args("pin-progress", &[("count", check.digits.len().into())]),
        )),
        Verdict::Valid8 | Verdict::Valid4 => Some(widgets::notice(
            ui,
            &cx.palette,
            Tone::Good,
            &l.t("notice-ok"),
            &words::pin_verdict(&check, l),
        )),
        Verdict::WrongCheckDigit { .. } => Some(widgets::notice(
            ui,
            &cx.palette,
            Tone::Warn,
            &l.t("notice-check-again"),
            &words::pin_notice(&check, l),
        )),
        Verdict::WrongLength { .. } | Verdict::NotADigit { .. } => Some(widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-check-again"),
            &words::pin_verdict(&check, l),
        )),
    };
    if let Some(r) = &said {
        widgets::announce(ui, r, false);
        // What was typed and what is said about it, in view together (at large text the
        // field may sit at the bottom of the view, with the verdict below it).
        if field.changed() || checked != page.checked {
            // (The field's ring reaches 7 points beyond it, the verdict's frame 15.)
            let both = Rect::from_min_max(
                field.rect.min - vec2(0.0, 7.0),
                r.rect.max + vec2(0.0, 15.0),
            );
            ui.scroll_to_rect(both, None);
        }
    }
    for w in &check.warnings {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Warn,
            &l.t("notice-warning"),
            &words::pin_warning(*w, l),
        );
    }
    // The digits as understood, below what was said about them.
    digit_boxes(ui, &check, &input, cx);

    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, &l.t("pin-check")).clicked() {
            cx.act(Msg::CheckPin);
        }
        let can_copy = check.pin().is_some();
        let copy = widgets::big_button_if(ui, can_copy, &l.t("pin-copy"));
        if copy.clicked() {
            cx.act(Msg::CopyPin);
        }
        if widgets::big_button(ui, &l.t("pin-clear")).clicked() {
            cx.act(Msg::ClearPin);
        }
    });
    if page.copied {
        let r = widgets::para(ui, &l.t("pin-copied"));
        widgets::announce(ui, &r, false);
    }
    field.rect
}

/// Eight boxes in two groups of four, showing the digits as understood (leading
/// zeros included); the check digit's box is marked when it does not match.
fn digit_boxes(ui: &mut Ui, check: &wps::PinCheck, input: &str, cx: &Cx) {
    let mut digits: Vec<char> = check.digits.chars().collect();
    // A character that is not a digit is shown in its own box, marked, after the
    // digits typed before it, so the person sees which one to correct.
    let wrong_at = match check.verdict {
        wps::Verdict::NotADigit { character } => {
            digits = input
                .chars()
                .take_while(|c| *c != character)
                .filter(char::is_ascii_digit)
                .collect();
            digits.push(character);
            Some(digits.len() - 1)
        }
        wps::Verdict::WrongCheckDigit { .. } => Some(7),
        _ => None,
    };
    let slots = if digits.len() > 8 { digits.len() } else { 8 };
    let gap = 18.0;
    let spacing = 6.0;
    let avail = ui.available_width().min(520.0);
    let box_w = ((avail - gap - spacing * (slots as f32 - 1.0)) / slots as f32).clamp(16.0, 52.0);
    let box_h = box_w * 1.25;
    let width = box_w * slots as f32 + spacing * (slots as f32 - 1.0) + gap;
    let (rect, _) = ui.allocate_exact_size(vec2(width, box_h), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter();
    let ink = ui.visuals().text_color();
    for i in 0..slots {
        let x = rect.min.x + i as f32 * (box_w + spacing) + if i >= 4 { gap } else { 0.0 };
        let r = Rect::from_min_size(eframe::egui::pos2(x, rect.min.y), vec2(box_w, box_h));
        let (stroke, fill) = if wrong_at == Some(i) {
            (Stroke::new(3.0, cx.palette.bad), ui.visuals().panel_fill)
        } else if i < digits.len() {
            (Stroke::new(2.0, ink), ui.visuals().panel_fill)
        } else {
            (Stroke::new(1.0, cx.palette.muted), ui.visuals().panel_fill)
        };
        painter.rect(r, 6, fill, stroke, StrokeKind::Inside);
        if let Some(d) = digits.get(i) {
            painter.text(
                r.center(),
                eframe::egui::Align2::CENTER_CENTER,
                d,
                eframe::egui::FontId::monospace(box_w * 0.7),
                ink,
            );
        }
    }
}
