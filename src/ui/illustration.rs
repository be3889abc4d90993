//! Pictures drawn as vector shapes, so they stay sharp at any zoom and take the
//! theme's colours. Each comes with a visible caption that is also its text alternative.

use eframe::egui::{
    Align2, Color32, CornerRadius, FontId, Painter, Pos2, Rect, Response, Sense, Shape, Stroke,
    StrokeKind, Ui, WidgetInfo, accesskit::Role, vec2,
};

use super::theme::Palette;

/// Which way the PIN travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinFlow {
    /// The printer shows the PIN; it is typed into the router.
    PrinterToRouter,
    /// The router's PIN is typed into the printer.
    RouterToPrinter,
    /// No PIN: the WPS button on both devices.
    PushButtons,
}

/// The design space all coordinates below are written in.
const W: f32 = 520.0;
const H: f32 = 170.0;

struct Pen<'a> {
    painter: &'a Painter,
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
    fn stroke(&self, width: f32, color: Color32) -> Stroke {
        Stroke::new(width * self.scale, color)
    }
    fn boxed(&self, rect: Rect, fill: Color32, outline: Stroke) {
        self.painter.rect(
            rect,
            CornerRadius::same((6.0 * self.scale) as u8),
            fill,
            outline,
            StrokeKind::Inside,
        );
    }
    fn text(&self, x: f32, y: f32, size: f32, text: &str, color: Color32) {
        self.painter.text(
            self.p(x, y),
            Align2::CENTER_CENTER,
            text,
            FontId::proportional(size * self.scale),
            color,
        );
    }

    fn printer(&self, x: f32, screen: Option<&str>, wps_button: bool) {
        let ink = self.stroke(3.0, self.ink);
        // Paper in the input tray, then the body.
        self.boxed(self.r(x + 30.0, 20.0, 80.0, 40.0), self.paper, ink);
        self.boxed(self.r(x, 50.0, 140.0, 80.0), self.paper, ink);
        self.painter
            .line_segment([self.p(x + 25.0, 112.0), self.p(x + 115.0, 112.0)], ink);
        let highlight = self.stroke(4.0, self.accent);
        let panel = self.r(x + 62.0, 62.0, 70.0, 34.0);
        match screen {
            Some(text) => {
                self.boxed(panel, self.paper, highlight);
                self.text(x + 97.0, 79.0, 13.0, text, self.ink);
            }
            None => self.boxed(panel, self.paper, ink),
        }
        if wps_button {
            self.painter.circle(
                self.p(x + 35.0, 80.0),
                11.0 * self.scale,
                self.paper,
                highlight,
            );
            self.text(x + 35.0, 80.0, 9.0, "WPS", self.ink);
        }
    }

    fn router(&self, x: f32, label: Option<&str>, wps_button: bool) {
        let ink = self.stroke(3.0, self.ink);
        for ax in [x + 25.0, x + 115.0] {
            self.painter
                .line_segment([self.p(ax, 40.0), self.p(ax, 85.0)], ink);
        }
        self.boxed(self.r(x, 85.0, 140.0, 45.0), self.paper, ink);
        for i in 0..3 {
            self.painter.circle_filled(
                self.p(x + 22.0 + 16.0 * i as f32, 107.0),
                4.0 * self.scale,
                self.ink,
            );
        }
        let highlight = self.stroke(4.0, self.accent);
        if wps_button {
            self.painter.circle(
                self.p(x + 112.0, 107.0),
                13.0 * self.scale,
                self.paper,
                highlight,
            );
            self.text(x + 112.0, 107.0, 9.0, "WPS", self.ink);
        }
        if let Some(text) = label {
            // The label on the router's underside, pulled out for view.
            self.boxed(self.r(x + 20.0, 138.0, 100.0, 26.0), self.paper, highlight);
            self.text(x + 70.0, 151.0, 12.0, text, self.ink);
        }
    }

    fn arrow(&self, from_x: f32, to_x: f32, y: f32, caption: &str, both_ways: bool) {
        let s = self.stroke(4.0, self.accent);
        self.painter
            .line_segment([self.p(from_x, y), self.p(to_x, y)], s);
        let head = |tip: f32, dir: f32| {
            Shape::convex_polygon(
                vec![
                    self.p(tip, y),
                    self.p(tip - 14.0 * dir, y - 9.0),
                    self.p(tip - 14.0 * dir, y + 9.0),
                ],
                self.accent,
                Stroke::NONE,
            )
        };
        let dir = if to_x > from_x { 1.0 } else { -1.0 };
        self.painter.add(head(to_x, dir));
        if both_ways {
            self.painter.add(head(from_x, -dir));
        }
        self.text((from_x + to_x) / 2.0, y - 18.0, 15.0, caption, self.ink);
    }
}

