//! The pictures, drawn once as simple shapes in a 520×170 design space, onto any
//! [`Canvas`]: the window paints them with egui (crisp at any zoom, in the theme's
//! colours), the printable guide and assets/illustrations/ get them as SVG.

use super::Picture;
use crate::i18n::Localizer;

pub const W: f32 = 520.0;
pub const H: f32 = 170.0;

/// Colours by role, so each backend picks its own (theme or print).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Line,
    Accent,
    Paper,
    Clear,
}

/// The few words drawn inside pictures (a menu item on a printer's screen or web page),
/// in the reader's language. "Wi-Fi", "WPS", "PIN" and "OK" are the same everywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub network: String,
}

impl Words {
    pub fn new(l: &Localizer) -> Self {
        Self {
            network: l.t("picture-word-network"),
        }
    }
}

pub trait Canvas {
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Ink, stroke: Option<(Ink, f32)>);
    fn circle(&mut self, cx: f32, cy: f32, r: f32, fill: Ink, stroke: Option<(Ink, f32)>);
    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, ink: Ink, width: f32);
    /// Text centred on (x, y).
    fn text(&mut self, x: f32, y: f32, size: f32, text: &str, ink: Ink);
    fn triangle(&mut self, points: [(f32, f32); 3], fill: Ink);
}

const LINE: Option<(Ink, f32)> = Some((Ink::Line, 3.0));
const HIGHLIGHT: Option<(Ink, f32)> = Some((Ink::Accent, 4.0));

fn printer(c: &mut dyn Canvas, x: f32, screen: Option<&str>, wps_button: bool) {
    // Paper in the input tray, then the body and the output slot.
    c.rect(x + 30.0, 20.0, 80.0, 40.0, Ink::Paper, LINE);
    c.rect(x, 50.0, 140.0, 80.0, Ink::Paper, LINE);
    c.line(x + 25.0, 112.0, x + 115.0, 112.0, Ink::Line, 3.0);
    match screen {
        Some(text) => {
            c.rect(x + 62.0, 62.0, 70.0, 34.0, Ink::Paper, HIGHLIGHT);
            c.text(x + 97.0, 79.0, 13.0, text, Ink::Line);
        }
        None => c.rect(x + 62.0, 62.0, 70.0, 34.0, Ink::Paper, LINE),
    }
    if wps_button {
        c.circle(x + 35.0, 80.0, 11.0, Ink::Paper, HIGHLIGHT);
        c.text(x + 35.0, 80.0, 9.0, "WPS", Ink::Line);
    }
}

fn router(c: &mut dyn Canvas, x: f32, label: Option<&str>, wps_button: bool) {
    for ax in [x + 25.0, x + 115.0] {
        c.line(ax, 40.0, ax, 85.0, Ink::Line, 3.0);
    }
    c.rect(x, 85.0, 140.0, 45.0, Ink::Paper, LINE);
    for i in 0..3 {
        c.circle(x + 22.0 + 16.0 * i as f32, 107.0, 4.0, Ink::Line, None);
    }
    if wps_button {
        c.circle(x + 112.0, 107.0, 13.0, Ink::Paper, HIGHLIGHT);
        c.text(x + 112.0, 107.0, 9.0, "WPS", Ink::Line);
    }
    if let Some(text) = label {
        // The label on the router's underside, pulled out for view.
        c.rect(x + 20.0, 138.0, 100.0, 26.0, Ink::Paper, HIGHLIGHT);
        c.text(x + 70.0, 151.0, 12.0, text, Ink::Line);
    }
}

fn arrow(c: &mut dyn Canvas, from_x: f32, to_x: f32, y: f32, caption: &str, both_ways: bool) {
    c.line(from_x, y, to_x, y, Ink::Accent, 4.0);
    let dir = if to_x > from_x { 1.0 } else { -1.0 };
    let mut head = |tip: f32, d: f32| {
        c.triangle(
            [
                (tip, y),
                (tip - 14.0 * d, y - 9.0),
                (tip - 14.0 * d, y + 9.0),
            ],
            Ink::Accent,
        );
    };
    head(to_x, dir);
    if both_ways {
        head(from_x, -dir);
    }
    c.text((from_x + to_x) / 2.0, y - 18.0, 15.0, caption, Ink::Line);
}

fn browser(c: &mut dyn Canvas, address: &str) {
    c.rect(60.0, 10.0, 400.0, 150.0, Ink::Paper, LINE);
    c.line(60.0, 40.0, 460.0, 40.0, Ink::Line, 3.0);
    c.text(200.0, 25.0, 13.0, address, Ink::Line);
}

