//! A fake LEDM printer for the Wi-Fi tests, behaving as facts/printer-wifi-setup.md §1
//! says: adapters with `wifiEmbedded` Wi-Fi; the radio on by PUT (payload 1 or 2); the
//! scan answering 202 while it runs; SSIDs and passphrases as hex; the profile written by
//! PUT `Profiles/Active`; the address in `Protocols` (0.0.0.0 until joined); `VsaCodes`
//! saying VSA603 after a wrong password. Its active profile carries a key block with the
//! old password, which the app must never read out.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use super::wifi_printer::{Handler, Reply, Seen, WifiServer, between, hex, serve, unhex};

pub const NS: &str = concat!(
    r#"xmlns:io="http://www.hp.com/schemas/imaging/con/ledm/iomgmt/2008/11/30" "#,
    r#"xmlns:dd="http://www.hp.com/schemas/imaging/con/dictionaries/1.0/" "#,
    r#"xmlns:wifi="http://www.hp.com/schemas/imaging/con/wifi/2009/06/26""#
);
/// The password the printer keeps for its current network (never to be read out).
pub const OLD_PASSPHRASE: &str = "old-ledm-secret-on-printer";
/// The address the printer reports once joined (documentation range: never contacted).
pub const JOINED_IP: &str = "192.0.2.77";

/// One network the printer sees: name bytes, EncryptionType, bars, channel.
pub type Net = (Vec<u8>, &'static str, u8, u16);

pub struct LedmOptions {
    pub radio_on: bool,
    /// Which radio payload the model takes (1: OfficeJet, 2: LaserJet); the other gets 500.
    pub payload: u8,
    /// How many 202 answers before the list.
    pub scanning: usize,
    pub networks: Vec<Net>,
    /// The list's XML instead of `networks`.
    pub networks_xml: Option<String>,
    /// The password that joins (any network in the list).
    pub password: String,
    /// Writes need HTTP Basic `admin:<this>`.
    pub admin: Option<String>,
    /// Writes to the profile answer 302 to this URL.
    pub redirect: Option<String>,
    /// Reads of the adapters after the write before it says connected.
    pub join_after: usize,
    pub cable: bool,
}

impl Default for LedmOptions {
    fn default() -> Self {
        Self {
            radio_on: true,
            payload: 1,
            scanning: 2,
            networks: vec![
                (b"HomeWiFi".to_vec(), "WPA_PSK", 5, 6),
                ("Café ☕".as_bytes().to_vec(), "WPA_PSK", 3, 11),
                (b"OpenNet".to_vec(), "none", 2, 1),
            ],
            networks_xml: None,
            password: "correct horse battery".into(),
            admin: None,
            redirect: None,
            join_after: 2,
            cable: true,
        }
    }
}

#[derive(Debug, Default)]
pub struct LedmState {
    pub power: bool,
    pub connected: Option<Vec<u8>>,
    /// The network being joined, and whether the password was right.
    pub pending: Option<(Vec<u8>, bool)>,
    pub reads_since_write: usize,
    pub vsa: Vec<String>,
    pub scans_left: usize,
    /// Every profile body written.
    pub written: Vec<String>,
}

fn adapters(s: &LedmState, cable: bool) -> String {
    let power = if s.power { "on" } else { "off" };
    let wifi_net = s
        .connected
        .as_ref()
        .map(|ssid| format!("<io:WifiNetwork><wifi:SSID>{}</wifi:SSID><io:SignalInfo><wifi:SignalStrength>4</wifi:SignalStrength></io:SignalInfo></io:WifiNetwork>", hex(ssid)))
        .unwrap_or_default();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><io:Adapters {NS}>
<io:Adapter><io:HardwareConfig><dd:Name>Eth0</dd:Name><dd:Power>on</dd:Power><dd:DeviceConnectivityPortType>ethernet</dd:DeviceConnectivityPortType><dd:IsConnected>{cable}</dd:IsConnected></io:HardwareConfig></io:Adapter>
<io:Adapter><io:HardwareConfig><dd:Name>Wifi0</dd:Name><dd:Power>{power}</dd:Power><dd:DeviceConnectivityPortType>wifiEmbedded</dd:DeviceConnectivityPortType><dd:IsConnected>{}</dd:IsConnected></io:HardwareConfig>{wifi_net}</io:Adapter>
<io:Adapter><io:HardwareConfig><dd:Name>Wifi1</dd:Name><dd:DeviceConnectivityPortType>wifiEmbedded</dd:DeviceConnectivityPortType><dd:IsConnected>true</dd:IsConnected></io:HardwareConfig></io:Adapter>
</io:Adapters>"#,
        s.connected.is_some()
    )
}