/// Draws how the PIN (or the button press) flows between printer and router.
/// `alt` is announced to screen readers as the picture's name.
pub fn pin_flow(ui: &mut Ui, palette: &Palette, flow: PinFlow, alt: &str) -> Response {
    let width = ui.available_width().min(W);
    let scale = width / W;
    let (rect, response) = ui.allocate_exact_size(vec2(W, H) * scale, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, alt));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let pen = Pen {
        painter: ui.painter(),
        origin: rect.min,
        scale,
        ink: palette.text,
        accent: palette.accent,
        paper: ui.visuals().panel_fill,
    };
    let (printer_x, router_x) = (10.0, 370.0);
    match flow {
        PinFlow::PrinterToRouter => {
            pen.printer(printer_x, Some("1234 5670"), false);
            pen.router(router_x, None, false);
            pen.arrow(165.0, 355.0, 80.0, "PIN", false);
        }
        PinFlow::RouterToPrinter => {
            pen.printer(printer_x, Some("_ _ _ _"), false);
            pen.router(router_x, Some("PIN 1234 5670"), false);
            pen.arrow(355.0, 165.0, 80.0, "PIN", false);
        }
        PinFlow::PushButtons => {
            pen.printer(printer_x, None, true);
            pen.router(router_x, None, true);
            pen.arrow(165.0, 355.0, 80.0, "2:00", true);
        }
    }
    response
}

