//! LEDM, HP's XML web services (facts/printer-protocols.md §3). Elements are matched by
//! namespace URI and local name, never by prefix: firmwares differ in prefixes. A DTD is
//! refused (no entity expansion), and the node count is bounded.

use roxmltree::{Document, Node, ParsingOptions};

use super::{Adapter, AdapterKind, EwsError, ProductInfo, clean, parse_bool};
use crate::net::nesting::{self, MAX_DOCUMENT};

pub const NS_DD: &str = "http://www.hp.com/schemas/imaging/con/dictionaries/1.0/";
pub const NS_DD3: &str = "http://www.hp.com/schemas/imaging/con/dictionaries/2009/04/06";
pub const NS_IO: &str = "http://www.hp.com/schemas/imaging/con/ledm/iomgmt/2008/11/30";
pub const NS_WIFI: &str = "http://www.hp.com/schemas/imaging/con/wifi/2009/06/26";
pub const NS_LEDM: &str = "http://www.hp.com/schemas/imaging/con/ledm/2007/09/21";
const NS_PRDCFGDYN: &[&str] = &[
    "http://www.hp.com/schemas/imaging/con/ledm/productconfigdyn/2007/11/05",
    "http://www.hp.com/schemas/imaging/con/ledm/productconfigdyn/2009/03/16",
];

/// Well-known paths, for printers without a discovery tree.
pub const DISCOVERY_TREE: &str = "/DevMgmt/DiscoveryTree.xml";
pub const PRODUCT_CONFIG: &str = "/DevMgmt/ProductConfigDyn.xml";
pub const ADAPTERS: &[&str] = &["/IoMgmt/Adapters", "/IoMgmt/Adapters.xml"];
pub const IO_CONFIG: &str = "/DevMgmt/IOConfigDyn.xml";

/// Resources the app must never request: on some firmware `/IoMgmt/Adapters/wifi0/WPS/Pin`
/// hands out the WPS PIN without sign-in (CVE-2013-4807).
pub fn is_forbidden(path: &str) -> bool {
    crate::net::resource::is_wps_path(path)
}

fn parse(xml: &[u8]) -> Result<Document<'_>, EwsError> {
    if xml.len() > MAX_DOCUMENT {
        return Err(EwsError::TooLarge(xml.len()));
    }
    // roxmltree recurses once per level of nesting; a printer nesting thousands of
    // levels would overflow the stack. The pre-check refuses that first, and the parser
    // runs on a stack that holds the deepest nesting this document could reach.
    if nesting::xml_too_deep(xml, nesting::MAX_DEPTH) {
        return Err(EwsError::TooDeep(nesting::MAX_DEPTH));
    }
    let text = std::str::from_utf8(xml).map_err(|e| xml_error(&e))?;
    let opts = ParsingOptions {
        allow_dtd: false,
        nodes_limit: nesting::XML_NODES,
    };
    nesting::on_parser_stack(nesting::parser_stack(xml), || {
        Document::parse_with_options(text, opts)
    })
    .ok_or(EwsError::TooDeep(nesting::MAX_DEPTH))?
    .map_err(|e| xml_error(&e))
}

/// The parser's message quotes the printer's tags: cleaned like any printer text.
fn xml_error(e: &dyn std::fmt::Display) -> EwsError {
    EwsError::Xml(clean(&e.to_string()).unwrap_or_default())
}

fn is(node: &Node<'_, '_>, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(ns)
}

fn child<'a, 'i>(node: Node<'a, 'i>, ns: &str, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is(c, ns, name))
}

fn child_text(node: Node<'_, '_>, ns: &str, name: &str) -> Option<String> {
    clean(child(node, ns, name)?.text()?)
}

fn find_text(node: Node<'_, '_>, ns: &str, name: &str) -> Option<String> {
    clean(node.descendants().find(|c| is(c, ns, name))?.text()?)
}

