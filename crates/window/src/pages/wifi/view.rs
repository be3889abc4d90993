//! What the route's screens keep for themselves, outside the window's state: the
//! passwords being typed, and the administrator password once given — each wiped when
//! its step, the route or the page ends.

use eframe::egui::{Context, Id};
use wps_pin_core::net::wifi::Secret;
use wps_pin_core::worker::Handed;
use wps_pin_flow::wifi::{WifiRoute, WifiStep};

use super::secret::{ADMIN_CHARS, PASSPHRASE_CHARS, SecretBuffer};

/// The fields' ids, fixed, so their egui state can be forgotten when the page closes.
pub fn passphrase_id() -> Id {
    Id::unique("wifi-passphrase")
}

pub fn admin_id() -> Id {
    Id::unique("wifi-admin-password")
}

/// What the route's screens keep for themselves: the passwords being typed, and the
/// administrator password once given (handed to each command that needs it).
pub struct WifiView {
    /// The route these belong to: another run wipes them.
    run: u64,
    pub passphrase: SecretBuffer,
    pub admin_typed: SecretBuffer,
    pub admin: Option<Handed<Secret>>,
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

    /// Keeps up with the route: another run wipes everything; the Wi-Fi password lives
    /// only while its screen is shown; a refused administrator password is forgotten.
    pub fn follow(&mut self, ctx: &Context, w: &WifiRoute) {
        self.shown = true;
        if self.run != w.run {
            self.close(ctx);
            self.run = w.run;
        }
        if w.step != WifiStep::Password && !self.passphrase.is_empty() {
            self.passphrase.wipe(ctx, passphrase_id());
        }
        if w.step == WifiStep::SignIn && w.sign_in_refused {
            self.admin = None;
        }
    }

    /// The administrator password given for this route, for a command that needs it.
    pub fn admin(&self) -> Option<Handed<Secret>> {
        self.admin.clone()
    }
}
