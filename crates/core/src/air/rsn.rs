//! How a network is secured (facts/wifi-beacons.md §2): the RSN element (id 48) — version
//! u16 LE, group cipher suite, pairwise suites, AKM suites, RSN capabilities, each field
//! optional from the end — and the old WPA element (vendor 00:50:F2 type 1). Counts are
//! checked against what is left: the whole suites that fit are kept, and the shortfall
//! is reported.

/// Suites of the IEEE 802.11 OUI 00:0F:AC.
pub const IEEE_OUI: [u8; 3] = [0x00, 0x0F, 0xAC];
/// RSN capabilities: management frame protection required / capable.
pub const MFPR: u16 = 1 << 6;
pub const MFPC: u16 = 1 << 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suite {
    pub oui: [u8; 3],
    pub kind: u8,
}

impl Suite {
    fn from(b: [u8; 4]) -> Self {
        Suite {
            oui: [b[0], b[1], b[2]],
            kind: b[3],
        }
    }

    fn ieee(self) -> Option<u8> {
        (self.oui == IEEE_OUI).then_some(self.kind)
    }

    /// "00-0f-ac:6": a suite the app has no name for.
    pub fn text(self) -> String {
        let [a, b, c] = self.oui;
        format!("{a:02x}-{b:02x}-{c:02x}:{}", self.kind)
    }
}

/// Authentication and key management.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Akm {
    Ieee8021x,
    Psk,
    Sae,
    Owe,
    Other(Suite),
}

impl Akm {
    fn from(s: Suite) -> Self {
        match s.ieee() {
            Some(1) => Akm::Ieee8021x,
            Some(2) => Akm::Psk,
            Some(8) => Akm::Sae,
            Some(18) => Akm::Owe,
            _ => Akm::Other(s),
        }
    }

    pub fn key(self) -> String {
        match self {
            Akm::Ieee8021x => "802.1x".into(),
            Akm::Psk => "psk".into(),
            Akm::Sae => "sae".into(),
            Akm::Owe => "owe".into(),
            Akm::Other(s) => s.text(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cipher {
    Tkip,
    Ccmp,
    Other(Suite),
}

impl Cipher {
    fn from(s: Suite) -> Self {
        match s.ieee() {
            Some(2) => Cipher::Tkip,
            Some(4) => Cipher::Ccmp,
            _ => Cipher::Other(s),
        }
    }

    pub fn key(self) -> String {
        match self {
            Cipher::Tkip => "tkip".into(),
            Cipher::Ccmp => "ccmp".into(),
            Cipher::Other(s) => s.text(),
        }
    }
}

/// Which field of the RSN element was cut short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsnProblem {
    /// Shorter than its two-byte version.
    NoVersion,
    GroupCipher,
    Pairwise,
    Akm,
    Capabilities,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rsn {
    pub version: u16,
    pub group: Option<Cipher>,
    pub pairwise: Vec<Cipher>,
    pub akms: Vec<Akm>,
    pub capabilities: Option<u16>,
}

impl Rsn {
    pub fn pmf_required(&self) -> bool {
        self.capabilities.is_some_and(|c| c & MFPR != 0)
    }
    pub fn pmf_capable(&self) -> bool {
        self.capabilities.is_some_and(|c| c & MFPC != 0)
    }
}

/// How one access point is secured.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Security {
    pub rsn: Option<Rsn>,
    /// The old WPA element is there too.
    pub wpa1: bool,
}

impl Security {
    pub fn has(&self, akm: Akm) -> bool {
        self.rsn.as_ref().is_some_and(|r| r.akms.contains(&akm))
    }

    pub fn pmf_required(&self) -> bool {
        self.rsn.as_ref().is_some_and(Rsn::pmf_required)
    }

    /// WPA without WPA2, or an RSN element whose pairwise ciphers are all TKIP: the
    /// "WPA/TKIP without WPA2/CCMP" that makes hostapd turn WPS off (facts/wps.md §1.10).
    pub fn tkip_only(&self) -> bool {
        match &self.rsn {
            None => self.wpa1,
            Some(r) => !r.pairwise.is_empty() && r.pairwise.iter().all(|c| *c == Cipher::Tkip),
        }
    }

    /// Neither an RSN nor a WPA element: an open network, or the old WEP. Which of the two
    /// is in the beacon's capability field, not in its elements.
    pub fn is_open_or_wep(&self) -> bool {
        self.rsn.is_none() && !self.wpa1
    }
}

/// A u16 count and that many 4-byte suites; the whole ones that fit are returned, with
/// whether some were missing.
fn suites(rest: &mut &[u8]) -> Option<(Vec<Suite>, bool)> {
    let (count, tail) = rest.split_first_chunk::<2>()?;
    let count = usize::from(u16::from_le_bytes(*count));
    let fit = count.min(tail.len() / 4);
    let (list, after) = tail.split_at(fit * 4);
    *rest = after;
    let out = list
        .chunks_exact(4)
        .filter_map(|c| <[u8; 4]>::try_from(c).ok())
        .map(Suite::from)
        .collect();
    Some((out, fit < count))
}

/// Reads an RSN element's body. Fields absent from the end are simply absent.
pub fn parse(body: &[u8]) -> (Rsn, Option<RsnProblem>) {
    let mut r = Rsn::default();
    let Some((version, mut rest)) = body.split_first_chunk::<2>() else {
        return (r, Some(RsnProblem::NoVersion));
    };
    r.version = u16::from_le_bytes(*version);
    if rest.is_empty() {
        return (r, None);
    }
    let Some((group, tail)) = rest.split_first_chunk::<4>() else {
        return (r, Some(RsnProblem::GroupCipher));
    };
    r.group = Some(Cipher::from(Suite::from(*group)));
    rest = tail;
    for field in [RsnProblem::Pairwise, RsnProblem::Akm] {
        if rest.is_empty() {
            return (r, None);
        }
        let Some((list, short)) = suites(&mut rest) else {
            return (r, Some(field));
        };
        if field == RsnProblem::Pairwise {
            r.pairwise = list.into_iter().map(Cipher::from).collect();
        } else {
            r.akms = list.into_iter().map(Akm::from).collect();
        }
        if short {
            return (r, Some(field));
        }
    }
    if rest.is_empty() {
        return (r, None);
    }
    match rest.split_first_chunk::<2>() {
        Some((caps, _)) => {
            r.capabilities = Some(u16::from_le_bytes(*caps));
            (r, None)
        }
        None => (r, Some(RsnProblem::Capabilities)),
    }
}
