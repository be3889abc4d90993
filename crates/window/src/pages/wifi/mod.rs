//! "Set up Wi-Fi through the printer", when WPS cannot work: reach the printer, pick a
//! network from its own list, type the password, send it, and see whether it joined —
//! one screen a step, each announced, all of it by keyboard. The route lives in the
//! flow ([`wps_pin_flow::wifi`]); the passwords live here only, in [`WifiView`], until
//! the step, the route or the page ends.

mod networks;
mod reach;
mod secret;
mod send;

use eframe::egui::{Context, Id, Response, Spinner, Ui};
use wps_pin_core::net::wifi::Secret;
use wps_pin_core::words;
use wps_pin_core::worker::Handed;
use wps_pin_flow::Focus;
use wps_pin_flow::wifi::{WifiMsg, WifiStep};

use crate::cx::Cx;
use crate::widgets::{self, Tone};
use secret::{ADMIN_CHARS, PASSPHRASE_CHARS, SecretBuffer};

/// The fields' ids, fixed, so their egui state can be forgotten when the page closes.
fn passphrase_id() -> Id {
    Id::unique("wifi-passphrase")
}

fn admin_id() -> Id {
    Id::unique("wifi-admin-password")
}

/// What the route's screens keep for themselves: the passwords being typed, and the
/// administrator password once given (handed to each command that needs it).
pub struct WifiView {
    /// The route these belong to: another run wipes them.
    run: u64,
    passphrase: SecretBuffer,
    admin_typed: SecretBuffer,
    admin: Option<Handed<Secret>>,
    /// Drawn in the last frame (so closing is done once, when the page goes).
    shown: bool,
}

impl Default for WifiView {
    fn default() -> Self {
        Self {
            run: 0,
            shown: false,
            passphrase: SecretBuffer::new(PASSPHRASE_CHARS),
            admin_typed: SecretBuffer::new(ADMIN_CHARS),
            admin: None,
        }
    }
}

impl WifiView {
    /// The page closed, or the route ended: every password goes.
    pub fn close(&mut self, ctx: &Context) {
        self.passphrase.wipe(ctx, passphrase_id());
        self.admin_typed.wipe(ctx, admin_id());
        self.admin = None;
    }

    /// Another page is shown: the passwords go the first time.
    pub fn leave(&mut self, ctx: &Context) {
        if std::mem::take(&mut self.shown) {
            self.close(ctx);
        }
    }

    /// The administrator password given for this route, for a command that needs it.
    fn admin(&self) -> Option<Handed<Secret>> {
        self.admin.clone()
    }
}

/// The screen of the step the route is at.
pub fn show(ui: &mut Ui, view: &mut WifiView, cx: &mut Cx) {
    let w = &cx.s.wifi;
    view.shown = true;
    if view.run != w.run {
        view.close(ui.ctx());
        view.run = w.run;
    }
    // The Wi-Fi password lives only while its screen is shown.
    if w.step != WifiStep::Password && !view.passphrase.is_empty() {
        view.passphrase.wipe(ui.ctx(), passphrase_id());
    }
    if w.step == WifiStep::SignIn && w.sign_in_refused {
        view.admin = None; // refused: no use sending it again
    }
    let l = cx.l;
    widgets::heading(ui, &l.t("page-printer-wifi"));
    step_line(ui, cx);
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

/// "Step 2 of 4: choose the network", so a person knows where they are.
fn step_line(ui: &mut Ui, cx: &Cx) {
    let l = cx.l;
    let (n, name) = match cx.s.wifi.step {
        WifiStep::Reach | WifiStep::Reaching | WifiStep::SignIn => (1, "wifi-window-step-reach"),
        WifiStep::Networks | WifiStep::Unencrypted => (2, "wifi-window-step-networks"),
        WifiStep::Password => (3, "wifi-window-step-password"),
        WifiStep::Sending | WifiStep::Done => (4, "wifi-window-step-result"),
    };
    widgets::para(
        ui,
        &l.t_args(
            "wifi-window-step",
            &[
                ("step", n.into()),
                ("total", 4.into()),
                ("name", l.t(name).into()),
            ],
        ),
    );
}

/// A line that says what happens now or what happened: focusable, announced, and given
/// the keyboard when the route moved to this screen.
fn said(ui: &mut Ui, cx: &mut Cx, tone: Tone, kind: &str, text: &str, at_once: bool) -> Response {
    let r = widgets::notice_focusable(ui, &cx.palette, tone, &cx.l.t(kind), text);
    widgets::announce(ui, &r, at_once);
    if cx.take_focus(Focus::WifiStep) {
        r.request_focus();
    }
    r
}

/// A line of progress with a spinner (unless motion is reduced).
fn busy(ui: &mut Ui, cx: &mut Cx, text: &str) {
    if !cx.s.settings.reduced_motion {
        ui.add(Spinner::new().size(28.0));
    }
    said(ui, cx, Tone::Info, "notice-good-to-know", text, false);
}

/// How this computer came back from the printer's setup network, when it went there.
fn returned(ui: &mut Ui, cx: &Cx) {
    match &cx.s.wifi.returned {
        Some(Ok(r)) => {
            widgets::para(ui, &words::setup_returned(*r, cx.l));
        }
        Some(Err(e)) => {
            let name = cx.s.wifi.setup_network().unwrap_or_default();
            widgets::para(ui, &words::setup_error(e, &name, cx.l));
        }
        None => {}
    }
}

/// "Use another printer": the first screen, a new run.
fn restart_button(ui: &mut Ui, cx: &mut Cx) {
    if widgets::big_button(ui, &cx.l.t("wifi-window-restart")).clicked() {
        cx.act(wps_pin_flow::Msg::Wifi(WifiMsg::Restart));
    }
}
