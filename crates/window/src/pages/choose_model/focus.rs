//! Whether the person is using the keyboard (the model page's parts share it).

use eframe::egui::{Event, Ui};

/// Focus follows the keyboard: after a mouse click it stays where the person looks.
pub fn by_keyboard(ui: &Ui) -> bool {
    ui.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, Event::Key { pressed: true, .. }))
    })
}