pub fn draw(c: &mut dyn Canvas, picture: Picture, words: &Words) {
    let (printer_x, router_x) = (10.0, 370.0);
    match picture {
        Picture::PinToRouter => {
            printer(c, printer_x, Some("3141 5927"), false);
            router(c, router_x, None, false);
            arrow(c, 165.0, 355.0, 80.0, "PIN", false);
        }
        Picture::PinToPrinter => {
            printer(c, printer_x, Some("_ _ _ _"), false);
            router(c, router_x, Some("PIN 3141 5927"), false);
            arrow(c, 355.0, 165.0, 80.0, "PIN", false);
        }
        Picture::PushButtons => {
            printer(c, printer_x, None, true);
            router(c, router_x, None, true);
            arrow(c, 165.0, 355.0, 80.0, "2:00", true);
        }
        Picture::PanelTouchscreen => {
            c.rect(150.0, 15.0, 220.0, 150.0, Ink::Paper, LINE);
            c.rect(175.0, 35.0, 170.0, 95.0, Ink::Paper, HIGHLIGHT);
            c.text(260.0, 60.0, 18.0, "Wi-Fi", Ink::Line);
            c.rect(205.0, 80.0, 110.0, 34.0, Ink::Paper, HIGHLIGHT);
            c.text(260.0, 97.0, 16.0, "WPS", Ink::Line);
        }
        Picture::PanelTextDisplay => {
            c.rect(120.0, 25.0, 280.0, 120.0, Ink::Paper, LINE);
            c.rect(145.0, 45.0, 150.0, 44.0, Ink::Paper, LINE);
            c.text(
                220.0,
                67.0,
                15.0,
                &format!("{} ›", words.network),
                Ink::Line,
            );
            for (i, label) in ["‹", "OK", "›"].iter().enumerate() {
                let x = 320.0 + 30.0 * i as f32;
                c.circle(x, 67.0, 12.0, Ink::Paper, HIGHLIGHT);
                c.text(x, 67.0, 11.0, label, Ink::Line);
            }
        }
        Picture::PanelLightsOnly => {
            c.rect(120.0, 25.0, 280.0, 120.0, Ink::Paper, LINE);
            for i in 0..3 {
                let x = 180.0 + 60.0 * i as f32;
                c.circle(
                    x,
                    85.0,
                    16.0,
                    Ink::Paper,
                    if i == 0 { HIGHLIGHT } else { LINE },
                );
                c.circle(x, 55.0, 5.0, Ink::Line, None);
            }
            c.text(180.0, 85.0, 10.0, "Wi-Fi", Ink::Line);
        }
        Picture::PrinterLabel => {
            printer(c, 30.0, None, false);
            c.rect(230.0, 60.0, 200.0, 60.0, Ink::Paper, HIGHLIGHT);
            c.text(330.0, 78.0, 14.0, "WPS PIN", Ink::Line);
            c.text(330.0, 102.0, 16.0, "3141 5927", Ink::Line);
        }
        Picture::ConfigPage => {
            c.rect(180.0, 5.0, 160.0, 160.0, Ink::Paper, LINE);
            for i in 0..7 {
                let y = 25.0 + 19.0 * i as f32;
                let width = if i % 2 == 0 { 120.0 } else { 90.0 };
                c.line(195.0, y, 195.0 + width, y, Ink::Line, 2.0);
            }
            c.rect(188.0, 82.0, 144.0, 44.0, Ink::Clear, HIGHLIGHT);
        }
        Picture::WebPage => {
            browser(c, "http://192.168.1.23");
            c.rect(75.0, 55.0, 110.0, 30.0, Ink::Paper, HIGHLIGHT);
            c.text(130.0, 70.0, 14.0, &words.network, Ink::Line);
            c.rect(75.0, 95.0, 110.0, 30.0, Ink::Paper, LINE);
        }
        Picture::RouterAdmin => {
            browser(c, "http://192.168.1.1");
            c.rect(75.0, 55.0, 110.0, 30.0, Ink::Paper, HIGHLIGHT);
            c.text(130.0, 70.0, 14.0, "WPS", Ink::Line);
            c.rect(220.0, 70.0, 200.0, 34.0, Ink::Paper, HIGHLIGHT);
            c.text(320.0, 87.0, 16.0, "PIN: ____ ____", Ink::Line);
        }
        Picture::HpSmart => {
            c.rect(210.0, 5.0, 100.0, 160.0, Ink::Paper, LINE);
            c.rect(222.0, 60.0, 76.0, 40.0, Ink::Paper, HIGHLIGHT);
            c.text(260.0, 80.0, 26.0, "+", Ink::Line);
        }
        Picture::RouterButton => router(c, 190.0, None, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keeps only the words a picture draws.
    #[derive(Default)]
    struct Texts(Vec<String>);

    impl Canvas for Texts {
        fn rect(&mut self, _: f32, _: f32, _: f32, _: f32, _: Ink, _: Option<(Ink, f32)>) {}
        fn circle(&mut self, _: f32, _: f32, _: f32, _: Ink, _: Option<(Ink, f32)>) {}
        fn line(&mut self, _: f32, _: f32, _: f32, _: f32, _: Ink, _: f32) {}
        fn text(&mut self, _: f32, _: f32, _: f32, text: &str, _: Ink) {
            self.0.push(text.to_owned());
        }
        fn triangle(&mut self, _: [(f32, f32); 3], _: Ink) {}
    }

    #[test]
    fn menu_words_in_pictures_follow_the_language() {
        for (tag, word) in [("en-US", "Network"), ("de", "Netzwerk"), ("zh-CN", "网络")] {
            let words = Words::new(&Localizer::new(tag));
            let mut display = Texts::default();
            draw(&mut display, Picture::PanelTextDisplay, &words);
            assert!(
                display.0.contains(&format!("{word} ›")),
                "{tag}: {:?}",
                display.0
            );
            let mut web = Texts::default();
            draw(&mut web, Picture::WebPage, &words);
            assert!(web.0.iter().any(|t| t == word), "{tag}: {:?}", web.0);
        }
    }
}
