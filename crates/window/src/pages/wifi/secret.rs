//! A password field: masked unless the person asks to see it, large, with its label as
//! its accessible name. What is typed stays in the page's own buffer, never in the
//! window's state; the buffer is wiped when the step, the route or the page ends.
//!
//! The buffer's room is reserved once (four bytes a character, up to the field's limit,
//! which egui enforces before it inserts), so typing never moves the text and leaves no
//! copy behind in freed memory. egui keeps copies of its own while the field is shown —
//! its undo history (emptied after every frame here) and, with "Show" on, the laid-out
//! text — which are dropped when the field goes, not wiped, like the copies the HTTP and
//! TLS libraries make while sending.

use eframe::egui::text_edit::TextEditState;
use eframe::egui::{Checkbox, Context, Id, Label, Response, TextEdit, TextStyle, Ui};
use wps_pin_core::net::wifi::Secret;
use wps_pin_core::worker::Handed;
use zeroize::{Zeroize, Zeroizing};

use crate::theme::Palette;

/// What a person may type in one field: a Wi-Fi password has at most 64 characters
/// (64 hexadecimal digits); an administrator password gets more room.
pub const PASSPHRASE_CHARS: usize = 64;
pub const ADMIN_CHARS: usize = 128;

/// Typed text that is wiped when cleared or dropped.
pub struct SecretBuffer {
    text: Zeroizing<String>,
    limit: usize,
    /// Shown as typed (the person turned "Show" on).
    pub show: bool,
}

impl SecretBuffer {
    pub fn new(limit: usize) -> Self {
        Self {
            text: Zeroizing::new(String::with_capacity(limit * 4)),
            limit,
            show: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// A copy for the one message that carries it (wiped when that message is done).
    pub fn hand(&self) -> Handed<Secret> {
        Handed::new(Secret::new(self.text.as_str().to_owned()))
    }

    /// Wipes the text (its room stays reserved) and forgets egui's state for the field
    /// `id`: its undo history and cursor.
    pub fn wipe(&mut self, ctx: &Context, id: Id) {
        self.text.zeroize();
        self.show = false;
        ctx.data_mut(|d| d.remove::<TextEditState>(id));
    }
}

/// Draws the field under `label`, with "Show the password" below it. `focus`: the caret
/// goes into it before it reads this frame's keys.
pub fn field(
    ui: &mut Ui,
    id: Id,
    label: &str,
    show_label: &str,
    buffer: &mut SecretBuffer,
    focus: bool,
    palette: &Palette,
) -> Response {
    let label = ui.add(Label::new(label).wrap());
    if focus {
        ui.memory_mut(|m| m.request_focus(id));
    }
    let limit = buffer.limit;
    let r = ui
        .add(
            TextEdit::singleline(&mut *buffer.text)
                .id(id)
                .password(!buffer.show)
                .font(TextStyle::Heading)
                .char_limit(limit)
                .desired_width(ui.available_width().min(560.0)),
        )
        .labelled_by(label.id);
    crate::widgets::focus_ring(ui, &r, palette);
    // egui's undo history would keep every earlier version of the text.
    if let Some(mut state) = TextEditState::load(ui.ctx(), id) {
        state.clear_undoer();
        state.store(ui.ctx(), id);
    }
    ui.add(Checkbox::new(&mut buffer.show, show_label));
    r
}
