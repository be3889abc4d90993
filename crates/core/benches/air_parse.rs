//! Reading 1,000 access points: every element parsed (WPS, RSN, SSID), grouped into
//! networks with verdicts and warnings, HP printers found — against a reference measured
//! in the same run: a plain walk that only steps over the same elements.
//!
//! cargo bench --bench air_parse                  (optimised; the issue asks under 5 ms)
//! cargo bench --profile dev --bench air_parse    (quick, unoptimised crate)

use std::hint::black_box;
use std::time::{Duration, Instant};

use wps_pin_core::air::build::{self, AKM_PSK, AKM_SAE, CIPHER_CCMP, Wps};
use wps_pin_core::air::networks::{Air, Context};
use wps_pin_core::air::reading::{Reading, Source};
use wps_pin_core::air::{RawBss, elements};

const APS: usize = 1000;
const ROUNDS: usize = 200;

/// The elements a router sends besides the ones the app reads: rates, DS, TIM, country,
/// HT, VHT and HE capabilities and operation, extended and RM capabilities, WMM and other
/// vendors' elements.
fn filler() -> Vec<u8> {
    [
        build::element(1, &[0x82, 0x84, 0x8b, 0x96, 0x0c, 0x12, 0x18, 0x24]),
        build::element(3, &[6]),
        build::element(5, &[0, 1, 0, 0]),
        build::element(7, b"DE \x01\x0d\x14"),
        build::element(45, &[0x2c; 26]),
        build::element(61, &[6; 22]),
        build::element(127, &[0x04, 0, 0x08, 0, 0, 0, 0, 0x40]),
        build::element(191, &[0x31; 12]),
        build::element(192, &[0, 0, 0, 0, 0]),
        build::element(
            221,
            &[
                0x00, 0x50, 0xF2, 0x02, 0x01, 0x01, 0x80, 0x00, 3, 0xa4, 0, 0, 0x27, 0xa4, 0, 0,
                0x42, 0x43, 0x5e, 0, 0x62, 0x32, 0x2f, 0,
            ],
        ),
        build::element(70, &[0x73, 0xd0, 0, 0, 0x0c]),
        build::element(59, &[0x51, 0x51, 0x53, 0x54, 0x73, 0x74, 0x75]),
        build::element(255, &[0x23; 32]),
        build::element(255, &[0x24; 12]),
        build::element(221, &[0x00, 0x10, 0x18, 0x02, 0x00, 0x00, 0x1c, 0x00, 0x00]),
        build::element(221, &[0x00, 0x0c, 0x43, 0x07, 0x00, 0x00, 0x00]),
    ]
    .concat()
}

/// 1,000 access points: 400 networks of one to three access points, most with WPS, a
/// few printers; about 350 bytes of elements each, as routers send.
fn air() -> Vec<RawBss> {
    let filler = filler();
    (0..APS)
        .map(|i| {
            let network = i / 3 + i % 2;
            let name = if i % 97 == 0 {
                format!("DIRECT-{:02X}-HP OfficeJet Pro {}", i % 256, 9000 + i)
            } else {
                format!("Network-{network}")
            };
            let mut ies = build::ssid(&name);
            ies.extend(&filler);
            let akms: &[u8] = if i % 5 == 0 {
                &[AKM_SAE]
            } else {
                &[AKM_PSK, AKM_SAE]
            };
            ies.extend(build::rsn(CIPHER_CCMP, &[CIPHER_CCMP], akms, 0x0080));
            if i % 4 != 0 {
                let mut w = Wps::new().version2(0x20).state(2).rf_bands(3);
                if i % 7 == 0 {
                    w = w.selected(if i % 2 == 0 { 4 } else { 0 });
                }
                let uuid = [(network % 251) as u8; 16];
                w = w
                    .uuid(uuid)
                    .names("Example", "Router", "R-1", "Living room")
                    .config_methods(0x238c);
                ies.extend(w.elements());
            }
            RawBss {
                bssid: [2, 0, 0, (i >> 16) as u8, (i >> 8) as u8, i as u8],
                freq_mhz: if i % 2 == 0 { 2437 } else { 5180 },
                signal_dbm: Some(-40 - (i % 50) as i32),
                seen_ms_ago: Some((i * 13 % 30_000) as u32),
                associated: i == 1,
                ies,
                beacon_ies: None,
            }
        })
        .collect()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(mut f: impl FnMut() -> usize) -> Duration {
    let samples = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    median(samples)
}

fn main() {
    let list = air();
    let bytes: usize = list.iter().map(|b| b.ies.len()).sum();
    let reading = Reading::new(Source::File, list);
    let ctx = Context::default();
    // Warm up.
    black_box(Air::assess(&reading, &ctx));
    let reference = time(|| {
        reading
            .bss
            .iter()
            .map(|b| elements::walk(black_box(&b.ies)).count())
            .sum()
    });
    let assess = time(|| {
        let air = Air::assess(black_box(&reading), &ctx);
        air.networks.len() + air.printers.len()
    });
    let air = Air::assess(&reading, &ctx);
    println!(
        "air: {APS} access points, {} bytes of elements ({} per access point), {} networks, {} printers; median of {ROUNDS} rounds",
        bytes,
        bytes / APS,
        air.networks.len(),
        air.printers.len()
    );
    println!("parse and assess 1,000 access points: {assess:?} (the issue asks under 5 ms)");
    println!("reference, a plain walk over the same elements: {reference:?}");
    println!(
        "ratio assess / walk: {:.1}",
        assess.as_secs_f64() / reference.as_secs_f64().max(1e-12)
    );
}
