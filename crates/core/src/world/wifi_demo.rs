//! Demo mode's printers' Wi-Fi, for help-desk training without a printer: the LaserJet
//! at 192.0.2.41 speaks LEDM (and is the printer found on any setup network), the
//! OfficeJet at 192.0.2.23 speaks CDM and asks for its administrator password (any the
//! trainee types). Both see the same few networks;
//! The home network ([`crate::air::demo::HOME`]) joins with the password [`DEMO_PASSPHRASE`], any other password reads as
//! wrong (as VSA603 would). Nothing here touches a network.

use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::time::Duration;

use crate::net::address::{Host, Target};
use crate::net::certificates::Certificates;
use crate::net::http::HttpError;
use crate::net::problem::{Problem, ProblemKind};
use crate::net::wifi::network::Wire;
use crate::net::wifi::{
    Access, Chosen, JoinReport, Network, NetworksReport, Passphrase, PrinterWifi, Progress,
    Protocol, Security, Ssid, StatusReport, VsaCode, WifiProblem, WifiState,
};

/// The password that joins the demo network.
pub const DEMO_PASSPHRASE: &str = "demo-password";
const LEDM_PRINTER: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 41);
const CDM_PRINTER: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 23);

/// The printer demo mode finds on a printer's setup network: the LEDM one.
pub fn setup_network_printer() -> Option<Target> {
    Target::new(Host::Ip(std::net::IpAddr::V4(LEDM_PRINTER))).ok()
}

/// The simulated printers' Wi-Fi; `step` is how long each simulated wait lasts.
#[derive(Debug, Default)]
pub struct Demo {
    step: Duration,
    joined: HashMap<Ipv4Addr, (Ssid, Ipv4Addr)>,
}

impl Demo {
    pub fn new(step: Duration) -> Self {
        Self {
            step,
            joined: HashMap::new(),
        }
    }

    fn printer(access: &Access<'_>) -> Result<(Protocol, Ipv4Addr), WifiProblem> {
        let ip = match &access.target.host {
            Host::Ip(std::net::IpAddr::V4(ip)) => Some(*ip),
            _ => None,
        };
        let source = access.target.host.to_string();
        match ip {
            Some(ip) if ip == LEDM_PRINTER => Ok((Protocol::Ledm, ip)),
            Some(ip) if ip == CDM_PRINTER => match access.admin_password {
                Some(p) if !p.is_empty() => Ok((Protocol::Cdm, ip)),
                _ => Err(WifiProblem::SignInNeeded {
                    source: crate::net::wifi::cdm::ADAPTER_CONFIGS.into(),
                }),
            },
            _ => Err(WifiProblem::Read(Problem::new(
                source,
                ProblemKind::Http(HttpError::Forbidden("demo mode".into())),
            ))),
        }
    }

    fn protocol_of(access: &Access<'_>) -> Option<Protocol> {
        match Self::printer(access) {
            Ok((p, _)) => Some(p),
            Err(WifiProblem::SignInNeeded { .. }) => Some(Protocol::Cdm),
            Err(_) => None,
        }
    }
}

fn network(name: &str, security: Security, signal: u8, channel: u16) -> Option<Network> {
    let word = |w: &str| Some(w.to_owned());
    Some(Network {
        ssid: Ssid::from_text(name)?,
        bssid: None,
        channel: Some(channel),
        security,
        signal: Some(signal),
        wire: Wire {
            encryption_type: word(if security == Security::Open {
                "none"
            } else {
                "WPA_PSK"
            }),
            ..Wire::default()
        },
    })
}

/// What the demo printers see.
pub fn networks() -> Vec<Network> {
    [
        network(crate::air::demo::HOME, Security::Wpa2Personal, 5, 6),
        network("Café Corner", Security::Open, 3, 1),
        network("Neighbours 5G", Security::Wpa3Personal, 2, 36),
        network("Office Guest", Security::Wpa2Wpa3Personal, 1, 11),
    ]
    .into_iter()
    .flatten()
    .collect()
}

impl PrinterWifi for Demo {
    fn status(&mut self, access: &Access<'_>, _: &mut Certificates) -> StatusReport {
        let protocol = Self::protocol_of(access);
        match Self::printer(access) {
            Ok((protocol, ip)) => {
                let joined = self.joined.get(&ip);
                StatusReport {
                    protocol: Some(protocol),
                    encrypted: true,
                    state: Some(WifiState {
                        present: true,
                        enabled: Some(true),
                        connected: Some(joined.is_some()),
                        ssid: joined.map(|(s, _)| s.clone()),
                        ipv4: joined.map(|(_, a)| *a),
                        cable: Some(joined.is_none()),
                    }),
                    problems: Vec::new(),
                }
            }
            Err(p) => StatusReport {
                protocol,
                encrypted: true,
                state: None,
                problems: vec![p],
            },
        }
    }

