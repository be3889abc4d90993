//! Demo mode: simulated printers for training without one. They arrive through the same
//! callback as real ones, one after another, so the whole scan page behaves as usual.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use super::printer::DiscoveredPrinter;
use super::record::Source;
use super::service::ServiceType;
use crate::net::Url;

/// Addresses are from the documentation range (RFC 5737): nothing real is ever there.
pub fn printers() -> Vec<DiscoveredPrinter> {
    use ServiceType::*;
    let p = |name: &str,
             model: &str,
             host: &str,
             addr: &str,
             mac: &str,
             services: &[ServiceType],
             ms: u64| {
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
            first_seen_ms: ms,
            sources: vec![Source::Mdns],
        }
    };
    vec![
        p(
            "HP OfficeJet Pro 9010 series [4F1A2B]",
            "HP OfficeJet Pro 9010 series",
            "HPA0B3CC4F1A2B.local",
            "192.0.2.23",
            "a0:b3:cc:4f:1a:2b",
            &[Ipp, Ipps, Uscan, Http],
            300,
        ),
        p(
            "HP LaserJet Pro MFP M428fdw [77D2E1]",
            "HP LaserJet Pro MFP M428fdw",
            "HP3C52A177D2E1.local",
            "192.0.2.41",
            "3c:52:a1:77:d2:e1",
            &[Ipp, PdlDatastream, Printer],
            900,
        ),
        p(
            "HP DeskJet 2700 series [0C11F0]",
            "HP DeskJet 2700 series",
            "HP70B5E80C11F0.local",
            "192.0.2.57",
            "70:b5:e8:0c:11:f0",
            &[Ipp, Http],
            1600,
        ),
    ]
}

/// Stops when dropped.
pub struct Demo {
    _stop: mpsc::Sender<()>,
}

impl Demo {
    pub fn start(
        on_change: impl Fn(Vec<DiscoveredPrinter>) + Send + 'static,
    ) -> std::io::Result<Self> {
        let (tx, rx) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("wps-demo".into())
            .spawn(move || {
                let all = printers();
                on_change(Vec::new());
                let mut shown = 0;
                let mut elapsed = 0;
                while shown < all.len() {
                    let wait = all[shown].first_seen_ms - elapsed;
                    match rx.recv_timeout(Duration::from_millis(wait)) {
                        Err(RecvTimeoutError::Timeout) => {}
                        _ => return,
                    }
                    elapsed += wait;
                    shown += 1;
                    on_change(all[..shown].to_vec());
                }
            })?;
        Ok(Self { _stop: tx })
    }
}
