//! IPP Get-Printer-Attributes (RFC 8011 §4.2.5): building the request and reading the
//! binary response. The reader checks every length against the bytes it was given, so
//! a truncated or hostile message is an error, never a panic or an over-read.

use std::fmt;

/// Operation code of Get-Printer-Attributes.
const GET_PRINTER_ATTRIBUTES: u16 = 0x000B;

/// Delimiter tags (RFC 8010 §3.5.1).
const TAG_OPERATION: u8 = 0x01;
const TAG_END: u8 = 0x03;

/// Value tags used here (RFC 8010 §3.5.2).
mod tag {
    pub const INTEGER: u8 = 0x21;
    pub const BOOLEAN: u8 = 0x22;
    pub const ENUM: u8 = 0x23;
    pub const TEXT_WITH_LANGUAGE: u8 = 0x35;
    pub const NAME_WITH_LANGUAGE: u8 = 0x36;
    pub const KEYWORD: u8 = 0x44;
    pub const URI: u8 = 0x45;
    pub const CHARSET: u8 = 0x47;
    pub const NATURAL_LANGUAGE: u8 = 0x48;
}

/// The attributes the app reads (facts/printer-protocols.md §2).
pub const REQUESTED: &[&str] = &[
    "printer-make-and-model",
    "printer-device-id",
    "printer-uuid",
    "printer-firmware-name",
    "printer-firmware-string-version",
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-more-info",
    "printer-info",
    "printer-location",
    "printer-dns-sd-name",
];

/// Builds a Get-Printer-Attributes request (IPP 2.0) for `printer_uri`.
pub fn get_printer_attributes(printer_uri: &str, request_id: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(512);
    out.extend_from_slice(&[2, 0]);
    out.extend_from_slice(&GET_PRINTER_ATTRIBUTES.to_be_bytes());
    out.extend_from_slice(&request_id.to_be_bytes());
    out.push(TAG_OPERATION);
    put(&mut out, tag::CHARSET, "attributes-charset", b"utf-8");
    put(
        &mut out,
        tag::NATURAL_LANGUAGE,
        "attributes-natural-language",
        b"en",
    );
    put(&mut out, tag::URI, "printer-uri", printer_uri.as_bytes());
    for (i, name) in REQUESTED.iter().enumerate() {
        // Additional values of a 1setOf have an empty name.
        let attr = if i == 0 { "requested-attributes" } else { "" };
        put(&mut out, tag::KEYWORD, attr, name.as_bytes());
    }
    out.push(TAG_END);
    out
}

