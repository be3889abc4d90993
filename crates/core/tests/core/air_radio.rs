//! Reading the radio. On this machine (no Wi-Fi adapter in CI) the real nl80211 path must
//! say so plainly; the kernel's answers are also built here, as nl80211.h lays them out,
//! so the reading of a machine with an adapter is tested too.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use wps_pin_core::air::networks::{Air, Context};
use wps_pin_core::air::radio::netlink::{self, nl80211};
use wps_pin_core::air::radio::{self, Radio};
use wps_pin_core::air::reading::{ScanPolicy, ScanRequest, Source, Unavailable};
use wps_pin_core::air::{RawBss, build};
use wps_pin_core::i18n::Localizer;
use wps_pin_core::words;

#[test]
fn this_machine_says_plainly_what_it_can_read() {
    let started = Instant::now();
    let result = radio::nl80211::read();
    assert!(started.elapsed() < Duration::from_secs(5));
    match &result {
        Ok(list) => eprintln!("this machine has Wi-Fi: {} access points", list.len()),
        Err(why) => {
            assert!(
                matches!(why, Unavailable::NoWifi | Unavailable::NotAllowed),
                "{why:?}"
            );
            let text = words::air_unavailable(why, &Localizer::new("en-US")).unwrap();
            assert!(!text.contains("rror"), "{text}");
            eprintln!("{text}");
        }
    }
    // The whole reading, from the cache only (nothing is sent over the air).
    let reading = radio::read_radio(radio::this_system().as_mut(), ScanPolicy::CacheOnly);
    assert_eq!(reading.source, Source::Nl80211);
    assert_eq!(reading.scan, ScanRequest::NotAsked);
    assert_eq!(reading.unavailable, result.err());
}

/// A netlink message as the kernel sends it: header, generic netlink header, attributes.
fn message(kind: u16, seq: u32, cmd: u8, attrs: &[(u16, Vec<u8>)]) -> Vec<u8> {
    let list: Vec<(u16, &[u8])> = attrs.iter().map(|(k, v)| (*k, v.as_slice())).collect();
    let mut m = netlink::request(kind, 0, seq, cmd, &list);
    m[6..8].copy_from_slice(&2u16.to_ne_bytes()); // NLM_F_MULTI, as in a dump
    m
}

fn nested(attrs: &[(u16, Vec<u8>)]) -> Vec<u8> {
    // The attributes without the netlink and generic headers.
    let list: Vec<(u16, &[u8])> = attrs.iter().map(|(k, v)| (*k, v.as_slice())).collect();
    netlink::request(0, 0, 0, 0, &list)[netlink::NLMSG_HDRLEN + 4..].to_vec()
}

fn scan_result(bssid: [u8; 6], freq: u32, mbm: i32, status: Option<u32>, ies: Vec<u8>) -> Vec<u8> {
    let mut bss = vec![
        (nl80211::BSS_BSSID, bssid.to_vec()),
        (nl80211::BSS_FREQUENCY, freq.to_ne_bytes().to_vec()),
        (nl80211::BSS_SIGNAL_MBM, mbm.to_ne_bytes().to_vec()),
        (nl80211::BSS_SEEN_MS_AGO, 1234u32.to_ne_bytes().to_vec()),
        (nl80211::BSS_INFORMATION_ELEMENTS, ies),
        (nl80211::BSS_BEACON_IES, build::ssid("")),
    ];
    if let Some(s) = status {
        bss.push((nl80211::BSS_STATUS, s.to_ne_bytes().to_vec()));
    }
    message(
        30,
        7,
        nl80211::CMD_NEW_SCAN_RESULTS,
        &[
            (nl80211::ATTR_IFINDEX, 3u32.to_ne_bytes().to_vec()),
            (nl80211::ATTR_BSS | 0x8000, nested(&bss)),
        ],
    )
}

#[test]
fn a_scan_dump_as_the_kernel_sends_it() {
    let ies = [build::ssid("Home"), build::rsn(4, &[4], &[2], 0)].concat();
    let mut datagram = scan_result([2, 0, 0, 0, 0, 1], 2437, -4_850, Some(1), ies.clone());
    datagram.extend(scan_result(
        [2, 0, 0, 0, 0, 2],
        5180,
        -7_000,
        None,
        ies.clone(),
    ));
    let done = {
        let mut d = message(netlink::NLMSG_DONE, 7, 0, &[]);
        d.truncate(netlink::NLMSG_HDRLEN);
        d.extend(0i32.to_ne_bytes());
        let n = d.len() as u32;
        d[0..4].copy_from_slice(&n.to_ne_bytes());
        d
    };
    datagram.extend(&done);
    let msgs: Vec<_> = netlink::messages(&datagram).collect();
    assert_eq!(msgs.len(), 3);
    assert_eq!((msgs[2].kind, msgs[2].error()), (netlink::NLMSG_DONE, 0));
    let list: Vec<RawBss> = msgs[..2]
        .iter()
        .filter_map(|m| netlink::bss(m.payload))
        .collect();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].bssid, [2, 0, 0, 0, 0, 1]);
    assert_eq!(list[0].freq_mhz, 2437);
    assert_eq!(list[0].signal_dbm, Some(-49));
    assert_eq!(list[0].seen_ms_ago, Some(1234));
    assert!(list[0].associated && !list[1].associated);
    assert_eq!(list[0].ies, ies);
    assert_eq!(list[0].beacon_ies, Some(build::ssid("")));
    // Into the same path as every reading: the beacon hides the name.
    let reading = wps_pin_core::air::Reading::new(Source::Nl80211, list);
    let air = Air::assess(&reading, &Context::default());
    let home = air.connected().unwrap();
    assert_eq!(home.ssid.as_deref(), Some("Home"));
    assert!(home.bss.iter().all(|b| b.hidden));
}

