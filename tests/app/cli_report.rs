//! `wps-pin-helper report` end to end: a printer and a "router" served on the loopback
//! (the real default gateway is never contacted in tests: --router is always given).

use std::net::TcpListener;
use std::process::Output;

use crate::cli::{check_state, command};

use crate::support::fake_printer::fake_printer;

fn report(args: &[&str], conf: &std::path::Path) -> Output {
    command(conf)
        .arg("report")
        .args(args)
        // This computer's Wi-Fi is read from what it has heard: no scan is asked for.
        .arg("--no-scan")
        .output()
        .unwrap()
}

/// A TCP port where something listens, standing in for the router's web page.
fn router() -> (TcpListener, String) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap().to_string();
    (l, addr)
}

fn closed_port() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().to_string()
}

#[test]
fn json_summary_with_measured_checks() {
    let printer = fake_printer();
    let (_router, router_addr) = router();
    let conf = tempfile::tempdir().unwrap();
    let out = report(
        &[
            "--printer",
            &printer.server.base(),
            "--router",
            &router_addr,
            "--format",
            "json",
        ],
        conf.path(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["printer"]["model"], "HP ENVY 5540 series");
    assert_eq!(doc["printer"]["serial"], "TESTSERIAL01");
    assert_eq!(doc["router"], "127.0.0.1");
    assert_eq!(doc["pin"], serde_json::Value::Null);
    let state = |key: &str| check_state(&doc, key).unwrap();
    assert_eq!(state("printer_answers"), "passed");
    assert_eq!(state("web_server"), "passed");
    assert_eq!(state("firmware"), "passed");
    assert_eq!(
        state("wireless_adapter"),
        "failed",
        "the fixture printer is on a cable"
    );
    assert_eq!(state("router_answers"), "passed");
}

#[test]
fn every_format_and_the_serial_can_be_left_out() {
    let printer = fake_printer();
    let (_router, router_addr) = router();
    let conf = tempfile::tempdir().unwrap();
    for (format, marker) in [
        ("text", "WPS PIN Helper: support summary\n"),
        ("md", "# WPS PIN Helper: support summary"),
        ("html", "<h1>WPS PIN Helper: support summary</h1>"),
    ] {
        let file = conf.path().join(format!("summary.{format}"));
        let out = report(
            &[
                "--printer",
                &printer.server.base(),
                "--router",
                &router_addr,
                "--format",
                format,
                "--out",
                file.to_str().unwrap(),
                "--no-serial",
            ],
            conf.path(),
        );
        assert_eq!(out.status.code(), Some(0));
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(marker), "{format}: {text}");
        assert!(text.contains("HP ENVY 5540 series"), "{format}");
        assert!(text.contains("TESTFW1801A"), "{format}");
        assert!(!text.contains("TESTSERIAL01"), "{format}: serial left out");
        assert!(text.contains("The router answers: Passed"), "{format}");
    }
}

#[test]
fn an_unreachable_printer_and_router_are_reported_not_fatal() {
    let conf = tempfile::tempdir().unwrap();
    let printer = format!("http://{}", closed_port());
    let out = report(
        &[
            "--printer",
            &printer,
            "--router",
            &closed_port(),
            "--format",
            "json",
        ],
        conf.path(),
    );
    assert_eq!(out.status.code(), Some(1), "the printer did not answer");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let states: Vec<_> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["check"].as_str().unwrap().to_owned(),
                c["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        states.contains(&("printer_answers".into(), "failed".into())),
        "{states:?}"
    );
    assert!(
        states.contains(&("router_answers".into(), "failed".into())),
        "{states:?}"
    );
    assert_eq!(
        report(&["--format", "pdf"], conf.path()).status.code(),
        Some(2)
    );
}

#[test]
fn a_changed_certificate_is_refused_and_named_by_probe_and_report() {
    use crate::support::tls_printer::tls_printer;
    let conf = tempfile::tempdir().unwrap();
    let first = format!("https://127.0.0.1:{}", tls_printer(b"<hello/>"));
    let probe = command(conf.path())
        .args(["probe", &first, "--json"])
        .output()
        .unwrap();
    assert_eq!(
        probe.status.code(),
        Some(0),
        "the first certificate is trusted"
    );
    assert!(conf.path().join("printer-certificates.json").exists());

    // The printer comes back with another certificate: a reset, or an impostor.
    let changed = format!("https://127.0.0.1:{}", tls_printer(b"<impostor/>"));
    let (_router, router_addr) = router();
    let out = report(
        &[
            "--printer",
            &changed,
            "--router",
            &router_addr,
            "--format",
            "json",
        ],
        conf.path(),
    );
    assert_eq!(out.status.code(), Some(1), "not a clean report");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let certificate = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "certificate")
        .expect("a certificate check");
    assert_eq!(certificate["state"], "failed");
    let problems = doc["printer"]["problems"].to_string();
    assert!(
        problems.contains("security certificate has changed"),
        "{problems}"
    );

    let out = report(
        &["--printer", &changed, "--router", &router_addr],
        conf.path(),
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("The printer's security certificate is the one the app knows: Failed"),
        "{text}"
    );
    let probe = command(conf.path())
        .args(["probe", &changed])
        .output()
        .unwrap();
    assert_eq!(probe.status.code(), Some(1), "probe refuses it too");
    let said = String::from_utf8_lossy(&probe.stdout);
    assert_eq!(
        said.matches("security certificate has changed").count(),
        1,
        "{said}"
    );
}

#[test]
fn the_model_names_the_family_when_the_printer_does_not_say_it() {
    let (_router, router_addr) = router();
    let conf = tempfile::tempdir().unwrap();
    let json = |extra: &[&str]| {
        let mut args = vec!["--router", router_addr.as_str(), "--format", "json"];
        args.extend_from_slice(extra);
        report(&args, conf.path())
    };
    let out = json(&["--model", "9015e"]);
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["journey"]["family"], "HP OfficeJet Pro 9010 series");

    let out = report(&["--router", &router_addr, "--model", "9015e"], conf.path());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Model family (in the app's list, from HPLIP): HP OfficeJet Pro 9010 series"),
        "{text}"
    );

    // A model the list does not have: said, and the summary is still written.
    let out = json(&["--model", "zzqx nosuch"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No HP printer matches “zzqx nosuch”"));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["journey"]["family"], serde_json::Value::Null);

    // A printer that names its model: its own family, whatever --model says.
    let printer = fake_printer();
    let out = json(&["--printer", &printer.server.base(), "--model", "9015e"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let family = doc["journey"]["family"].as_str().unwrap();
    assert!(family.contains("5540"), "{family}");
}
