//! The WPS element (facts/wifi-beacons.md §1): the bodies of every vendor element with
//! OUI 00:50:F2 type 4, joined in order, hold attributes as big-endian (type u16,
//! length u16, value). Every length is checked; a fixed-size attribute of another size
//! is left out and reported; an attribute that runs past the end stops the reading, and
//! what came before it is kept.

use crate::clean;

/// Attribute types (hostap `wps_defs.h`).
pub mod attr {
    pub const DEVICE_NAME: u16 = 0x1011;
    pub const DEVICE_PASSWORD_ID: u16 = 0x1012;
    pub const CONFIG_METHODS: u16 = 0x1008;
    pub const MANUFACTURER: u16 = 0x1021;
    pub const MODEL_NAME: u16 = 0x1023;
    pub const MODEL_NUMBER: u16 = 0x1024;
    pub const RF_BANDS: u16 = 0x103C;
    pub const SELECTED_REGISTRAR: u16 = 0x1041;
    pub const STATE: u16 = 0x1044;
    pub const UUID_E: u16 = 0x1047;
    pub const VENDOR_EXTENSION: u16 = 0x1049;
    pub const VERSION: u16 = 0x104A;
    pub const SELECTED_REGISTRAR_CONFIG_METHODS: u16 = 0x1053;
    pub const AP_SETUP_LOCKED: u16 = 0x1057;
}

/// The Wi-Fi Alliance's vendor id in the vendor extension, and its Version2 sub-element.
pub const WFA_VENDOR: [u8; 3] = [0x00, 0x37, 0x2A];
pub const WFA_VERSION2: u8 = 0x00;
/// Device Password ID for push button; every other value means a PIN.
pub const PASSWORD_ID_PUSH_BUTTON: u16 = 0x0004;

/// At most this many problems are kept per element (garbage could make hundreds).
const MAX_PROBLEMS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WpsState {
    Unconfigured,
    Configured,
    /// A value the specification does not define.
    Other(u8),
}

/// A registrar that is active now: waiting for a PIN, or for the push button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registrar {
    Pin,
    PushButton,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WpsProblem {
    /// Fewer than four bytes left: not a whole attribute header.
    TruncatedHeader,
    /// Attribute `attr` claims `claimed` bytes; only `left` follow.
    PastEnd {
        attr: u16,
        claimed: u16,
        left: usize,
    },
    /// A fixed-size attribute of another size: left out.
    WrongLength { attr: u16, len: usize },
    /// The Wi-Fi Alliance extension's sub-elements run past its end.
    ExtensionPastEnd,
}

/// What one access point's WPS element says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Wps {
    /// From the Wi-Fi Alliance extension's Version2; 1.0 without it.
    pub version: (u8, u8),
    pub state: Option<WpsState>,
    pub locked: bool,
    pub registrar: Option<Registrar>,
    pub password_id: Option<u16>,
    pub config_methods: Option<u16>,
    pub registrar_config_methods: Option<u16>,
    pub uuid: Option<[u8; 16]>,
    pub manufacturer: Option<String>,
    pub model_name: Option<String>,
    pub model_number: Option<String>,
    pub device_name: Option<String>,
    pub rf_bands: Option<u8>,
    pub problems: Vec<WpsProblem>,
}

impl Wps {
    fn problem(&mut self, p: WpsProblem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(p);
        }
    }

    /// "2.0", "1.0".
    pub fn version_text(&self) -> String {
        format!("{}.{}", self.version.0, self.version.1)
    }

    /// The UUID-E as 32 hex digits in the usual groups.
    pub fn uuid_text(&self) -> Option<String> {
        self.uuid.map(|u| {
            let h: String = u.iter().map(|b| format!("{b:02x}")).collect();
            format!(
                "{}-{}-{}-{}-{}",
                &h[0..8],
                &h[8..12],
                &h[12..16],
                &h[16..20],
                &h[20..32]
            )
        })
    }
}

/// Configuration method bits and their names (hostap `wps_defs.h`; the virtual and
/// physical push-button and display values are the base bit plus one of these).
pub const CONFIG_METHOD_NAMES: &[(u16, &str)] = &[
    (0x0001, "usba"),
    (0x0002, "ethernet"),
    (0x0004, "label"),
    (0x0008, "display"),
    (0x0010, "ext_nfc_token"),
    (0x0020, "int_nfc_token"),
    (0x0040, "nfc_interface"),
    (0x0080, "push_button"),
    (0x0100, "keypad"),
    (0x0200, "virtual_push_button"),
    (0x0400, "physical_push_button"),
    (0x2000, "virtual_display"),
    (0x4000, "physical_display"),
];

/// The names of the bits set in `methods`; unknown bits as "0x0800".
pub fn config_method_names(methods: u16) -> Vec<String> {
    (0..16)
        .map(|i| 1u16 << i)
        .filter(|bit| methods & bit != 0)
        .map(|bit| {
            CONFIG_METHOD_NAMES
                .iter()
                .find(|(b, _)| *b == bit)
                .map_or_else(|| format!("0x{bit:04x}"), |(_, n)| (*n).to_owned())
        })
        .collect()
}

