//! The app's building blocks: large buttons and cards with plain accessible names.

use eframe::egui::{
    self, Align, Button, Color32, Frame, Label, Layout, Margin, Response, RichText, Sense, Stroke,
    StrokeKind, TextEdit, TextStyle, TextWrapMode, Ui, WidgetInfo, WidgetText, accesskit::Role,
    vec2,
};

use super::theme::Palette;

/// Cards and text stay readable on wide windows.
pub const MAX_CONTENT_WIDTH: f32 = 760.0;
/// Large targets: at least 44 points in both directions, taller than egui's default.
pub const BIG_BUTTON_HEIGHT: f32 = 52.0;
/// The smallest target any control may have (WCAG 2.5.5).
pub const MIN_TARGET: f32 = 44.0;

/// The page's title: a level-1 heading for screen readers' heading navigation. It can
/// take focus, so arriving on a page whose first control lies below the fold puts
/// focus (and a screen reader) on the page's name instead of the bare window.
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    let r = ui.add(
        Label::new(RichText::new(text).heading().strong())
            .wrap()
            .sense(Sense::focusable_noninteractive()),
    );
    as_heading(ui, &r, 1, text);
    crate::page_view::register_title(ui, r.id, text, r.rect);
    r
}

/// A section's title: a level-2 heading.
pub fn subheading(ui: &mut Ui, text: &str) -> Response {
    let r = ui.add(Label::new(RichText::new(text).text_style(TextStyle::Button).strong()).wrap());
    as_heading(ui, &r, 2, text);
    r
}

/// A heading is named by its text, so it can also name the control it titles.
fn as_heading(ui: &Ui, response: &Response, level: usize, text: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_level(level);
        node.set_label(text);
    });
}

/// A paragraph of body text, wrapped to the page.
pub fn para(ui: &mut Ui, text: &str) -> Response {
    ui.add(Label::new(text).wrap())
}

/// Numbered steps, one idea each.
pub fn steps(ui: &mut Ui, items: &[String]) {
    for (i, item) in items.iter().enumerate() {
        step(ui, i + 1, item);
    }
}

/// One numbered step, for steps with controls between them.
pub fn step(ui: &mut Ui, number: usize, text: &str) {
    ui.horizontal_top(|ui| {
        ui.add(Label::new(RichText::new(format!("{number}.")).strong()));
        ui.add(Label::new(text).wrap());
    });
}

pub fn big_button(ui: &mut Ui, text: &str) -> Response {
    big_button_if(ui, true, text)
}

/// A big button that can be greyed out (and says so to screen readers).
pub fn big_button_if(ui: &mut Ui, enabled: bool, text: &str) -> Response {
    // A label longer than the whole row (German, 250 % text) wraps to the row's width, so
    // the button moves to a line of its own instead of spilling out of the window or being
    // squeezed into what is left of the current line.
    let row = ui.max_rect().width() - 2.0 * ui.spacing().button_padding.x;
    let label = WidgetText::from(RichText::new(text).text_style(TextStyle::Button)).into_galley(
        ui,
        Some(TextWrapMode::Wrap),
        row.max(40.0),
        TextStyle::Button,
    );
    let r = ui.add_enabled(
        enabled,
        Button::new(label).min_size(vec2(120.0, BIG_BUTTON_HEIGHT)),
    );
    crate::page_view::register(ui, r.id, text, r.rect);
    r
}

/// A big button that shows or hides details below it (a file's place, for the help desk).
/// Screen readers are told whether it is expanded where the platform passes that on, and
/// hear the first thing that opens (`add` returns it) everywhere: AccessKit's Linux adapter
/// does not pass "expanded" on. What opens is scrolled into view.
pub fn details(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    text: &str,
    add: impl FnOnce(&mut Ui) -> Response,
) {
    let id = ui.make_persistent_id(id_salt);
    let mut open = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    let r = big_button(ui, text);
    if r.clicked() {
        open = !open;
        ui.data_mut(|d| d.insert_temp(id, open));
    }
    ui.ctx()
        .accesskit_node_builder(r.id, |node| node.set_expanded(open));
    if open {
        let first = add(ui);
        announce(ui, &first, false);
        if r.clicked() {
            first.scroll_to_me(None);
        }
    }
}

/// A labelled one-line text field with a stable id (`salt`), showing `value`; the new
/// text when the person changed it.
pub fn text_field(ui: &mut Ui, label: &str, salt: &str, value: &str) -> (Response, Option<String>) {
    labelled_field(ui, label, salt, value, 200)
}

