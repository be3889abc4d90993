//! What every picture is drawn onto, in what colours and with which words.

use crate::i18n::Localizer;

/// The design space: every picture is drawn in 520×190 units.
pub const W: f32 = 520.0;
pub const H: f32 = 190.0;
/// The smallest label in a picture, in design units: at least the body text of the
/// window (18 points) and of the printout (20 px). The window never draws a label
/// smaller than its body text, whatever the picture's scale.
pub const LABEL: f32 = 20.0;

/// Colours by role, so each backend picks its own (theme or print).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Line,
    Accent,
    Paper,
    Clear,
}

/// The words drawn inside pictures (a menu item on a printer's screen or web page), in
/// the reader's language: German pictures say "WLAN" where the text does. "WPS", "PIN"
/// and "OK" are the same everywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub network: String,
    pub wifi: String,
    pub firmware: String,
}

impl Words {
    pub fn new(l: &Localizer) -> Self {
        Self {
            network: l.t("picture-word-network"),
            wifi: l.t("picture-word-wifi"),
            firmware: l.t("picture-word-firmware"),
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

pub const LINE: Option<(Ink, f32)> = Some((Ink::Line, 3.0));
/// What the person does in this step: the button to press, the light to watch, the menu
/// item, the router page's field.
pub const HIGHLIGHT: Option<(Ink, f32)> = Some((Ink::Accent, 5.0));

/// A label at the smallest size, or larger.
pub fn label(c: &mut dyn Canvas, x: f32, y: f32, text: &str) {
    c.text(x, y, LABEL, text, Ink::Line);
}
