//! LEDM's Wi-Fi resources (facts/printer-wifi-setup.md §1), pure: bytes in, values out,
//! and the bodies HPLIP sends. Elements are matched by namespace URI and local name
//! (facts/printer-protocols.md §3). A profile's key block is never read.

use std::net::Ipv4Addr;

use roxmltree::{Document, Node, ParsingOptions};
use zeroize::Zeroizing;

use super::network::{self, Network, Security, Ssid, Wire, word};
use super::problem::VsaCode;
use super::secret::Passphrase;
use crate::net::ews::ledm::{NS_DD, NS_IO, NS_WIFI};
use crate::net::ews::{EwsError, parse_bool};
use crate::net::{clean, nesting};

pub const ADAPTERS: &[&str] = &["/IoMgmt/Adapters", "/IoMgmt/Adapters.xml"];
/// HPLIP's content type for LEDM writes.
pub const CONTENT_TYPE: &str = "text/xml; charset=utf-8";

pub fn adapter_path(name: &str) -> String {
    format!("/IoMgmt/Adapters/{name}")
}
pub fn networks_path(name: &str) -> String {
    format!("/IoMgmt/Adapters/{name}/WifiNetworks")
}
/// A directed scan: `…/WifiNetworks/SSID=<ssid>` (HPLIP puts the name in as text; here
/// it is percent-encoded by the URL, which the facts do not cover [U]).
pub fn directed_scan_path(name: &str, ssid: &str) -> String {
    let mut encoded = String::new();
    for b in ssid.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("/IoMgmt/Adapters/{name}/WifiNetworks/SSID={encoded}")
}
/// The profile to write: `Profiles/Active` (HPLIP), then `Profiles/1`, which one blog
/// found an M28w needed over its setup network [U].
pub fn profile_paths(name: &str) -> [String; 2] {
    [
        format!("/IoMgmt/Adapters/{name}/Profiles/Active"),
        format!("/IoMgmt/Adapters/{name}/Profiles/1"),
    ]
}
pub fn protocols_path(name: &str) -> String {
    format!("/IoMgmt/Adapters/{name}/Protocols")
}
pub fn vsa_path(name: &str) -> String {
    format!("/IoMgmt/Adapters/{name}/VsaCodes.xml")
}

/// Scan lists are the largest LEDM documents: a node bound that a list of a few thousand
/// entries fits (the list is cut to [`network::MAX_NETWORKS`] afterwards).
const NODES_LIMIT: u32 = 400_000;

fn parse(xml: &[u8]) -> Result<Document<'_>, EwsError> {
    if nesting::xml_too_deep(xml, nesting::MAX_DEPTH) {
        return Err(EwsError::TooDeep(nesting::MAX_DEPTH));
    }
    let text = std::str::from_utf8(xml).map_err(|e| xml_error(&e))?;
    let opts = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
    };
    Document::parse_with_options(text, opts).map_err(|e| xml_error(&e))
}

fn xml_error(e: &dyn std::fmt::Display) -> EwsError {
    EwsError::Xml(clean::text(&e.to_string()).unwrap_or_default())
}

fn is(node: &Node<'_, '_>, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(ns)
}

fn child<'a, 'i>(node: Node<'a, 'i>, ns: &str, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is(c, ns, name))
}

/// The raw text of the first descendant `ns:name` (not cleaned: callers clean or decode).
fn raw<'a>(node: Node<'a, '_>, ns: &str, name: &str) -> Option<&'a str> {
    node.descendants().find(|c| is(c, ns, name))?.text()
}

/// One adapter of `/IoMgmt/Adapters`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedmAdapter {
    /// `Wifi0`: the resource paths are built from it (§1).
    pub name: String,
    pub wifi: bool,
    pub ethernet: bool,
    pub power: Option<bool>,
    pub connected: Option<bool>,
    pub ssid: Option<Ssid>,
}

/// A name that can stand in a path: letters and digits only (`Wifi0`, `Eth0`).
fn adapter_name(raw: Option<&str>) -> Option<String> {
    let n = raw?.trim();
    (!n.is_empty() && n.len() <= 32 && n.chars().all(|c| c.is_ascii_alphanumeric()))
        .then(|| n.to_owned())
}

