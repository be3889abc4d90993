//! The Get-Printer-Attributes request (RFC 8011 §4.2.5).

use super::tags::{TAG_END, TAG_OPERATION, tag};

/// Operation code of Get-Printer-Attributes.
const GET_PRINTER_ATTRIBUTES: u16 = 0x000B;

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

pub(super) fn put(out: &mut Vec<u8>, tag: u8, name: &str, value: &[u8]) {
    // Names and values here are short constants or a URI the app built.
    let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
    let value_len = u16::try_from(value.len()).unwrap_or(u16::MAX);
    out.push(tag);
    out.extend_from_slice(&name_len.to_be_bytes());
    out.extend_from_slice(&name.as_bytes()[..usize::from(name_len)]);
    out.extend_from_slice(&value_len.to_be_bytes());
    out.extend_from_slice(&value[..usize::from(value_len)]);
}
