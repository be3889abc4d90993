//! Pictures of screens and paper: web pages (the router's and the printer's), the phone
//! app, the network configuration page, the PIN's two halves.

use super::canvas::{Canvas, HIGHLIGHT, Ink, LINE, Words, label};
use super::parts::{browser, menu_item, page, phone};

const ROUTER: &str = "http://192.168.1.1";
const PRINTER: &str = "http://192.168.1.23";

/// The router's page: WPS, and the field that takes a device's PIN.
pub fn router_pin_field(c: &mut dyn Canvas) {
    browser(c, ROUTER, false);
    menu_item(c, 66.0, "WPS", true);
    menu_item(c, 116.0, "", false);
    label(c, 275.0, 100.0, "PIN");
    c.rect(305.0, 80.0, 170.0, 40.0, Ink::Paper, HIGHLIGHT);
    label(c, 390.0, 100.0, "____ ____");
}

/// The router's page opened at its address, asking for its password.
pub fn router_sign_in(c: &mut dyn Canvas) {
    browser(c, ROUTER, true);
    c.rect(160.0, 76.0, 200.0, 40.0, Ink::Paper, HIGHLIGHT);
    label(c, 260.0, 96.0, "******");
    c.rect(200.0, 130.0, 120.0, 38.0, Ink::Paper, LINE);
    label(c, 260.0, 149.0, "OK");
}

/// WPS switched off on the router's page.
pub fn router_wps_off(c: &mut dyn Canvas) {
    browser(c, ROUTER, false);
    menu_item(c, 66.0, "WPS", false);
    label(c, 282.0, 100.0, "WPS");
    c.rect(320.0, 80.0, 100.0, 40.0, Ink::Paper, HIGHLIGHT);
    c.circle(342.0, 100.0, 14.0, Ink::Line, None);
}

/// The router's firmware and its update button.
pub fn router_firmware(c: &mut dyn Canvas, w: &Words) {
    browser(c, ROUTER, false);
    menu_item(c, 66.0, &w.firmware, false);
    c.rect(290.0, 78.0, 140.0, 48.0, Ink::Paper, HIGHLIGHT);
    c.line(360.0, 118.0, 360.0, 92.0, Ink::Line, 4.0);
    c.triangle([(360.0, 84.0), (350.0, 98.0), (370.0, 98.0)], Ink::Line);
}

/// The printer's web page at its address.
pub fn web_page_address(c: &mut dyn Canvas) {
    browser(c, PRINTER, true);
    for i in 0..3 {
        let y = 80.0 + 30.0 * i as f32;
        c.line(60.0, y, 300.0 - 40.0 * i as f32, y, Ink::Line, 3.0);
    }
}

/// The printer's web page with its Network section.
pub fn web_page(c: &mut dyn Canvas, w: &Words) {
    browser(c, PRINTER, false);
    menu_item(c, 66.0, &w.network, true);
    menu_item(c, 116.0, &w.wifi, false);
}

/// The phone app's button to add a printer.
pub fn hp_smart(c: &mut dyn Canvas) {
    phone(c, 210.0, 5.0, 180.0);
    c.rect(222.0, 60.0, 76.0, 56.0, Ink::Paper, HIGHLIGHT);
    c.text(260.0, 88.0, 32.0, "+", Ink::Line);
}

/// The phone downloading the app.
pub fn hp_smart_install(c: &mut dyn Canvas) {
    phone(c, 210.0, 5.0, 180.0);
    c.rect(225.0, 40.0, 70.0, 90.0, Ink::Paper, HIGHLIGHT);
    c.line(260.0, 55.0, 260.0, 100.0, Ink::Line, 5.0);
    c.triangle([(260.0, 115.0), (246.0, 96.0), (274.0, 96.0)], Ink::Line);
}

/// The network configuration page: its address lines, or its WPS PIN line.
pub fn config_page(c: &mut dyn Canvas, pin: bool) {
    if pin {
        page(c, Some((4, "PIN 3141 5927")));
    } else {
        page(c, Some((2, "192.168.1.23")));
    }
}

/// The PIN in its two halves, which a router checks one at a time.
pub fn pin_halves(c: &mut dyn Canvas) {
    c.rect(70.0, 60.0, 170.0, 70.0, Ink::Paper, HIGHLIGHT);
    c.text(155.0, 95.0, 30.0, "3141", Ink::Line);
    c.rect(280.0, 60.0, 170.0, 70.0, Ink::Paper, HIGHLIGHT);
    c.text(365.0, 95.0, 30.0, "5927", Ink::Line);
    c.line(260.0, 40.0, 260.0, 150.0, Ink::Line, 3.0);
}

/// The printer's user guide, open: the page about its buttons is the one to read.
pub fn user_guide(c: &mut dyn Canvas) {
    c.rect(110.0, 15.0, 150.0, 160.0, Ink::Paper, LINE);
    c.rect(260.0, 15.0, 150.0, 160.0, Ink::Paper, HIGHLIGHT);
    for i in 0..5 {
        let y = 45.0 + 25.0 * i as f32;
        let end = if i % 2 == 0 { 240.0 } else { 210.0 };
        c.line(130.0, y, end, y, Ink::Line, 3.0);
    }
    c.circle(300.0, 60.0, 18.0, Ink::Paper, LINE);
    c.line(330.0, 52.0, 390.0, 52.0, Ink::Line, 3.0);
    c.line(330.0, 68.0, 370.0, 68.0, Ink::Line, 3.0);
    for i in 0..3 {
        let y = 105.0 + 22.0 * i as f32;
        c.line(280.0, y, 390.0, y, Ink::Line, 3.0);
    }
}
