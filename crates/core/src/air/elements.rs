//! The information elements of one access point, as received: (id, length, body) one
//! after another (IEEE 802.11). Every length is checked against what is left; an element
//! that runs past the end stops the walk, and what came before it is kept.

/// Element ids the app reads.
pub const SSID: u8 = 0;
pub const RSN: u8 = 48;
pub const VENDOR: u8 = 221;

/// Vendor element prefixes (OUI and type): the WPS element and the old WPA element
/// (facts/wifi-beacons.md §1–2).
pub const WPS_PREFIX: [u8; 4] = [0x00, 0x50, 0xF2, 0x04];
pub const WPA_PREFIX: [u8; 4] = [0x00, 0x50, 0xF2, 0x01];

/// The longest SSID the standard allows.
pub const MAX_SSID: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Element<'a> {
    pub id: u8,
    pub body: &'a [u8],
}

/// Why the elements could not be read to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementProblem {
    /// Element `id` claims `claimed` bytes, but only `left` follow.
    PastEnd { id: u8, claimed: u8, left: usize },
    /// One byte at the end, too short to be an element.
    TrailingByte,
}

/// Walks the elements; after the walk, [`Walk::problem`] says why it stopped early.
#[derive(Debug, Clone)]
pub struct Walk<'a> {
    rest: &'a [u8],
    problem: Option<ElementProblem>,
}

pub fn walk(ies: &[u8]) -> Walk<'_> {
    Walk {
        rest: ies,
        problem: None,
    }
}

impl Walk<'_> {
    /// Why the walk stopped before the end (none: every element was whole).
    pub fn problem(&self) -> Option<ElementProblem> {
        self.problem
    }
}

impl<'a> Iterator for Walk<'a> {
    type Item = Element<'a>;

    fn next(&mut self) -> Option<Element<'a>> {
        match *self.rest {
            [] => None,
            [_] => {
                self.problem = Some(ElementProblem::TrailingByte);
                self.rest = &[];
                None
            }
            [id, len, ref tail @ ..] => {
                let n = usize::from(len);
                let Some((body, rest)) = tail.split_at_checked(n) else {
                    self.problem = Some(ElementProblem::PastEnd {
                        id,
                        claimed: len,
                        left: tail.len(),
                    });
                    self.rest = &[];
                    return None;
                };
                self.rest = rest;
                Some(Element { id, body })
            }
        }
    }
}

/// The body of a vendor element after `prefix` (OUI and type), if it is one.
pub fn vendor_body<'a>(e: &Element<'a>, prefix: &[u8; 4]) -> Option<&'a [u8]> {
    (e.id == VENDOR)
        .then_some(())
        .and_then(|()| e.body.strip_prefix(prefix.as_slice()))
}

/// The SSID element's bytes (the first one), if there is one.
pub fn ssid(ies: &[u8]) -> Option<&[u8]> {
    walk(ies).find(|e| e.id == SSID).map(|e| e.body)
}

/// A name an access point does not show: no SSID element, an empty one, or only zero
/// bytes (the ways a hidden network leaves its name out).
pub fn is_hidden_ssid(ssid: Option<&[u8]>) -> bool {
    ssid.is_none_or(|s| s.iter().all(|b| *b == 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_whole_elements_and_stops_at_a_broken_one() {
        let ies = [0, 3, b'a', b'b', b'c', 48, 0, 221, 9, 1, 2];
        let mut w = walk(&ies);
        assert_eq!(
            w.next(),
            Some(Element {
                id: 0,
                body: b"abc"
            })
        );
        assert_eq!(w.next(), Some(Element { id: 48, body: &[] }));
        assert_eq!(w.next(), None);
        assert_eq!(
            w.problem(),
            Some(ElementProblem::PastEnd {
                id: 221,
                claimed: 9,
                left: 2
            })
        );
        let mut w = walk(&[0, 0, 7]);
        assert_eq!(w.by_ref().count(), 1);
        assert_eq!(w.problem(), Some(ElementProblem::TrailingByte));
    }

    #[test]
    fn hidden_names() {
        assert!(is_hidden_ssid(None));
        assert!(is_hidden_ssid(Some(b"")));
        assert!(is_hidden_ssid(Some(&[0, 0, 0])));
        assert!(!is_hidden_ssid(Some(b"Home")));
    }
}