    fn networks(
        &mut self,
        access: &Access<'_>,
        _: &mut Certificates,
        progress: &mut dyn FnMut(Progress),
    ) -> NetworksReport {
        progress(Progress::Reaching);
        let protocol = Self::protocol_of(access);
        if let Err(p) = Self::printer(access) {
            return NetworksReport {
                protocol,
                encrypted: true,
                read: false,
                networks: Vec::new(),
                problems: vec![p],
            };
        }
        for seconds in 0..2 {
            progress(Progress::Scanning { seconds });
            std::thread::sleep(self.step);
        }
        NetworksReport {
            protocol,
            encrypted: true,
            read: true,
            networks: networks(),
            problems: Vec::new(),
        }
    }

    fn join(
        &mut self,
        access: &Access<'_>,
        _: &mut Certificates,
        chosen: &Chosen,
        passphrase: Option<&Passphrase>,
        progress: &mut dyn FnMut(Progress),
    ) -> JoinReport {
        progress(Progress::Reaching);
        let ssid = chosen.ssid().clone();
        let mut report = JoinReport {
            protocol: Self::protocol_of(access),
            ssid: ssid.clone(),
            encrypted: true,
            sent: false,
            joined: false,
            ipv4: None,
            problems: Vec::new(),
        };
        let (protocol, ip) = match Self::printer(access) {
            Ok(x) => x,
            Err(p) => {
                report.problems.push(p);
                return report;
            }
        };
        let Some(network) = networks().into_iter().find(|n| n.ssid == ssid) else {
            report.problems.push(WifiProblem::NetworkNotFound {
                ssid: ssid.display(),
            });
            return report;
        };
        progress(Progress::Sending);
        std::thread::sleep(self.step);
        report.sent = true;
        for seconds in [5, 10, 15] {
            progress(Progress::Waiting {
                seconds,
                limit: 120,
            });
            std::thread::sleep(self.step);
        }
        let right = !network.security.needs_passphrase()
            || (ssid.as_text() == Some(crate::air::demo::HOME)
                && passphrase.is_some_and(|p| p.expose() == DEMO_PASSPHRASE));
        if !right {
            let code = (protocol == Protocol::Ledm).then(|| VsaCode("603".into()));
            report.problems.push(WifiProblem::WrongPassphrase { code });
            return report;
        }
        let address = Ipv4Addr::new(192, 0, 2, ip.octets()[3] + 100);
        self.joined.insert(ip, (ssid, address));
        report.joined = true;
        report.ipv4 = Some(address);
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::address::Target;
    use crate::net::wifi::Secret;

    #[test]
    fn the_demo_printers_behave_as_the_real_ones_without_a_network() {
        let mut demo = Demo::new(Duration::ZERO);
        let mut certs = Certificates::in_memory();
        let ledm = Target::parse("192.0.2.41").unwrap();
        let access = Access {
            target: &ledm,
            allow_unencrypted: false,
            admin_password: None,
        };
        let list = demo.networks(&access, &mut certs, &mut |_| {});
        assert_eq!(list.protocol, Some(Protocol::Ledm));
        assert_eq!(list.networks[0].ssid.display(), crate::air::demo::HOME);
        let home = Chosen::Listed(list.networks[0].clone());
        let wrong = Passphrase::new("not the one".into()).unwrap();
        let report = demo.join(&access, &mut certs, &home, Some(&wrong), &mut |_| {});
        assert!(!report.joined);
        assert_eq!(report.problems[0].key(), "wrong_passphrase");
        let right = Passphrase::new(DEMO_PASSPHRASE.into()).unwrap();
        let mut steps = Vec::new();
        let report = demo.join(&access, &mut certs, &home, Some(&right), &mut |p| {
            steps.push(p)
        });
        assert!(report.joined && report.ipv4.is_some());
        assert!(steps.contains(&Progress::Sending));
        let status = demo.status(&access, &mut certs);
        assert_eq!(status.state.unwrap().connected, Some(true));

        let cdm = Target::parse("192.0.2.23").unwrap();
        let access = Access {
            target: &cdm,
            allow_unencrypted: false,
            admin_password: None,
        };
        let status = demo.status(&access, &mut certs);
        assert_eq!(status.protocol, Some(Protocol::Cdm));
        assert_eq!(status.problems[0].key(), "sign_in_needed");
        let admin = Secret::new("anything".into());
        let access = Access {
            admin_password: Some(&admin),
            ..access
        };
        assert!(demo.status(&access, &mut certs).problems.is_empty());

        let elsewhere = Target::parse("192.0.2.99").unwrap();
        let access = Access {
            target: &elsewhere,
            allow_unencrypted: false,
            admin_password: None,
        };
        assert!(demo.status(&access, &mut certs).state.is_none());
    }
}
