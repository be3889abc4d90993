//! "My printer isn't listed": does anything answer at a typed address on the ports
//! printers use? Each port gets one bounded connection attempt, all at once.

use std::net::{IpAddr, SocketAddr, SocketAddrV6, TcpStream, ToSocketAddrs};
use std::time::Duration;

use super::address::Host;

/// IPP, the web page (HTTP and HTTPS) and raw printing.
pub const PRINTER_PORTS: &[u16] = &[631, 80, 443, 9100];

/// The name could not be found on the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this name could not be found on the network")]
pub struct UnknownName;

/// The address, and the printer ports that answered there.
pub type Reach = Result<(IpAddr, Vec<u16>), UnknownName>;

/// Resolves `host` (IPv4 preferred) and returns the address with the ports that
/// accepted a connection, in the order of `ports`.
pub fn check(host: &Host, ports: &[u16], timeout: Duration) -> Reach {
    let (ip, scope_id) = match host {
        Host::Ip(ip) => (*ip, 0),
        // A zone names an interface; one this computer does not have reaches nothing.
        Host::Scoped(ip, zone) => (IpAddr::V6(*ip), zone.index().ok_or(UnknownName)?),
        Host::Name(name) => (
            (name.as_str(), 0)
                .to_socket_addrs()
                .map_err(|_| UnknownName)?
                .map(|a| a.ip())
                .min_by_key(IpAddr::is_ipv6)
                .ok_or(UnknownName)?,
            0,
        ),
    };
    let addr = move |port| match ip {
        IpAddr::V6(v6) => SocketAddr::V6(SocketAddrV6::new(v6, port, 0, scope_id)),
        IpAddr::V4(_) => SocketAddr::new(ip, port),
    };
    let handles: Vec<_> = ports
        .iter()
        .map(|&port| {
            std::thread::spawn(move || TcpStream::connect_timeout(&addr(port), timeout).is_ok())
        })
        .collect();
    let open = ports
        .iter()
        .zip(handles)
        .filter_map(|(port, h)| h.join().unwrap_or(false).then_some(*port))
        .collect();
    Ok((ip, open))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_listening_port_only() {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let open = l.local_addr().unwrap().port();
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let loopback = Host::parse("127.0.0.1").unwrap();
        let (ip, ports) = check(&loopback, &[closed, open], Duration::from_secs(1)).unwrap();
        assert_eq!(ip.to_string(), "127.0.0.1");
        assert_eq!(ports, vec![open]);
    }
}
