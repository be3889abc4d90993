//! Nothing a printer sends can crash the probe, steer it to a WPS resource or put bytes
//! it did not clean in front of a person: each misbehaviour against a server in this
//! process, on the loopback.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use wps_pin_core::clean;
use wps_pin_core::net::address::Target;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::ews::{EwsError, cdm, ledm};
use wps_pin_core::net::http::Limits;
use wps_pin_core::net::probe::{self, Report};

use crate::support::hostile::{EVIL_MODEL, Misbehaviour, hostile_printer};

fn probe_with(m: Misbehaviour, limits: Limits) -> (Report, bool) {
    let printer = hostile_printer(m);
    let base = printer.server.base();
    let target = Target::parse(&base)
        .and_then(|t| t.with_ipp(&format!("{base}/ipp/print")))
        .unwrap();
    let report = probe::probe(&target, &Certificates::in_memory(), limits);
    (report, printer.asked_for_wps.load(Ordering::SeqCst))
}

fn probe_of(m: Misbehaviour) -> (Report, bool) {
    probe_with(m, crate::probe::limits())
}

/// The app's own limits (a 2 MiB body), so deep answers meet the depth bound.
fn probe_as_the_app(m: Misbehaviour) -> Report {
    probe_with(
        m,
        Limits {
            connect: Duration::from_secs(2),
            ..Limits::default()
        },
    )
    .0
}

fn kinds(r: &Report) -> Vec<&'static str> {
    r.identity.problems.iter().map(|p| p.kind.key()).collect()
}

#[test]
fn xml_nested_a_million_levels_is_a_problem_not_a_crash() {
    // 280,000 levels is as deep as fits under the 2 MiB body limit; a million levels is
    // refused for its size already (and for its depth below, parser by parser).
    for levels in [15_000, 280_000] {
        // On a thread with the default (small) stack, as the window's watcher runs.
        let report = std::thread::spawn(move || probe_as_the_app(Misbehaviour::NestedXml(levels)))
            .join()
            .expect("the probe did not crash");
        assert!(report.answered);
        assert!(
            kinds(&report).contains(&"too_deep"),
            "{:?}",
            report.identity.problems
        );
    }
}

#[test]
fn json_nested_a_million_levels_is_a_problem_not_a_crash() {
    let report = std::thread::spawn(|| probe_as_the_app(Misbehaviour::NestedJson(1_000_000)))
        .join()
        .expect("the probe did not crash");
    assert!(
        kinds(&report).contains(&"too_deep"),
        "{:?}",
        report.identity.problems
    );
}

#[test]
fn a_redirect_to_the_wps_pin_resource_is_never_followed() {
    for to in [
        "/IoMgmt/Adapters/wifi0/WPS/Pin".to_owned(),
        "/IoMgmt/Adapters/wifi0/%57PS/Pin".to_owned(),
        "/iomgmt/adapters/wifi0/wps/pin?x=1".to_owned(),
    ] {
        let printer = hostile_printer(Misbehaviour::Redirect(to.clone()));
        let base = printer.server.base();
        for location in [to.clone(), format!("{base}{to}")] {
            let printer = hostile_printer(Misbehaviour::Redirect(location.clone()));
            let target = Target::parse(&printer.server.base()).unwrap();
            let r = probe::probe(&target, &Certificates::in_memory(), crate::probe::limits());
            assert!(
                !printer.asked_for_wps.load(Ordering::SeqCst),
                "followed {location}"
            );
            assert!(
                kinds(&r).contains(&"redirect_refused"),
                "{:?}",
                r.identity.problems
            );
            let said = r
                .identity
                .problems
                .iter()
                .map(ToString::to_string)
                .collect::<String>();
            assert!(said.contains("did not follow"), "{said}");
        }
    }
}

#[test]
fn printer_text_is_cleaned_where_it_enters() {
    let (r, _) = probe_of(Misbehaviour::ControlText);
    let model = r.identity.model.as_ref().unwrap().value.clone();
    assert!(clean::is_clean(&model), "{model:?}");
    assert!(model.starts_with("HP\\x1b]0;pwned\\x07"), "{model}");
    assert!(!model.contains('\n') && !model.contains('\r'));
    let firmware = r.identity.firmware.as_ref().unwrap().value.clone();
    assert!(
        firmware.chars().count() <= clean::MAX_CHARS + 1,
        "firmware capped"
    );
    assert_ne!(model, EVIL_MODEL);
}

#[test]
fn a_slow_printer_cannot_hold_a_probe_past_its_deadline() {
    let limits = Limits {
        connect: Duration::from_secs(1),
        total: Duration::from_secs(2),
        probe: Duration::from_secs(3),
        max_body: 64 * 1024,
    };
    let started = Instant::now();
    // Each answer takes 1.5 s: eight requests would take 12 s.
    let (r, _) = probe_with(Misbehaviour::Slow(Duration::from_millis(1500)), limits);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(6), "took {took:?}");
    let timeouts: Vec<_> = r
        .identity
        .problems
        .iter()
        .filter(|p| p.kind.key() == "timeout")
        .collect();
    assert_eq!(
        timeouts.len(),
        1,
        "one problem per cause: {:?}",
        r.identity.problems
    );
    assert!(
        timeouts[0]
            .sources
            .iter()
            .all(|s| matches!(s, wps_pin_core::net::problem::ProblemSource::WebPage(_))),
        "names what did not answer"
    );
}

#[test]
fn ipp_from_another_version_is_not_read() {
    for version in [(9, 9), (0, 0)] {
        let (r, _) = probe_of(Misbehaviour::IppVersion(version.0, version.1));
        assert!(r.identity.model.is_none(), "{version:?}");
        assert!(
            kinds(&r).contains(&"ipp_unreadable"),
            "{:?}",
            r.identity.problems
        );
    }
}

fn nested_xml(levels: usize) -> Vec<u8> {
    let mut v = b"<?xml version=\"1.0\"?>".to_vec();
    v.extend(std::iter::repeat_n(&b"<a x='1'>"[..], levels).flatten());
    v.extend(std::iter::repeat_n(&b"</a>"[..], levels).flatten());
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any nesting, with any junk around it, is an answer or an error: never a panic.
    #[test]
    fn nesting_never_breaks_a_parser(
        levels in 0usize..200_000,
        junk in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut xml = nested_xml(levels);
        xml.extend_from_slice(&junk);
        let _ = ledm::parse_product_config(&xml);
        let _ = ledm::parse_adapters(&xml);
        let _ = ledm::parse_discovery_tree(&xml);
        let mut json = "[".repeat(levels).into_bytes();
        json.extend_from_slice(&junk);
        let _ = cdm::parse_identity(&json);
    }
}

#[test]
fn a_million_levels_meet_the_bound_not_the_stack() {
    // As deep as XML gets under the size limit; deeper is refused for its size.
    let deep = nested_xml(150_000);
    assert!(matches!(
        ledm::parse_adapters(&deep),
        Err(EwsError::TooDeep(_))
    ));
    assert!(ledm::parse_adapters(&nested_xml(1_000_000)).is_err());
    let json = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    assert!(matches!(
        cdm::parse_identity(json.as_bytes()),
        Err(EwsError::TooDeep(_))
    ));
}