#[test]
fn families_interfaces_and_errors() {
    let family = message(
        netlink::GENL_ID_CTRL,
        1,
        1,
        &[
            (netlink::CTRL_ATTR_FAMILY_NAME, b"nl80211\0".to_vec()),
            (netlink::CTRL_ATTR_FAMILY_ID, 30u16.to_ne_bytes().to_vec()),
        ],
    );
    let m = netlink::messages(&family).next().unwrap();
    assert_eq!(netlink::family_id(m.payload), Some(30));
    let iface = message(
        30,
        2,
        nl80211::CMD_NEW_INTERFACE,
        &[
            (nl80211::ATTR_IFINDEX, 3u32.to_ne_bytes().to_vec()),
            (nl80211::ATTR_IFNAME, b"wlan0\0".to_vec()),
            (nl80211::ATTR_IFTYPE, 2u32.to_ne_bytes().to_vec()),
        ],
    );
    let m = netlink::messages(&iface).next().unwrap();
    let i = netlink::interface(m.payload).unwrap();
    assert_eq!(
        (i.index, i.name.as_deref(), i.iftype),
        (3, Some("wlan0"), Some(2))
    );
    // An error answer: -ENOENT, as when no Wi-Fi driver is loaded.
    let mut err = message(netlink::NLMSG_ERROR, 1, 0, &[]);
    err.truncate(netlink::NLMSG_HDRLEN);
    err.extend((-2i32).to_ne_bytes());
    err.extend(&family[..netlink::NLMSG_HDRLEN]);
    let n = err.len() as u32;
    err[0..4].copy_from_slice(&n.to_ne_bytes());
    let m = netlink::messages(&err).next().unwrap();
    assert_eq!((m.kind, m.error()), (netlink::NLMSG_ERROR, -2));
}

#[test]
fn damaged_answers_keep_what_came_before() {
    let ies = build::ssid("Home");
    let good = scan_result([2, 0, 0, 0, 0, 1], 2437, -5000, None, ies.clone());
    // A second message whose length runs past the datagram.
    let mut datagram = good.clone();
    let mut broken = scan_result([2, 0, 0, 0, 0, 2], 2437, -5000, None, ies);
    broken[0..4].copy_from_slice(&10_000u32.to_ne_bytes());
    datagram.extend(broken);
    assert_eq!(netlink::messages(&datagram).count(), 1);
    // A scan result without an address or a frequency is left out.
    let no_freq = message(
        30,
        7,
        nl80211::CMD_NEW_SCAN_RESULTS,
        &[(
            nl80211::ATTR_BSS,
            nested(&[(nl80211::BSS_BSSID, vec![2; 6])]),
        )],
    );
    let m = netlink::messages(&no_freq).next().unwrap();
    assert_eq!(netlink::bss(m.payload), None);
    // An attribute shorter than its header, or longer than what is left, ends the list.
    assert_eq!(netlink::attrs(&[2, 0, 1, 0]).count(), 0);
    assert_eq!(netlink::attrs(&[8, 0, 1, 0, 1, 2]).count(), 0);
}

proptest! {
    #[test]
    fn random_answers_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        for m in netlink::messages(&bytes) {
            let _ = netlink::bss(m.payload);
            let _ = netlink::interface(m.payload);
            let _ = netlink::family_id(m.payload);
            let _ = m.error();
        }
        let _ = netlink::bss(&bytes);
        let _ = netlink::interface(&bytes);
        prop_assert!(netlink::attrs(&bytes).count() <= bytes.len() / 4);
    }
}

/// A radio that answers from memory: the interface every system's reader implements.
struct Canned(Vec<RawBss>);

impl Radio for Canned {
    fn source(&self) -> Source {
        Source::Nl80211
    }
    fn request_scan(&mut self, _wait: Duration) -> ScanRequest {
        ScanRequest::Finished
    }
    fn read(&mut self) -> Result<Vec<RawBss>, Unavailable> {
        Ok(self.0.clone())
    }
}

#[test]
fn a_reading_carries_the_scan_request_and_the_access_points() {
    let list = vec![RawBss {
        freq_mhz: 2412,
        ies: build::ssid("A"),
        ..RawBss::default()
    }];
    let r = radio::read_radio(
        &mut Canned(list.clone()),
        ScanPolicy::RequestAndWait(Duration::from_secs(1)),
    );
    assert_eq!(
        (r.scan, r.bss, r.unavailable),
        (ScanRequest::Finished, list, None)
    );
}
