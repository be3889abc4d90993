//! The page's own view: a scroll area of its own (so each page opens at its top), its own
//! id scope (so a screen reader never meets a widget of the previous page under a reused
//! object), the focused control kept in view (WCAG 2.4.7, 2.4.11), and Page Up / Page
//! Down / Home / End to scroll when no text field is using the keys.

use eframe::egui::{self, Align, Id, Key, Rect, Ui, style::ScrollAnimation, vec2};

use wps_pin_flow::Page;

/// What the view remembers between frames.
#[derive(Debug, Default)]
pub struct PageView {
    /// The control that had keyboard focus when last drawn, and where it was in the page.
    focused: Option<Id>,
    focus_offset: Option<f32>,
    /// The page's own control that has focus: its name and place, to find the control
    /// that replaces it when it goes (Next becomes "Enter the PIN", Start becomes Stop).
    holder: Option<Control>,
    /// Up and Down presses taken from egui before its frame (down positive), to scroll.
    arrows: f32,
    /// Frames left in which the page is still settling after it opened: a new text size
    /// or font takes effect a frame late and can push the first control out of view.
    settling: u8,
}

/// A control of the app's own (button or card) drawn this frame.
#[derive(Debug, Clone)]
pub struct Control {
    pub id: Id,
    pub name: String,
    pub rect: Rect,
    /// The page's title, which takes focus only when a page opens.
    pub title: bool,
}

/// The app's own controls drawn in this frame, recorded by the widgets.
#[derive(Debug, Clone, Default)]
struct Drawn(Vec<Control>);

/// The page placed its view itself in this frame (a step that opened shows its text
/// with its field): focus that moved with it must not scroll the view again.
#[derive(Debug, Clone, Copy, Default)]
struct Placed(bool);

impl PageView {
    /// Takes Up and Down from the window's raw input when no text field has focus, so they
    /// scroll the page instead of moving focus (egui moves focus with them): reading a
    /// long page by keyboard must not skip the text between controls.
    pub fn take_arrows(&mut self, ctx: &egui::Context, input: &mut egui::RawInput) {
        if ctx.text_edit_focused() {
            return;
        }
        input.events.retain(|e| match e {
            egui::Event::Key {
                key: key @ (Key::ArrowUp | Key::ArrowDown),
                pressed,
                modifiers,
                ..
            } if !modifiers.any() => {
                if *pressed {
                    self.arrows += if *key == Key::ArrowDown { 1.0 } else { -1.0 };
                }
                false
            }
            _ => true,
        });
    }
}

/// Records a control, so focus can move to its replacement when it goes away.
pub fn register(ui: &Ui, id: Id, name: &str, rect: Rect) {
    record(ui, id, name, rect, false);
}

/// Says that the page placed the view itself in this frame (see [`Placed`]).
pub fn placed(ui: &Ui) {
    ui.ctx().data_mut(|d| d.insert_temp(Id::NULL, Placed(true)));
}

/// Records the page's title.
pub fn register_title(ui: &Ui, id: Id, name: &str, rect: Rect) {
    record(ui, id, name, rect, true);
}

fn record(ui: &Ui, id: Id, name: &str, rect: Rect, title: bool) {
    ui.ctx().data_mut(|d| {
        d.get_temp_mut_or_default::<Drawn>(Id::NULL)
            .0
            .push(Control {
                id,
                name: name.to_owned(),
                rect,
                title,
            });
    });
}

impl PageView {
    /// Draws `page` with `add`. `arrived`: the page was just opened.
    pub fn show(&mut self, ui: &mut Ui, page: Page, arrived: bool, add: impl FnOnce(&mut Ui)) {
        let mut area = egui::ScrollArea::vertical()
            .id_salt(("page", page))
            .auto_shrink([false, false]);
        if arrived {
            area = area.vertical_scroll_offset(0.0);
            // Nothing of the previous page keeps focus or is replaced on this one.
            if let Some(id) = ui.ctx().memory(|m| m.focused()) {
                ui.ctx().memory_mut(|m| m.surrender_focus(id));
            }
            self.holder = None;
        }
        area.show(ui, |ui| {
            ui.ctx().data_mut(|d| {
                d.insert_temp(Id::NULL, Drawn::default());
                d.insert_temp(Id::NULL, Placed(false));
            });
            ui.push_id(("page", page), add);
            let content = ui.min_rect();
            self.keep_focus_on_escape(ui);
            self.keep_focus_on_a_control(ui);
            let untouched = self.focused == ui.ctx().memory(|m| m.focused());
            if arrived {
                self.settling = 3;
            }
            if arrived || (self.settling > 0 && untouched) {
                // The page opens at its top, with focus on its first control when that is
                // in view, else on the page's title.
                self.settling = self.settling.saturating_sub(1);
                focus_in_view_or_title(ui);
                self.focused = ui.ctx().memory(|m| m.focused());
                self.focus_offset = None;
            } else {
                self.settling = 0;
                self.keep_focus_in_view(ui, content);
            }
            page_keys(ui, content, std::mem::take(&mut self.arrows));
        });
    }

    /// egui drops focus on Escape. Escape goes back a page (whose arrival moves focus);
    /// where there is no page to go back to, focus stays where it was instead of falling
    /// to the bare window, where a screen reader says only the window's name.
    fn keep_focus_on_escape(&self, ui: &Ui) {
        let escaped = ui.input(|i| i.key_pressed(Key::Escape));
        let lost = ui.ctx().memory(|m| m.focused()).is_none();
        if escaped
            && lost
            && let Some(id) = self.focused
        {
            ui.ctx().memory_mut(|m| m.request_focus(id));
        }
    }

