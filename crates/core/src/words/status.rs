//! Short status lines the pages show: the printer on Wi-Fi (the printer page's notice)
//! and the printer ports that answered at a typed address (the scan page).

use super::join::{list, with_note};
use super::printer::signal;
use crate::i18n::Localizer;
use crate::net::ews::Adapter;

/// "Connected to Wi-Fi “Home”, 192.168.1.23, signal good": a connected Wi-Fi adapter
/// as the printer page's notice says it.
pub fn wifi_status(a: &Adapter, l: &Localizer) -> String {
    let mut parts = vec![l.t_args(
        "printer-on-wifi",
        &[("ssid", a.ssid.clone().unwrap_or_default().into())],
    )];
    parts.extend(a.ipv4.clone());
    parts.extend(a.signal_bars.map(|b| signal(b, l)));
    list(l, &parts)
}

/// What a printer port is for: "printing (IPP)", "web page", …
pub fn port_name(port: u16, l: &Localizer) -> String {
    l.t(match port {
        631 => "scan-port-ipp",
        80 => "scan-port-web",
        443 => "scan-port-web-secure",
        _ => "scan-port-raw",
    })
}

/// The ports that answered, each with its number: "printing (IPP) (631), web page (80)".
pub fn open_ports(ports: &[u16], l: &Localizer) -> String {
    let named: Vec<String> = ports
        .iter()
        .map(|p| {
            let number = l.t_args("scan-port-number", &[("port", p.to_string().into())]);
            with_note(l, &port_name(*p, l), &number)
        })
        .collect();
    list(l, &named)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::ews::AdapterKind;

    #[test]
    fn wifi_status_and_ports_are_worded_in_the_language() {
        let a = Adapter {
            connected: Some(true),
            ssid: Some("Home".into()),
            ipv4: Some("192.168.1.23".into()),
            signal_bars: Some(4),
            ..Adapter::new("Wifi0", AdapterKind::Wifi)
        };
        let en = Localizer::new("en-US");
        assert_eq!(
            wifi_status(&a, &en),
            "Connected to Wi-Fi “Home”, 192.168.1.23, signal good"
        );
        assert_eq!(
            open_ports(&[631, 9100], &en),
            "IPP printing (port 631), raw printing (port 9100)"
        );
        let zh = open_ports(&[80], &Localizer::new("zh-CN"));
        assert!(zh.contains('（') && !zh.contains('('), "{zh}");
    }
}
