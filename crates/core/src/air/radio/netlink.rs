//! Netlink messages for nl80211, built and read without I/O (the kernel's
//! `include/uapi/linux/netlink.h`, `genetlink.h` and `nl80211.h`): a request is a netlink
//! header, a generic netlink header and attributes; an answer is one or more messages.
//! Every length is checked against what is left; reading stops at the first one that
//! does not fit, so a damaged answer yields what came before it and never panics.

use crate::air::bss::RawBss;

pub const NLMSG_HDRLEN: usize = 16;
pub const NLMSG_ERROR: u16 = 2;
pub const NLMSG_DONE: u16 = 3;
pub const NLM_F_REQUEST: u16 = 1;
pub const NLM_F_DUMP: u16 = 0x300;
pub const NLA_TYPE_MASK: u16 = 0x3FFF;

pub const GENL_ID_CTRL: u16 = 16;
pub const CTRL_CMD_GETFAMILY: u8 = 3;
pub const CTRL_ATTR_FAMILY_ID: u16 = 1;
pub const CTRL_ATTR_FAMILY_NAME: u16 = 2;

/// nl80211 commands and attributes (values from `include/uapi/linux/nl80211.h`).
pub mod nl80211 {
    pub const CMD_GET_INTERFACE: u8 = 5;
    pub const CMD_NEW_INTERFACE: u8 = 7;
    pub const CMD_GET_SCAN: u8 = 32;
    pub const CMD_NEW_SCAN_RESULTS: u8 = 34;
    pub const ATTR_IFINDEX: u16 = 3;
    pub const ATTR_IFNAME: u16 = 4;
    pub const ATTR_IFTYPE: u16 = 5;
    pub const ATTR_BSS: u16 = 47;
    pub const BSS_BSSID: u16 = 1;
    pub const BSS_FREQUENCY: u16 = 2;
    pub const BSS_INFORMATION_ELEMENTS: u16 = 6;
    pub const BSS_SIGNAL_MBM: u16 = 7;
    pub const BSS_STATUS: u16 = 9;
    pub const BSS_SEEN_MS_AGO: u16 = 10;
    pub const BSS_BEACON_IES: u16 = 11;
    pub const BSS_STATUS_ASSOCIATED: u32 = 1;
}

fn align4(n: usize) -> usize {
    n.saturating_add(3) & !3
}

/// A request: netlink header, generic netlink header (`cmd`, version 1), attributes.
pub fn request(family: u16, flags: u16, seq: u32, cmd: u8, attrs: &[(u16, &[u8])]) -> Vec<u8> {
    let mut body = vec![cmd, 1, 0, 0];
    for (kind, value) in attrs {
        let len = 4 + value.len();
        body.extend_from_slice(&(len as u16).to_ne_bytes());
        body.extend_from_slice(&kind.to_ne_bytes());
        body.extend_from_slice(value);
        body.resize(align4(body.len()), 0);
    }
    let mut out = Vec::with_capacity(NLMSG_HDRLEN + body.len());
    out.extend_from_slice(&((NLMSG_HDRLEN + body.len()) as u32).to_ne_bytes());
    out.extend_from_slice(&family.to_ne_bytes());
    out.extend_from_slice(&(flags | NLM_F_REQUEST).to_ne_bytes());
    out.extend_from_slice(&seq.to_ne_bytes());
    out.extend_from_slice(&0u32.to_ne_bytes());
    out.extend_from_slice(&body);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message<'a> {
    pub kind: u16,
    pub flags: u16,
    pub seq: u32,
    pub payload: &'a [u8],
}

impl Message<'_> {
    /// For `NLMSG_ERROR` and `NLMSG_DONE`: the error number they carry (0: none).
    pub fn error(&self) -> i32 {
        self.payload
            .first_chunk::<4>()
            .map_or(0, |b| i32::from_ne_bytes(*b))
    }
}

/// The messages of one datagram.
pub fn messages(buf: &[u8]) -> impl Iterator<Item = Message<'_>> {
    let mut rest = buf;
    std::iter::from_fn(move || {
        let head = rest.first_chunk::<NLMSG_HDRLEN>()?;
        let len = u32::from_ne_bytes([head[0], head[1], head[2], head[3]]) as usize;
        if len < NLMSG_HDRLEN || len > rest.len() {
            rest = &[];
            return None;
        }
        let m = Message {
            kind: u16::from_ne_bytes([head[4], head[5]]),
            flags: u16::from_ne_bytes([head[6], head[7]]),
            seq: u32::from_ne_bytes([head[8], head[9], head[10], head[11]]),
            payload: &rest[NLMSG_HDRLEN..len],
        };
        rest = rest.get(align4(len)..).unwrap_or_default();
        Some(m)
    })
}

