//! Large pictures of the three kinds of control panel, drawn as vector shapes so
//! they stay sharp at any zoom and follow the theme's colours. Each sits in a card
//! that acts as one choice; its title is also the picture's text alternative.

use eframe::egui::{
    Color32, CornerRadius, Pos2, Rect, Response, RichText, Sense, Shape, Stroke, StrokeKind,
    TextStyle, TextWrapMode, Ui, WidgetInfo, WidgetText, accesskit::Role, vec2,
};

use crate::theme::Palette;
use crate::widgets::MAX_CONTENT_WIDTH;
use wps_pin_core::catalog::PanelKind;

/// The design space the drawings are written in.
const PIC_W: f32 = 170.0;
const PIC_H: f32 = 120.0;

struct Pen<'a> {
    ui: &'a Ui,
    origin: Pos2,
    scale: f32,
    ink: Color32,
    accent: Color32,
    paper: Color32,
}

impl Pen<'_> {
    fn p(&self, x: f32, y: f32) -> Pos2 {
        self.origin + vec2(x, y) * self.scale
    }
    fn r(&self, x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect::from_min_size(self.p(x, y), vec2(w, h) * self.scale)
    }
    fn s(&self, width: f32, color: Color32) -> Stroke {
        Stroke::new(width * self.scale, color)
    }
    fn boxed(&self, rect: Rect, radius: f32, fill: Color32, stroke: Stroke) {
        self.ui.painter().rect(
            rect,
            CornerRadius::same((radius * self.scale) as u8),
            fill,
            stroke,
            StrokeKind::Inside,
        );
    }
    fn circle(&self, x: f32, y: f32, r: f32, fill: Color32, stroke: Stroke) {
        self.ui
            .painter()
            .circle(self.p(x, y), r * self.scale, fill, stroke);
    }
    fn line(&self, a: (f32, f32), b: (f32, f32), stroke: Stroke) {
        self.ui
            .painter()
            .line_segment([self.p(a.0, a.1), self.p(b.0, b.1)], stroke);
    }
    fn triangle(&self, points: [(f32, f32); 3], fill: Color32) {
        let pts = points.iter().map(|(x, y)| self.p(*x, *y)).collect();
        self.ui
            .painter()
            .add(Shape::convex_polygon(pts, fill, Stroke::NONE));
    }

    /// The printer's front: paper on top, the body, and the panel strip.
    fn printer(&self) {
        let ink = self.s(2.5, self.ink);
        self.boxed(self.r(45.0, 4.0, 80.0, 22.0), 3.0, self.paper, ink);
        self.boxed(self.r(4.0, 20.0, 162.0, 96.0), 8.0, self.paper, ink);
        self.line((24.0, 104.0), (146.0, 104.0), ink);
    }

    fn touchscreen(&self) {
        self.printer();
        let screen = self.r(28.0, 32.0, 114.0, 62.0);
        self.boxed(screen, 6.0, self.paper, self.s(4.0, self.accent));
        // Tiles of a touch menu.
        for row in 0..2 {
            for col in 0..3 {
                let x = 38.0 + col as f32 * 33.0;
                let y = 40.0 + row as f32 * 25.0;
                self.boxed(self.r(x, y, 27.0, 19.0), 4.0, self.ink, Stroke::NONE);
            }
        }
        // A fingertip touching one tile.
        self.circle(119.0, 82.0, 10.0, self.paper, self.s(3.0, self.accent));
    }

    fn text_display(&self) {
        self.printer();
        let screen = self.r(14.0, 40.0, 78.0, 34.0);
        self.boxed(screen, 3.0, self.paper, self.s(4.0, self.accent));
        let ink = self.s(3.0, self.ink);
        self.line((22.0, 51.0), (80.0, 51.0), ink);
        self.line((22.0, 63.0), (62.0, 63.0), ink);
        // Arrow buttons and OK beside the display.
        self.triangle([(104.0, 57.0), (116.0, 49.0), (116.0, 65.0)], self.ink);
        self.circle(131.0, 57.0, 9.0, self.paper, self.s(2.5, self.ink));
        self.triangle([(158.0, 57.0), (146.0, 49.0), (146.0, 65.0)], self.ink);
        for x in [30.0, 58.0] {
            self.circle(x, 88.0, 7.0, self.paper, self.s(2.5, self.ink));
        }
    }

    fn lights_only(&self) {
        self.printer();
        for (i, x) in [35.0, 68.0, 101.0, 134.0].into_iter().enumerate() {
            // A lamp above each button; one of them is lit.
            let lit = i == 1;
            let lamp_fill = if lit { self.accent } else { self.paper };
            self.circle(x, 48.0, 5.0, lamp_fill, self.s(2.0, self.ink));
            self.circle(x, 76.0, 11.0, self.paper, self.s(3.0, self.ink));
        }
    }
}

/// A large card with the picture of `kind`, a title and a description; clicking it
/// (or Enter/Space when focused) chooses that kind.
pub fn panel_card(
    ui: &mut Ui,
    palette: &Palette,
    kind: PanelKind,
    title: &str,
    description: &str,
    selected: bool,
) -> Response {
    let width = ui.available_width().min(MAX_CONTENT_WIDTH);
    let pad = 14.0;
    let pic_scale = if width < 480.0 { 0.7 } else { 1.0 };
    let pic = vec2(PIC_W, PIC_H) * pic_scale;
    let text_w = (width - pic.x - 3.0 * pad).max(60.0);
    let title_g = WidgetText::from(RichText::new(title).text_style(TextStyle::Button).strong())
        .into_galley(ui, Some(TextWrapMode::Wrap), text_w, TextStyle::Button);
    let desc_g = WidgetText::from(description).into_galley(
        ui,
        Some(TextWrapMode::Wrap),
        text_w,
        TextStyle::Body,
    );
    let text_h = title_g.size().y + 6.0 + desc_g.size().y;
    let height = pic.y.max(text_h) + 2.0 * pad;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, enabled, selected, title));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.style().interact_selectable(&response, selected);
    let mut stroke = visuals.bg_stroke;
    // Focused and selected keeps the focus ring.
    if selected && !response.has_focus() {
        stroke = Stroke::new(stroke.width.max(3.0), ui.visuals().selection.stroke.color);
    }
    ui.painter().rect(
        rect.expand(visuals.expansion),
        visuals.corner_radius,
        visuals.bg_fill,
        stroke,
        StrokeKind::Inside,
    );
    let pen = Pen {
        ui,
        origin: rect.min + vec2(pad, (height - pic.y) / 2.0),
        scale: pic_scale,
        ink: palette.text,
        accent: palette.accent,
        paper: ui.visuals().panel_fill,
    };
    match kind {
        PanelKind::Touchscreen => pen.touchscreen(),
        PanelKind::TextDisplay => pen.text_display(),
        PanelKind::LightsOnly => pen.lights_only(),
    }
    let text_color = ui.visuals().text_color();
    let mut pos = rect.min + vec2(2.0 * pad + pic.x, (height - text_h) / 2.0);
    let title_h = title_g.size().y;
    ui.painter().galley(pos, title_g, text_color);
    pos.y += title_h + 6.0;
    ui.painter().galley(pos, desc_g, text_color);
    response
}
