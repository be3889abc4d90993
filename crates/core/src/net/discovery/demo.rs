//! Demo mode's search: the demo printers (the story is in [`crate::demo`]) arrive through
//! the same callback as real ones, one after another, so the whole scan page behaves as
//! usual. Only a printer that is on the network is heard: one waiting in setup mode is
//! not, until it has joined the network, when it appears like a printer switched on.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use super::printer::DiscoveredPrinter;
use super::record::Source;
use super::service::ServiceType;
use crate::net::Url;

/// A printer of the demo world: what it announces once it is on the network, and whether
/// it has a socket for a network cable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPrinter {
    pub announced: DiscoveredPrinter,
    /// HPLIP's io-support bit 0x4 for the model's section in models.dat (the OfficeJet
    /// Pro 9010 and the LaserJet Pro M428 sections have it; DeskJet 2700's has only USB
    /// and Wi-Fi, 0x2 | 0x8). A printer without one is on no network until it joins Wi-Fi.
    pub cable_socket: bool,
}

/// Every demo printer. Addresses are from the documentation range (RFC 5737): nothing
/// real is ever there.
pub fn all() -> Vec<DemoPrinter> {
    use ServiceType::*;
    let p =
        |name: &str, model: &str, host: &str, addr: &str, mac: &str, services: &[ServiceType]| {
            DiscoveredPrinter {
                id: format!("demo-{mac}"),
                name: name.into(),
                model: Some(model.into()),
                is_hp: true,
                host: host.into(),
                addresses: addr.parse().into_iter().collect(),
                port: 631,
                services: services.to_vec(),
                uuid: None,
                mac: Some(mac.into()),
                admin_url: Url::parse(&format!("http://{addr}/")).ok(),
                first_seen_ms: 0,
                sources: vec![Source::Mdns],
            }
        };
    let heard = |announced: DiscoveredPrinter, ms: u64, cable_socket: bool| DemoPrinter {
        announced: DiscoveredPrinter {
            first_seen_ms: ms,
            ..announced
        },
        cable_socket,
    };
    vec![
        heard(
            p(
                "HP OfficeJet Pro 9010 series [4F1A2B]",
                "HP OfficeJet Pro 9010 series",
                "HPA0B3CC4F1A2B.local",
                "192.0.2.23",
                "a0:b3:cc:4f:1a:2b",
                &[Ipp, Ipps, Uscan, Http],
            ),
            300,
            true,
        ),
        heard(
            p(
                "HP LaserJet Pro MFP M428fdw [77D2E1]",
                "HP LaserJet Pro MFP M428fdw",
                "HP3C52A177D2E1.local",
                "192.0.2.41",
                "3c:52:a1:77:d2:e1",
                &[Ipp, PdlDatastream, Printer],
            ),
            900,
            true,
        ),
        heard(
            p(
                "HP DeskJet 2700 series [0C11F0]",
                "HP DeskJet 2700 series",
                "HP70B5E80C11F0.local",
                "192.0.2.57",
                "70:b5:e8:0c:11:f0",
                &[Ipp, Http],
            ),
            1600,
            false,
        ),
    ]
}

/// What every demo printer announces once it is on the network (one in setup mode does
/// not announce anything yet: see [`Demo::start`]).
pub fn printers() -> Vec<DiscoveredPrinter> {
    all().into_iter().map(|p| p.announced).collect()
}

/// How often the search looks again for a printer that has joined, in milliseconds.
const TICK_MS: u64 = 200;

/// Stops when dropped.
pub struct Demo {
    _stop: mpsc::Sender<()>,
}

impl Demo {
    /// Reports the demo printers `on_network` says are on the network, each from the
    /// moment it is first heard, and again whenever one joins.
    pub fn start(
        on_network: impl Fn(&DemoPrinter) -> bool + Send + 'static,
        on_change: impl Fn(Vec<DiscoveredPrinter>) + Send + 'static,
    ) -> std::io::Result<Self> {
        let (tx, rx) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("wps-demo".into())
            .spawn(move || {
                let all = all();
                let started = Instant::now();
                // When each printer was first heard in this search (ms after the start).
                let mut heard: Vec<Option<u64>> = vec![None; all.len()];
                let mut last: Option<Vec<DiscoveredPrinter>> = None;
                loop {
                    let elapsed = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
                    let mut now = Vec::new();
                    for (p, seen) in all.iter().zip(heard.iter_mut()) {
                        let due = p.announced.first_seen_ms;
                        if elapsed < due || !on_network(p) {
                            *seen = None;
                            continue;
                        }
                        // On time when it was there from the start; else when it joined.
                        let at = *seen.get_or_insert(if elapsed < due + TICK_MS {
                            due
                        } else {
                            elapsed
                        });
                        now.push(DiscoveredPrinter {
                            first_seen_ms: at,
                            ..p.announced.clone()
                        });
                    }
                    if last.as_ref() != Some(&now) {
                        on_change(now.clone());
                        last = Some(now);
                    }
                    // Wake on time for the next printer due, else look again in a moment.
                    let next_due = all
                        .iter()
                        .map(|p| p.announced.first_seen_ms)
                        .filter(|&due| due > elapsed)
                        .min()
                        .map_or(TICK_MS, |due| (due - elapsed).min(TICK_MS));
                    match rx.recv_timeout(Duration::from_millis(next_due)) {
                        Err(RecvTimeoutError::Timeout) => {}
                        _ => return,
                    }
                }
            })?;
        Ok(Self { _stop: tx })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_printers_on_the_network_are_heard_and_one_that_joins_appears() {
        let joined = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let begun = Instant::now();
        let on = joined.clone();
        let _search = Demo::start(
            move |p| p.cable_socket || on.load(std::sync::atomic::Ordering::SeqCst),
            move |list| {
                let _ = tx.send(list);
            },
        )
        .unwrap();
        let names = |list: &[DiscoveredPrinter]| -> Vec<String> {
            list.iter().map(|p| p.name.clone()).collect()
        };
        let wait = |n: usize| loop {
            let list = rx.recv_timeout(Duration::from_secs(10)).unwrap();
            if list.len() == n {
                return list;
            }
        };
        let two = wait(2);
        assert!(names(&two).iter().all(|n| !n.contains("DeskJet")));
        assert_eq!(two[0].first_seen_ms, 300);
        // Still two after the DeskJet's turn (1.6 s) has passed.
        std::thread::sleep(Duration::from_millis(2000).saturating_sub(begun.elapsed()));
        assert!(rx.try_iter().all(|l| l.len() == 2));
        joined.store(true, std::sync::atomic::Ordering::SeqCst);
        let three = wait(3);
        let deskjet = three.iter().find(|p| p.name.contains("DeskJet")).unwrap();
        assert!(deskjet.first_seen_ms >= 1900, "heard when it joined");
    }
}
