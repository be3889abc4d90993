//! The printer's self-signed certificate, trusted on first use for this device only (by
//! the SHA-256 of its DER) and refused when it changes. The handshake signature is still
//! checked, so the peer must hold the certificate's key.

use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use sha2::{Digest, Sha256};

pub type Fingerprint = [u8; 32];

pub fn fingerprint_hex(fp: &Fingerprint) -> String {
    fp.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn parse_fingerprint(hex: &str) -> Option<Fingerprint> {
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// Trusts exactly one certificate (by SHA-256 of its DER), learning it on first use.
/// The handshake signature is still checked, so the peer must hold the key.
#[derive(Debug)]
pub(super) struct PinnedCert {
    pub(super) pinned: Mutex<Option<Fingerprint>>,
    /// The last certificate presented, to explain a refusal.
    pub(super) seen: Mutex<Option<Fingerprint>>,
    pub(super) provider: Arc<rustls::crypto::CryptoProvider>,
}

impl ServerCertVerifier for PinnedCert {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let fp: Fingerprint = Sha256::digest(end_entity.as_ref()).into();
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Some(fp);
        }
        let mut pinned = self
            .pinned
            .lock()
            .map_err(|_| rustls::Error::General("pin store unavailable".into()))?;
        match *pinned {
            None => {
                *pinned = Some(fp);
                Ok(ServerCertVerified::assertion())
            }
            Some(p) if p == fp => Ok(ServerCertVerified::assertion()),
            Some(_) => Err(rustls::Error::General("certificate changed".into())),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}