/// Resource and manifest paths the discovery tree names (forbidden ones left out).
pub fn parse_discovery_tree(xml: &[u8]) -> Result<Vec<String>, EwsError> {
    let doc = parse(xml)?;
    let mut paths: Vec<String> = doc
        .descendants()
        .filter(|n| is(n, NS_DD, "ResourceURI") || is(n, NS_LEDM, "ManifestURI"))
        .filter_map(|n| clean(n.text()?))
        .filter(|p| p.starts_with('/') && !is_forbidden(p))
        .collect();
    paths.dedup();
    Ok(paths)
}

/// `ProductConfigDyn.xml`: model, serial, UUID and the firmware revision and date. The
/// `dd:Version` directly under the root is the schema's version, so the firmware is read
/// from the one inside `ProductInformation`.
pub fn parse_product_config(xml: &[u8]) -> Result<ProductInfo, EwsError> {
    let doc = parse(xml)?;
    let info = doc
        .descendants()
        .find(|n| {
            n.is_element()
                && n.tag_name().name() == "ProductInformation"
                && n.tag_name()
                    .namespace()
                    .is_some_and(|ns| NS_PRDCFGDYN.contains(&ns))
        })
        .ok_or(EwsError::Missing("ProductInformation"))?;
    let version = child(info, NS_DD, "Version");
    Ok(ProductInfo {
        make_and_model: child_text(info, NS_DD, "MakeAndModel"),
        serial: child_text(info, NS_DD, "SerialNumber"),
        uuid: child_text(info, NS_DD, "UUID").map(|u| u.to_ascii_lowercase()),
        product_number: child_text(info, NS_DD, "ProductNumber"),
        firmware: version.and_then(|v| child_text(v, NS_DD, "Revision")),
        firmware_date: version.and_then(|v| child_text(v, NS_DD, "Date")),
    })
}

fn kind_of(port_type: Option<&str>, name: &str) -> AdapterKind {
    let name = name.to_ascii_lowercase();
    match port_type.map(str::to_ascii_lowercase).as_deref() {
        Some("ethernet") => AdapterKind::Ethernet,
        // Wifi1 is the printer's own access point (Wi-Fi Direct) on the models seen.
        Some(_) if name == "wifi1" => AdapterKind::WifiDirect,
        Some(p) if p.starts_with("wifi") => AdapterKind::Wifi,
        _ if name.starts_with("eth") => AdapterKind::Ethernet,
        _ if name == "wifi1" => AdapterKind::WifiDirect,
        _ => AdapterKind::Wifi,
    }
}

/// Some firmwares send the SSID as hexadecimal: decode it when it is clearly that
/// (even length, hex digits only, and the bytes are readable text).
pub fn decode_ssid(raw: &str) -> String {
    let is_hex =
        raw.len() >= 4 && raw.len().is_multiple_of(2) && raw.bytes().all(|b| b.is_ascii_hexdigit());
    if is_hex {
        let bytes: Option<Vec<u8>> = (0..raw.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&raw[i..i + 2], 16).ok())
            .collect();
        if let Some(text) = bytes.and_then(|b| String::from_utf8(b).ok())
            && !text.chars().any(char::is_control)
        {
            return text;
        }
    }
    raw.to_owned()
}

