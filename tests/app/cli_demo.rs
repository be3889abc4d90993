//! `--demo` on the command line, as a help-desk trainee uses it: `scan`, `probe`, `report`
//! and `air` answer from the simulated world the window's demo uses, say so (a first line
//! of text, `"simulated": true` in JSON), and leave the real world alone: a printer and a
//! router listening on the loopback are never contacted, NetworkManager is never asked
//! for a scan, and nothing is written to the settings folder.

use std::net::TcpListener;
use std::path::Path;
use std::process::Output;

use crate::cli::{check_state, command, text};

const NOTE: &str = "Demo mode: the printers, the router and the Wi-Fi here are simulated";

fn demo(conf: &Path, args: &[&str]) -> Output {
    command(conf).args(args).output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", text(&out.stdout), text(&out.stderr)))
}

/// A listener nothing should connect to.
fn untouchable() -> TcpListener {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.set_nonblocking(true).unwrap();
    l
}

fn never_contacted(l: &TcpListener, what: &str) {
    match l.accept() {
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
        other => panic!("demo mode reached the real {what}: {other:?}"),
    }
}

#[test]
fn scan_lists_the_printers_on_the_simulated_network_and_says_so() {
    let conf = tempfile::tempdir().unwrap();
    let out = demo(conf.path(), &["--demo", "scan", "--timeout", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    assert!(t.lines().next().unwrap().starts_with(NOTE), "{t}");
    assert!(
        t.contains("Found: HP OfficeJet Pro 9010 series [4F1A2B]"),
        "{t}"
    );
    assert!(t.contains("192.0.2.41"), "{t}");
    // The DeskJet 2700 waits in setup mode: it is on no network yet.
    assert!(!t.contains("DeskJet"), "{t}");

    // The flag works after the command too.
    let out = demo(conf.path(), &["scan", "--demo", "--timeout", "2", "--json"]);
    let doc = json(&out);
    assert_eq!(doc["simulated"], true);
    let names: Vec<&str> = doc["printers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        doc["printers"][0]["addresses"][0]
            .as_str()
            .unwrap()
            .starts_with("192.0.2.")
    );
}

#[test]
fn probe_answers_for_the_demo_printers_only() {
    let conf = tempfile::tempdir().unwrap();
    let out = demo(conf.path(), &["--demo", "probe", "192.0.2.23", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc = json(&out);
    assert_eq!(doc["simulated"], true);
    assert_eq!(doc["model"], "HP OfficeJet Pro 9010 series");
    assert_eq!(doc["adapters"][0]["kind"], "ethernet");
    assert_eq!(doc["adapters"][0]["connected"], true);

    // The printer in setup mode is on no network: nothing answers, and no cable is said.
    let out = demo(conf.path(), &["--demo", "probe", "192.0.2.57"]);
    assert_eq!(out.status.code(), Some(1));
    let t = text(&out.stdout);
    assert!(t.starts_with(NOTE), "{t}");
    assert!(t.contains("Nothing answered at 192.0.2.57"), "{t}");
    assert!(!t.contains("cable"), "{t}");

    // A real printer is not asked.
    let printer = untouchable();
    let url = format!("http://{}", printer.local_addr().unwrap());
    let out = demo(conf.path(), &["probe", &url, "--demo", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let doc = json(&out);
    assert_eq!(doc["simulated"], true);
    assert_eq!(doc["problems"][0]["kind"], "not_asked");
    never_contacted(&printer, "printer");
    assert_eq!(
        std::fs::read_dir(conf.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn report_runs_the_checks_in_the_simulated_world_and_the_summary_says_so() {
    let conf = tempfile::tempdir().unwrap();
    let args = [
        "--demo",
        "report",
        "--printer",
        "192.0.2.41",
        "--format",
        "json",
    ];
    let out = demo(conf.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc = json(&out);
    assert_eq!(doc["simulated"], true);
    assert_eq!(doc["router"], "192.0.2.1");
    assert_eq!(doc["this_computer"], "192.0.2.20/24");
    assert_eq!(doc["air"]["source"], "demo");
    let state = |key: &str| check_state(&doc, key);
    assert_eq!(state("printer_answers").as_deref(), Some("passed"));
    assert_eq!(state("router_wps").as_deref(), Some("passed"));
    assert_eq!(state("wireless_adapter").as_deref(), Some("failed"));
    // On its cable, not on Wi-Fi yet: no network to compare.
    assert_eq!(state("same_wifi").as_deref(), Some("not_checked"));

    // The trainer's router state; the text summary opens with the demo line.
    let out = demo(
        conf.path(),
        &[
            "report",
            "--demo",
            "--demo-router",
            "locked",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        check_state(&json(&out), "wps_unlocked").as_deref(),
        Some("failed")
    );
    let out = demo(conf.path(), &["--demo", "report"]);
    let t = text(&out.stdout);
    let about = t.split("The printer").next().unwrap();
    assert!(about.contains(NOTE), "{t}");

    // Options that would read the real world are refused.
    let router = untouchable();
    let addr = router.local_addr().unwrap().to_string();
    let out = demo(conf.path(), &["--demo", "report", "--router", &addr]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--router does not go with --demo"));
    let out = demo(
        conf.path(),
        &["--demo", "report", "--air-from", "reading.json"],
    );
    assert_eq!(out.status.code(), Some(2));
    let out = demo(
        conf.path(),
        &["--demo", "report", "--printer", &format!("http://{addr}")],
    );
    assert_eq!(out.status.code(), Some(1), "a real printer is not asked");
    never_contacted(&router, "router and printer");
    assert_eq!(
        std::fs::read_dir(conf.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn air_reads_the_simulated_router_and_the_printers_networks() {
    let conf = tempfile::tempdir().unwrap();
    let out = demo(
        conf.path(),
        &["--demo", "--demo-router", "pin-active", "air", "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc = json(&out);
    assert_eq!(doc["simulated"], true);
    assert_eq!(doc["source"], "demo");
    let home = &doc["networks"][0];
    assert_eq!(home["ssid"], "HomeNetwork");
    assert_eq!(home["connected"], true);
    assert_eq!(home["verdict"], "pin_active");
    let kinds: Vec<(&str, &str)> = doc["printers_in_air"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["kind"].as_str().unwrap(), p["ssid"].as_str().unwrap()))
        .collect();
    assert!(
        kinds.contains(&("setup", "HP-Setup-0C-DeskJet 2700")),
        "{kinds:?}"
    );

    let out = demo(conf.path(), &["air", "--demo"]);
    let t = text(&out.stdout);
    assert!(t.starts_with(NOTE), "{t}");
    assert!(
        t.contains("DeskJet 2700 series offers its own network"),
        "{t}"
    );

    // A simulated reading is never saved, and a saved one is not read in demo mode.
    let saved = conf.path().join("reading.json");
    let out = demo(
        conf.path(),
        &["--demo", "air", "--save", saved.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!saved.exists());
    let out = demo(
        conf.path(),
        &["--demo", "air", "--from", saved.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));

    // Outside demo mode, no document says "simulated".
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/core/tests/fixtures/air/home-pin-active.json");
    let out = demo(
        conf.path(),
        &["air", "--json", "--from", fixture.to_str().unwrap()],
    );
    assert!(json(&out).get("simulated").is_none());
}

/// The radio is never read in demo mode: a stand-in NetworkManager on a private system
/// bus is not asked for a scan.
#[cfg(target_os = "linux")]
#[test]
fn air_and_report_in_demo_mode_ask_networkmanager_for_nothing() {
    use crate::support::dbus::PrivateBus;
    use crate::support::fake_nm::{Answer, WIFI, WIRED, stand_in};
    let bus = PrivateBus::start();
    let nm = stand_in(&bus, Answer::Scan, vec![WIRED, WIFI]);
    let conf = tempfile::tempdir().unwrap();
    for args in [
        &["--demo", "air"][..],
        &["--demo", "report", "--format", "json"][..],
    ] {
        let out = command(conf.path())
            .args(args)
            .env("DBUS_SYSTEM_BUS_ADDRESS", &bus.address)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    assert!(nm.calls.lock().unwrap().is_empty());
}