    /// When the focused control goes (its row changed), focus its replacement: the control
    /// with the same name, else the nearest one — never the bare window.
    fn keep_focus_on_a_control(&mut self, ui: &Ui) {
        let drawn = ui
            .ctx()
            .data(|d| d.get_temp::<Drawn>(Id::NULL))
            .unwrap_or_default()
            .0;
        let now = ui.ctx().memory(|m| m.focused());
        // Gone: not drawn this frame, while focus is still on it or was dropped with it.
        let gone = self.holder.as_ref().filter(|h| {
            (now.is_none() || now == Some(h.id)) && !drawn.iter().any(|c| c.id == h.id)
        });
        if let Some(old) = gone {
            let same_name = drawn.iter().find(|c| c.name == old.name);
            let nearest = || {
                drawn.iter().min_by(|a, b| {
                    let d = |c: &Control| c.rect.center().distance(old.rect.center());
                    d(a).total_cmp(&d(b))
                })
            };
            if let Some(next) = same_name.or_else(nearest) {
                ui.ctx().memory_mut(|m| m.request_focus(next.id));
            }
        }
        let now = ui.ctx().memory(|m| m.focused());
        self.holder = now.and_then(|id| drawn.into_iter().find(|c| c.id == id));
    }

    /// When focus moves to a control of the page, or the control moves in the page
    /// (printers found above it push it down), scroll just enough to show it whole. A
    /// person scrolling away with the wheel is left alone.
    fn keep_focus_in_view(&mut self, ui: &Ui, content: Rect) {
        let now = ui.ctx().memory(|m| m.focused());
        let rect = now
            .and_then(|id| ui.ctx().read_response(id))
            .map(|r| r.rect)
            // The header's controls are not in the page: they are always in view.
            .filter(|r| content.contains_rect(*r));
        let offset = rect.map(|r| r.min.y - content.min.y);
        let moved = match (offset, self.focus_offset) {
            // More than a wrapped line's jitter: the control really moved.
            (Some(a), Some(b)) => (a - b).abs() > 4.0,
            _ => false,
        };
        let placed = ui
            .ctx()
            .data(|d| d.get_temp::<Placed>(Id::NULL))
            .unwrap_or_default()
            .0;
        if (now != self.focused || moved)
            && !placed
            && let Some(rect) = rect
        {
            // At once: an animated scroll still under way would be counted twice by the
            // next change. A margin around it when that fits; a text taller than the view
            // is shown from its start (a reader begins there, and Page Down goes on).
            let room = ui.clip_rect().height();
            if rect.height() + 24.0 <= room {
                ui.scroll_to_rect_animation(rect.expand(12.0), None, ScrollAnimation::none());
            } else {
                ui.scroll_to_rect_animation(rect, Some(Align::TOP), ScrollAnimation::none());
            }
        }
        self.focused = now;
        self.focus_offset = offset;
    }
}

/// On arrival: keeps the focus the page asked for when that control is wholly in view,
/// else gives it to the page's title.
fn focus_in_view_or_title(ui: &Ui) {
    let drawn = ui
        .ctx()
        .data(|d| d.get_temp::<Drawn>(Id::NULL))
        .unwrap_or_default()
        .0;
    let view = ui.clip_rect();
    let asked = ui
        .ctx()
        .memory(|m| m.focused())
        .and_then(|id| ui.ctx().read_response(id))
        .map(|r| r.rect);
    if asked.is_some_and(|r| view.contains_rect(r)) {
        return;
    }
    if let Some(title) = drawn.iter().find(|c| c.title) {
        ui.ctx().memory_mut(|m| m.request_focus(title.id));
    }
}

/// Page Up / Page Down by most of a screen, Home / End to the top and the bottom, and
/// the arrow keys (taken from egui by [`take_arrows`]) by a few lines — whenever focus is
/// not in a text field, which uses these keys itself.
fn page_keys(ui: &Ui, content: Rect, arrows: f32) {
    if ui.ctx().text_edit_focused() {
        return;
    }
    if arrows != 0.0 {
        ui.scroll_with_delta(vec2(
            0.0,
            -arrows * ui.text_style_height(&egui::TextStyle::Body) * 3.0,
        ));
    }
    let (down, up, home, end) = ui.input(|i| {
        (
            i.key_pressed(Key::PageDown),
            i.key_pressed(Key::PageUp),
            i.key_pressed(Key::Home),
            i.key_pressed(Key::End),
        )
    });
    let page = ui.clip_rect().height() * 0.85;
    if down {
        ui.scroll_with_delta(vec2(0.0, -page));
    }
    if up {
        ui.scroll_with_delta(vec2(0.0, page));
    }
    if home {
        ui.scroll_to_rect(
            Rect::from_min_size(content.min, vec2(1.0, 1.0)),
            Some(Align::TOP),
        );
    }
    if end {
        let bottom = egui::pos2(content.min.x, content.max.y - 1.0);
        ui.scroll_to_rect(
            Rect::from_min_size(bottom, vec2(1.0, 1.0)),
            Some(Align::BOTTOM),
        );
    }
}
