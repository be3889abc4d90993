//! What the app reads from a Get-Printer-Attributes answer.

use super::response::{Response, Value};

/// printer-state (RFC 8011 §5.4.11).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterState {
    Idle,
    Processing,
    Stopped,
}

/// What IPP tells about a printer: identity and state (never its Wi-Fi).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IppFacts {
    pub make_and_model: Option<String>,
    pub device_id: Option<String>,
    pub uuid: Option<String>,
    pub firmware: Option<String>,
    pub state: Option<PrinterState>,
    pub state_reasons: Vec<String>,
    pub state_message: Option<String>,
    pub more_info: Option<String>,
    pub location: Option<String>,
    pub dns_sd_name: Option<String>,
}

/// Printer text, made safe to show where it enters.
fn non_empty(s: Option<&str>) -> Option<String> {
    crate::clean::text(s?)
}

impl IppFacts {
    pub fn from_response(resp: &Response) -> Self {
        let state = resp
            .get("printer-state")
            .and_then(|a| match a.values.first() {
                Some(Value::Enum(3)) => Some(PrinterState::Idle),
                Some(Value::Enum(4)) => Some(PrinterState::Processing),
                Some(Value::Enum(5)) => Some(PrinterState::Stopped),
                _ => None,
            });
        let state_reasons = resp
            .get("printer-state-reasons")
            .map(|a| {
                a.values
                    .iter()
                    .filter_map(Value::as_text)
                    .filter(|r| *r != "none")
                    .filter_map(crate::clean::text)
                    .collect()
            })
            .unwrap_or_default();
        let uuid = non_empty(resp.text("printer-uuid")).map(|u| {
            u.strip_prefix("urn:uuid:")
                .unwrap_or(&u)
                .to_ascii_lowercase()
        });
        IppFacts {
            make_and_model: non_empty(resp.text("printer-make-and-model")),
            device_id: non_empty(resp.text("printer-device-id")),
            uuid,
            firmware: non_empty(resp.text("printer-firmware-string-version")),
            state,
            state_reasons,
            state_message: non_empty(resp.text("printer-state-message")),
            more_info: non_empty(resp.text("printer-more-info")),
            location: non_empty(resp.text("printer-location")),
            dns_sd_name: non_empty(resp.text("printer-dns-sd-name")),
        }
    }
}
