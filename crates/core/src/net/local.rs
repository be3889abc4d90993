//! This computer's side of the network: its address, its network, and the default
//! gateway (usually the router). Reading these touches no network.

use std::net::{IpAddr, Ipv4Addr};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalNetwork {
    pub interface: String,
    /// This computer's IPv4 addresses with their prefix lengths.
    pub ipv4: Vec<(Ipv4Addr, u8)>,
    /// The default gateway: the router, in a home network.
    pub gateway: Option<IpAddr>,
}

/// The interface that carries the default route, as the operating system reports it.
pub fn detect() -> Option<LocalNetwork> {
    let iface = netdev::get_default_interface().ok()?;
    let gateway = iface.gateway.as_ref().and_then(|g| {
        g.ipv4
            .first()
            .map(|a| IpAddr::V4(*a))
            .or_else(|| g.ipv6.first().map(|a| IpAddr::V6(*a)))
    });
    Some(LocalNetwork {
        interface: iface.friendly_name.clone().unwrap_or(iface.name.clone()),
        ipv4: iface
            .ipv4
            .iter()
            .map(|n| (n.addr(), n.prefix_len()))
            .collect(),
        gateway,
    })
}

impl LocalNetwork {
    /// Whether `ip` is on one of this computer's IPv4 networks.
    pub fn same_subnet(&self, ip: Ipv4Addr) -> bool {
        self.ipv4.iter().any(|(addr, prefix)| {
            let mask = u32::MAX
                .checked_shl(32 - u32::from(*prefix).min(32))
                .unwrap_or(0);
            u32::from(*addr) & mask == u32::from(ip) & mask
        })
    }

    /// Each address with its prefix, "192.168.1.10/24" (people read them joined by
    /// [`crate::words::list`]).
    pub fn address_list(&self) -> Vec<String> {
        self.ipv4.iter().map(|(a, p)| format!("{a}/{p}")).collect()
    }

    /// The addresses in one language-neutral string, for JSON and check details.
    pub fn addresses_text(&self) -> String {
        self.address_list().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets() {
        let n = LocalNetwork {
            interface: "wlan0".into(),
            ipv4: vec![(Ipv4Addr::new(192, 168, 1, 10), 24)],
            gateway: Some(IpAddr::V4(Ipv4Addr::new(192, 168, 1, 1))),
        };
        assert!(n.same_subnet(Ipv4Addr::new(192, 168, 1, 23)));
        assert!(!n.same_subnet(Ipv4Addr::new(192, 168, 2, 23)));
        let wide = LocalNetwork {
            ipv4: vec![(Ipv4Addr::new(10, 1, 2, 3), 8)],
            ..n.clone()
        };
        assert!(wide.same_subnet(Ipv4Addr::new(10, 200, 0, 1)));
        let all = LocalNetwork {
            ipv4: vec![(Ipv4Addr::new(10, 1, 2, 3), 0)],
            ..n
        };
        assert!(all.same_subnet(Ipv4Addr::new(172, 16, 0, 1)));
        assert_eq!(all.addresses_text(), "10.1.2.3/0");
    }
}
