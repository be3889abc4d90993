//! The command line's faults of issue 24, end to end: an unknown `--model`, `--out` on a
//! folder and where `--out` wrote, checks that were not asked or were skipped, the case
//! name and note in the summary, and a saved air reading that keeps when it was read.

use std::net::TcpListener;

use crate::cli::{check_state, command, run, run_in, text};

/// A port where nothing listens.
fn closed_port() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().to_string()
}

#[test]
fn an_unknown_model_is_refused_with_what_lookup_says() {
    let conf = tempfile::tempdir().unwrap();
    let out = run_in(conf.path(), &["guide", "touchscreen", "--model", "asdfgh"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("No HP printer matches “asdfgh”"), "{err}");
    assert!(!text(&out.stdout).contains("asdfgh"), "no guide for it");
    let page = conf.path().join("guide.html");
    let out = run_in(
        conf.path(),
        &[
            "guide",
            "touchscreen",
            "--model",
            "asdfgh",
            "--out",
            page.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(!page.exists(), "nothing written");
    // A model it finds still names the printout.
    let out = run_in(
        conf.path(),
        &[
            "guide",
            "touchscreen",
            "--model",
            "9015e",
            "--out",
            page.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        std::fs::read_to_string(&page)
            .unwrap()
            .contains("For the printer: HP OfficeJet Pro 9010 series")
    );
}

#[test]
fn out_on_a_folder_is_a_usage_error_and_out_says_where_it_wrote() {
    let conf = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let base = ["report", "--router", &closed_port(), "--no-scan"];
    let out = run_in(
        conf.path(),
        &[&base[..], &["--out", folder.path().to_str().unwrap()]].concat(),
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("is a folder"), "{err}");
    assert!(
        err.contains("wps-support-summary.txt"),
        "suggests a name: {err}"
    );
    let out = run_in(
        conf.path(),
        &[
            "guide",
            "touchscreen",
            "--out",
            folder.path().to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    // Written: one line on standard error with the full path; standard output stays empty.
    let file = folder.path().join("summary.md");
    let out = command(conf.path())
        .current_dir(folder.path())
        .args(base)
        .args(["--format", "md", "--out", "summary.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let said = text(&out.stderr);
    let expected = format!("Written to {}", file.display());
    assert_eq!(said.lines().filter(|l| *l == expected).count(), 1, "{said}");
    assert!(file.exists());
}

#[test]
fn checks_not_asked_and_checks_skipped_say_so() {
    let conf = tempfile::tempdir().unwrap();
    let router = closed_port();
    // No printer given: its checks were not asked.
    let out = run_in(conf.path(), &["report", "--router", &router, "--no-scan"]);
    let t = text(&out.stdout);
    assert!(
        t.contains("The printer answers: Not asked (no printer address)"),
        "{t}"
    );
    assert!(!t.contains("Not checked yet"), "{t}");
    let out = run_in(
        conf.path(),
        &[
            "report",
            "--router",
            &router,
            "--no-scan",
            "--format",
            "json",
        ],
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(check_state(&doc, "firmware").unwrap(), "not_asked");
    assert_eq!(check_state(&doc, "router_answers").unwrap(), "failed");
    // A printer that does not answer: what it would have said was skipped.
    let printer = format!("http://{}", closed_port());
    let out = run_in(
        conf.path(),
        &[
            "report",
            "--printer",
            &printer,
            "--router",
            &router,
            "--no-scan",
        ],
    );
    let t = text(&out.stdout);
    assert!(t.contains("The printer answers: Failed"), "{t}");
    assert!(t.contains("Skipped (the printer did not answer)"), "{t}");
    assert!(
        !t.contains("Not checked yet") && !t.contains("Not asked"),
        "{t}"
    );
    let out = run_in(
        conf.path(),
        &[
            "report",
            "--printer",
            &printer,
            "--router",
            &router,
            "--no-scan",
            "--format",
            "json",
        ],
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(check_state(&doc, "firmware").unwrap(), "skipped");
    assert_eq!(check_state(&doc, "printer_answers").unwrap(), "failed");
}

#[test]
fn the_case_and_note_head_the_summary_in_every_format() {
    let conf = tempfile::tempdir().unwrap();
    let router = closed_port();
    for (format, case, note) in [
        (
            "text",
            "Case: #4711 <Smith>",
            "Note: printer on the 2nd floor",
        ),
        (
            "md",
            "Case: \\#4711 &lt;Smith&gt;",
            "Note: printer on the 2nd floor",
        ),
        (
            "html",
            "Case: #4711 &lt;Smith&gt;",
            "Note: printer on the 2nd floor",
        ),
    ] {
        let out = run_in(
            conf.path(),
            &[
                "report",
                "--router",
                &router,
                "--no-scan",
                "--format",
                format,
                "--case",
                "#4711 <Smith>",
                "--note",
                "printer on the\n2nd floor",
            ],
        );
        let t = text(&out.stdout);
        assert!(t.contains(case), "{format}: {t}");
        assert!(t.contains(note), "{format}: {t}");
    }
    let out = run(&[
        "report",
        "--router",
        &router,
        "--no-scan",
        "--format",
        "json",
        "--case",
        "#4711",
        "--note",
        "bell \u{7}",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["case"], "#4711");
    assert_eq!(doc["note"], "bell \\x07");
}

#[test]
fn a_saved_reading_keeps_the_time_it_was_read() {
    let conf = tempfile::tempdir().unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/core/tests/fixtures/air/home-pin-active.json");
    // A reading made on 2026-11-24 at 12:14:56 UTC.
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&fixture).unwrap()).unwrap();
    doc["read_at"] = serde_json::json!(1_795_522_496_000u64);
    let dated = conf.path().join("dated.json");
    std::fs::write(&dated, doc.to_string()).unwrap();
    let out = run_in(conf.path(), &["air", "--from", dated.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    assert!(t.contains("2026-11-24 12:14:56 UTC (file)"), "{t}");
    // Saved again, it keeps that time; JSON says it too.
    let again = conf.path().join("again.json");
    let out = run_in(
        conf.path(),
        &[
            "air",
            "--from",
            dated.to_str().unwrap(),
            "--save",
            again.to_str().unwrap(),
            "--json",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["read_at"], "2026-11-24 12:14:56 UTC");
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&again).unwrap()).unwrap();
    assert_eq!(saved["read_at"], 1_795_522_496_000u64);
    // A file saved before `read_at` existed still loads.
    let out = run_in(conf.path(), &["air", "--from", fixture.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
}