fn put(out: &mut Vec<u8>, tag: u8, name: &str, value: &[u8]) {
    // Names and values here are short constants or a URI the app built.
    let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
    let value_len = u16::try_from(value.len()).unwrap_or(u16::MAX);
    out.push(tag);
    out.extend_from_slice(&name_len.to_be_bytes());
    out.extend_from_slice(&name.as_bytes()[..usize::from(name_len)]);
    out.extend_from_slice(&value_len.to_be_bytes());
    out.extend_from_slice(&value[..usize::from(value_len)]);
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IppError {
    #[error("the printer's IPP answer ended early (at byte {0})")]
    Truncated(usize),
    #[error("the printer's IPP answer is malformed: {0}")]
    Malformed(&'static str),
    #[error("the printer refused the IPP request (status 0x{0:04x})")]
    Status(u16),
}

/// One value, decoded as far as the app needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Integer(i32),
    Boolean(bool),
    Enum(i32),
    /// text, name, keyword, uri, charset, language, mimeMediaType…; also the text part of
    /// textWithLanguage / nameWithLanguage. Invalid UTF-8 is replaced, not rejected.
    Text(String),
    /// Anything else (octetString, dateTime, resolution, collections…), kept raw.
    Other {
        tag: u8,
        bytes: Vec<u8>,
    },
}

impl Value {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub group: u8,
    pub name: String,
    pub values: Vec<Value>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub version: (u8, u8),
    pub status: u16,
    pub request_id: u32,
    pub attributes: Vec<Attribute>,
}

impl Response {
    pub fn get(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }
    pub fn text(&self, name: &str) -> Option<&str> {
        self.get(name)?.values.first()?.as_text()
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Integer(i) | Value::Enum(i) => write!(f, "{i}"),
            Value::Boolean(b) => write!(f, "{b}"),
            Value::Text(s) => f.write_str(s),
            Value::Other { tag, bytes } => write!(f, "<tag 0x{tag:02x}, {} bytes>", bytes.len()),
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], IppError> {
        let end = self.at.checked_add(n).ok_or(IppError::Truncated(self.at))?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(IppError::Truncated(self.at))?;
        self.at = end;
        Ok(slice)
    }
    fn u8(&mut self) -> Result<u8, IppError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, IppError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, IppError> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
}

fn decode_value(tag: u8, raw: &[u8]) -> Value {
    let int = |raw: &[u8]| -> Option<i32> { Some(i32::from_be_bytes(raw.try_into().ok()?)) };
    match tag {
        tag::INTEGER => int(raw).map(Value::Integer),
        tag::ENUM => int(raw).map(Value::Enum),
        tag::BOOLEAN if raw.len() == 1 => Some(Value::Boolean(raw[0] != 0)),
        tag::TEXT_WITH_LANGUAGE | tag::NAME_WITH_LANGUAGE => text_with_language(raw),
        0x41..=0x49 => Some(Value::Text(String::from_utf8_lossy(raw).into_owned())),
        _ => None,
    }
    .unwrap_or_else(|| Value::Other {
        tag,
        bytes: raw.to_vec(),
    })
}

/// 2-byte language length, language, 2-byte text length, text.
fn text_with_language(raw: &[u8]) -> Option<Value> {
    let len_at = |b: &[u8]| -> Option<usize> {
        Some(usize::from(u16::from_be_bytes(
            b.get(0..2)?.try_into().ok()?,
        )))
    };
    let lang_len = len_at(raw)?;
    let rest = raw.get(2 + lang_len..)?;
    let text = rest.get(2..2 + len_at(rest)?)?;
    Some(Value::Text(String::from_utf8_lossy(text).into_owned()))
}

/// Reads a response. A non-successful status (≥ 0x0100) is an error; attributes of a
/// successful-ok-ignored… answer are still read.
pub fn parse_response(bytes: &[u8]) -> Result<Response, IppError> {
    let mut r = Reader { bytes, at: 0 };
    let version = (r.u8()?, r.u8()?);
    let status = r.u16()?;
    let request_id = r.u32()?;
    if status >= 0x0100 {
        return Err(IppError::Status(status));
    }
    let mut attributes: Vec<Attribute> = Vec::new();
    let mut group: Option<u8> = None;
    loop {
        let tag = r.u8()?;
        match tag {
            TAG_END => break,
            0x00..=0x0F => group = Some(tag),
            _ => {
                let Some(g) = group else {
                    return Err(IppError::Malformed("a value before any attribute group"));
                };
                let name_len = usize::from(r.u16()?);
                let name = String::from_utf8_lossy(r.take(name_len)?).into_owned();
                let value_len = usize::from(r.u16()?);
                let value = decode_value(tag, r.take(value_len)?);
                if name.is_empty() {
                    // Another value of the previous attribute (1setOf, or a collection member).
                    match attributes.last_mut() {
                        Some(last) => last.values.push(value),
                        None => {
                            return Err(IppError::Malformed("an extra value with no attribute"));
                        }
                    }
                } else {
                    attributes.push(Attribute {
                        group: g,
                        name,
                        values: vec![value],
                    });
                }
            }
        }
    }
    Ok(Response {
        version,
        status,
        request_id,
        attributes,
    })
}

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

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
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
                    .map(str::to_owned)
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A response built the way a printer sends one.
    pub(crate) fn sample_response() -> Vec<u8> {
        let mut b = vec![2, 0, 0, 0, 0, 0, 0, 7, TAG_OPERATION];
        put(&mut b, tag::CHARSET, "attributes-charset", b"utf-8");
        b.push(0x04); // printer-attributes-tag
        put(
            &mut b,
            0x41,
            "printer-make-and-model",
            b"HP OfficeJet Pro 9010 series",
        );
        put(
            &mut b,
            0x45,
            "printer-uuid",
            b"urn:uuid:1C852A4D-B800-1F08-ABCD-A0B3CC4F1A2B",
        );
        put(
            &mut b,
            0x41,
            "printer-firmware-string-version",
            b"TESTFW2607",
        );
        put(&mut b, tag::ENUM, "printer-state", &3i32.to_be_bytes());
        put(
            &mut b,
            tag::KEYWORD,
            "printer-state-reasons",
            b"media-low-warning",
        );
        put(&mut b, tag::KEYWORD, "", b"none");
        put(
            &mut b,
            0x45,
            "printer-more-info",
            b"http://192.0.2.10/#hId-pgAirPrint",
        );
        // A nameWithLanguage value: "en", "Office".
        put(
            &mut b,
            tag::NAME_WITH_LANGUAGE,
            "printer-location",
            &[0, 2, b'e', b'n', 0, 6, b'O', b'f', b'f', b'i', b'c', b'e'],
        );
        put(&mut b, 0x30, "printer-firmware-version", &[1, 2, 3]);
        b.push(TAG_END);
        b
    }

    #[test]
    fn request_has_the_operation_and_every_requested_attribute() {
        let req = get_printer_attributes("ipp://192.0.2.10:631/ipp/print", 42);
        assert_eq!(&req[..8], &[2, 0, 0, 0x0B, 0, 0, 0, 42]);
        // Our own reader can read it back.
        let back = parse_response(&req).unwrap();
        assert_eq!(
            back.text("printer-uri"),
            Some("ipp://192.0.2.10:631/ipp/print")
        );
        let wanted = back.get("requested-attributes").unwrap();
        assert_eq!(wanted.values.len(), REQUESTED.len());
        assert_eq!(*req.last().unwrap(), TAG_END);
    }

    #[test]
    fn reads_identity_and_state() {
        let resp = parse_response(&sample_response()).unwrap();
        assert_eq!(resp.request_id, 7);
        let facts = IppFacts::from_response(&resp);
        assert_eq!(
            facts.make_and_model.as_deref(),
            Some("HP OfficeJet Pro 9010 series")
        );
        assert_eq!(
            facts.uuid.as_deref(),
            Some("1c852a4d-b800-1f08-abcd-a0b3cc4f1a2b")
        );
        assert_eq!(facts.firmware.as_deref(), Some("TESTFW2607"));
        assert_eq!(facts.state, Some(PrinterState::Idle));
        assert_eq!(facts.state_reasons, vec!["media-low-warning".to_owned()]);
        assert_eq!(facts.location.as_deref(), Some("Office"));
        assert!(matches!(
            resp.get("printer-firmware-version").unwrap().values[0],
            Value::Other { tag: 0x30, .. }
        ));
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let full = sample_response();
        for n in 0..full.len() {
            assert!(parse_response(&full[..n]).is_err(), "cut at {n}");
        }
    }

    #[test]
    fn error_status_and_junk() {
        assert_eq!(
            parse_response(&[2, 0, 0x04, 0x06, 0, 0, 0, 1, 3]),
            Err(IppError::Status(0x0406))
        );
        assert!(matches!(
            parse_response(&[2, 0, 0, 0, 0, 0, 0, 1, 0x41, 0, 0]),
            Err(IppError::Malformed(_))
        ));
        // Invalid UTF-8 is replaced, not fatal.
        let mut b = vec![2, 0, 0, 0, 0, 0, 0, 1, 0x04];
        put(&mut b, 0x41, "printer-info", &[0xff, 0xfe, b'A']);
        b.push(TAG_END);
        assert_eq!(
            parse_response(&b).unwrap().text("printer-info"),
            Some("\u{fffd}\u{fffd}A")
        );
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let _ = parse_response(&bytes);
        }

        #[test]
        fn mutated_responses_never_panic(pos in 0usize..400, byte in any::<u8>()) {
            let mut b = sample_response();
            let i = pos % b.len();
            b[i] = byte;
            if let Ok(r) = parse_response(&b) {
                let _ = IppFacts::from_response(&r);
            }
        }
    }
}
