//! Setting a printer's Wi-Fi for the window: one command carried out on a job thread,
//! each step reported as it happens, through the printer's setup network when it is
//! reached there.

use super::messages::Event;
use super::wifi_keys::{Handed, WifiKeys, WifiReach};
use crate::air::setup_network::SetupError;
use crate::net::address::Target;
use crate::net::wifi::{Access, Chosen, Passphrase, Progress};
use crate::world::World;

/// What one command asks of the printer.
pub(super) enum Task {
    Status,
    Networks,
    Join {
        chosen: Chosen,
        passphrase: Option<Handed<Passphrase>>,
    },
}

/// One command: `task`, with the printer reached as `reach`. Each step and the return
/// from a setup network go to `emit` as they happen; the answer is returned. Every event
/// names `run`. Through the setup network the answer comes after this computer is back
/// on its previous network, so the next step never starts while it is still leaving.
/// Blocks: the worker calls it on a job thread.
pub(super) fn run(
    world: &dyn World,
    run: u64,
    reach: WifiReach,
    keys: &WifiKeys,
    task: &Task,
    emit: &dyn Fn(Event),
) -> Event {
    let mut progress = |progress: Progress| emit(Event::WifiProgress { run, progress });
    let mut act = |target: &Target| {
        let access = Access {
            target,
            allow_unencrypted: keys.allow_unencrypted,
            admin_password: keys.admin_password.as_deref(),
        };
        act(world, run, &access, task, &mut progress)
    };
    match reach {
        WifiReach::Address(target) => act(&target),
        WifiReach::SetupNetwork(ssid) => {
            let mut report = None;
            match world.on_setup_network(&ssid, &mut |target| report = Some(act(&target))) {
                Err(error) => Event::WifiSetupNotJoined { run, error },
                Ok(result) => {
                    emit(Event::WifiSetupLeft { run, result });
                    report.unwrap_or(Event::WifiSetupNotJoined {
                        run,
                        error: SetupError::Failed,
                    })
                }
            }
        }
    }
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