/// An SSID as LEDM sends it: hex of the bytes; HPLIP falls back to the text when it is
/// not hex (§1).
pub fn ssid(raw: Option<&str>) -> Option<Ssid> {
    let raw = raw?.trim();
    Ssid::from_hex(raw).or_else(|| Ssid::from_text(raw))
}

/// Every adapter; the Wi-Fi ones are `wifiEmbedded` or `wifiAccessory` (§1).
pub fn parse_adapters(xml: &[u8]) -> Result<Vec<LedmAdapter>, EwsError> {
    let doc = parse(xml)?;
    let mut out = Vec::new();
    for node in doc
        .descendants()
        .filter(|n| is(n, NS_IO, "Adapter"))
        .take(64)
    {
        let hw = child(node, NS_IO, "HardwareConfig").unwrap_or(node);
        let Some(name) = adapter_name(child(hw, NS_DD, "Name").and_then(|n| n.text())) else {
            continue;
        };
        let port = raw(hw, NS_DD, "DeviceConnectivityPortType").unwrap_or_default();
        let wifi = matches!(port.trim(), "wifiEmbedded" | "wifiAccessory");
        let flag = |n: &str| {
            child(hw, NS_DD, n)
                .and_then(|x| x.text())
                .and_then(parse_bool)
        };
        let ssid = node
            .descendants()
            .find(|n| is(n, NS_IO, "WifiNetwork"))
            .and_then(|net| ssid(raw(net, NS_WIFI, "SSID")));
        out.push(LedmAdapter {
            ethernet: port.trim() == "ethernet" || name.to_ascii_lowercase().starts_with("eth"),
            name,
            wifi,
            power: flag("Power"),
            connected: flag("IsConnected"),
            ssid,
        });
    }
    Ok(out)
}

/// The station adapter: the first Wi-Fi one that is not `Wifi1`, the printer's own
/// access point on the models seen (facts/printer-protocols.md §3).
pub fn station(adapters: &[LedmAdapter]) -> Option<&LedmAdapter> {
    let wifi = || adapters.iter().filter(|a| a.wifi);
    wifi()
        .find(|a| !a.name.eq_ignore_ascii_case("wifi1"))
        .or_else(|| wifi().next())
}

/// What `Profiles/Active` says: the network name and its security words, and the
/// fallback address (§1). The key block is not read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub ssid: Option<Ssid>,
    pub wire: Wire,
    pub ipv4: Option<Ipv4Addr>,
}

pub fn parse_profile(xml: &[u8]) -> Result<Profile, EwsError> {
    let doc = parse(xml)?;
    let root = doc.root();
    let wifi_profile = root.descendants().find(|n| is(n, NS_IO, "WifiProfile"));
    let in_profile = |name: &str| wifi_profile.and_then(|p| child(p, NS_WIFI, name)?.text());
    let ipv4 = root
        .descendants()
        .find(|n| is(n, NS_IO, "IPv4Network"))
        .and_then(|n| raw(n, NS_DD, "IPAddress"))
        .and_then(|a| a.trim().parse().ok());
    Ok(Profile {
        ssid: ssid(in_profile("SSID")),
        wire: Wire {
            communication_mode: word(in_profile("CommunicationMode")),
            encryption_type: word(in_profile("EncryptionType")),
            ..Wire::default()
        },
        ipv4,
    })
}

/// `Protocols`: the adapter's IPv4 address (§1).
pub fn parse_protocols(xml: &[u8]) -> Result<Option<Ipv4Addr>, EwsError> {
    let doc = parse(xml)?;
    Ok(doc
        .descendants()
        .filter(|n| is(n, NS_DD, "IPv4Address"))
        .filter_map(|n| n.text()?.trim().parse().ok())
        .next())
}

