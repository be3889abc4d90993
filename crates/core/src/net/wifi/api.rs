//! The one interface the faces use ([`PrinterWifi`]), and its real implementation. Demo
//! mode has the other ([`crate::world::wifi_demo::Demo`]): the same calls, no network.

use super::join;
use super::reports::{Access, Chosen, JoinReport, NetworksReport, Pace, Progress, StatusReport};
use super::secret::Passphrase;
use super::session::{self, Session, Unreached};
use super::transport::Limits;
use crate::net::certificates::Certificates;

/// Reading and setting a printer's Wi-Fi. Each call reaches the printer afresh (HTTPS
/// first), so a face can call them step by step: status → networks → join.
pub trait PrinterWifi {
    /// What the printer says about its Wi-Fi.
    fn status(&mut self, access: &Access<'_>, certificates: &mut Certificates) -> StatusReport;

    /// The networks the printer sees (its radio is turned on first if it is off).
    fn networks(
        &mut self,
        access: &Access<'_>,
        certificates: &mut Certificates,
        progress: &mut dyn FnMut(Progress),
    ) -> NetworksReport;

    /// Sends the network and password to the printer and watches it join (bounded by
    /// [`Pace::watch_limit`]). The passphrase is not sent for an open network.
    fn join(
        &mut self,
        access: &Access<'_>,
        certificates: &mut Certificates,
        chosen: &Chosen,
        passphrase: Option<&Passphrase>,
        progress: &mut dyn FnMut(Progress),
    ) -> JoinReport;
}

/// The printer on the network.
#[derive(Debug, Clone, Copy, Default)]
pub struct Real {
    pub limits: Limits,
    pub pace: Pace,
}

/// A certificate trusted for the first time is remembered, as the probe does.
fn remember(access: &Access<'_>, certificates: &mut Certificates, s: &Session<'_>) {
    if let Some(fp) = s.channel.pinned()
        && let Err(e) = certificates.remember(&access.target.host.to_string(), &fp)
    {
        tracing::warn!("certificate not remembered: {e}");
    }
}

impl PrinterWifi for Real {
    fn status(&mut self, access: &Access<'_>, certificates: &mut Certificates) -> StatusReport {
        let mut s = match session::open(access, certificates, self.limits) {
            Ok(s) => s,
            Err(u) => return unreached_status(u),
        };
        let (state, problems) = join::state(&mut s, false);
        remember(access, certificates, &s);
        StatusReport {
            protocol: Some(s.protocol),
            encrypted: s.channel.encrypted(),
            state: Some(state),
            problems,
        }
    }

    fn networks(
        &mut self,
        access: &Access<'_>,
        certificates: &mut Certificates,
        progress: &mut dyn FnMut(Progress),
    ) -> NetworksReport {
        progress(Progress::Reaching);
        let mut s = match session::open(access, certificates, self.limits) {
            Ok(s) => s,
            Err(u) => {
                return NetworksReport {
                    protocol: u.protocol,
                    encrypted: u.encrypted,
                    read: false,
                    networks: Vec::new(),
                    problems: u.problems,
                };
            }
        };
        let result = join::networks(&mut s, &self.pace, progress);
        remember(access, certificates, &s);
        let (read, networks, problems) = match result {
            Ok(list) => (true, list, Vec::new()),
            Err(p) => (false, Vec::new(), vec![p]),
        };
        NetworksReport {
            protocol: Some(s.protocol),
            encrypted: s.channel.encrypted(),
            read,
            networks,
            problems,
        }
    }

    fn join(
        &mut self,
        access: &Access<'_>,
        certificates: &mut Certificates,
        chosen: &Chosen,
        passphrase: Option<&Passphrase>,
        progress: &mut dyn FnMut(Progress),
    ) -> JoinReport {
        progress(Progress::Reaching);
        let ssid = chosen.ssid().clone();
        let mut s = match session::open(access, certificates, self.limits) {
            Ok(s) => s,
            Err(u) => {
                return JoinReport {
                    protocol: u.protocol,
                    ssid,
                    encrypted: u.encrypted,
                    sent: false,
                    joined: false,
                    ipv4: None,
                    problems: u.problems,
                };
            }
        };
        let out = join::join(&mut s, chosen, passphrase, &self.pace, progress);
        remember(access, certificates, &s);
        let joined = out.joined;
        JoinReport {
            protocol: Some(s.protocol),
            ssid,
            encrypted: s.channel.encrypted(),
            sent: out.sent,
            joined,
            ipv4: out.state.and_then(|st| st.ipv4).filter(|_| joined),
            problems: out.problems,
        }
    }
}

fn unreached_status(u: Unreached) -> StatusReport {
    StatusReport {
        protocol: u.protocol,
        encrypted: u.encrypted,
        state: None,
        problems: u.problems,
    }
}
