//! One run of every measured check: the printer, this computer's network, the router
//! ([`crate::checks`]) and the air ([`crate::checks::air`]). Every face runs the checks
//! through here, so none of them can forget the air.

use std::net::SocketAddr;

use crate::air::reading::{AirSource, ScanPolicy};
use crate::checks::{self, CheckRun};
use crate::net::address::Target;
use crate::net::certificates::Certificates;
use crate::net::http::Limits;

/// Runs every check. `air` says where the air is read from (nothing is read when it is
/// off), `policy` whether a fresh scan is asked for first.
pub fn run(
    target: Option<&Target>,
    router: Option<SocketAddr>,
    air: &AirSource,
    policy: ScanPolicy,
    certificates: &Certificates,
    limits: Limits,
) -> CheckRun {
    let mut run = checks::run(target, router, certificates, limits);
    crate::checks::air::add(&mut run, air, policy);
    run
}
