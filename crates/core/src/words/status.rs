//! Short status lines the pages show: the printer ports that answered at a typed address
//! (the scan page).

use super::join::{list, with_note};
use crate::i18n::Localizer;

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

    #[test]
    fn ports_are_worded_in_the_language() {
        let en = Localizer::new("en-US");
        assert_eq!(
            open_ports(&[631, 9100], &en),
            "IPP printing (port 631), raw printing (port 9100)"
        );
        let zh = open_ports(&[80], &Localizer::new("zh-CN"));
        assert!(zh.contains('（') && !zh.contains('('), "{zh}");
    }
}
