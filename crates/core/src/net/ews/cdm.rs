//! CDM, HP's JSON API on newer models (facts/printer-protocols.md §4). Unknown keys are
//! normal; numbers and booleans may arrive as strings.

use serde_json::Value;

use super::{EwsError, ProductInfo, clean, parse_bool};
use crate::net::nesting::{self, MAX_DOCUMENT};

pub const IDENTITY: &str = "/cdm/system/v1/identity";
pub const DISCOVERY_SERVICES: &str = "/cdm/network/v1/discoveryServices";

fn parse(json: &[u8]) -> Result<Value, EwsError> {
    if json.len() > MAX_DOCUMENT {
        return Err(EwsError::TooLarge(json.len()));
    }
    // Refused before parsing: serde_json would stop at 128 levels, but a flat count
    // bounds it far lower and costs one pass.
    if nesting::json_too_deep(json, nesting::MAX_DEPTH) {
        return Err(EwsError::TooDeep(nesting::MAX_DEPTH));
    }
    serde_json::from_slice(json)
        .map_err(|e| EwsError::Json(clean(&e.to_string()).unwrap_or_default()))
}

/// A string, or a number written as text.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => clean(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `/cdm/system/v1/identity`.
pub fn parse_identity(json: &[u8]) -> Result<ProductInfo, EwsError> {
    let v = parse(json)?;
    if !v.is_object() {
        return Err(EwsError::Missing("an identity object"));
    }
    let model = &v["makeAndModel"];
    Ok(ProductInfo {
        make_and_model: text(model.get("name")).or_else(|| text(model.get("base"))),
        serial: text(v.get("serialNumber")),
        uuid: text(v.get("deviceUuid")).map(|u| u.to_ascii_lowercase()),
        product_number: text(v.get("productNumber")),
        firmware: text(v.get("firmwareVersion")).or_else(|| text(v.get("firmwareRelease"))),
        firmware_date: text(v.get("firmwareDateCode")),
    })
}

/// `/cdm/network/v1/discoveryServices`: the Bonjour name and whether Bonjour is on.
pub fn parse_bonjour(json: &[u8]) -> Result<(Option<String>, Option<bool>), EwsError> {
    let v = parse(json)?;
    let b = &v["bonjour"];
    let enabled = match b.get("enabled") {
        Some(Value::Bool(x)) => Some(*x),
        Some(Value::String(s)) => parse_bool(s),
        _ => None,
    };
    Ok((text(b.get("serviceName")), enabled))
}
