//! Pictures in the window: the shapes of [`wps_pin_core::guide::drawing`] painted with egui, so
//! they stay sharp at any zoom and take the theme's colours. Each has a text
//! alternative, given as its accessible name (and shown as a caption by the pages).

use eframe::egui::{
    Color32, CornerRadius, FontId, Painter, Pos2, Rect, Response, Sense, Shape, Stroke, StrokeKind,
    Ui, WidgetInfo, accesskit::Role, vec2,
};

use super::theme::Palette;
use wps_pin_core::guide::Picture;
use wps_pin_core::guide::drawing::{self, Canvas, H, Ink, W};
use wps_pin_core::i18n::Localizer;

/// Which way the PIN travels (the PIN page's three methods).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinFlow {
    /// The printer shows the PIN; it is typed into the router.
    PrinterToRouter,
    /// The router's PIN is typed into the printer.
    RouterToPrinter,
    /// No PIN: the WPS button on both devices.
    PushButtons,
}

struct EguiCanvas<'a> {
    painter: &'a Painter,
    origin: Pos2,
    scale: f32,
    palette: &'a Palette,
    paper: Color32,
    /// No label is drawn smaller than the body text, however small the picture.
    min_text: f32,
}

impl EguiCanvas<'_> {
    fn p(&self, x: f32, y: f32) -> Pos2 {
        self.origin + vec2(x, y) * self.scale
    }
    fn colour(&self, ink: Ink) -> Color32 {
        match ink {
            Ink::Line => self.palette.text,
            Ink::Accent => self.palette.accent,
            Ink::Paper => self.paper,
            Ink::Clear => Color32::TRANSPARENT,
        }
    }
    fn stroke(&self, s: Option<(Ink, f32)>) -> Stroke {
        s.map_or(Stroke::NONE, |(ink, w)| {
            Stroke::new(w * self.scale, self.colour(ink))
        })
    }
}

impl Canvas for EguiCanvas<'_> {
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Ink, stroke: Option<(Ink, f32)>) {
        let r = Rect::from_min_size(self.p(x, y), vec2(w, h) * self.scale);
        let radius = CornerRadius::same((6.0 * self.scale).min(255.0) as u8);
        self.painter.rect(
            r,
            radius,
            self.colour(fill),
            self.stroke(stroke),
            StrokeKind::Inside,
        );
    }
    fn circle(&mut self, cx: f32, cy: f32, r: f32, fill: Ink, stroke: Option<(Ink, f32)>) {
        self.painter.circle(
            self.p(cx, cy),
            r * self.scale,
            self.colour(fill),
            self.stroke(stroke),
        );
    }
    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, ink: Ink, width: f32) {
        self.painter.line_segment(
            [self.p(x1, y1), self.p(x2, y2)],
            Stroke::new(width * self.scale, self.colour(ink)),
        );
    }
    fn text(&mut self, x: f32, y: f32, size: f32, text: &str, ink: Ink) {
        self.painter.text(
            self.p(x, y),
            eframe::egui::Align2::CENTER_CENTER,
            text,
            FontId::proportional((size * self.scale).max(self.min_text)),
            self.colour(ink),
        );
    }
    fn triangle(&mut self, p: [(f32, f32); 3], fill: Ink) {
        let points = p.iter().map(|(x, y)| self.p(*x, *y)).collect();
        self.painter.add(Shape::convex_polygon(
            points,
            self.colour(fill),
            Stroke::NONE,
        ));
    }
}

/// Draws `picture` at the available width (at most its design size).
pub fn picture(
    ui: &mut Ui,
    palette: &Palette,
    l: &Localizer,
    picture: Picture,
    alt: &str,
) -> Response {
    let width = ui.available_width().min(W);
    let scale = width / W;
    let (rect, response) = ui.allocate_exact_size(vec2(W, H) * scale, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, alt));
    if ui.is_rect_visible(rect) {
        let mut canvas = EguiCanvas {
            painter: ui.painter(),
            origin: rect.min,
            scale,
            palette,
            paper: ui.visuals().panel_fill,
            min_text: ui
                .style()
                .text_styles
                .get(&eframe::egui::TextStyle::Body)
                .map_or(18.0, |f| f.size),
        };
        drawing::draw(&mut canvas, picture, &drawing::Words::new(l));
    }
    response
}

/// How the PIN (or the button press) flows between printer and router.
pub fn pin_flow(
    ui: &mut Ui,
    palette: &Palette,
    l: &Localizer,
    flow: PinFlow,
    alt: &str,
) -> Response {
    let p = match flow {
        PinFlow::PrinterToRouter => Picture::PinToRouter,
        PinFlow::RouterToPrinter => Picture::PinToPrinter,
        PinFlow::PushButtons => Picture::PushButtons,
    };
    picture(ui, palette, l, p, alt)
}
