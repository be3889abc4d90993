//! The kernel's cached scan results through nl80211 (facts/wifi-beacons.md §3):
//! `NL80211_CMD_GET_SCAN` needs no privilege. Blocking generic netlink on one socket, with
//! a receive timeout and caps on what is read; the messages are read by [`super::netlink`].
//! No Wi-Fi driver, no Wi-Fi interface or no netlink (a sandbox) each become an
//! [`Unavailable`] value, never an error chain.

use std::io;
use std::time::Duration;

use netlink_sys::{Socket, protocols::NETLINK_GENERIC};

use super::netlink::{self, Interface, NLM_F_DUMP, NLMSG_DONE, NLMSG_ERROR, nl80211};
use crate::air::bss::RawBss;
use crate::air::reading::Unavailable;

/// How long one answer may take (the kernel answers at once; this only bounds a fault).
const TIMEOUT: Duration = Duration::from_secs(2);
/// One datagram; the kernel's dump messages are smaller.
const BUFFER: usize = 64 * 1024;
/// Caps on one reading.
const MAX_BYTES: usize = 32 * 1024 * 1024;
const MAX_BSS: usize = 4096;
const MAX_INTERFACES: usize = 64;

const ENOENT: i32 = 2;

/// Every access point the kernel holds for every Wi-Fi interface.
pub fn read() -> Result<Vec<RawBss>, Unavailable> {
    let mut s = Genl::open().map_err(|e| {
        tracing::info!("no generic netlink socket: {e}");
        match e.raw_os_error() {
            Some(libc::EAFNOSUPPORT | libc::EPROTONOSUPPORT | libc::EPERM | libc::EACCES) => {
                Unavailable::NotAllowed
            }
            _ => Unavailable::Failed,
        }
    })?;
    let family = match s.family(b"nl80211\0") {
        Ok(Some(id)) => id,
        // No nl80211 family: no Wi-Fi driver is loaded.
        Ok(None) => return Err(Unavailable::NoWifi),
        Err(e) => return Err(failed("nl80211 family", &e)),
    };
    let interfaces = s.interfaces(family).map_err(|e| failed("interfaces", &e))?;
    if interfaces.is_empty() {
        return Err(Unavailable::NoWifi);
    }
    let mut out = Vec::new();
    for i in &interfaces {
        match s.scan(family, i.index, MAX_BSS.saturating_sub(out.len())) {
            Ok(list) => out.extend(list),
            Err(e) => tracing::info!(interface = ?i.name, "scan results not read: {e}"),
        }
    }
    Ok(out)
}

fn failed(what: &str, e: &io::Error) -> Unavailable {
    tracing::warn!("nl80211 {what}: {e}");
    Unavailable::Failed
}

struct Genl {
    socket: Socket,
    seq: u32,
    buf: Vec<u8>,
}

impl Genl {
    fn open() -> io::Result<Self> {
        let mut socket = Socket::new(NETLINK_GENERIC)?;
        socket.bind_auto()?;
        set_receive_timeout(&socket, TIMEOUT)?;
        Ok(Self {
            socket,
            seq: 0,
            buf: Vec::with_capacity(BUFFER),
        })
    }

    /// Sends one request and hands each answer message's payload to `each` until the
    /// answer ends (`dump`: at `NLMSG_DONE`; otherwise after the first message). A
    /// negative error number comes back as `Err(errno)`.
    fn exchange(
        &mut self,
        request: Vec<u8>,
        dump: bool,
        mut each: impl FnMut(&[u8]) -> bool,
    ) -> io::Result<Result<(), i32>> {
        self.seq = self.seq.wrapping_add(1);
        let seq = self.seq;
        let mut request = request;
        if let Some(s) = request.get_mut(8..12) {
            s.copy_from_slice(&seq.to_ne_bytes());
        }
        self.socket.send(&request, 0)?;
        let mut total = 0usize;
        loop {
            self.buf.clear();
            let n = self.socket.recv(&mut self.buf, 0)?;
            total = total.saturating_add(n);
            if total > MAX_BYTES {
                return Err(io::Error::other("answer too large"));
            }
            for m in netlink::messages(&self.buf).filter(|m| m.seq == seq) {
                match m.kind {
                    NLMSG_ERROR | NLMSG_DONE if m.error() < 0 => return Ok(Err(-m.error())),
                    NLMSG_ERROR | NLMSG_DONE => return Ok(Ok(())),
                    _ => {
                        let more = each(m.payload);
                        if !dump || !more {
                            return Ok(Ok(()));
                        }
                    }
                }
            }
        }
    }