/// Attributes: (type without the nested and byte-order flags, value).
pub fn attrs(buf: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut rest = buf;
    std::iter::from_fn(move || {
        let head = rest.first_chunk::<4>()?;
        let len = usize::from(u16::from_ne_bytes([head[0], head[1]]));
        if len < 4 || len > rest.len() {
            rest = &[];
            return None;
        }
        let kind = u16::from_ne_bytes([head[2], head[3]]) & NLA_TYPE_MASK;
        let value = &rest[4..len];
        rest = rest.get(align4(len)..).unwrap_or_default();
        Some((kind, value))
    })
}

/// A generic netlink message's command and attributes.
pub fn genl(payload: &[u8]) -> Option<(u8, impl Iterator<Item = (u16, &[u8])>)> {
    let (head, rest) = payload.split_first_chunk::<4>()?;
    Some((head[0], attrs(rest)))
}

fn u16_of(v: &[u8]) -> Option<u16> {
    v.first_chunk::<2>().map(|b| u16::from_ne_bytes(*b))
}

fn u32_of(v: &[u8]) -> Option<u32> {
    v.first_chunk::<4>().map(|b| u32::from_ne_bytes(*b))
}

/// The family id in a `CTRL_CMD_GETFAMILY` answer.
pub fn family_id(payload: &[u8]) -> Option<u16> {
    let (_, mut a) = genl(payload)?;
    a.find(|(k, _)| *k == CTRL_ATTR_FAMILY_ID)
        .and_then(|(_, v)| u16_of(v))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interface {
    pub index: u32,
    pub name: Option<String>,
    pub iftype: Option<u32>,
}

/// One interface of a `NL80211_CMD_GET_INTERFACE` dump.
pub fn interface(payload: &[u8]) -> Option<Interface> {
    let (cmd, a) = genl(payload)?;
    if cmd != nl80211::CMD_NEW_INTERFACE {
        return None;
    }
    let (mut index, mut name, mut iftype) = (None, None, None);
    for (k, v) in a {
        match k {
            nl80211::ATTR_IFINDEX => index = u32_of(v),
            nl80211::ATTR_IFNAME => {
                name = crate::clean::text(&String::from_utf8_lossy(v));
            }
            nl80211::ATTR_IFTYPE => iftype = u32_of(v),
            _ => {}
        }
    }
    Some(Interface {
        index: index?,
        name,
        iftype,
    })
}

/// One access point of a `NL80211_CMD_GET_SCAN` dump; none without an address and a
/// frequency.
pub fn bss(payload: &[u8]) -> Option<RawBss> {
    let (cmd, mut a) = genl(payload)?;
    if cmd != nl80211::CMD_NEW_SCAN_RESULTS {
        return None;
    }
    let (_, nested) = a.find(|(k, _)| *k == nl80211::ATTR_BSS)?;
    let (mut bssid, mut freq) = (None, None);
    let mut b = RawBss::default();
    for (k, v) in attrs(nested) {
        match k {
            nl80211::BSS_BSSID => bssid = <[u8; 6]>::try_from(v).ok(),
            nl80211::BSS_FREQUENCY => freq = u32_of(v),
            nl80211::BSS_INFORMATION_ELEMENTS => b.ies = v.to_vec(),
            nl80211::BSS_BEACON_IES => b.beacon_ies = Some(v.to_vec()),
            nl80211::BSS_SIGNAL_MBM => {
                b.signal_dbm = u32_of(v).map(|m| (f64::from(m as i32) / 100.0).round() as i32);
            }
            nl80211::BSS_SEEN_MS_AGO => b.seen_ms_ago = u32_of(v),
            nl80211::BSS_STATUS => {
                b.associated = u32_of(v) == Some(nl80211::BSS_STATUS_ASSOCIATED);
            }
            _ => {}
        }
    }
    b.bssid = bssid?;
    b.freq_mhz = freq?;
    // Keep the beacon's elements only when they differ (a hidden name, for one).
    if b.beacon_ies.as_ref() == Some(&b.ies) {
        b.beacon_ies = None;
    }
    if b.ies.is_empty()
        && let Some(beacon) = b.beacon_ies.take()
    {
        b.ies = beacon;
    }
    Some(b)
}