/// A guide's picture, drawn as vector shapes; `alt` is its accessible name.
pub fn guide_picture(
    ui: &mut Ui,
    palette: &Palette,
    picture: crate::guide::Picture,
    alt: &str,
) -> Response {
    use crate::guide::Picture as P;
    match picture {
        P::PinToRouter => return pin_flow(ui, palette, PinFlow::PrinterToRouter, alt),
        P::PinToPrinter => return pin_flow(ui, palette, PinFlow::RouterToPrinter, alt),
        P::PushButtons => return pin_flow(ui, palette, PinFlow::PushButtons, alt),
        _ => {}
    }
    let width = ui.available_width().min(W);
    let scale = width / W;
    let (rect, response) = ui.allocate_exact_size(vec2(W, H) * scale, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, alt));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let pen = Pen {
        painter: ui.painter(),
        origin: rect.min,
        scale,
        ink: palette.text,
        accent: palette.accent,
        paper: ui.visuals().panel_fill,
    };
    let ink = pen.stroke(3.0, pen.ink);
    let hi = pen.stroke(4.0, pen.accent);
    match picture {
        P::PanelTouchscreen => {
            pen.boxed(pen.r(150.0, 15.0, 220.0, 150.0), pen.paper, ink);
            pen.boxed(pen.r(175.0, 35.0, 170.0, 95.0), pen.paper, hi);
            pen.text(260.0, 60.0, 18.0, "Wi-Fi", pen.ink);
            pen.boxed(pen.r(205.0, 80.0, 110.0, 34.0), pen.paper, hi);
            pen.text(260.0, 97.0, 16.0, "WPS", pen.ink);
        }
        P::PanelTextDisplay => {
            pen.boxed(pen.r(120.0, 25.0, 280.0, 120.0), pen.paper, ink);
            pen.boxed(pen.r(145.0, 45.0, 150.0, 44.0), pen.paper, ink);
            pen.text(220.0, 67.0, 15.0, "Network ›", pen.ink);
            for (i, label) in ["‹", "OK", "›"].iter().enumerate() {
                let x = 320.0 + 30.0 * i as f32;
                pen.painter
                    .circle(pen.p(x, 67.0), 12.0 * pen.scale, pen.paper, hi);
                pen.text(x, 67.0, 11.0, label, pen.ink);
            }
        }
        P::PanelLightsOnly => {
            pen.boxed(pen.r(120.0, 25.0, 280.0, 120.0), pen.paper, ink);
            for i in 0..3 {
                let x = 180.0 + 60.0 * i as f32;
                let stroke = if i == 0 { hi } else { ink };
                pen.painter
                    .circle(pen.p(x, 85.0), 16.0 * pen.scale, pen.paper, stroke);
                pen.painter
                    .circle_filled(pen.p(x, 55.0), 5.0 * pen.scale, pen.ink);
            }
            pen.text(180.0, 85.0, 10.0, "Wi-Fi", pen.ink);
        }
        P::PrinterLabel => {
            pen.printer(30.0, None, false);
            pen.boxed(pen.r(230.0, 60.0, 200.0, 60.0), pen.paper, hi);
            pen.text(330.0, 78.0, 14.0, "WPS PIN", pen.ink);
            pen.text(330.0, 102.0, 16.0, "1234 5670", pen.ink);
        }
        P::ConfigPage => {
            pen.boxed(pen.r(180.0, 5.0, 160.0, 160.0), pen.paper, ink);
            for i in 0..7 {
                let y = 25.0 + 19.0 * i as f32;
                let width = if i % 2 == 0 { 120.0 } else { 90.0 };
                pen.painter.line_segment(
                    [pen.p(195.0, y), pen.p(195.0 + width, y)],
                    pen.stroke(2.0, pen.ink),
                );
            }
            pen.boxed(pen.r(188.0, 82.0, 144.0, 44.0), Color32::TRANSPARENT, hi);
        }
        P::WebPage | P::RouterAdmin => {
            pen.boxed(pen.r(60.0, 10.0, 400.0, 150.0), pen.paper, ink);
            pen.painter
                .line_segment([pen.p(60.0, 40.0), pen.p(460.0, 40.0)], ink);
            let address = if picture == P::WebPage {
                "http://192.168.1.23"
            } else {
                "http://192.168.1.1"
            };
            pen.text(200.0, 25.0, 13.0, address, pen.ink);
            if picture == P::WebPage {
                pen.boxed(pen.r(75.0, 55.0, 110.0, 30.0), pen.paper, hi);
                pen.text(130.0, 70.0, 14.0, "Network", pen.ink);
                pen.boxed(pen.r(75.0, 95.0, 110.0, 30.0), pen.paper, ink);
            } else {
                pen.boxed(pen.r(75.0, 55.0, 110.0, 30.0), pen.paper, hi);
                pen.text(130.0, 70.0, 14.0, "WPS", pen.ink);
                pen.boxed(pen.r(220.0, 70.0, 200.0, 34.0), pen.paper, hi);
                pen.text(320.0, 87.0, 16.0, "PIN: ____ ____", pen.ink);
            }
        }
        P::HpSmart => {
            pen.boxed(pen.r(210.0, 5.0, 100.0, 160.0), pen.paper, ink);
            pen.boxed(pen.r(222.0, 60.0, 76.0, 40.0), pen.paper, hi);
            pen.text(260.0, 80.0, 26.0, "+", pen.ink);
        }
        P::RouterButton => pen.router(190.0, None, true),
        P::PinToRouter | P::PinToPrinter | P::PushButtons => {}
    }
    response
}
