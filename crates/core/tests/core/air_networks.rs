//! Networks from their access points: verdicts, the warnings behind most failed WPS
//! attempts, HP printers in the air, the wording in every language.

use wps_pin_core::air::build::{self, AKM_PSK, AKM_SAE, CIPHER_CCMP, Wps};
use wps_pin_core::air::demo::{self, Scenario};
use wps_pin_core::air::networks::{Air, Context, Verdict, Warning};
use wps_pin_core::air::printers::PrinterNetwork;
use wps_pin_core::air::reading::{
    AirSource, Reading, ScanPolicy, ScanRequest, Source, Unavailable,
};
use wps_pin_core::air::{RawBss, radio};
use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::words;

fn ap(last: u8, ssid: &str, freq: u32, wps: Option<Wps>) -> RawBss {
    let mut ies = build::ssid(ssid);
    ies.extend(build::rsn(CIPHER_CCMP, &[CIPHER_CCMP], &[AKM_PSK], 0));
    if let Some(w) = wps {
        ies.extend(w.elements());
    }
    RawBss {
        bssid: [2, 0, 0, 0, 0, last],
        freq_mhz: freq,
        signal_dbm: Some(-50 - i32::from(last)),
        seen_ms_ago: Some(100),
        ies,
        ..RawBss::default()
    }
}

/// A reading made after a finished scan: the whole air.
fn scanned(list: Vec<RawBss>) -> Reading {
    Reading {
        scan: ScanRequest::Finished,
        ..Reading::new(Source::Nl80211, list)
    }
}

fn assess(list: Vec<RawBss>) -> Air {
    Air::assess(&scanned(list), &Context::default())
}

#[test]
fn every_demo_scenario_gives_its_verdict_and_warnings() {
    use Scenario::*;
    let want: &[(Scenario, Verdict, &[Warning])] = &[
        (Ready, Verdict::Ready, &[]),
        (NoWps, Verdict::NoWps, &[]),
        (Unconfigured, Verdict::Unconfigured, &[]),
        (Locked, Verdict::Locked, &[]),
        (PinActive, Verdict::PinActive, &[]),
        (PushButtonActive, Verdict::PushButtonActive, &[]),
        (Only5Ghz, Verdict::Ready, &[Warning::No24Ghz]),
        (Wpa3Only, Verdict::Ready, &[Warning::Wpa3Only]),
        (Hidden, Verdict::Ready, &[Warning::Hidden]),
        (
            Overlap,
            Verdict::PushButtonActive,
            &[Warning::PushButtonOverlap],
        ),
    ];
    assert_eq!(want.len(), Scenario::ALL.len());
    for (s, verdict, warnings) in want {
        let reading = radio::read(&AirSource::Demo(*s), ScanPolicy::Request);
        assert_eq!(reading.source, Source::Demo);
        let air = Air::assess(&reading, &Context::default());
        let home = air
            .connected()
            .expect("the demo computer is on the home network");
        assert_eq!(home.ssid.as_deref(), Some(demo::HOME), "{s:?}");
        assert_eq!(
            (home.verdict, home.warnings.as_slice()),
            (*verdict, *warnings),
            "{s:?}"
        );
        assert_eq!(home.bss.len(), 2, "one router on two bands");
        assert_eq!(air.printers.len(), 2);
        assert_eq!(Scenario::parse(s.key()), Some(*s));
    }
}

#[test]
fn a_registrar_comes_first_then_locked_then_not_configured() {
    let w = || Wps::new().state(2);
    let verdict = |list| assess(list).networks[0].verdict;
    assert_eq!(verdict(vec![ap(1, "H", 2437, None)]), Verdict::NoWps);
    assert_eq!(
        verdict(vec![ap(1, "H", 2437, Some(w().locked().selected(0)))]),
        Verdict::PinActive
    );
    assert_eq!(
        verdict(vec![
            ap(1, "H", 2437, Some(w().locked())),
            ap(2, "H", 5180, Some(w().selected(4)))
        ]),
        Verdict::PushButtonActive
    );
    assert_eq!(
        verdict(vec![
            ap(1, "H", 2437, Some(w().locked())),
            ap(2, "H", 5180, None)
        ]),
        Verdict::Locked
    );
    let unconf = || Some(Wps::new().state(1));
    assert_eq!(
        verdict(vec![ap(1, "H", 2437, unconf())]),
        Verdict::Unconfigured
    );
    assert_eq!(
        verdict(vec![
            ap(1, "H", 2437, unconf()),
            ap(2, "H", 5180, Some(w()))
        ]),
        Verdict::Ready
    );
    // A state the specification does not define, or none at all: not "ready".
    assert_eq!(
        verdict(vec![ap(1, "H", 2437, Some(Wps::new().state(7)))]),
        Verdict::UnknownState
    );
    assert_eq!(
        verdict(vec![ap(1, "H", 2437, Some(Wps::new()))]),
        Verdict::UnknownState
    );
}