/// `WifiNetworks`: each `io:WifiNetwork` (§1), bounded.
pub fn parse_networks(xml: &[u8]) -> Result<Vec<Network>, EwsError> {
    let doc = parse(xml)?;
    let mut list = Vec::new();
    for node in doc.descendants().filter(|n| is(n, NS_IO, "WifiNetwork")) {
        let Some(ssid) = ssid(raw(node, NS_WIFI, "SSID")) else {
            continue;
        };
        let encryption = word(raw(node, NS_WIFI, "EncryptionType"));
        let authentication = word(raw(node, NS_WIFI, "AuthenticationMode"));
        let security = Security::from_words(&[encryption.as_deref(), authentication.as_deref()]);
        list.push(Network {
            ssid,
            bssid: network::bssid(raw(node, NS_WIFI, "BSSID")),
            channel: network::channel(raw(node, NS_WIFI, "Channel")),
            security,
            signal: network::bars(raw(node, NS_WIFI, "SignalStrength")),
            wire: Wire {
                communication_mode: word(raw(node, NS_WIFI, "CommunicationMode")),
                encryption_type: encryption,
                authentication_mode: authentication,
                wpa_version: None,
            },
        });
    }
    Ok(network::bounded(list))
}

/// `VsaCodes.xml`: the diagnostic codes' numbers ("603" from `VSA603` or `603`).
pub fn parse_vsa(xml: &[u8]) -> Result<Vec<VsaCode>, EwsError> {
    let doc = parse(xml)?;
    Ok(doc
        .descendants()
        .filter(|n| is(n, NS_WIFI, "RuleNumber"))
        .filter_map(|n| {
            let digits: String = n
                .text()?
                .chars()
                .filter(char::is_ascii_digit)
                .take(6)
                .collect();
            (!digits.is_empty()).then_some(VsaCode(digits))
        })
        .take(32)
        .collect())
}

const NAMESPACES: &str = concat!(
    "xmlns:io=\"http://www.hp.com/schemas/imaging/con/ledm/iomgmt/2008/11/30\" ",
    "xmlns:dd=\"http://www.hp.com/schemas/imaging/con/dictionaries/1.0/\""
);

/// The radio on: payload 1 (OfficeJet/Photosmart), then payload 2 (LaserJet) (§1).
pub fn power_on_bodies() -> [String; 2] {
    let hw = "<io:HardwareConfig><dd:Power>on</dd:Power></io:HardwareConfig>";
    [
        format!("<io:Adapters {NAMESPACES}><io:Adapter>{hw}</io:Adapter></io:Adapters>"),
        format!("<io:Adapter {NAMESPACES}>{hw}</io:Adapter>"),
    ]
}

/// The associate body (§1): SSID and passphrase hex-encoded, communication mode and
/// encryption from the scan entry, authentication `open` without the key block when the
/// encryption is `none`, else the encryption's value. The buffer is wiped on drop.
pub fn associate_body(
    ssid: &Ssid,
    wire: &Wire,
    passphrase: Option<&Passphrase>,
) -> Zeroizing<Vec<u8>> {
    let mode = wire.communication_mode.as_deref().unwrap_or_default();
    let encryption = wire.encryption_type.as_deref().unwrap_or("none");
    let open = encryption.eq_ignore_ascii_case("none") || passphrase.is_none();
    let authentication = if open { "open" } else { encryption };
    let mut body = Zeroizing::new(String::new());
    body.push_str(&format!(
        "<io:Profile xmlns:io=\"{NS_IO}\" xmlns:dd=\"{NS_DD}\" xmlns:wifi=\"{NS_WIFI}\">\
         <io:AdapterProfile><io:WifiProfile><wifi:SSID>{}</wifi:SSID>\
         <wifi:CommunicationMode>{mode}</wifi:CommunicationMode>\
         <wifi:EncryptionType>{encryption}</wifi:EncryptionType>\
         <wifi:AuthenticationMode>{authentication}</wifi:AuthenticationMode>",
        ssid.to_hex()
    ));
    if let (false, Some(p)) = (open, passphrase) {
        body.push_str(
            "<io:KeyInfo><io:WpaPassPhraseInfo><wifi:RsnEncryption>AESOrTKIP</wifi:RsnEncryption>\
             <wifi:RsnAuthorization>autoWPA</wifi:RsnAuthorization><wifi:PassPhrase>",
        );
        let hex = Zeroizing::new(network::encode_hex(p.expose().as_bytes()));
        body.push_str(&hex);
        body.push_str("</wifi:PassPhrase></io:WpaPassPhraseInfo></io:KeyInfo>");
    }
    body.push_str("</io:WifiProfile></io:AdapterProfile></io:Profile>");
    Zeroizing::new(body.as_bytes().to_vec())
}
