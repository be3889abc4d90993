//! "Set up Wi-Fi through the printer", when WPS cannot work: reach the printer, pick a
//! network from its own list, type the password, send it, and see whether it joined —
//! one screen a step, each announced, all of it by keyboard. The route lives in the
//! flow ([`wps_pin_flow::wifi`]); the passwords live here only, in [`WifiView`], until
//! the step, the route or the page ends.

mod lines;
mod networks;
mod reach;
mod secret;
mod send;
mod view;

use eframe::egui::Ui;
use wps_pin_flow::wifi::WifiStep;

use crate::cx::Cx;
use crate::widgets;

pub use view::WifiView;

/// The screen of the step the route is at.
pub fn show(ui: &mut Ui, view: &mut WifiView, cx: &mut Cx) {
    let w = &cx.s.wifi;
    view.follow(ui.ctx(), w);
    let l = cx.l;
    widgets::heading(ui, &l.t("page-printer-wifi"));
    lines::step_line(ui, cx);
    match w.step {
        WifiStep::Reach => reach::show(ui, cx),
        WifiStep::Reaching | WifiStep::Sending => send::working(ui, cx),
        WifiStep::SignIn => send::sign_in(ui, view, cx),
        WifiStep::Networks => networks::show(ui, view, cx),
        WifiStep::Unencrypted => networks::unencrypted(ui, cx),
        WifiStep::Password => send::password(ui, view, cx),
        WifiStep::Done => send::done(ui, view, cx),
    }
}