/// The RF Bands bits (0x01 2.4 GHz, 0x02 5 GHz, 0x04 60 GHz) as band names.
pub fn rf_band_names(bands: u8) -> Vec<&'static str> {
    [(0x01, "2.4 GHz"), (0x02, "5 GHz"), (0x04, "60 GHz")]
        .into_iter()
        .filter(|(bit, _)| bands & bit != 0)
        .map(|(_, n)| n)
        .collect()
}

fn u8_of(v: &[u8]) -> Option<u8> {
    match *v {
        [b] => Some(b),
        _ => None,
    }
}

fn u16_of(v: &[u8]) -> Option<u16> {
    match *v {
        [a, b] => Some(u16::from_be_bytes([a, b])),
        _ => None,
    }
}

fn text_of(v: &[u8]) -> Option<String> {
    clean::text(&String::from_utf8_lossy(v))
}

/// Reads the joined WPS data (the bodies after OUI and type, in order).
pub fn parse(data: &[u8]) -> Wps {
    let mut w = Wps {
        version: (1, 0),
        ..Wps::default()
    };
    let mut selected = false;
    let mut rest = data;
    while !rest.is_empty() {
        let Some((head, tail)) = rest.split_first_chunk::<4>() else {
            w.problem(WpsProblem::TruncatedHeader);
            break;
        };
        let kind = u16::from_be_bytes([head[0], head[1]]);
        let len = u16::from_be_bytes([head[2], head[3]]);
        let Some((value, after)) = tail.split_at_checked(usize::from(len)) else {
            w.problem(WpsProblem::PastEnd {
                attr: kind,
                claimed: len,
                left: tail.len(),
            });
            break;
        };
        rest = after;
        let wrong = WpsProblem::WrongLength {
            attr: kind,
            len: value.len(),
        };
        let ok = match kind {
            attr::STATE => u8_of(value).map(|s| {
                w.state = Some(match s {
                    1 => WpsState::Unconfigured,
                    2 => WpsState::Configured,
                    other => WpsState::Other(other),
                })
            }),
            attr::AP_SETUP_LOCKED => u8_of(value).map(|v| w.locked = v != 0),
            attr::SELECTED_REGISTRAR => u8_of(value).map(|v| selected = v != 0),
            attr::DEVICE_PASSWORD_ID => u16_of(value).map(|v| w.password_id = Some(v)),
            attr::CONFIG_METHODS => u16_of(value).map(|v| w.config_methods = Some(v)),
            attr::SELECTED_REGISTRAR_CONFIG_METHODS => {
                u16_of(value).map(|v| w.registrar_config_methods = Some(v))
            }
            attr::RF_BANDS => u8_of(value).map(|v| w.rf_bands = Some(v)),
            attr::UUID_E => <[u8; 16]>::try_from(value).ok().map(|u| w.uuid = Some(u)),
            attr::MANUFACTURER => {
                w.manufacturer = text_of(value);
                Some(())
            }
            attr::MODEL_NAME => {
                w.model_name = text_of(value);
                Some(())
            }
            attr::MODEL_NUMBER => {
                w.model_number = text_of(value);
                Some(())
            }
            attr::DEVICE_NAME => {
                w.device_name = text_of(value);
                Some(())
            }
            attr::VENDOR_EXTENSION => {
                vendor_extension(value, &mut w);
                Some(())
            }
            // Version (0x104A) is always 0x10 (deprecated); others are not needed.
            _ => Some(()),
        };
        if ok.is_none() {
            w.problem(wrong);
        }
    }
    // Push button when the Device Password ID says so; a PIN otherwise (hostap
    // `wps_is_selected_pbc_registrar`, `is_selected_pin_registrar`).
    if selected {
        w.registrar = Some(if w.password_id == Some(PASSWORD_ID_PUSH_BUTTON) {
            Registrar::PushButton
        } else {
            Registrar::Pin
        });
    }
    w
}

/// The vendor extension: only the Wi-Fi Alliance's, whose Version2 gives the version.
fn vendor_extension(value: &[u8], w: &mut Wps) {
    let Some(mut rest) = value.strip_prefix(WFA_VENDOR.as_slice()) else {
        return;
    };
    while let [id, len, tail @ ..] = rest {
        let Some((body, after)) = tail.split_at_checked(usize::from(*len)) else {
            w.problem(WpsProblem::ExtensionPastEnd);
            return;
        };
        if *id == WFA_VERSION2 {
            match *body {
                [v] => w.version = (v >> 4, v & 0x0F),
                _ => w.problem(WpsProblem::WrongLength {
                    attr: attr::VENDOR_EXTENSION,
                    len: body.len(),
                }),
            }
        }
        rest = after;
    }
    if !rest.is_empty() {
        w.problem(WpsProblem::ExtensionPastEnd);
    }
}
