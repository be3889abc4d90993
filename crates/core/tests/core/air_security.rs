//! The RSN element, built here byte by byte from IEEE 802.11: the usual networks (WPA2,
//! WPA3, transition, enterprise, OWE), fields that end early, and counts past the end;
//! and the security a network's warnings come from (WEP or open, TKIP only, transition
//! mode with management frame protection required).

use wps_pin_core::air::RawBss;
use wps_pin_core::air::build::{self, AKM_PSK, AKM_SAE, CIPHER_CCMP, CIPHER_TKIP};
use wps_pin_core::air::networks::{Air, Context, Warning};
use wps_pin_core::air::reading::{Reading, ScanRequest, Source};
use wps_pin_core::air::rsn::{self, Akm, Cipher, RsnProblem};

/// A reading made after a finished scan: the whole air.
fn assess(list: Vec<RawBss>) -> Air {
    let reading = Reading {
        scan: ScanRequest::Finished,
        ..Reading::new(Source::Nl80211, list)
    };
    Air::assess(&reading, &Context::default())
}

fn suite(t: u8) -> [u8; 4] {
    [0x00, 0x0F, 0xAC, t]
}

#[test]
fn rsn_variants() {
    let body = |group: u8, pairwise: &[u8], akms: &[u8], caps: Option<u16>| {
        let mut b = 1u16.to_le_bytes().to_vec();
        b.extend(suite(group));
        b.extend((pairwise.len() as u16).to_le_bytes());
        pairwise.iter().for_each(|p| b.extend(suite(*p)));
        b.extend((akms.len() as u16).to_le_bytes());
        akms.iter().for_each(|a| b.extend(suite(*a)));
        if let Some(c) = caps {
            b.extend(c.to_le_bytes());
        }
        b
    };
    let (wpa2, p) = rsn::parse(&body(4, &[4], &[2], Some(0)));
    assert_eq!((wpa2.akms.as_slice(), p), (&[Akm::Psk][..], None));
    assert_eq!(wpa2.group, Some(Cipher::Ccmp));
    assert!(!wpa2.pmf_required() && !wpa2.pmf_capable());
    let (wpa3, _) = rsn::parse(&body(4, &[4], &[8], Some(0x00C0)));
    assert_eq!(wpa3.akms, [Akm::Sae]);
    assert!(wpa3.pmf_required() && wpa3.pmf_capable());
    let (mixed, _) = rsn::parse(&body(2, &[4, 2], &[2, 8], Some(0x0080)));
    assert_eq!(mixed.akms, [Akm::Psk, Akm::Sae]);
    assert_eq!(mixed.pairwise, [Cipher::Ccmp, Cipher::Tkip]);
    assert_eq!(mixed.group, Some(Cipher::Tkip));
    assert!(!mixed.pmf_required() && mixed.pmf_capable());
    let (ent, _) = rsn::parse(&body(4, &[4], &[1, 18, 6], None));
    assert_eq!(ent.akms[..2], [Akm::Ieee8021x, Akm::Owe]);
    assert_eq!(ent.akms[2].key(), "00-0f-ac:6");
    assert_eq!(ent.capabilities, None);
    let mut vendor = body(4, &[4], &[2], None);
    vendor[14..18].copy_from_slice(&[0x00, 0x50, 0xF2, 0x02]);
    assert_eq!(rsn::parse(&vendor).0.akms[0].key(), "00-50-f2:2");
    // Fields may end early: version only, version and group.
    assert_eq!(
        rsn::parse(&[1, 0]),
        (
            rsn::Rsn {
                version: 1,
                ..Default::default()
            },
            None
        )
    );
    let (g, p) = rsn::parse(&[1, 0, 0x00, 0x0F, 0xAC, 4]);
    assert_eq!((g.group, p), (Some(Cipher::Ccmp), None));
}

#[test]
fn rsn_counts_past_the_end_keep_what_fits() {
    let mut b = vec![1, 0, 0x00, 0x0F, 0xAC, 4];
    b.extend(5u16.to_le_bytes()); // five pairwise suites, one present
    b.extend(suite(4));
    let (r, p) = rsn::parse(&b);
    assert_eq!(
        (r.pairwise, p),
        (vec![Cipher::Ccmp], Some(RsnProblem::Pairwise))
    );
    let mut b = vec![1, 0, 0x00, 0x0F, 0xAC, 4, 1, 0];
    b.extend(suite(4));
    b.extend(3u16.to_le_bytes());
    b.extend(suite(8));
    b.extend([0x00, 0x0F]);
    let (r, p) = rsn::parse(&b);
    assert_eq!((r.akms, p), (vec![Akm::Sae], Some(RsnProblem::Akm)));
    let mut b = vec![1, 0, 0x00, 0x0F, 0xAC, 4, 1, 0];
    b.extend(suite(4));
    b.extend([1, 0]);
    b.extend(suite(2));
    b.push(0x80); // one byte of two
    assert_eq!(rsn::parse(&b).1, Some(RsnProblem::Capabilities));
    assert_eq!(rsn::parse(&[1]).1, Some(RsnProblem::NoVersion));
    assert_eq!(
        rsn::parse(&[1, 0, 0, 0x0F]).1,
        Some(RsnProblem::GroupCipher)
    );
    assert_eq!(
        rsn::parse(&[1, 0, 0, 0x0F, 0xAC, 4, 1]).1,
        Some(RsnProblem::Pairwise)
    );
}

#[test]
fn security_that_stops_wps_or_the_printer() {
    let with = |rsn: Option<Vec<u8>>, wpa1: bool| {
        let mut ies = build::ssid("S");
        ies.extend(rsn.unwrap_or_default());
        if wpa1 {
            ies.extend(build::wpa1());
        }
        let b = RawBss {
            freq_mhz: 2437,
            ies,
            ..RawBss::default()
        };
        assess(vec![b]).networks[0].warnings.clone()
    };
    let rsn = |pairwise: &[u8], akms: &[u8], caps: u16| {
        Some(build::rsn(CIPHER_CCMP, pairwise, akms, caps))
    };
    assert_eq!(with(None, false), [Warning::OpenOrWep]);
    assert_eq!(with(None, true), [Warning::TkipOnly], "WPA without WPA2");
    assert_eq!(
        with(rsn(&[CIPHER_TKIP], &[AKM_PSK], 0), false),
        [Warning::TkipOnly]
    );
    assert!(with(rsn(&[CIPHER_TKIP, CIPHER_CCMP], &[AKM_PSK], 0), true).is_empty());
    // Transition mode: fine unless management frame protection is required.
    assert!(with(rsn(&[CIPHER_CCMP], &[AKM_PSK, AKM_SAE], 0x0080), false).is_empty());
    assert_eq!(
        with(rsn(&[CIPHER_CCMP], &[AKM_PSK, AKM_SAE], 0x00C0), false),
        [Warning::TransitionPmfRequired]
    );
    // One access point of the network that does not require it is enough.
    let pmf = |last, caps| {
        let mut ies = build::ssid("T");
        ies.extend(build::rsn(
            CIPHER_CCMP,
            &[CIPHER_CCMP],
            &[AKM_PSK, AKM_SAE],
            caps,
        ));
        RawBss {
            bssid: [2, 0, 0, 0, 0, last],
            freq_mhz: 2437,
            ies,
            ..RawBss::default()
        }
    };
    assert!(
        assess(vec![pmf(1, 0x00C0), pmf(2, 0x0080)]).networks[0]
            .warnings
            .is_empty()
    );
}
