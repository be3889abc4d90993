//! Small helpers the model page's parts share: what screen readers hear of a card, and
//! whether the person is using the keyboard.

use eframe::egui::{Event, Response, Ui};

/// The card's second line as its accessible description.
pub fn describe(ui: &Ui, response: &Response, text: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(text);
    });
}

/// Focus follows the keyboard: after a mouse click it stays where the person looks.
pub fn by_keyboard(ui: &Ui) -> bool {
    ui.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, Event::Key { pressed: true, .. }))
    })
}
