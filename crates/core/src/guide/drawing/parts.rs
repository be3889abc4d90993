//! The parts pictures are made of: a printer, a router, a browser, a phone, a page,
//! an arrow.

use super::canvas::{Canvas, HIGHLIGHT, Ink, LINE, label};

/// What a printer's screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen<'a> {
    None,
    /// Text on the screen, highlighted.
    Shows(&'a str),
}

/// A printer 180 wide at `x`: paper tray, body, output slot, maybe a screen and a WPS
/// button.
pub fn printer(c: &mut dyn Canvas, x: f32, screen: Screen<'_>, wps_button: bool) {
    c.rect(x + 40.0, 20.0, 100.0, 45.0, Ink::Paper, LINE);
    c.rect(x, 55.0, 180.0, 95.0, Ink::Paper, LINE);
    c.line(x + 30.0, 138.0, x + 150.0, 138.0, Ink::Line, 3.0);
    match screen {
        Screen::None => {}
        Screen::Shows(text) => {
            c.rect(x + 22.0, 68.0, 152.0, 40.0, Ink::Paper, HIGHLIGHT);
            label(c, x + 98.0, 88.0, text);
        }
    }
    if wps_button {
        c.rect(x + 8.0, 70.0, 76.0, 38.0, Ink::Paper, HIGHLIGHT);
        label(c, x + 46.0, 89.0, "WPS");
    }
}

/// A router 180 wide at `x`, with its WPS button highlighted when asked.
pub fn router(c: &mut dyn Canvas, x: f32, wps_button: bool) {
    for ax in [x + 30.0, x + 150.0] {
        c.line(ax, 40.0, ax, 95.0, Ink::Line, 3.0);
    }
    c.rect(x, 95.0, 180.0, 55.0, Ink::Paper, LINE);
    for i in 0..3 {
        c.circle(x + 25.0 + 20.0 * i as f32, 122.0, 5.0, Ink::Line, None);
    }
    let button = if wps_button { HIGHLIGHT } else { LINE };
    c.rect(x + 94.0, 104.0, 80.0, 36.0, Ink::Paper, button);
    label(c, x + 134.0, 122.0, "WPS");
}

/// The label on the router's underside, pulled out for view.
pub fn router_label(c: &mut dyn Canvas, x: f32, text: &str) {
    c.rect(x, 155.0, 180.0, 32.0, Ink::Paper, HIGHLIGHT);
    label(c, x + 90.0, 171.0, text);
}

/// An arrow from `from_x` to `to_x` at height `y`, with a caption above it.
pub fn arrow(c: &mut dyn Canvas, from_x: f32, to_x: f32, y: f32, caption: &str, both_ways: bool) {
    c.line(from_x, y, to_x, y, Ink::Accent, 5.0);
    let dir = if to_x > from_x { 1.0 } else { -1.0 };
    let mut head = |tip: f32, d: f32| {
        c.triangle(
            [
                (tip, y),
                (tip - 16.0 * d, y - 10.0),
                (tip - 16.0 * d, y + 10.0),
            ],
            Ink::Accent,
        );
    };
    head(to_x, dir);
    if both_ways {
        head(from_x, -dir);
    }
    label(c, (from_x + to_x) / 2.0, y - 24.0, caption);
}

/// A downward arrow onto (x, y): something to press.
pub fn press(c: &mut dyn Canvas, x: f32, y: f32) {
    c.line(x, y - 40.0, x, y - 12.0, Ink::Accent, 5.0);
    c.triangle(
        [(x, y), (x - 10.0, y - 16.0), (x + 10.0, y - 16.0)],
        Ink::Accent,
    );
}

/// A browser window with `address` in its bar (highlighted when that is the step).
pub fn browser(c: &mut dyn Canvas, address: &str, bar: bool) {
    c.rect(30.0, 5.0, 460.0, 180.0, Ink::Paper, LINE);
    c.line(30.0, 50.0, 490.0, 50.0, Ink::Line, 3.0);
    if bar {
        c.rect(60.0, 12.0, 300.0, 32.0, Ink::Paper, HIGHLIGHT);
    }
    label(c, 210.0, 28.0, address);
}

/// How far a web page's menu reaches: its entries hold the longest menu word at the
/// largest text size ("Micrologiciel").
pub const MENU_RIGHT: f32 = 235.0;

/// A menu entry on a web page at `y`, highlighted or not.
pub fn menu_item(c: &mut dyn Canvas, y: f32, text: &str, highlighted: bool) {
    c.rect(
        45.0,
        y,
        MENU_RIGHT - 45.0,
        38.0,
        Ink::Paper,
        if highlighted { HIGHLIGHT } else { LINE },
    );
    label(c, (45.0 + MENU_RIGHT) / 2.0, y + 19.0, text);
}

/// A phone at `x` (100 wide).
pub fn phone(c: &mut dyn Canvas, x: f32, top: f32, height: f32) {
    c.rect(x, top, 100.0, height, Ink::Paper, LINE);
    c.line(
        x + 35.0,
        top + height - 14.0,
        x + 65.0,
        top + height - 14.0,
        Ink::Line,
        3.0,
    );
}

/// A printed page of text lines; with `highlighted` = (line, text), that line and the
/// next are replaced by `text`, highlighted.
pub fn page(c: &mut dyn Canvas, highlighted: Option<(usize, &str)>) {
    c.rect(140.0, 5.0, 240.0, 180.0, Ink::Paper, LINE);
    for i in 0..7 {
        if highlighted.is_some_and(|(at, _)| i == at || i == at + 1) {
            continue;
        }
        let y = 25.0 + 22.0 * i as f32;
        let width = if i % 2 == 0 { 180.0 } else { 130.0 };
        c.line(160.0, y, 160.0 + width, y, Ink::Line, 3.0);
    }
    if let Some((at, text)) = highlighted {
        let y = 25.0 + 22.0 * at as f32;
        c.rect(150.0, y - 12.0, 220.0, 40.0, Ink::Paper, HIGHLIGHT);
        label(c, 260.0, y + 8.0, text);
    }
}