/// A one-line field where a file's path is typed, named by the label above it (for screen
/// readers too) and bounded like every other field; the new text when the person changed it.
pub fn file_field(ui: &mut Ui, label: &str, path: &str) -> (Response, Option<String>) {
    labelled_field(ui, label, ("file-field", label), path, 1000)
}

/// A field under its label (which names it for screen readers too), at most `limit`
/// characters long. Its id comes from `salt`, not its place: text appearing above it keeps
/// its focus.
fn labelled_field(
    ui: &mut Ui,
    label: &str,
    salt: impl std::hash::Hash + std::fmt::Debug,
    value: &str,
    limit: usize,
) -> (Response, Option<String>) {
    let label = ui.add(Label::new(label).wrap());
    let mut text = value.to_owned();
    let r = ui
        .add(
            TextEdit::singleline(&mut text)
                .id_salt(salt)
                .char_limit(limit)
                .desired_width(ui.available_width().min(640.0)),
        )
        .labelled_by(label.id);
    ring_if_focused(ui, &r);
    let changed = r.changed().then_some(text);
    (r, changed)
}

/// The theme's focus ring around a focused text field (its own edge is thin).
fn ring_if_focused(ui: &Ui, r: &Response) {
    if r.has_focus() {
        let color = ui.visuals().widgets.active.bg_stroke.color;
        ui.painter().rect_stroke(
            r.rect.expand(3.0),
            6,
            Stroke::new(FOCUS_WIDTH, color),
            StrokeKind::Outside,
        );
    }
}

/// A header button: the target size (44 points) without the page buttons' width.
pub fn header_button(ui: &mut Ui, enabled: bool, text: &str) -> Response {
    let label = RichText::new(text).text_style(TextStyle::Button);
    ui.add_enabled(
        enabled,
        Button::new(label).min_size(vec2(MIN_TARGET, MIN_TARGET)),
    )
}

/// A two-line card that acts as one button: a bold title and a short explanation.
/// With `selected`, it behaves as a radio button (one of several choices).
pub fn card(ui: &mut Ui, title: &str, description: &str, selected: Option<bool>) -> Response {
    let width = ui.available_width().min(MAX_CONTENT_WIDTH);
    let pad = vec2(18.0, 14.0);
    // Choices get a radio dot on the right, so "selected" never looks like "focused".
    let dot_room = if selected.is_some() { 44.0 } else { 0.0 };
    let inner = (width - 2.0 * pad.x - dot_room).max(40.0);
    let title_g = WidgetText::from(RichText::new(title).text_style(TextStyle::Button).strong())
        .into_galley(ui, Some(TextWrapMode::Wrap), inner, TextStyle::Button);
    let desc_g = WidgetText::from(description).into_galley(
        ui,
        Some(TextWrapMode::Wrap),
        inner,
        TextStyle::Body,
    );
    let gap = 4.0;
    let height = (2.0 * pad.y + title_g.size().y + gap + desc_g.size().y).max(64.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    let enabled = ui.is_enabled();
    response.widget_info(|| match selected {
        Some(s) => WidgetInfo::selected(Role::RadioButton, enabled, s, title),
        None => WidgetInfo::labeled(Role::Button, enabled, title),
    });
    // The second line is read as the card's description.
    describe(ui, &response, description);
    crate::page_view::register(ui, response.id, title, rect);
    if ui.is_rect_visible(rect) {
        let visuals = match selected {
            Some(s) => ui.style().interact_selectable(&response, s),
            None => *ui.style().interact(&response),
        };
        let frame_rect = rect.expand(visuals.expansion);
        let mut stroke = visuals.bg_stroke;
        // Focused and selected keeps the focus ring: "selected" alone has the
        // selection's edge.
        if selected == Some(true) && !response.has_focus() {
            stroke = Stroke::new(stroke.width.max(3.0), ui.visuals().selection.stroke.color);
        }
        ui.painter().rect(
            frame_rect,
            visuals.corner_radius,
            visuals.bg_fill,
            stroke,
            StrokeKind::Inside,
        );
        let text_color = ui.visuals().text_color();
        let mut pos = rect.min + pad;
        let title_h = title_g.size().y;
        ui.painter().galley(pos, title_g, text_color);
        pos.y += title_h + gap;
        ui.painter().galley(pos, desc_g, text_color);
        if let Some(is_selected) = selected {
            let center = egui::pos2(rect.max.x - pad.x - 12.0, rect.center().y);
            ui.painter()
                .circle_stroke(center, 12.0, Stroke::new(2.0, text_color));
            if is_selected {
                ui.painter().circle_filled(center, 6.5, text_color);
            }
        }
    }
    response
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Good,
    Warn,
    Bad,
}

/// A framed message with a coloured edge and a word that says what kind it is,
/// so the meaning never rests on colour alone. Returns the message text's response.
pub fn notice(ui: &mut Ui, palette: &Palette, tone: Tone, kind_word: &str, text: &str) -> Response {
    let color = match tone {
        Tone::Info => palette.info,
        Tone::Good => palette.good,
        Tone::Warn => palette.warn,
        Tone::Bad => palette.bad,
    };
    Frame::new()
        .stroke(Stroke::new(3.0, color))
        .corner_radius(8)
        .inner_margin(Margin::symmetric(16, 12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(MAX_CONTENT_WIDTH));
            ui.with_layout(Layout::top_down(Align::Min), |ui| {
                ui.add(Label::new(RichText::new(kind_word).strong().color(color)));
                ui.add(Label::new(RichText::new(text).text_style(TextStyle::Button)).wrap())
            })
            .inner
        })
        .inner
}

