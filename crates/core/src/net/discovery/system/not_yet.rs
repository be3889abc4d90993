//! The system daemons not written yet (macOS's `dns_sd`, Windows's `DnsServiceBrowse`):
//! they say so, and the app's own search carries the scan alone.

use super::browser::{Running, Sink, SystemBrowser, Unavailable};
use crate::net::discovery::service::ServiceType;

pub struct NotYet {
    api: &'static str,
}

impl NotYet {
    /// `api`: the system interface this stands for, for the log.
    pub fn new(api: &'static str) -> Self {
        Self { api }
    }
}

impl SystemBrowser for NotYet {
    fn browse(&self, _types: &[ServiceType], _sink: Sink) -> Result<Running, Unavailable> {
        tracing::info!(
            "discovery: the system's mDNS cache ({}) is not used yet",
            self.api
        );
        Err(Unavailable::NotYet)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_says_it_is_not_available_yet() {
        let (tx, _rx) = flume::bounded(1);
        let err = NotYet::new("dns_sd")
            .browse(&ServiceType::ALL, tx)
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "the system's mDNS cache is not available on this system yet"
        );
    }
}