pub fn networks_xml(list: &[Net]) -> String {
    let mut x = format!(r#"<?xml version="1.0" encoding="UTF-8"?><io:WifiNetworks {NS}>"#);
    for (i, (ssid, enc, bars, ch)) in list.iter().enumerate() {
        x.push_str(&format!(
            "<io:WifiNetwork><wifi:SSID>{}</wifi:SSID><wifi:BSSID>A0B3CC{:06X}</wifi:BSSID><wifi:Channel>{ch}</wifi:Channel><wifi:CommunicationMode>infrastructure</wifi:CommunicationMode><wifi:EncryptionType>{enc}</wifi:EncryptionType><io:SignalInfo><wifi:dBm>-50</wifi:dBm><wifi:SignalStrength>{bars}</wifi:SignalStrength></io:SignalInfo></io:WifiNetwork>",
            hex(ssid),
            i
        ));
    }
    x.push_str("</io:WifiNetworks>");
    x
}

fn profile(s: &LedmState) -> String {
    let ssid = s.connected.clone().unwrap_or_else(|| b"OldNet".to_vec());
    format!(
        r#"<io:Profile {NS}><io:AdapterProfile><io:WifiProfile><wifi:SSID>{}</wifi:SSID><wifi:CommunicationMode>infrastructure</wifi:CommunicationMode><wifi:EncryptionType>WPA_PSK</wifi:EncryptionType><io:KeyInfo><io:WpaPassPhraseInfo><wifi:PassPhrase>{}</wifi:PassPhrase></io:WpaPassPhraseInfo></io:KeyInfo></io:WifiProfile></io:AdapterProfile></io:Profile>"#,
        hex(&ssid),
        hex(OLD_PASSPHRASE.as_bytes())
    )
}

/// `Basic base64(admin:password)`.
pub fn basic(password: &str) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let plain = format!("admin:{password}");
    let mut out = String::from("Basic ");
    for c in plain.as_bytes().chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            out.push(if i <= c.len() {
                A[((n >> (18 - 6 * i)) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

fn handle(o: &LedmOptions, s: &Mutex<LedmState>, r: &Seen) -> Reply {
    let mut s = s.lock().unwrap();
    let writes_ok = o
        .admin
        .as_ref()
        .is_none_or(|pw| r.header("authorization") == Some(basic(pw).as_str()));
    match (r.method.as_str(), r.path.as_str()) {
        ("GET", "/IoMgmt/Adapters") => {
            if s.pending.is_some() {
                s.reads_since_write += 1;
                if s.reads_since_write >= o.join_after
                    && let Some((ssid, right)) = s.pending.take()
                {
                    if right {
                        s.connected = Some(ssid);
                    } else {
                        s.vsa = vec!["VSA603".into()];
                    }
                }
            }
            Reply::xml(adapters(&s, o.cable && s.connected.is_none()))
        }
        ("PUT", "/IoMgmt/Adapters/Wifi0") if !writes_ok => Reply::status("401 Unauthorized"),
        ("PUT", "/IoMgmt/Adapters/Wifi0") => {
            let body = String::from_utf8_lossy(&r.body);
            let root_adapter = body.starts_with("<io:Adapter ");
            let fits = (o.payload == 2) == root_adapter;
            if fits && body.contains("<dd:Power>on</dd:Power>") {
                s.power = true;
                Reply::status("204 No Content")
            } else {
                Reply::status("500 Internal Server Error")
            }
        }
        ("GET", "/IoMgmt/Adapters/Wifi0/WifiNetworks") if !s.power => Reply::status("409 Conflict"),
        ("GET", "/IoMgmt/Adapters/Wifi0/WifiNetworks") => {
            if s.scans_left > 0 {
                s.scans_left -= 1;
                return Reply::status("202 Accepted");
            }
            s.scans_left = o.scanning;
            Reply::xml(
                o.networks_xml
                    .clone()
                    .unwrap_or_else(|| networks_xml(&o.networks)),
            )
        }
        ("GET", p) if p.starts_with("/IoMgmt/Adapters/Wifi0/WifiNetworks/SSID=") => {
            Reply::xml(networks_xml(&[]))
        }
        ("GET", "/IoMgmt/Adapters/Wifi0/Profiles/Active") => Reply::xml(profile(&s)),
        ("PUT", "/IoMgmt/Adapters/Wifi0/Profiles/Active") => {
            if let Some(to) = &o.redirect {
                let mut reply = Reply::status("302 Found");
                reply.headers.push(("Location".into(), to.clone()));
                return reply;
            }
            if !writes_ok {
                return Reply::status("401 Unauthorized");
            }
            let body = String::from_utf8_lossy(&r.body).into_owned();
            s.written.push(body.clone());
            let ssid = unhex(between(&body, "<wifi:SSID>", "</wifi:SSID>").unwrap_or_default());
            let given = between(&body, "<wifi:PassPhrase>", "</wifi:PassPhrase>").map(unhex);
            let enc = o.networks.iter().find(|n| n.0 == ssid).map(|n| n.1);
            let right = match enc {
                Some("none") => given.is_none(),
                Some(_) => given.as_deref() == Some(o.password.as_bytes()),
                None => false,
            };
            s.vsa.clear();
            s.pending = Some((ssid, right));
            s.reads_since_write = 0;
            Reply::status("200 OK")
        }
        ("GET", "/IoMgmt/Adapters/Wifi0/Protocols") => {
            let ip = if s.connected.is_some() {
                JOINED_IP
            } else {
                "0.0.0.0"
            };
            Reply::xml(format!(
                "<io:Protocols {NS}><io:Protocol><io:Addresses><io:IPv4Addresses><io:IPv4Address><dd:IPv4Address>{ip}</dd:IPv4Address></io:IPv4Address></io:IPv4Addresses></io:Addresses></io:Protocol></io:Protocols>"
            ))
        }
        ("GET", "/IoMgmt/Adapters/Wifi0/VsaCodes.xml") => {
            let codes: String = s
                .vsa
                .iter()
                .map(|c| format!("<wifi:VsaCode><dd:Severity>Error</dd:Severity><wifi:RuleNumber>{c}</wifi:RuleNumber></wifi:VsaCode>"))
                .collect();
            Reply::xml(format!("<io:VsaCodes {NS}>{codes}</io:VsaCodes>"))
        }
        _ => Reply::status("404 Not Found"),
    }
}

pub fn ledm_printer(o: LedmOptions, tls: bool) -> (WifiServer, Arc<Mutex<LedmState>>) {
    let state = Arc::new(Mutex::new(LedmState {
        power: o.radio_on,
        scans_left: o.scanning,
        ..LedmState::default()
    }));
    let s = state.clone();
    let handler: Handler = Arc::new(move |r| handle(&o, &s, r));
    (serve(handler, tls), state)
}
