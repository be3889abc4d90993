//! What crosses the channel when the window sets a printer's Wi-Fi
//! (facts/printer-wifi-setup.md): the printer and how it is reached, what the person
//! allowed, and the passwords they typed. A password crosses as a [`Handed`] value: one
//! copy of the text, shared by pointer, wiped when the last handle is dropped, never
//! printed. The window keeps none of them in its state; a command that needs one
//! carries it.

use std::fmt;
use std::sync::Arc;

use crate::net::address::Target;
use crate::net::wifi::{Secret, Ssid};

/// A secret the person typed, handed from the window to the worker. Cloning the handle
/// copies a pointer, never the text: there is one copy, wiped when the last handle goes
/// (the inner [`Secret`] or [`Passphrase`] wipes itself). It prints as "[hidden]", and
/// two handles are equal only when they are the same handle (the texts are never
/// compared), so a command that carries one stays `Debug`, `Clone` and `PartialEq`.
pub struct Handed<T>(Arc<T>);

impl<T> Handed<T> {
    pub fn new(secret: T) -> Self {
        Self(Arc::new(secret))
    }
}

impl<T> Clone for Handed<T> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<T> std::ops::Deref for Handed<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> fmt::Debug for Handed<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[hidden]")
    }
}

impl<T> PartialEq for Handed<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// How the printer is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WifiReach {
    /// At its address on this computer's network (found, chosen or typed).
    Address(Target),
    /// On its own setup network: this computer joins it for the time of one command,
    /// then returns to the network it was on.
    SetupNetwork(Ssid),
}

/// What the person allowed and gave, for one command.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WifiKeys {
    /// Passwords may cross the network unencrypted (the person said yes to the question).
    pub allow_unencrypted: bool,
    /// The printer's administrator password, when it asked for it.
    pub admin_password: Option<Handed<Secret>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handed_secret_is_one_copy_that_never_prints() {
        let secret = Handed::new(Secret::new("hunter22".into()));
        let copy = secret.clone();
        assert_eq!(copy, secret, "the same handle");
        assert_ne!(Handed::new(Secret::new("hunter22".into())), secret);
        assert!(std::ptr::eq(copy.expose(), secret.expose()), "not copied");
        let keys = WifiKeys {
            allow_unencrypted: false,
            admin_password: Some(copy),
        };
        let shown = format!("{keys:?}");
        assert!(
            !shown.contains("hunter22") && shown.contains("[hidden]"),
            "{shown}"
        );
    }
}
