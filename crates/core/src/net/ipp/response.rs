//! Reading the binary response. Every length is checked against the bytes given, so a
//! truncated or hostile message is an error, never a panic or an over-read.

use std::fmt;

use super::tags::{TAG_END, tag};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IppError {
    #[error("the printer's IPP answer ended early (at byte {0})")]
    Truncated(usize),
    #[error("the printer's IPP answer is malformed: {0}")]
    Malformed(&'static str),
    #[error("the printer refused the IPP request (status 0x{0:04x})")]
    Status(u16),
    #[error("the printer's answer is not IPP 1.x or 2.x (version {0}.{1})")]
    Version(u8, u8),
}

/// More attributes or values than any printer sends: a hostile answer is cut short.
const MAX_ATTRIBUTES: usize = 1024;
const MAX_VALUES: usize = 256;

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
    // IPP/1.0, 1.1, 2.0, 2.1 and 2.2 (RFC 8010 §3.1.1); anything else is not an IPP answer.
    if !matches!(version.0, 1 | 2) {
        return Err(IppError::Version(version.0, version.1));
    }
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
                        Some(last) if last.values.len() >= MAX_VALUES => {
                            return Err(IppError::Malformed("too many values"));
                        }
                        Some(last) => last.values.push(value),
                        None => {
                            return Err(IppError::Malformed("an extra value with no attribute"));
                        }
                    }
                } else if attributes.len() >= MAX_ATTRIBUTES {
                    return Err(IppError::Malformed("too many attributes"));
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
