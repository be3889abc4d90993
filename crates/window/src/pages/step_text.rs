//! A step's instruction, as the guides and the PIN page show it: large text that takes
//! focus (so Tab, the arrow keys and a screen reader meet it), named with its place in
//! the way ("Step 2 of 5: …").

use eframe::egui::{Label, Response, RichText, Sense, TextStyle, Ui};
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
    crate::page_view::register(ui, said.id, &name, said.rect);
    said
}
