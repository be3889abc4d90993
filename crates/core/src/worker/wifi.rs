//! Setting a printer's Wi-Fi for the window (facts/printer-wifi-setup.md): what crosses
//! the channel — the printer and how it is reached, what the person allowed, the
//! passwords they typed — and the job that carries one command out on a thread of its
//! own, reporting each step as it happens.
//!
//! The passwords cross as [`Handed`] values: one copy of the text, shared by pointer,
//! wiped when the last handle is dropped, never printed. The window keeps none of them in
//! its state; a command that needs one carries it.

use std::fmt;
use std::sync::Arc;

use super::{Event, EventSink};
use crate::net::address::Target;
use crate::net::wifi::{Access, Chosen, Passphrase, Progress, Secret, Ssid};
use crate::world::World;

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

/// What one command asks of the printer.
pub(super) enum Task {
    Status,
    Networks,
    Join {
        chosen: Chosen,
        passphrase: Option<Handed<Passphrase>>,
    },
}

/// Carries out `task` on a job thread; every event it sends names `run`. Through the
/// setup network, the report is sent after this computer has returned to its previous
/// network, so the next step never starts while it is still leaving.
pub(super) fn spawn(
    sink: &EventSink,
    world: Arc<dyn World>,
    run: u64,
    reach: WifiReach,
    keys: WifiKeys,
    task: Task,
) {
    let events = sink.clone();
    sink.spawn_job("wps-printer-wifi", move || {
        let progress_to = events.clone();
        let mut progress =
            move |progress: Progress| progress_to.emit(Event::WifiProgress { run, progress });
        let mut act = |target: &Target| {
            let access = Access {
                target,
                allow_unencrypted: keys.allow_unencrypted,
                admin_password: keys.admin_password.as_deref(),
            };
            act(world.as_ref(), run, &access, &task, &mut progress)
        };
        match reach {
            WifiReach::Address(target) => act(&target),
            WifiReach::SetupNetwork(ssid) => {
                let mut report = None;
                match world.on_setup_network(&ssid, &mut |target| report = Some(act(&target))) {
                    Err(error) => Event::WifiSetupNotJoined { run, error },
                    Ok(result) => {
                        events.emit(Event::WifiSetupLeft { run, result });
                        report.unwrap_or(Event::WifiSetupNotJoined {
                            run,
                            error: crate::air::setup_network::SetupError::Failed,
                        })
                    }
                }
            }
        }
    });
}

fn act(
    world: &dyn World,
    run: u64,
    access: &Access<'_>,
    task: &Task,
    progress: &mut dyn FnMut(Progress),
) -> Event {
    match task {
        Task::Status => Event::WifiStatus {
            run,
            report: Box::new(world.wifi_status(access)),
        },
        Task::Networks => Event::WifiNetworks {
            run,
            report: Box::new(world.wifi_networks(access, progress)),
        },
        Task::Join { chosen, passphrase } => Event::WifiJoined {
            run,
            report: Box::new(world.wifi_join(access, chosen, passphrase.as_deref(), progress)),
        },
    }
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
