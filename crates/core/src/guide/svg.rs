//! SVG output of the pictures, for the printable guide and assets/illustrations/.

use std::fmt::Write as _;

use super::Picture;
use super::drawing::{self, Canvas, H, Ink, W};

/// Print colours: near-black lines, a dark blue highlight, white paper.
fn colour(ink: Ink) -> &'static str {
    match ink {
        Ink::Line => "#111111",
        Ink::Accent => "#0b4f9c",
        Ink::Paper => "#ffffff",
        Ink::Clear => "none",
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

struct Svg(String);

fn stroke_attr(stroke: Option<(Ink, f32)>) -> String {
    match stroke {
        Some((ink, w)) => format!(r#" stroke="{}" stroke-width="{w}""#, colour(ink)),
        None => String::new(),
    }
}

impl Canvas for Svg {
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Ink, stroke: Option<(Ink, f32)>) {
        let _ = writeln!(
            self.0,
            r#"  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" fill="{}"{}/>"#,
            colour(fill),
            stroke_attr(stroke)
        );
    }
    fn circle(&mut self, cx: f32, cy: f32, r: f32, fill: Ink, stroke: Option<(Ink, f32)>) {
        let _ = writeln!(
            self.0,
            r#"  <circle cx="{cx}" cy="{cy}" r="{r}" fill="{}"{}/>"#,
            colour(fill),
            stroke_attr(stroke)
        );
    }
    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, ink: Ink, width: f32) {
        let _ = writeln!(
            self.0,
            r#"  <line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{}" stroke-width="{width}" stroke-linecap="round"/>"#,
            colour(ink)
        );
    }
    fn text(&mut self, x: f32, y: f32, size: f32, text: &str, ink: Ink) {
        let _ = writeln!(
            self.0,
            r#"  <text x="{x}" y="{y}" font-size="{size}" text-anchor="middle" dominant-baseline="central" font-family="sans-serif" fill="{}">{}</text>"#,
            colour(ink),
            esc(text)
        );
    }
    fn triangle(&mut self, p: [(f32, f32); 3], fill: Ink) {
        let _ = writeln!(
            self.0,
            r#"  <polygon points="{},{} {},{} {},{}" fill="{}"/>"#,
            p[0].0,
            p[0].1,
            p[1].0,
            p[1].1,
            p[2].0,
            p[2].1,
            colour(fill)
        );
    }
}

/// The picture as a standalone SVG document; `alt` becomes its title for screen readers.
pub fn render(picture: Picture, alt: &str, words: &drawing::Words) -> String {
    let mut svg = Svg(String::new());
    drawing::draw(&mut svg, picture, words);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{a}\">\n  <title>{a}</title>\n{}</svg>\n",
        svg.0,
        a = esc(alt)
    )
}

/// Every picture with its file name in assets/illustrations/.
pub fn all() -> Vec<(Picture, &'static str)> {
    Picture::ALL.iter().map(|p| (*p, p.key())).collect()
}