#[test]
fn a_missing_band_is_said_only_after_a_scan() {
    let mut five = ap(1, "Five", 5180, Some(Wps::new().state(2)));
    five.associated = true;
    let scanned = Air::assess(&scanned(vec![five.clone()]), &Context::default());
    assert_eq!(scanned.networks[0].warnings, [Warning::No24Ghz]);
    // From the cache alone this computer's access point may be all there is.
    for scan in [
        ScanRequest::NotAsked,
        ScanRequest::Requested,
        ScanRequest::Refused,
    ] {
        let cached = Reading {
            scan,
            ..Reading::new(Source::Nl80211, vec![five.clone()])
        };
        let air = Air::assess(&cached, &Context::default());
        assert!(air.networks[0].warnings.is_empty(), "{scan:?}");
        let l = Localizer::new("en-US");
        assert!(
            words::air_lines(&air, &l)
                .iter()
                .any(|line| line.contains("cannot tell whether your network has a 2.4 GHz")),
            "{scan:?}"
        );
    }
}

#[test]
fn push_button_overlap_needs_two_different_uuids() {
    let pb = |uuid: Option<u8>| {
        let w = Wps::new().state(2).selected(4);
        Some(match uuid {
            Some(u) => w.uuid([u; 16]),
            None => w,
        })
    };
    let overlap = |list: Vec<RawBss>| {
        assess(list)
            .networks
            .iter()
            .map(|n| n.warnings.contains(&Warning::PushButtonOverlap))
            .collect::<Vec<_>>()
    };
    // One router on two bands: one UUID-E, no overlap.
    assert_eq!(
        overlap(vec![
            ap(1, "H", 2437, pb(Some(1))),
            ap(2, "H", 5180, pb(Some(1)))
        ]),
        [false]
    );
    // Two routers: both networks are warned.
    assert_eq!(
        overlap(vec![
            ap(1, "H", 2437, pb(Some(1))),
            ap(2, "N", 2462, pb(Some(2)))
        ]),
        [true, true]
    );
    // A UUID-E that is not known (beacons do not carry it) is not counted.
    assert_eq!(
        overlap(vec![
            ap(1, "H", 2437, pb(Some(1))),
            ap(2, "N", 2462, pb(None))
        ]),
        [false, false]
    );
}

#[test]
fn warnings_band_security_hidden_and_after_joining() {
    let air = assess(vec![ap(1, "Five", 5180, Some(Wps::new().state(2)))]);
    assert_eq!(air.networks[0].warnings, [Warning::No24Ghz]);
    let rsn_only = |akms: &[u8]| {
        let mut ies = build::ssid("W");
        ies.extend(build::rsn(CIPHER_CCMP, &[CIPHER_CCMP], akms, 0x00C0));
        RawBss {
            freq_mhz: 2437,
            ies,
            ..RawBss::default()
        }
    };
    assert_eq!(
        assess(vec![rsn_only(&[AKM_SAE])]).networks[0].warnings,
        [Warning::Wpa3Only]
    );
    assert_eq!(
        assess(vec![rsn_only(&[AKM_PSK, AKM_SAE])]).networks[0].warnings,
        [Warning::TransitionPmfRequired],
        "PMF required"
    );
    let reading = Reading::new(Source::File, vec![ap(1, "Home", 2437, Some(Wps::new()))]);
    let joined = Air::assess(
        &reading,
        &Context {
            printer_joined: Some("Home"),
        },
    );
    assert_eq!(joined.networks[0].warnings, [Warning::WpsStillOn]);
    let other = Air::assess(
        &reading,
        &Context {
            printer_joined: Some("Other"),
        },
    );
    assert!(other.networks[0].warnings.is_empty());
    let no_wps = Reading::new(Source::File, vec![ap(1, "Home", 2437, None)]);
    let joined = Air::assess(
        &no_wps,
        &Context {
            printer_joined: Some("Home"),
        },
    );
    assert!(joined.networks[0].warnings.is_empty());
}

