//! Hostile printers against the command line and the window: no panic, no WPS resource,
//! no uncleaned byte in front of a person, a quiet stop when output is closed, and no
//! file replaced that is not a regular file.

use std::process::{Output, Stdio};
use std::time::Duration;

use egui_kittest::kittest::Queryable;
use wps_pin_core::net::address::Target;
use wps_pin_window::flow::Page;
use wps_pin_window::flow::journey::ChosenPrinter;

use crate::harness::{app, step_until};
use crate::support::fake_printer::fake_printer;
use crate::support::hostile::{Misbehaviour, hostile_printer};

fn run(args: &[&str], conf: &std::path::Path) -> Output {
    crate::cli::run_in(conf, args)
}

/// No control character but the line ends the output itself writes.
fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|c| (c.is_control() && *c != '\n') || ('\u{202a}'..='\u{202e}').contains(c))
        .collect();
    assert!(bad.is_empty(), "{what} carries {bad:?}: {text}");
}

fn json_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| json_strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| json_strings(x, out)),
        _ => {}
    }
}

#[test]
fn probe_and_report_show_only_cleaned_printer_text() {
    let printer = hostile_printer(Misbehaviour::ControlText);
    let base = printer.server.base();
    let ipp = format!("{base}/ipp/print");
    let conf = tempfile::tempdir().unwrap();
    let text = run(&["probe", &base, "--ipp", &ipp], conf.path());
    assert_clean("probe", &text.stdout);
    assert!(String::from_utf8_lossy(&text.stdout).contains("HP\\x1b]0;pwned"));
    let json = run(&["probe", &base, "--ipp", &ipp, "--json"], conf.path());
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let mut strings = Vec::new();
    json_strings(&doc, &mut strings);
    for s in &strings {
        assert!(
            !s.chars().any(char::is_control),
            "a JSON string field: {s:?}"
        );
    }
    // Given by its IPP address, so the summary reads the printer's model.
    let printer_ipp = format!("ipp://{}/ipp/print", printer.server.addr);
    for format in ["text", "md", "html", "json"] {
        let out = run(
            &[
                "report",
                "--printer",
                &printer_ipp,
                "--router",
                "127.0.0.1:9",
                "--format",
                format,
            ],
            conf.path(),
        );
        assert_clean(format, &out.stdout);
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            said.contains("pwned"),
            "{format}: the model is in the summary: {said}"
        );
        if format == "md" || format == "html" {
            assert!(!said.contains("<script>"), "{format}: {said}");
        }
    }
}

#[test]
fn scan_shows_only_cleaned_names() {
    use crate::support::mdns::{announce, responder};
    let resp = responder();
    announce(
        &resp,
        "HP\u{1b}[2J Evil\r\nFAKE LINE",
        "_ipp._tcp",
        "HPEVIL.local.",
        631,
        &[
            ("ty", "HP\u{1b}]0;x\u{7} Model"),
            ("uuid", "0e0e0e0e-1111-4222-8333-444444444444"),
        ],
    );
    let conf = tempfile::tempdir().unwrap();
    let out = run(&["scan", "--timeout", "3", "--loopback-only"], conf.path());
    assert_clean("scan", &out.stdout);
    let json = run(
        &["scan", "--timeout", "3", "--loopback-only", "--json"],
        conf.path(),
    );
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let mut strings = Vec::new();
    json_strings(&doc, &mut strings);
    assert!(strings.iter().any(|s| s.contains("Evil")), "{doc}");
    for s in &strings {
        assert!(!s.chars().any(char::is_control), "{s:?}");
    }
    let _ = resp.shutdown();
}

#[test]
fn probe_json_names_each_cause_once_with_a_kind() {
    let printer = hostile_printer(Misbehaviour::NestedXml(20_000));
    let base = printer.server.base();
    let conf = tempfile::tempdir().unwrap();
    let out = run(
        &[
            "probe",
            &base,
            "--ipp",
            &format!("ipp://{}/ipp/print", printer.server.addr),
            "--json",
        ],
        conf.path(),
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = doc["problems"].as_array().unwrap();
    let kinds: Vec<&str> = problems
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "too_deep").count(),
        1,
        "one per cause: {problems:?}"
    );
    assert!(
        problems
            .iter()
            .all(|p| p["where"].is_string() && p["text"].is_string())
    );
    assert_eq!(out.status.code(), Some(0), "it answered");
}

