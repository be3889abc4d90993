use crate::cli::command;
use crate::support::mdns::{announce, responder};

#[test]
fn cli_scan_prints_json_with_the_issue_shape() {
    let conf = tempfile::tempdir().unwrap();
    let resp = responder();
    let uuid = "7d1b3c00-0000-4000-8000-a0b3cc4f1a2b";
    announce(
        &resp,
        "HP LaserJet Pro MFP M428fdw [77D2E1]",
        "_ipp._tcp",
        "HP3C52A177D2E1.local.",
        631,
        &[("ty", "HP LaserJet Pro MFP M428fdw"), ("uuid", uuid)],
    );
    let out = command(conf.path())
        .args(["scan", "--timeout", "4", "--json", "--loopback-only"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = doc["printers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["uuid"] == uuid)
        .expect("our printer is listed");
    assert_eq!(p["id"], uuid);
    assert_eq!(p["name"], "HP LaserJet Pro MFP M428fdw [77D2E1]");
    assert_eq!(p["model"], "HP LaserJet Pro MFP M428fdw");
    assert_eq!(p["is_hp"], true);
    assert_eq!(p["host"], "HP3C52A177D2E1.local");
    assert_eq!(p["addresses"], serde_json::json!(["127.0.0.1"]));
    assert_eq!(p["port"], 631);
    assert_eq!(p["services"], serde_json::json!(["_ipp._tcp"]));
    assert!(p["first_seen_ms"].as_u64().is_some());
    // On the loopback only the app's own search runs (no system cache in tests).
    assert_eq!(p["source"], serde_json::json!(["mdns"]));

    // Text for people: the printer on one line, with its IPv4 address.
    let out = command(conf.path())
        .args(["scan", "--timeout", "3", "--loopback-only"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().any(
            |l| l.starts_with("Found: HP LaserJet Pro MFP M428fdw [77D2E1]")
                && l.ends_with("127.0.0.1")
        ),
        "{text}"
    );
    let _ = resp.shutdown();

    let bad = command(conf.path())
        .args(["scan", "--timeout", "-3"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