/// A [`notice`] whose text can take focus (so the keyboard and a screen reader can be
/// brought to it, and it is scrolled into view).
pub fn notice_focusable(
    ui: &mut Ui,
    palette: &Palette,
    tone: Tone,
    kind_word: &str,
    text: &str,
) -> Response {
    let color = tone_color(palette, tone);
    Frame::new()
        .stroke(Stroke::new(3.0, color))
        .corner_radius(8)
        .inner_margin(Margin::symmetric(16, 12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(MAX_CONTENT_WIDTH));
            ui.with_layout(Layout::top_down(Align::Min), |ui| {
                ui.add(Label::new(RichText::new(kind_word).strong().color(color)));
                let r = ui.add(
                    Label::new(RichText::new(text).text_style(TextStyle::Button))
                        .wrap()
                        .sense(Sense::focusable_noninteractive()),
                );
                name(ui, &r, text);
                crate::page_view::register(ui, r.id, text, r.rect);
                r
            })
            .inner
        })
        .inner
}

fn tone_color(palette: &Palette, tone: Tone) -> Color32 {
    match tone {
        Tone::Info => palette.info,
        Tone::Good => palette.good,
        Tone::Warn => palette.warn,
        Tone::Bad => palette.bad,
    }
}

/// Demo mode, said at the top of every page: the printers are simulated.
/// One line at any text size; what demo mode does is opened on request.
pub fn demo_banner(ui: &mut Ui, l: &wps_pin_core::i18n::Localizer) {
    details(ui, "demo-banner", &l.t("demo-banner"), |ui| {
        para(ui, &l.t("demo-banner-detail"))
    });
    ui.add_space(4.0);
}

/// Gives `response` its accessible name (what a screen reader says for it).
pub fn name(ui: &Ui, response: &Response, text: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(text));
}

/// A focus ring of the theme's focus colour around a control that draws none of its own
/// that can be seen (a text field's is a thin caret and edge).
pub fn focus_ring(ui: &Ui, response: &Response, palette: &Palette) {
    if response.has_focus() {
        ui.painter().rect_stroke(
            response.rect.expand(3.0),
            6,
            Stroke::new(FOCUS_WIDTH, palette.focus),
            StrokeKind::Outside,
        );
    }
}

/// How thick every focus ring is drawn.
pub const FOCUS_WIDTH: f32 = 4.0;

/// Gives `response` an accessible description (read after its name).
pub fn describe(ui: &Ui, response: &Response, text: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_description(text));
}

/// Makes screen readers read `response`'s text out when it appears or changes:
/// politely (after what they are saying) or at once.
pub fn announce(ui: &Ui, response: &Response, at_once: bool) {
    let live = if at_once {
        egui::accesskit::Live::Assertive
    } else {
        egui::accesskit::Live::Polite
    };
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_live(live));
}

/// Centres page content in a column of readable width.
pub fn page_column<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let width = ui.available_width().min(MAX_CONTENT_WIDTH);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add(ui)
        })
        .inner
    })
    .inner
}