#[test]
fn ipp_addresses_are_taken_as_printers_announce_them() {
    let printer = fake_printer();
    let addr = printer.server.addr;
    let conf = tempfile::tempdir().unwrap();
    let out = run(
        &[
            "probe",
            &addr.ip().to_string(),
            "--ipp",
            &format!("ipp://{addr}/ipp/print"),
            "--json",
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
    assert_eq!(doc["model"], "HP ENVY 5540 series");
    let other = run(
        &["probe", "127.0.0.1", "--ipp", "ipp://127.0.0.2/ipp/print"],
        conf.path(),
    );
    assert_eq!(other.status.code(), Some(2), "another device's IPP address");
}

#[test]
fn closed_or_full_output_stops_quietly() {
    let conf = tempfile::tempdir().unwrap();
    // A reader that leaves at once: every write after that fails.
    let mut child = crate::cli::command(conf.path())
        .args(["guide", "touchscreen"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(out.status.code(), Some(101));
    #[cfg(unix)]
    {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = crate::cli::command(conf.path())
            .args(["pin", "check", "1234-5670"])
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}

#[test]
fn files_are_written_only_over_regular_files_and_dash_is_standard_output() {
    let conf = tempfile::tempdir().unwrap();
    let out = run(
        &["guide", "touchscreen", "--html", "/dev/null"],
        conf.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not an ordinary file"));
    let out = run(&["guide", "touchscreen", "--html", "-"], conf.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<!DOCTYPE html>"));
    let out = run(
        &[
            "report",
            "--router",
            "127.0.0.1:9",
            "--out",
            "-",
            "--no-scan",
        ],
        conf.path(),
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("support summary"));
}

#[test]
fn a_negative_timeout_is_a_clear_usage_error() {
    let conf = tempfile::tempdir().unwrap();
    let out = run(&["scan", "--timeout", "-1"], conf.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--timeout must be between"));
}

#[test]
fn the_window_stays_up_when_the_watched_printer_sends_nested_xml() {
    let printer = hostile_printer(Misbehaviour::NestedXml(5_000));
    let base = printer.server.base();
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    {
        let st = &mut h.state_mut().state;
        let target = Target::parse(&base)
            .and_then(|t| t.with_ipp(&format!("{base}/ipp/print")))
            .unwrap();
        st.journey.printer = Some(ChosenPrinter::new(target, false));
        st.nav.go(Page::Printer);
    }
    step_until(&mut h, "the problem shown", Duration::from_secs(20), |h| {
        h.query_by_label_contains("nested far too deeply").is_some()
    });
}

#[cfg(unix)]
#[test]
fn the_window_opens_when_its_stored_files_are_fifos() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("settings.json", "Your settings file could not be read"),
        (
            "panel-answers.json",
            "The remembered control panels could not be read",
        ),
        (
            "guide-progress.json",
            "The places you reached in the guides could not be read",
        ),
        (
            "printer-certificates.json",
            "The list of printer certificates the app trusts could not be read",
        ),
    ];
    for (name, _) in files {
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join(name))
            .status()
            .unwrap();
        assert!(made.success());
    }
    // Nothing ever writes to the FIFOs: a window that opened them to read would hang.
    let mut h = crate::harness::app_in(dir.path(), eframe::egui::vec2(1000.0, 1400.0));
    crate::harness::settle(&mut h);
    for (name, said) in files {
        assert!(h.query_by_label_contains(said).is_some(), "{name} not said");
        let kind = std::fs::symlink_metadata(dir.path().join(name))
            .unwrap()
            .file_type();
        assert!(
            std::os::unix::fs::FileTypeExt::is_fifo(&kind),
            "{name} left where it was"
        );
    }
}

#[test]
fn the_window_stays_up_when_quoted_attributes_hide_the_nesting() {
    // The issue's document: `<a x="/>">` 5,000 times (70 KB) aborted the whole app on
    // the watcher's 2 MiB stack right after "Use this printer".
    let printer = hostile_printer(Misbehaviour::Xml(br#"<a x="/>">"#.repeat(5_000)));
    let base = printer.server.base();
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    {
        let st = &mut h.state_mut().state;
        let target = Target::parse(&base)
            .and_then(|t| t.with_ipp(&format!("{base}/ipp/print")))
            .unwrap();
        st.journey.printer = Some(ChosenPrinter::new(target, false));
        st.nav.go(Page::Printer);
    }
    step_until(&mut h, "the problem shown", Duration::from_secs(20), |h| {
        h.query_by_label_contains("nested far too deeply").is_some()
    });
}