#[test]
fn hp_printers_in_the_air() {
    let maker = |m: &str, model: &str| Some(Wps::new().names(m, model, "", ""));
    let air = assess(vec![
        ap(1, "DIRECT-AD-HP DeskJet 3630 series", 2412, None),
        ap(2, "DIRECT-50-HP Smart Tank", 2437, None),
        ap(3, "DIRECT-7c-BRAVIA", 2437, None),
        ap(
            4,
            "DIRECT-xy-Printer",
            2437,
            maker("HP Inc.", "ENVY 6000 series"),
        ),
        ap(5, "HP-Setup>2c-OfficeJet", 2437, None),
        ap(
            6,
            "Printer setup",
            2437,
            maker("Hewlett-Packard", "LaserJet M110we"),
        ),
        ap(7, "HomeNetwork", 2437, maker("HPE Aruba", "AP-505")),
    ]);
    let got: Vec<_> = air
        .printers
        .iter()
        .map(|p| (p.ssid.as_str(), p.model.as_deref(), p.kind))
        .collect();
    use PrinterNetwork::*;
    assert_eq!(
        got,
        [
            (
                "DIRECT-AD-HP DeskJet 3630 series",
                Some("HP DeskJet 3630 series"),
                Direct
            ),
            ("DIRECT-50-HP Smart Tank", Some("HP Smart Tank"), Direct),
            ("DIRECT-xy-Printer", Some("ENVY 6000 series"), Direct),
            ("HP-Setup>2c-OfficeJet", None, Setup),
            ("Printer setup", Some("LaserJet M110we"), Setup),
        ]
    );
}

#[test]
fn networks_dedupe_access_points_and_put_this_computers_first() {
    let mut mine = ap(9, "Mine", 2437, None);
    mine.associated = true;
    mine.signal_dbm = Some(-80);
    let dup = RawBss {
        seen_ms_ago: Some(5000),
        ..ap(1, "Strong", 2437, None)
    };
    let air = assess(vec![ap(1, "Strong", 2437, None), dup, mine]);
    let names: Vec<_> = air
        .networks
        .iter()
        .map(|n| n.ssid.clone().unwrap())
        .collect();
    assert_eq!(names, ["Mine", "Strong"]);
    assert_eq!(air.networks[1].bss.len(), 1);
    assert_eq!(
        air.networks[1].seen_ms_ago(),
        Some(100),
        "the freshest copy is kept"
    );
}

#[test]
fn every_verdict_warning_and_reason_is_worded_in_every_language() {
    let list = demo::air(Scenario::Overlap);
    let air = assess(list);
    for (tag, _) in i18n::available() {
        let l = Localizer::new(tag);
        let mut texts: Vec<String> = Verdict::ALL
            .iter()
            .flat_map(|v| [words::air_verdict(*v, &l), words::air_verdict_short(*v, &l)])
            .collect();
        for w in [
            Warning::No24Ghz,
            Warning::Wpa3Only,
            Warning::TransitionPmfRequired,
            Warning::TkipOnly,
            Warning::OpenOrWep,
            Warning::Hidden,
            Warning::PushButtonOverlap,
            Warning::WpsStillOn,
        ] {
            texts.push(words::air_warning(w, &l));
        }
        for u in [
            Unavailable::NoWifi,
            Unavailable::NotAllowed,
            Unavailable::NotOnThisSystem,
            Unavailable::Failed,
        ] {
            texts.extend(words::air_unavailable(&u, &l));
        }
        texts.extend(words::air_lines(&air, &l));
        for t in &texts {
            assert!(
                !t.contains("air-") && !t.contains("cli-") && !t.contains("words-"),
                "{tag}: {t}"
            );
        }
    }
    assert!(i18n::missing_ids().iter().all(|id| !id.starts_with("air-")));
}
