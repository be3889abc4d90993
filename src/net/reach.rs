//! "My printer isn't listed": does anything answer at a typed address on the ports
//! printers use? Each port gets one bounded connection attempt, all at once.

use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs};
use std::time::Duration;

/// IPP, the web page (HTTP and HTTPS) and raw printing.
pub const PRINTER_PORTS: &[u16] = &[631, 80, 443, 9100];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReachError {
    #[error("this is not an address or a printer name")]
    NotAnAddress,
    #[error("this name could not be found on the network")]
    UnknownName,
}

/// The address, and the printer ports that answered there.
pub type Reach = Result<(IpAddr, Vec<u16>), ReachError>;

/// Resolves `input` (an IPv4/IPv6 address or a host name) and returns the address with
/// the ports that accepted a connection, in the order of `ports`.
pub fn check(
    input: &str,
    ports: &[u16],
    timeout: Duration,
) -> Result<(IpAddr, Vec<u16>), ReachError> {
    let host = input.trim().trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() || host.len() > 253 || host.contains(['/', ' ', '@', '?', '#']) {
        return Err(ReachError::NotAnAddress);
    }
    let ip = match host.parse::<IpAddr>() {
        Ok(ip) => ip,
        Err(_) => (host, 0)
            .to_socket_addrs()
            .map_err(|_| ReachError::UnknownName)?
            .map(|a| a.ip())
            .min_by_key(IpAddr::is_ipv6)
            .ok_or(ReachError::UnknownName)?,
    };
    let handles: Vec<_> = ports
        .iter()
        .map(|&port| {
            std::thread::spawn(move || {
                TcpStream::connect_timeout(&SocketAddr::new(ip, port), timeout).is_ok()
            })
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
        let (ip, ports) = check("127.0.0.1", &[closed, open], Duration::from_secs(1)).unwrap();
        assert_eq!(ip.to_string(), "127.0.0.1");
        assert_eq!(ports, vec![open]);
        assert_eq!(
            check("not an address", &[open], Duration::from_secs(1)),
            Err(ReachError::NotAnAddress)
        );
        assert_eq!(
            check("", &[open], Duration::from_secs(1)),
            Err(ReachError::NotAnAddress)
        );
    }
}
