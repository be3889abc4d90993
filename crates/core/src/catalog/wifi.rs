//! Wi-Fi as three answers, yes, no or not known, with where the answer came from.
//!
//! HPLIP's wireless bit says yes; its absence alone is not a no, because HPLIP leaves it
//! out on some wireless families. Other honest signals: the printer itself (a Wi-Fi
//! adapter in its probe answer), and HP's model letters, where a "w" after the number
//! means Wi-Fi (LaserJets and current inkjets: dw, fdw, cdw, nw, sdw, we). "No" is said
//! only when HPLIP lists the model's connections as USB only and nothing says otherwise.

use super::family::{Family, Protocol};
use super::lines::{self, Line, Typed};
use super::tokens::{ModelNo, Token, tokenize};
use crate::net::ews::{Adapter, AdapterKind};

/// Where a Wi-Fi answer comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WifiSource {
    /// Yes: the printer reported a Wi-Fi adapter when it was asked.
    Printer,
    /// Yes: HPLIP's model data has the wireless bit (io-support 0x8).
    Hplip,
    /// Yes: a "w" in the model's letters after the number.
    ModelName,
    /// Not known: some of the family's models have a "w" in their letters.
    SomeModels,
    /// Not known: the typed letters have a "w", but the family lists that number only
    /// with other letters (so the typed model is not one of its names).
    ModelNameNotInFamily,
    /// Not known: HPLIP lists a network socket but not Wi-Fi (it misses Wi-Fi on some).
    HplipNetworkOnly,
    /// No: HPLIP lists only USB (or parallel) for the model.
    HplipUsbOnly,
    /// Not known: HPLIP lists only USB, but the printer answered on the network.
    HplipUsbOnlyOnNetwork,
    /// Not known: HPLIP lists none of the model's connections.
    HplipNothing,
    /// Not known: the model is not in the catalog.
    NotInList,
}

impl WifiSource {
    /// Stable names for scripts (`lookup --json`).
    pub fn as_str(self) -> &'static str {
        match self {
            WifiSource::Printer => "printer",
            WifiSource::Hplip => "hplip",
            WifiSource::ModelName => "model-name",
            WifiSource::SomeModels => "some-models",
            WifiSource::ModelNameNotInFamily => "model-name-not-in-family",
            WifiSource::HplipNetworkOnly => "hplip-network-only",
            WifiSource::HplipUsbOnly => "hplip-usb-only",
            WifiSource::HplipUsbOnlyOnNetwork => "hplip-usb-only-but-on-network",
            WifiSource::HplipNothing => "hplip-no-connections",
            WifiSource::NotInList => "not-in-list",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WifiAnswer {
    /// Some(true) yes, Some(false) no, None not known.
    pub has_wifi: Option<bool>,
    pub source: WifiSource,
}

impl WifiAnswer {
    fn yes(source: WifiSource) -> Self {
        Self {
            has_wifi: Some(true),
            source,
        }
    }
    fn unknown(source: WifiSource) -> Self {
        Self {
            has_wifi: None,
            source,
        }
    }
}

/// HP's letters state Wi-Fi for laser lines, and for inkjet lines on current models:
/// those that report status over HP's web services or IPP, or that are newer than
/// the list. (Old DeskJets and Photosmarts used a "w" for other things.)
fn letters_speak(lines: &[Line], family: Option<&Family>) -> bool {
    let current = family.is_none_or(|f| f.protocol != Protocol::Other);
    lines.iter().any(|l| {
        l.is_laser() || (current && !matches!(l, Line::ScanJet | Line::DesignJet | Line::Psc))
    })
}

fn has_w(m: &ModelNo) -> bool {
    m.suffix.contains('w')
}

fn first_model(name: &str) -> Option<ModelNo> {
    tokenize(name, false)
        .tokens
        .into_iter()
        .find_map(|t| match t {
            Token::Model(m) => Some(m),
            _ => None,
        })
}

/// The typed letters speak for this family unless the family names the typed number
/// only with other letters: "1022nw" is not the family of the 1022n. A name without
/// letters stands for all of them, as in the search ("P1102" for "P1102w").
fn letters_fit(family: Option<&Family>, typed: &ModelNo) -> bool {
    let Some(f) = family else { return true };
    let same_number: Vec<ModelNo> = f
        .names
        .iter()
        .filter_map(|n| first_model(n))
        .filter(|m| m.prefix == typed.prefix && m.number == typed.number)
        .collect();
    let bare = typed.suffix.strip_suffix('e').unwrap_or(&typed.suffix);
    same_number.is_empty()
        || same_number
            .iter()
            .any(|m| m.suffix.is_empty() || m.suffix == typed.suffix || m.suffix == bare)
}

/// What the family's own names say: all have a "w" (yes), some do (not known), or
/// none or the letters do not speak here (nothing).
fn family_names(f: &Family) -> Option<WifiAnswer> {
    let (mut with_w, mut models) = (0, 0);
    for name in &f.names {
        let Some(m) = first_model(name) else {
            continue;
        };
        if !letters_speak(&lines::typed(&tokenize(name, false)), Some(f)) {
            continue;
        }
        models += 1;
        if has_w(&m) {
            with_w += 1;
        }
    }
    match with_w {
        0 => None,
        n if n == models => Some(WifiAnswer::yes(WifiSource::ModelName)),
        _ => Some(WifiAnswer::unknown(WifiSource::SomeModels)),
    }
}

/// The Wi-Fi answer for the person's printer: the catalog family they chose (if any),
/// what they typed (the model's letters), and what the printer itself reported when
/// it was found on the network (its adapters; `None` when it was not asked).
pub fn answer(family: Option<&Family>, typed: &Typed, printer: Option<&[Adapter]>) -> WifiAnswer {
    if printer.is_some_and(|adapters| {
        adapters
            .iter()
            .any(|a| matches!(a.kind, AdapterKind::Wifi | AdapterKind::WifiDirect))
    }) {
        return WifiAnswer::yes(WifiSource::Printer);
    }
    if family.is_some_and(|f| f.wireless) {
        return WifiAnswer::yes(WifiSource::Hplip);
    }
    let lines = match (typed.lines.is_empty(), family) {
        (false, _) => typed.lines.clone(),
        (true, Some(f)) => f
            .names
            .iter()
            .flat_map(|n| lines::typed(&tokenize(n, false)))
            .collect(),
        (true, None) => Vec::new(),
    };
    let typed_w =
        typed.model.as_ref().filter(|m| has_w(m)).is_some() && letters_speak(&lines, family);
    if typed_w && typed.model.as_ref().is_some_and(|m| letters_fit(family, m)) {
        return WifiAnswer::yes(WifiSource::ModelName);
    }
    let Some(f) = family else {
        return WifiAnswer::unknown(WifiSource::NotInList);
    };
    if let Some(said) = family_names(f) {
        return said;
    }
    if f.network {
        WifiAnswer::unknown(WifiSource::HplipNetworkOnly)
    } else if f.usb && printer.is_some() {
        WifiAnswer::unknown(WifiSource::HplipUsbOnlyOnNetwork)
    } else if typed_w {
        // The typed "w" is not this family's, but it forbids a "no".
        WifiAnswer::unknown(WifiSource::ModelNameNotInFamily)
    } else if f.usb {
        WifiAnswer {
            has_wifi: Some(false),
            source: WifiSource::HplipUsbOnly,
        }
    } else {
        WifiAnswer::unknown(WifiSource::HplipNothing)
    }
}