    /// A generic netlink family's id (none when the kernel has no such family).
    fn family(&mut self, name: &[u8]) -> io::Result<Option<u16>> {
        let req = netlink::request(
            netlink::GENL_ID_CTRL,
            0,
            0,
            netlink::CTRL_CMD_GETFAMILY,
            &[(netlink::CTRL_ATTR_FAMILY_NAME, name)],
        );
        let mut id = None;
        match self.exchange(req, false, |p| {
            id = netlink::family_id(p);
            false
        })? {
            Ok(()) => Ok(id),
            Err(ENOENT) => Ok(None),
            Err(errno) => Err(io::Error::from_raw_os_error(errno)),
        }
    }

    fn interfaces(&mut self, family: u16) -> io::Result<Vec<Interface>> {
        let req = netlink::request(family, NLM_F_DUMP, 0, nl80211::CMD_GET_INTERFACE, &[]);
        let mut out: Vec<Interface> = Vec::new();
        let answer = self.exchange(req, true, |p| {
            if let Some(i) = netlink::interface(p)
                && !out.iter().any(|o| o.index == i.index)
            {
                out.push(i);
            }
            out.len() < MAX_INTERFACES
        })?;
        answer.map_err(io::Error::from_raw_os_error)?;
        Ok(out)
    }

    fn scan(&mut self, family: u16, ifindex: u32, max: usize) -> io::Result<Vec<RawBss>> {
        let index = ifindex.to_ne_bytes();
        let req = netlink::request(
            family,
            NLM_F_DUMP,
            0,
            nl80211::CMD_GET_SCAN,
            &[(nl80211::ATTR_IFINDEX, &index)],
        );
        let mut out = Vec::new();
        let answer = self.exchange(req, true, |p| {
            out.extend(netlink::bss(p));
            out.len() < max
        })?;
        answer.map_err(io::Error::from_raw_os_error)?;
        Ok(out)
    }
}

/// SO_RCVTIMEO, so a receive never waits forever.
fn set_receive_timeout(socket: &Socket, timeout: Duration) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let tv = libc::timeval {
        tv_sec: timeout.as_secs() as libc::time_t,
        tv_usec: libc::suseconds_t::from(timeout.subsec_micros() as i32),
    };
    // SAFETY: `tv` is a valid timeval for the duration of the call, and its size is given.
    let rc = unsafe {
        libc::setsockopt(
            socket.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_RCVTIMEO,
            (&raw const tv).cast(),
            std::mem::size_of::<libc::timeval>() as libc::socklen_t,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same client against the real kernel, on a family every Linux has: generic
    /// netlink's own controller. Skipped where netlink is not allowed (a sandbox).
    #[test]
    fn talks_to_the_kernels_generic_netlink() {
        let Ok(mut s) = Genl::open() else {
            eprintln!("no generic netlink here: skipped");
            return;
        };
        assert_eq!(s.family(b"nlctrl\0").unwrap(), Some(netlink::GENL_ID_CTRL));
        assert_eq!(s.family(b"no-such-family\0").unwrap(), None);
        // A dump, ended by NLMSG_DONE: every family the kernel knows.
        let req = netlink::request(
            netlink::GENL_ID_CTRL,
            NLM_F_DUMP,
            0,
            netlink::CTRL_CMD_GETFAMILY,
            &[],
        );
        let mut ids = Vec::new();
        let answer = s
            .exchange(req, true, |p| {
                ids.extend(netlink::family_id(p));
                true
            })
            .unwrap();
        assert_eq!(answer, Ok(()));
        assert!(ids.contains(&netlink::GENL_ID_CTRL), "{ids:?}");
        // The socket is still in step after the dump.
        assert_eq!(s.family(b"nlctrl\0").unwrap(), Some(netlink::GENL_ID_CTRL));
    }
}
