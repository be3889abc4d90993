//! The printer's pinned-certificate TLS configuration on its own, for a client that needs
//! other rules than [`super::PrinterHttp`]'s: the Wi-Fi setup requests (writes, and no
//! redirect followed at all). The trust is the same: first use learns the certificate,
//! a changed one is refused.

use std::sync::{Arc, Mutex};

use super::pinning::{Fingerprint, PinnedCert};

/// What the handshakes of one client have trusted and seen.
#[derive(Debug, Clone)]
pub struct PinnedTls {
    pin: Arc<PinnedCert>,
}

impl PinnedTls {
    /// The fingerprint trusted now (learned on first use).
    pub fn pinned(&self) -> Option<Fingerprint> {
        self.pin.pinned.lock().ok().and_then(|p| *p)
    }

    /// The certificate last presented, when it is not the trusted one.
    pub fn refused(&self) -> Option<(Fingerprint, Fingerprint)> {
        let seen = self.pin.seen.lock().ok().and_then(|s| *s)?;
        let pinned = self.pinned()?;
        (seen != pinned).then_some((pinned, seen))
    }
}

/// A rustls configuration that trusts exactly `pin` (or learns the first certificate),
/// and the handle that says what it trusted.
pub fn pinned_tls(
    pin: Option<Fingerprint>,
) -> Result<(rustls::ClientConfig, PinnedTls), rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let pin = Arc::new(PinnedCert {
        pinned: Mutex::new(pin),
        seen: Mutex::new(None),
        provider: provider.clone(),
    });
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(pin.clone())
        .with_no_client_auth();
    Ok((config, PinnedTls { pin }))
}
