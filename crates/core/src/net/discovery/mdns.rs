//! The app's own search: an mdns-sd daemon browsing every printer service type, its
//! events turned into what the book understands. It runs whether or not the system has
//! an mDNS daemon, and catches what the system's cache lacks; beside one, it starts asking
//! once the cache has answered (see `merge`).

use mdns_sd::{IfKind, ResolvedService, ServiceDaemon, ServiceEvent};

use super::record::{self, Heard, MAX_ADDRESSES, Record, RecordKey, Source};
use super::service::ServiceType;
use super::txt;

/// What its browses deliver, one receiver per service type.
pub type Receivers = Vec<(ServiceType, flume::Receiver<ServiceEvent>)>;

/// Starts the daemon (it asks nothing yet); `loopback_only` keeps it on 127.0.0.1.
pub fn daemon(loopback_only: bool) -> Result<ServiceDaemon, mdns_sd::Error> {
    let daemon = ServiceDaemon::new()?;
    if loopback_only {
        daemon.disable_interface(IfKind::All)?;
        daemon.enable_interface(IfKind::LoopbackV4)?;
    }
    Ok(daemon)
}

/// Browses every type: from now on the network is asked.
pub fn browse(daemon: &ServiceDaemon) -> Result<Receivers, mdns_sd::Error> {
    ServiceType::ALL
        .into_iter()
        .map(|ty| Ok((ty, daemon.browse(&format!("{ty}.local."))?)))
        .collect()
}

fn key(fullname: &str) -> RecordKey {
    RecordKey {
        source: Source::Mdns,
        name: record::bounded(fullname),
    }
}

fn record_of(service: ServiceType, r: &ResolvedService) -> Record {
    let pairs: Vec<(String, Option<Vec<u8>>)> = r
        .txt_properties
        .iter()
        .take(64)
        .map(|p| (p.key().to_owned(), p.val().map(<[u8]>::to_vec)))
        .collect();
    let instance = r
        .fullname
        .strip_suffix(&r.ty_domain)
        .unwrap_or(&r.fullname)
        .trim_end_matches('.');
    Record {
        instance: record::bounded(instance),
        service,
        host: record::bounded(&r.host),
        port: r.port,
        addresses: r
            .addresses
            .iter()
            .map(|a| a.to_ip_addr())
            .take(MAX_ADDRESSES)
            .collect(),
        txt: txt::read(&pairs),
    }
}

/// What an mdns-sd event means for the book, if anything.
pub fn heard(service: ServiceType, event: ServiceEvent) -> Option<Heard> {
    match event {
        ServiceEvent::ServiceResolved(r) => {
            Some(Heard::Resolved(key(&r.fullname), record_of(service, &r)))
        }
        ServiceEvent::ServiceRemoved(_, fullname) => Some(Heard::Removed(key(&fullname))),
        _ => None,
    }
}
