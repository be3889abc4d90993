//! A step's instruction, as the guides and the PIN page show it: large text that takes
//! focus (so Tab, the arrow keys and a screen reader meet it), named with its place in
//! the way ("Step 2 of 5: …"); and how a step is brought into view when it opens.

use eframe::egui::{
    Align, Label, Rect, Response, RichText, Sense, Stroke, StrokeKind, TextStyle, Ui, pos2, vec2,
};
use wps_pin_core::i18n::Localizer;

use crate::widgets;

/// Step `at` (from 0) of `total`, saying `text`.
pub fn show(ui: &mut Ui, l: &Localizer, text: &str, at: usize, total: usize) -> Response {
    let said = ui.add(
        Label::new(RichText::new(text).text_style(TextStyle::Button))
            .wrap()
            .sense(Sense::focusable_noninteractive()),
    );
    let name = l.t_args(
        "pin-step-text",
        &[
            ("step", (at + 1).into()),
            ("total", total.into()),
            ("text", text.to_owned().into()),
        ],
    );
    widgets::name(ui, &said, &name);
    if said.has_focus() {
        // The same ring as every control's focus (egui marks a focused text only with
        // an underline, which in high contrast is not the focus colour).
        ui.painter().rect_stroke(
            said.rect.expand(3.0),
            6,
            Stroke::new(
                widgets::FOCUS_WIDTH,
                ui.visuals().widgets.active.bg_stroke.color,
            ),
            StrokeKind::Outside,
        );
    }
    crate::page_view::register(ui, said.id, &name, said.rect);
    said
}

/// A step just opened: its parts (`parts`, top to bottom: its counter, its buttons, its
/// text, the field that takes the caret) in view together, with `focus` (one of them,
/// where the keyboard is) always among them. At large text they may not all fit: the
/// first parts are dropped, one at a time, until the rest does (the text and its control
/// matter more than the counter). When nothing from the focus down fits, the focus is
/// shown with as much as fits after it, or, when it is the last part, before it.
pub fn reveal(ui: &Ui, parts: &[Rect], focus: Rect) {
    let Some(last) = parts.last() else { return };
    crate::page_view::placed(ui);
    let spacing = ui.spacing().item_spacing.y;
    let room = room(ui);
    let point = |y| Rect::from_min_size(pos2(last.min.x, y), vec2(1.0, 1.0));
    let fits = parts
        .iter()
        .take_while(|part| part.min.y <= focus.min.y)
        // A focus that is the last part is shown with what comes before it (below).
        .filter(|first| !(**first == focus && focus == *last))
        .find(|first| last.max.y - first.min.y <= room);
    if let Some(first) = fits {
        ui.scroll_to_rect(point(first.min.y + spacing - ABOVE), Some(Align::TOP));
    } else if focus == *last && last.height() <= room {
        // The focus at the bottom, with as much of what comes before it as fits.
        // (As a top-aligned target, like the others.)
        let top = last.max.y + BELOW - ui.clip_rect().height();
        ui.scroll_to_rect(point(top + spacing), Some(Align::TOP));
    } else {
        ui.scroll_to_rect(point(focus.min.y + spacing - ABOVE), Some(Align::TOP));
    }
}

/// Whether everything from `first` to `last` can be in view at once.
pub fn fit(ui: &Ui, first: Rect, last: Rect) -> bool {
    last.max.y - first.min.y <= room(ui)
}

/// egui leaves a line's spacing above a part scrolled to the top; only a little air is
/// wanted there (and below, for the focus ring): at 250 % every point counts.
const ABOVE: f32 = 3.0;
/// A focused field's ring reaches 7 points below it.
const BELOW: f32 = 8.0;

fn room(ui: &Ui) -> f32 {
    ui.clip_rect().height() - ABOVE - BELOW
}
