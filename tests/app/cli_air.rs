//! `wps-pin-helper air` end to end: a saved reading (written by hand from the
//! specification) read with --from, as text and JSON, saved again with --save; this
//! machine's radio read without a scan; and the support summary with the air in it.

use std::path::{Path, PathBuf};

use crate::cli::{check_state, command, run, text};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/core/tests/fixtures/air/home-pin-active.json")
}

#[test]
fn air_from_a_file_as_json() {
    let f = fixture();
    let out = run(&["air", "--from", f.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["source"], "file");
    let home = &doc["networks"][0];
    assert_eq!(home["ssid"], "HomeNetwork");
    assert_eq!(home["verdict"], "pin_active");
    assert_eq!(home["connected"], true);
    assert_eq!(home["bss"][0]["wps"]["model_name"], "Home Router");
    assert_eq!(home["bss"][0]["wps"]["registrar"], "pin");
    assert_eq!(home["bss"][1]["wps"]["model_name"], serde_json::Value::Null);
    let verdicts: Vec<&str> = doc["networks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["verdict"].as_str().unwrap())
        .collect();
    assert!(
        verdicts.contains(&"no_wps") && verdicts.contains(&"locked"),
        "{verdicts:?}"
    );
    assert_eq!(
        doc["printers_in_air"][0],
        serde_json::json!({"ssid": "DIRECT-AD-HP DeskJet 3630 series",
            "model": "HP DeskJet 3630 series", "kind": "direct", "signal_dbm": -62})
    );
}

#[test]
fn air_from_a_file_as_text() {
    let f = fixture();
    let out = run(&["air", "--from", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let t = text(&out.stdout);
    assert!(t.contains("Your router is waiting for a PIN now."), "{t}");
    assert!(
        t.contains("“HomeNetwork”: waiting for a PIN (this computer's network)"),
        "{t}"
    );
    assert!(t.contains("“Cafe”: no WPS"), "{t}");
    assert!(t.contains("(name hidden): WPS locked"), "{t}");
    assert!(
        t.contains("HP DeskJet 3630 series offers its own Wi-Fi Direct network"),
        "{t}"
    );
    assert!(
        t.contains("02:00:5e:00:00:01: 2.4 GHz, -48 dBm, PSK, SAE, WPS 2.0"),
        "{t}"
    );
}

#[test]
fn save_writes_what_was_read_and_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("case-1234.json");
    let f = fixture();
    let first = run(&[
        "air",
        "--from",
        f.to_str().unwrap(),
        "--save",
        saved.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(first.status.code(), Some(0));
    assert!(text(&first.stderr).contains("The reading is saved"));
    let again = run(&["air", "--from", saved.to_str().unwrap(), "--json"]);
    let a: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(a["networks"], b["networks"]);
    assert_eq!(a["printers_in_air"], b["printers_in_air"]);
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&saved).unwrap()).unwrap();
    assert_eq!(file["format"], 1);
    assert_eq!(file["bss"][0]["ssid"], "HomeNetwork");
    assert_eq!(file["bss"][4]["ssid"], serde_json::Value::Null);
}

#[test]
fn nothing_read_exits_1_with_a_plain_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.json");
    std::fs::write(&empty, r#"{"format": 1, "bss": []}"#).unwrap();
    let out = run(&["air", "--from", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("No Wi-Fi networks were seen."));
    // A damaged file is said, and never written over by --save.
    let damaged = dir.path().join("damaged.json");
    std::fs::write(&damaged, "{\"format\": 1, \"bss\": [").unwrap();
    let d = damaged.to_str().unwrap();
    let out = run(&["air", "--from", d, "--save", d, "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["unavailable"], "file");
    assert_eq!(
        std::fs::read_to_string(&damaged).unwrap(),
        "{\"format\": 1, \"bss\": ["
    );
    let out = run(&[
        "air",
        "--from",
        dir.path().join("none.json").to_str().unwrap(),
    ]);
    assert!(text(&out.stdout).contains("The saved reading could not be used."));
}

#[test]
fn this_machines_radio_is_read_without_a_scan_and_said_plainly() {
    let out = run(&["air", "--no-scan", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["source"], "nl80211");
    assert_eq!(doc["scan"], "not_asked");
    match out.status.code() {
        // No Wi-Fi adapter (CI), or no netlink in a sandbox: said, exit 1.
        Some(1) => {
            let why = doc["unavailable"].as_str().unwrap_or("nothing seen");
            assert!(
                ["no_wifi", "not_allowed", "nothing seen"].contains(&why),
                "{why}"
            );
            let t = text(&run(&["air", "--no-scan"]).stdout);
            assert!(!t.contains("rror") && !t.contains("panicked"), "{t}");
        }
        Some(0) => assert!(!doc["networks"].as_array().unwrap().is_empty()),
        other => panic!("exit {other:?}: {}", text(&out.stderr)),
    }
}

#[test]
fn the_support_summary_carries_the_air_and_its_checks() {
    let conf = tempfile::tempdir().unwrap();
    let f = fixture();
    let out = command(conf.path())
        .args([
            "report",
            "--router",
            "127.0.0.1:9",
            "--format",
            "json",
            "--air-from",
        ])
        .arg(&f)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["air"]["networks"][0]["verdict"], "pin_active");
    let state = |key: &str| check_state(&doc, key);
    assert_eq!(state("router_wps").as_deref(), Some("passed"));
    assert_eq!(state("wps_unlocked").as_deref(), Some("passed"));
    assert_eq!(state("band_2_4_ghz").as_deref(), Some("passed"));
    let out = command(conf.path())
        .args(["report", "--router", "127.0.0.1:9", "--air-from"])
        .arg(&f)
        .output()
        .unwrap();
    let t = text(&out.stdout);
    assert!(t.contains("Wi-Fi around this computer"), "{t}");
    assert!(
        t.contains("Your Wi-Fi network offers WPS: Passed — HomeNetwork"),
        "{t}"
    );
}

#[test]
fn the_demo_router_state_is_checked_before_any_window_opens() {
    let out = run(&["--demo", "--demo-router", "sleepy"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("ready, no-wps, unconfigured, locked"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["--demo-router", "locked"]);
    assert_eq!(out.status.code(), Some(2), "only with --demo");
}

/// The command line asks NetworkManager for a fresh scan on the system bus — here a
/// private bus with a stand-in NetworkManager — and waits for it to end.
#[cfg(target_os = "linux")]
#[test]
fn air_asks_networkmanager_for_a_fresh_scan_on_the_system_bus() {
    use crate::support::dbus::PrivateBus;
    use crate::support::fake_nm::{Answer, WIFI, WIRED, stand_in};
    let bus = PrivateBus::start();
    let nm = stand_in(&bus, Answer::Scan, vec![WIRED, WIFI]);
    let conf = tempfile::tempdir().unwrap();
    let air = |args: &[&str]| {
        command(conf.path())
            .args(args)
            .env("DBUS_SYSTEM_BUS_ADDRESS", &bus.address)
            .output()
            .unwrap()
    };
    let out = air(&["air", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["scan"], "finished", "{doc}");
    assert_eq!(nm.calls.lock().unwrap().len(), 1);
    // --no-scan sends nothing over the air: NetworkManager is not asked.
    let out = air(&["air", "--no-scan", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["scan"], "not_asked");
    assert_eq!(nm.calls.lock().unwrap().len(), 1);
}
