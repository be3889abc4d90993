//! Pictures of the devices themselves: the printer's panels, the printer and the router
//! with the PIN or the buttons between them.

use super::canvas::{Canvas, HIGHLIGHT, Ink, LINE, Words, label};
use super::parts::{Screen, arrow, phone, press, printer, router, router_label};

/// The printer's PIN shown on its screen goes into the router.
pub fn pin_to_router(c: &mut dyn Canvas) {
    printer(c, 10.0, Screen::Shows("3141 5927"), false);
    router(c, 330.0, false);
    arrow(c, 200.0, 320.0, 82.0, "PIN", false);
}

/// The router's PIN, on its label, goes into the printer.
pub fn pin_to_printer(c: &mut dyn Canvas) {
    printer(c, 10.0, Screen::Shows("_ _ _ _"), false);
    router(c, 330.0, false);
    router_label(c, 330.0, "3141 5927");
    arrow(c, 320.0, 200.0, 82.0, "PIN", false);
}

/// The WPS buttons on both, within two minutes of each other.
pub fn push_buttons(c: &mut dyn Canvas) {
    printer(c, 10.0, Screen::None, true);
    router(c, 330.0, true);
    arrow(c, 200.0, 320.0, 70.0, "2:00", true);
}

/// Only the printer and the router: a third device in WPS mode is crossed out.
pub fn one_at_a_time(c: &mut dyn Canvas) {
    printer(c, 10.0, Screen::None, true);
    router(c, 330.0, true);
    phone(c, 215.0, 40.0, 120.0);
    c.line(205.0, 40.0, 325.0, 165.0, Ink::Accent, 6.0);
    c.line(325.0, 40.0, 205.0, 165.0, Ink::Accent, 6.0);
}

pub fn router_button(c: &mut dyn Canvas) {
    router(c, 170.0, true);
    press(c, 304.0, 104.0);
}

/// The printer beside the router, its power button to press.
pub fn printer_near_router(c: &mut dyn Canvas) {
    printer(c, 60.0, Screen::None, false);
    c.circle(215.0, 80.0, 13.0, Ink::Paper, HIGHLIGHT);
    router(c, 280.0, false);
}

/// A touchscreen with the Wi-Fi settings to open.
pub fn touchscreen_settings(c: &mut dyn Canvas, w: &Words) {
    c.rect(100.0, 8.0, 320.0, 174.0, Ink::Paper, LINE);
    c.rect(115.0, 20.0, 290.0, 150.0, Ink::Paper, LINE);
    c.rect(130.0, 40.0, 150.0, 60.0, Ink::Paper, HIGHLIGHT);
    label(c, 205.0, 70.0, &w.wifi);
    for (x, y) in [(295.0, 40.0), (130.0, 112.0), (295.0, 112.0)] {
        c.rect(x, y, 95.0, 46.0, Ink::Paper, LINE);
    }
}

/// The touchscreen under WPS, showing the PIN (and its timer).
pub fn touchscreen_pin(c: &mut dyn Canvas) {
    c.rect(100.0, 8.0, 320.0, 174.0, Ink::Paper, LINE);
    c.rect(115.0, 20.0, 290.0, 150.0, Ink::Paper, LINE);
    label(c, 260.0, 44.0, "WPS PIN");
    c.rect(150.0, 66.0, 220.0, 50.0, Ink::Paper, HIGHLIGHT);
    c.text(260.0, 91.0, 26.0, "3141 5927", Ink::Line);
    label(c, 360.0, 146.0, "1:59");
}

/// The small display with the buttons beside it: `line` on the display. The buttons
/// carry no symbols: no source says which buttons a model has (facts/hp-printers.md
/// §3.2 names only "buttons").
fn text_panel(c: &mut dyn Canvas, line: &str) {
    c.rect(30.0, 35.0, 460.0, 120.0, Ink::Paper, LINE);
    c.rect(45.0, 62.0, 300.0, 50.0, Ink::Paper, HIGHLIGHT);
    label(c, 195.0, 87.0, line);
    for i in 0..3 {
        let x = 378.0 + 42.0 * i as f32;
        c.circle(x, 87.0, 17.0, Ink::Paper, HIGHLIGHT);
    }
}

/// The Network menu on the small display, and the buttons that reach it.
pub fn text_display_menu(c: &mut dyn Canvas, w: &Words) {
    text_panel(c, &format!("{} ›", w.network));
}

/// The small display showing the PIN.
pub fn text_display_pin(c: &mut dyn Canvas) {
    text_panel(c, "PIN 3141 5927");
}

/// A panel of buttons and lights; the Wireless button to press, or its light to watch.
pub fn lights_panel(c: &mut dyn Canvas, w: &Words, watch_light: bool) {
    c.rect(90.0, 30.0, 340.0, 140.0, Ink::Paper, LINE);
    for i in 0..3 {
        let x = 170.0 + 90.0 * i as f32;
        let first = i == 0;
        let button = if first && !watch_light {
            HIGHLIGHT
        } else {
            LINE
        };
        c.circle(x, 100.0, 24.0, Ink::Paper, button);
        if first && watch_light {
            c.circle(x, 55.0, 11.0, Ink::Accent, HIGHLIGHT);
            for (dx, dy) in [(-22.0, 0.0), (22.0, 0.0), (-16.0, -14.0), (16.0, -14.0)] {
                c.line(
                    x + dx * 0.8,
                    55.0 + dy * 0.8,
                    x + dx * 1.3,
                    55.0 + dy * 1.3,
                    Ink::Accent,
                    4.0,
                );
            }
        } else {
            c.circle(x, 55.0, 6.0, Ink::Line, None);
        }
    }
    label(c, 170.0, 148.0, &w.wifi);
    if !watch_light {
        // From the side: the light above the button stays in view.
        c.line(100.0, 100.0, 130.0, 100.0, Ink::Accent, 5.0);
        c.triangle([(144.0, 100.0), (128.0, 90.0), (128.0, 110.0)], Ink::Accent);
    }
}

/// The printer with a PIN on a label.
pub fn printer_label(c: &mut dyn Canvas) {
    printer(c, 20.0, Screen::None, false);
    c.rect(240.0, 56.0, 250.0, 80.0, Ink::Paper, HIGHLIGHT);
    label(c, 365.0, 78.0, "WPS PIN");
    c.text(365.0, 112.0, 24.0, "3141 5927", Ink::Line);
}

/// The printer printing a page: the page to take.
pub fn config_print(c: &mut dyn Canvas) {
    printer(c, 170.0, Screen::None, false);
    c.rect(215.0, 128.0, 90.0, 58.0, Ink::Paper, HIGHLIGHT);
    for i in 0..3 {
        let y = 145.0 + 12.0 * i as f32;
        c.line(228.0, y, 292.0, y, Ink::Line, 2.0);
    }
}
