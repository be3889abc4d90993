//! Elements as an access point sends them (IEEE 802.11; WSC as in hostap), for the demo
//! mode's simulated routers and printers, the tests and the benchmark.

use super::elements::{RSN, SSID, VENDOR, WPA_PREFIX, WPS_PREFIX};
use super::rsn::IEEE_OUI;
use super::wps::{WFA_VENDOR, WFA_VERSION2, attr};

/// hostap splits WPS data into elements of at most this many bytes after the prefix
/// (`wps_ie_encapsulate`).
pub const WPS_CHUNK: usize = 251;

/// One element: id, length, body (a body longer than 255 bytes is cut to 255).
pub fn element(id: u8, body: &[u8]) -> Vec<u8> {
    let body = &body[..body.len().min(255)];
    let mut out = Vec::with_capacity(body.len() + 2);
    out.push(id);
    out.push(body.len() as u8);
    out.extend_from_slice(body);
    out
}

pub fn ssid(name: &str) -> Vec<u8> {
    element(SSID, name.as_bytes())
}

/// AKM suite types of 00:0F:AC.
pub const AKM_8021X: u8 = 1;
pub const AKM_PSK: u8 = 2;
pub const AKM_SAE: u8 = 8;
pub const CIPHER_TKIP: u8 = 2;
pub const CIPHER_CCMP: u8 = 4;

/// An RSN element: version 1, one group cipher, the pairwise ciphers and AKMs (all of
/// 00:0F:AC), and the capabilities.
pub fn rsn(group: u8, pairwise: &[u8], akms: &[u8], capabilities: u16) -> Vec<u8> {
    let mut b = 1u16.to_le_bytes().to_vec();
    let suite = |b: &mut Vec<u8>, t: u8| {
        b.extend_from_slice(&IEEE_OUI);
        b.push(t);
    };
    suite(&mut b, group);
    for list in [pairwise, akms] {
        b.extend_from_slice(&(list.len() as u16).to_le_bytes());
        for t in list {
            suite(&mut b, *t);
        }
    }
    b.extend_from_slice(&capabilities.to_le_bytes());
    element(RSN, &b)
}

/// The old WPA element (body after the prefix is not read by the app).
pub fn wpa1() -> Vec<u8> {
    let mut b = WPA_PREFIX.to_vec();
    b.extend_from_slice(&[1, 0]);
    element(VENDOR, &b)
}

/// WPS attributes, in the order they are added.
#[derive(Debug, Clone, Default)]
pub struct Wps {
    data: Vec<u8>,
}

impl Wps {
    pub fn new() -> Self {
        // Version (deprecated, always 0x10).
        Self::default().attr(attr::VERSION, &[0x10])
    }

    pub fn attr(mut self, kind: u16, value: &[u8]) -> Self {
        self.data.extend_from_slice(&kind.to_be_bytes());
        self.data
            .extend_from_slice(&(value.len().min(usize::from(u16::MAX)) as u16).to_be_bytes());
        self.data.extend_from_slice(value);
        self
    }

    /// 1 not configured, 2 configured.
    pub fn state(self, state: u8) -> Self {
        self.attr(attr::STATE, &[state])
    }

    pub fn locked(self) -> Self {
        self.attr(attr::AP_SETUP_LOCKED, &[1])
    }

    /// A registrar active now, with its Device Password ID (4: push button).
    pub fn selected(self, password_id: u16) -> Self {
        self.attr(attr::SELECTED_REGISTRAR, &[1])
            .attr(attr::DEVICE_PASSWORD_ID, &password_id.to_be_bytes())
    }

    pub fn config_methods(self, methods: u16) -> Self {
        self.attr(attr::CONFIG_METHODS, &methods.to_be_bytes())
    }

    pub fn uuid(self, uuid: [u8; 16]) -> Self {
        self.attr(attr::UUID_E, &uuid)
    }

    pub fn rf_bands(self, bands: u8) -> Self {
        self.attr(attr::RF_BANDS, &[bands])
    }

    /// Manufacturer, model name, model number and device name.
    pub fn names(self, maker: &str, model: &str, number: &str, device: &str) -> Self {
        self.attr(attr::MANUFACTURER, maker.as_bytes())
            .attr(attr::MODEL_NAME, model.as_bytes())
            .attr(attr::MODEL_NUMBER, number.as_bytes())
            .attr(attr::DEVICE_NAME, device.as_bytes())
    }

    /// The Wi-Fi Alliance extension with Version2 (0x20: 2.0).
    pub fn version2(self, v: u8) -> Self {
        let mut ext = WFA_VENDOR.to_vec();
        ext.extend_from_slice(&[WFA_VERSION2, 1, v]);
        self.attr(attr::VENDOR_EXTENSION, &ext)
    }

    /// The joined data, as the parser reads it.
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    /// The vendor elements that carry it, split as hostap splits them.
    pub fn elements(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let chunks: Vec<&[u8]> = if self.data.is_empty() {
            vec![&[]]
        } else {
            self.data.chunks(WPS_CHUNK).collect()
        };
        for chunk in chunks {
            let mut body = WPS_PREFIX.to_vec();
            body.extend_from_slice(chunk);
            out.extend(element(VENDOR, &body));
        }
        out
    }
}
