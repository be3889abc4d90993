//! One printer's identity merged from every protocol that answered, with the source of
//! each fact, so the person (and support) can see where a value came from.

use serde_json::json;

use super::ews::{Adapter, ProductInfo};
use super::ipp::IppFacts;
use super::problem::{Problem, ProblemKind};
pub use super::source::Source;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced {
    pub value: String,
    pub source: Source,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub model: Option<Sourced>,
    pub serial: Option<Sourced>,
    pub firmware: Option<Sourced>,
    pub firmware_date: Option<Sourced>,
    pub uuid: Option<Sourced>,
    pub adapters: Vec<Adapter>,
    pub sources: Vec<Source>,
    /// Plain-language notes: disagreements between sources, resources that failed.
    pub problems: Vec<Problem>,
}

/// What each protocol returned (None: it did not answer or is not on this model).
#[derive(Debug, Clone, Default)]
pub struct Answers {
    pub ipp: Option<IppFacts>,
    pub ledm: Option<ProductInfo>,
    pub cdm: Option<ProductInfo>,
    pub adapters: Vec<Adapter>,
}

/// The first source that has a value, in the order given.
fn first(candidates: &[(Source, Option<&String>)]) -> Option<Sourced> {
    candidates.iter().find_map(|(source, v)| {
        v.map(|value| Sourced {
            value: value.clone(),
            source: *source,
        })
    })
}

/// Merges the answers. The web server's product pages are preferred for identity (they
/// name the exact model and firmware); IPP fills what they lack.
pub fn merge(a: &Answers) -> Identity {
    let ledm = a.ledm.as_ref();
    let cdm = a.cdm.as_ref();
    let ipp = a.ipp.as_ref();
    let pick = |f: fn(&ProductInfo) -> Option<&String>, ipp_value: Option<&String>| {
        first(&[
            (Source::Ledm, ledm.and_then(f)),
            (Source::Cdm, cdm.and_then(f)),
            (Source::Ipp, ipp_value),
        ])
    };
    let mut id = Identity {
        model: pick(
            |p| p.make_and_model.as_ref(),
            ipp.and_then(|i| i.make_and_model.as_ref()),
        ),
        serial: pick(|p| p.serial.as_ref(), None),
        firmware: pick(
            |p| p.firmware.as_ref(),
            ipp.and_then(|i| i.firmware.as_ref()),
        ),
        firmware_date: pick(|p| p.firmware_date.as_ref(), None),
        uuid: pick(|p| p.uuid.as_ref(), ipp.and_then(|i| i.uuid.as_ref())),
        adapters: a.adapters.clone(),
        ..Identity::default()
    };
    for (source, present) in [
        (Source::Ipp, a.ipp.is_some()),
        (Source::Ledm, a.ledm.is_some() || !a.adapters.is_empty()),
        (Source::Cdm, a.cdm.is_some()),
    ] {
        if present {
            id.sources.push(source);
        }
    }
    // Two different UUIDs mean two devices answered on one address (or a proxy): say so.
    let uuids: Vec<(Source, &String)> = [
        (Source::Ledm, ledm.and_then(|p| p.uuid.as_ref())),
        (Source::Cdm, cdm.and_then(|p| p.uuid.as_ref())),
        (Source::Ipp, ipp.and_then(|i| i.uuid.as_ref())),
    ]
    .into_iter()
    .filter_map(|(s, u)| u.map(|u| (s, u)))
    .collect();
    if let Some((s0, u0)) = uuids.first()
        && let Some((s1, u1)) = uuids.iter().find(|(_, u)| u != u0)
    {
        id.problems.push(Problem::new(
            "",
            ProblemKind::TwoIdentities {
                first: (*s0, (*u0).clone()),
                second: (*s1, (*u1).clone()),
            },
        ));
    }
    id
}

impl Identity {
    /// The `probe --json` document (issue 7's shape).
    pub fn to_json(&self, address: &str) -> serde_json::Value {
        let v = |s: &Option<Sourced>| s.as_ref().map(|s| s.value.clone());
        json!({
            "address": address,
            "model": v(&self.model),
            "serial": v(&self.serial),
            "firmware": v(&self.firmware),
            "firmware_date": v(&self.firmware_date),
            "uuid": v(&self.uuid),
            "sources": self.sources.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            "adapters": self.adapters.iter().map(|a| json!({
                "name": a.name,
                "kind": a.kind.as_str(),
                "connected": a.connected,
                "mac": a.mac,
                "ipv4": a.ipv4,
                "hostname": a.hostname,
                "ssid": a.ssid,
                "signal": a.signal_bars,
            })).collect::<Vec<_>>(),
            // One entry per cause, with a stable kind scripts can test.
            "problems": self.problems.iter().map(|p| json!({
                "kind": p.kind.key(),
                "where": p.sources_text(),
                "text": p.to_string(),
            })).collect::<Vec<_>>(),
        })
    }

    /// The Wi-Fi adapter that is connected, if any: the moment the app waits for.
    pub fn connected_wifi(&self) -> Option<&Adapter> {
        self.adapters
            .iter()
            .find(|a| a.kind == super::ews::AdapterKind::Wifi && a.connected == Some(true))
    }
}
