//! HP printers seen in the air: the networks a printer runs itself (facts/wifi-beacons.md
//! §4, facts/printer-protocols.md §5). A Wi-Fi Direct name is `DIRECT-`, two characters,
//! `-HP ` and the model; a printer in setup mode offers a setup network (seen as
//! "HP-Setup…"; the exact naming is not established, so the WPS element's manufacturer
//! counts too). Each is listed with the model it names.

use super::bss::Bss;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterNetwork {
    /// The printer is in setup mode, waiting to be put on a network.
    Setup,
    /// The printer's own Wi-Fi Direct network.
    Direct,
}

impl PrinterNetwork {
    pub fn key(self) -> &'static str {
        match self {
            PrinterNetwork::Setup => "setup",
            PrinterNetwork::Direct => "direct",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterInAir {
    /// The network's name (cleaned).
    pub ssid: String,
    /// The model the network names, or its WPS element says.
    pub model: Option<String>,
    pub kind: PrinterNetwork,
    pub signal_dbm: Option<i32>,
}

/// "HP", "HP Inc.", "Hewlett-Packard" — not "HPE" or "Hewlett Packard Enterprise",
/// which make access points, not printers.
fn is_hp_maker(m: &str) -> bool {
    let m = m.to_ascii_lowercase();
    let hp = m.contains("hewlett")
        || m.strip_prefix("hp")
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric()));
    hp && !m.contains("enterprise")
}

/// `DIRECT-xx-` and what follows, for a Wi-Fi Direct name.
fn direct_rest(ssid: &str) -> Option<&str> {
    let rest = ssid.strip_prefix("DIRECT-")?;
    let (tag, rest) = rest.split_at_checked(2)?;
    tag.chars()
        .all(|c| c.is_ascii_alphanumeric())
        .then_some(())?;
    rest.strip_prefix('-')
}

/// "HP DeskJet 3630 series" from "HP DeskJet 3630 series" (the part after `DIRECT-xx-`).
fn hp_model_in(rest: &str) -> Option<Option<String>> {
    let lower = rest.to_ascii_lowercase();
    if lower == "hp" {
        return Some(None);
    }
    lower
        .starts_with("hp ")
        .then(|| Some(rest.trim().to_owned()).filter(|m| m.len() > 2))
}

/// What kind of printer network `b` is, with the model it names.
pub fn classify(b: &Bss) -> Option<(PrinterNetwork, Option<String>)> {
    let ssid = b.ssid.as_deref()?;
    let wps = b.wps.as_ref();
    let wps_says_hp = wps
        .and_then(|w| w.manufacturer.as_deref())
        .is_some_and(is_hp_maker);
    let wps_model = wps
        .and_then(|w| w.model_name.clone())
        .filter(|_| wps_says_hp);
    if let Some(rest) = direct_rest(ssid) {
        return match hp_model_in(rest) {
            Some(model) => Some((PrinterNetwork::Direct, wps_model.or(model))),
            None if wps_says_hp => Some((PrinterNetwork::Direct, wps_model)),
            None => None,
        };
    }
    if ssid.to_ascii_lowercase().starts_with("hp-setup") || wps_says_hp {
        return Some((PrinterNetwork::Setup, wps_model));
    }
    None
}

/// Every HP printer network in the air, strongest first, one entry per name.
pub fn find(all: &[Bss]) -> Vec<PrinterInAir> {
    let mut out: Vec<PrinterInAir> = Vec::new();
    for b in all {
        let Some((kind, model)) = classify(b) else {
            continue;
        };
        let ssid = b.ssid.clone().unwrap_or_default();
        match out.iter_mut().find(|p| p.ssid == ssid) {
            Some(p) => {
                p.signal_dbm = p.signal_dbm.max(b.signal_dbm);
                p.model = p.model.take().or(model);
            }
            None => out.push(PrinterInAir {
                ssid,
                model,
                kind,
                signal_dbm: b.signal_dbm,
            }),
        }
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.signal_dbm));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_makers() {
        assert!(is_hp_maker("HP"));
        assert!(is_hp_maker("HP Inc."));
        assert!(is_hp_maker("Hewlett-Packard"));
        assert!(!is_hp_maker("HPE Aruba"));
        assert!(!is_hp_maker("Hewlett Packard Enterprise"));
        assert!(!is_hp_maker("Hewlett-Packard Enterprise Development LP"));
        assert!(!is_hp_maker("HP Enterprise"));
        assert!(!is_hp_maker("TP-Link"));
        assert_eq!(
            direct_rest("DIRECT-AD-HP DeskJet 3630 series"),
            Some("HP DeskJet 3630 series")
        );
        assert_eq!(direct_rest("DIRECT-A-HP"), None);
        assert_eq!(
            hp_model_in("HP Smart Tank"),
            Some(Some("HP Smart Tank".into()))
        );
        assert_eq!(hp_model_in("BRAVIA"), None);
    }
}