/// `/IoMgmt/Adapters`: one adapter per `io:Adapter`.
pub fn parse_adapters(xml: &[u8]) -> Result<Vec<Adapter>, EwsError> {
    let doc = parse(xml)?;
    let mut out = Vec::new();
    for node in doc.descendants().filter(|n| is(n, NS_IO, "Adapter")) {
        let hw = child(node, NS_IO, "HardwareConfig").unwrap_or(node);
        let name = child_text(hw, NS_DD, "Name").unwrap_or_else(|| "?".into());
        let port = child_text(hw, NS_DD, "DeviceConnectivityPortType");
        let mut a = Adapter::new(name.clone(), kind_of(port.as_deref(), &name));
        a.mac = child_text(hw, NS_DD, "MacAddress").map(|m| format_mac(&m));
        a.connected = child_text(hw, NS_DD, "IsConnected").and_then(|s| parse_bool(&s));
        if let Some(net) = node.descendants().find(|n| is(n, NS_IO, "WifiNetwork")) {
            a.ssid = find_text(net, NS_WIFI, "SSID").map(|s| decode_ssid(&s));
            a.signal_bars = find_text(net, NS_WIFI, "SignalStrength")
                .and_then(|s| s.parse::<u8>().ok())
                .filter(|b| *b <= 5);
            a.signal_dbm = find_text(net, NS_WIFI, "dBm")
                .and_then(|s| s.parse::<i32>().ok())
                .filter(|d| (-150..=0).contains(d));
        }
        out.push(a);
    }
    Ok(out)
}

/// "A0B3CC4F1A2B" or "a0-b3-…" → "a0:b3:cc:4f:1a:2b"; anything else is kept as sent.
pub fn format_mac(raw: &str) -> String {
    let hex: String = raw.chars().filter(char::is_ascii_hexdigit).collect();
    if hex.len() == 12
        && raw
            .chars()
            .all(|c| c.is_ascii_hexdigit() || ":-. ".contains(c))
    {
        let lower = hex.to_ascii_lowercase();
        (0..6)
            .map(|i| &lower[2 * i..2 * i + 2])
            .collect::<Vec<_>>()
            .join(":")
    } else {
        raw.to_owned()
    }
}

/// Address facts per adapter type from `IOConfigDyn.xml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IoConfig {
    pub port_type: Option<String>,
    pub hostname: Option<String>,
    pub ipv4: Option<String>,
    pub ipv4_method: Option<String>,
}

pub fn parse_io_config(xml: &[u8]) -> Result<Vec<IoConfig>, EwsError> {
    let doc = parse(xml)?;
    let configs = doc.descendants().filter(|n| {
        n.is_element()
            && n.tag_name().namespace() == Some(NS_DD3)
            && matches!(
                n.tag_name().name(),
                "NetworkAdaptorConfig" | "IOAdaptorConfig"
            )
    });
    let mut out: Vec<IoConfig> = Vec::new();
    for node in configs {
        // An IOAdaptorConfig may wrap a NetworkAdaptorConfig: read the innermost once.
        if node
            .descendants()
            .skip(1)
            .any(|d| is(&d, NS_DD3, "NetworkAdaptorConfig"))
        {
            continue;
        }
        let ipv4 = node
            .descendants()
            .filter(|n| is(n, NS_DD, "IPAddress"))
            .filter_map(|n| clean(n.text()?))
            .find(|a| a.parse::<std::net::Ipv4Addr>().is_ok());
        let method = find_text(node, NS_DD, "IPConfigMethod")
            .or_else(|| find_text(node, NS_DD, "ConfigMethod"));
        out.push(IoConfig {
            port_type: find_text(node, NS_DD, "DeviceConnectivityPortType"),
            hostname: find_text(node, NS_DD3, "CurrentHostname")
                .or_else(|| find_text(node, NS_DD3, "DefaultHostname")),
            ipv4,
            ipv4_method: method,
        });
    }
    Ok(out)
}

/// Adds the address facts of `IOConfigDyn.xml` to the adapters of the same kind.
pub fn apply_io_config(adapters: &mut [Adapter], configs: &[IoConfig]) {
    for cfg in configs {
        let kind = kind_of(cfg.port_type.as_deref(), "");
        if let Some(a) = adapters.iter_mut().find(|a| a.kind == kind) {
            a.ipv4 = a.ipv4.take().or_else(|| cfg.ipv4.clone());
            a.ipv4_method = a.ipv4_method.take().or_else(|| cfg.ipv4_method.clone());
            a.hostname = a.hostname.take().or_else(|| cfg.hostname.clone());
        }
    }
}
