//! A printer family: one product series with the facts the app uses.

use serde::{Deserialize, Serialize};

/// How the printer reports its status over the network (HPLIP `status-type`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// HP's XML web services (`/DevMgmt/...`, `/IoMgmt/...`).
    Ledm,
    /// HP's newer JSON services (`/cdm/...`).
    Cdm,
    /// Plain IPP printer attributes.
    Ipp,
    /// Older or unknown status channels.
    #[default]
    Other,
}

impl Protocol {
    /// HPLIP's `status-type` codes (base/codes.py): 10 LEDM, 12 IPP, 13 CDM.
    pub fn from_status_type(code: i64) -> Self {
        match code {
            10 => Protocol::Ledm,
            12 => Protocol::Ipp,
            13 => Protocol::Cdm,
            _ => Protocol::Other,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Ledm => "ledm",
            Protocol::Cdm => "cdm",
            Protocol::Ipp => "ipp",
            Protocol::Other => "other",
        }
    }
}

/// One family of printers sold under related names, with shared facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Family {
    /// Stable id, derived from HPLIP's section name without the leading "hp_".
    pub id: String,
    /// Other section ids folded into this family (HPLIP lists some series twice).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// Display names as printed on the devices and boxes; the first is the main one.
    pub names: Vec<String>,
    /// Has a Wi-Fi radio (HPLIP io-support bit 0x8).
    #[serde(default, skip_serializing_if = "is_false")]
    pub wireless: bool,
    /// Has a wired network port (io-support bit 0x4).
    #[serde(default, skip_serializing_if = "is_false")]
    pub network: bool,
    /// Can be connected by USB (io-support bit 0x2).
    #[serde(default, skip_serializing_if = "is_false")]
    pub usb: bool,
    /// Has an embedded web server (HPLIP embedded-server-type 1).
    #[serde(default, skip_serializing_if = "is_false")]
    pub ews: bool,
    #[serde(default, skip_serializing_if = "is_other")]
    pub protocol: Protocol,
    /// How many HPLIP sections describe this family. HPLIP repeats some popular
    /// series; the search uses this only to order otherwise equal results.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub sections: u32,
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_other(p: &Protocol) -> bool {
    *p == Protocol::Other
}

impl Family {
    /// The name to show first: HPLIP's series name when there is one, else the
    /// series named by the id ("HP OfficeJet Pro 9010 series"), else the first name.
    pub fn name(&self) -> String {
        if let Some(series) = self
            .names
            .iter()
            .find(|n| n.to_ascii_lowercase().ends_with("series"))
        {
            return series.clone();
        }
        if self.id.ends_with("_series") || self.names.is_empty() {
            return self.name_from_id(&self.id);
        }
        self.names[0].clone()
    }

    /// Reads an id such as "laserjet_pro_m428-m429" as a name, spelling each word
    /// the way the family's names do: "HP LaserJet Pro M428-M429".
    pub fn name_from_id(&self, id: &str) -> String {
        name_from_id(id, |part| {
            self.names
                .iter()
                .flat_map(|n| n.split_whitespace())
                .find(|w| w.eq_ignore_ascii_case(part))
        })
    }

    /// Every id this family answers to.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.id.as_str()).chain(self.also.iter().map(String::as_str))
    }
}

/// Reads an HPLIP id as a name. `spelling` gives the usual spelling of a word
/// ("officejet" → "OfficeJet"); model numbers get capital letters before the digits.
pub fn name_from_id<'a>(id: &str, spelling: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::from("HP");
    for part in id.split('_').filter(|p| !p.is_empty()) {
        out.push(' ');
        match spelling(part) {
            Some(w) => out.push_str(w),
            None if part.chars().any(|c| c.is_ascii_digit()) => {
                let mut before_digit = true;
                for c in part.chars() {
                    if c.is_ascii_digit() {
                        before_digit = false;
                    } else if !c.is_ascii_alphabetic() {
                        before_digit = true;
                    }
                    out.push(if before_digit {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    });
                }
            }
            None => out.push_str(part),
        }
    }
    out
}

/// The asset file: a format number, where the facts came from, and the families.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogFile {
    pub format: u32,
    /// A short note on the source, e.g. "HPLIP models.dat" and its checksum.
    pub source: String,
    /// The HPLIP release the model data was taken from ("3.25.8").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hplip: Option<String>,
    pub families: Vec<Family>,
}

pub const FORMAT: u32 = 1;

impl CatalogFile {
    /// Serialises with one family a line, so regenerated assets give readable diffs.
    pub fn to_json_lines(&self) -> String {
        let mut out = String::new();
        out.push_str("{\"format\": ");
        out.push_str(&self.format.to_string());
        out.push_str(", \"source\": ");
        out.push_str(&serde_json::Value::from(self.source.as_str()).to_string());
        if let Some(version) = &self.hplip {
            out.push_str(", \"hplip\": ");
            out.push_str(&serde_json::Value::from(version.as_str()).to_string());
        }
        out.push_str(", \"families\": [\n");
        for (i, f) in self.families.iter().enumerate() {
            if i > 0 {
                out.push_str(",\n");
            }
            // A struct of strings and bools always serialises.
            out.push_str(&serde_json::to_string(f).unwrap_or_default());
        }
        out.push_str("\n]}\n");
        out
    }
}
