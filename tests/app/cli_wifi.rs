//! `wifi status|networks|join` end to end, against fake LEDM and CDM printers served in
//! this process: the JSON contract, the exit codes, where the password may come from, and
//! that it goes to the printer and nowhere else.

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use crate::cli::{command, text};
use crate::support::wifi_cdm::{CdmOptions, cdm_printer};
use crate::support::wifi_ledm::{JOINED_IP, LedmOptions, Net, ledm_printer};
use crate::support::wifi_printer::hex;

const SECRET: &str = "correct horse battery";

/// Runs `args` with `stdin` written to standard input.
fn run_with(conf: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut c = command(conf);
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = c.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&out.stdout)))
}

#[test]
fn status_networks_and_join_over_tls_as_json() {
    let (printer, _) = ledm_printer(LedmOptions::default(), true);
    let conf = tempfile::tempdir().unwrap();
    let url = printer.url();
    let out = run_with(
        conf.path(),
        &["wifi", "status", "--printer", &url, "--json"],
        "",
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc = json(&out);
    assert_eq!(doc["protocol"], "ledm");
    assert_eq!(
        doc["wifi"],
        serde_json::json!({"present": true, "enabled": true, "connected": false, "ssid": "OldNet", "ipv4": null})
    );
    assert_eq!(doc["problems"], serde_json::json!([]));

    let out = run_with(
        conf.path(),
        &[
            "wifi",
            "networks",
            "--printer",
            &url,
            "--json",
            "--poll-ms",
            "10",
        ],
        "",
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc = json(&out);
    assert_eq!(
        doc["networks"][0],
        serde_json::json!({"ssid": "HomeWiFi", "bssid": "a0:b3:cc:00:00:00", "channel": 6, "security": "wpa-personal", "signal": 5})
    );
    assert_eq!(doc["networks"][1]["ssid"], "Café ☕");
    assert_eq!(doc["networks"][2]["security"], "open");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wifi-password.txt");
    std::fs::write(&file, format!("{SECRET}\n")).unwrap();
    let out = run_with(
        conf.path(),
        &[
            "wifi",
            "join",
            "--printer",
            &url,
            "--ssid",
            "HomeWiFi",
            "--passphrase-file",
            file.to_str().unwrap(),
            "--json",
            "--poll-ms",
            "20",
        ],
        "",
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{} {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let doc = json(&out);
    assert_eq!(
        doc,
        serde_json::json!({"protocol": "ledm", "ssid": "HomeWiFi", "joined": true, "ipv4": JOINED_IP, "problems": []})
    );
}

#[test]
fn the_password_from_standard_input_and_plain_http_only_with_consent() {
    let (printer, state) = ledm_printer(LedmOptions::default(), false);
    let conf = tempfile::tempdir().unwrap();
    let url = printer.url();
    let args = [
        "wifi",
        "join",
        "--printer",
        &url,
        "--ssid",
        "HomeWiFi",
        "--poll-ms",
        "20",
    ];
    let out = run_with(conf.path(), &args, &format!("{SECRET}\n"), &[]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.contains("no secure connection") && said.contains("--allow-unencrypted"),
        "{said}"
    );
    assert!(state.lock().unwrap().written.is_empty(), "nothing sent");

    let mut allowed = args.to_vec();
    allowed.extend(["--allow-unencrypted", "--json"]);
    let out = run_with(conf.path(), &allowed, &format!("{SECRET}\r\n"), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(json(&out)["joined"], true);
}

#[test]
fn usage_errors_exit_2_before_the_printer_is_asked() {
    let (printer, _) = ledm_printer(LedmOptions::default(), true);
    let conf = tempfile::tempdir().unwrap();
    let url = printer.url();
    let join = |ssid: &str, stdin: &str| {
        run_with(
            conf.path(),
            &["wifi", "join", "--printer", &url, "--ssid", ssid],
            stdin,
            &[],
        )
    };
    let out = join("HomeWiFi", "short\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("at least 8 characters"));
    assert_eq!(
        join("HomeWiFi", &format!("{}\n", "x".repeat(64)))
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        join("HomeWiFi", "").status.code(),
        Some(2),
        "no password at all"
    );
    assert_eq!(
        join("", &format!("{SECRET}\n")).status.code(),
        Some(2),
        "an empty name"
    );
    assert_eq!(
        join(&"n".repeat(33), &format!("{SECRET}\n")).status.code(),
        Some(2)
    );
    let out = run_with(
        conf.path(),
        &["wifi", "join", "--printer", "not a host", "--ssid", "x"],
        SECRET,
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let out = run_with(
        conf.path(),
        &["wifi", "join", "--printer", &url],
        SECRET,
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "--ssid is required");
    assert!(printer.requests().is_empty(), "the printer was never asked");
    // 64 hexadecimal digits are a key, not a usage error: the printer is asked.
    let key = "ab".repeat(32);
    let out = run_with(
        conf.path(),
        &[
            "wifi",
            "join",
            "--printer",
            &url,
            "--ssid",
            "HomeWiFi",
            "--poll-ms",
            "20",
            "--watch-seconds",
            "1",
        ],
        &key,
        &[],
    );
    assert_eq!(out.status.code(), Some(1), "a wrong key does not join");
}

#[test]
fn a_wrong_password_and_a_printer_that_asks_for_sign_in_exit_1_with_their_kinds() {
    let (ledm, _) = ledm_printer(LedmOptions::default(), true);
    let conf = tempfile::tempdir().unwrap();
    let url = ledm.url();
    let out = run_with(
        conf.path(),
        &[
            "wifi",
            "join",
            "--printer",
            &url,
            "--ssid",
            "HomeWiFi",
            "--json",
            "--poll-ms",
            "20",
        ],
        "wrong password!\n",
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let doc = json(&out);
    assert_eq!(
        (doc["joined"].clone(), doc["problems"][0]["kind"].clone()),
        (false.into(), "wrong_passphrase".into())
    );

    let options = CdmOptions {
        admin: Some("label-pin-1234".into()),
        ..CdmOptions::default()
    };
    let (cdm, _) = cdm_printer(options, true);
    let conf = tempfile::tempdir().unwrap();
    let url = cdm.url();
    let args = [
        "wifi",
        "join",
        "--printer",
        &url,
        "--ssid",
        "HomeWiFi",
        "--json",
        "--poll-ms",
        "20",
    ];
    let out = run_with(conf.path(), &args, &format!("{SECRET}\n"), &[]);
    assert_eq!(out.status.code(), Some(1));
    let doc = json(&out);
    assert_eq!(
        (doc["protocol"].clone(), doc["problems"][0]["kind"].clone()),
        ("cdm".into(), "sign_in_needed".into())
    );
    let dir = tempfile::tempdir().unwrap();
    let admin = dir.path().join("admin.txt");
    std::fs::write(&admin, "label-pin-1234\n").unwrap();
    let mut with_admin = args.to_vec();
    with_admin.extend(["--admin-password-file", admin.to_str().unwrap()]);
    let out = run_with(conf.path(), &with_admin, &format!("{SECRET}\n"), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn the_passwords_appear_in_no_output_log_or_file_even_at_trace_level() {
    let options = CdmOptions {
        admin: Some("Adm1n-cli-secret".into()),
        password: "Zq7-cli-wifi-secret".into(),
        ..CdmOptions::default()
    };
    let (printer, _) = cdm_printer(options, true);
    let conf = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let admin = dir.path().join("admin.txt");
    std::fs::write(&admin, "Adm1n-cli-secret").unwrap();
    let url = printer.url();
    let trace = [("RUST_LOG", "trace")];
    let mut said = String::new();
    for (passphrase, json) in [
        ("Zq7-cli-wifi-secret", true),
        ("Zq7-cli-wifi-secret", false),
        ("Zq7-wrong-but-long", false),
    ] {
        let mut args = vec![
            "wifi",
            "join",
            "--printer",
            &url,
            "--ssid",
            "HomeWiFi",
            "--admin-password-file",
            admin.to_str().unwrap(),
            "--poll-ms",
            "20",
            "--watch-seconds",
            "1",
        ];
        if json {
            args.push("--json");
        }
        let out = run_with(conf.path(), &args, &format!("{passphrase}\n"), &trace);
        said.push_str(&text(&out.stdout));
        said.push_str(&text(&out.stderr));
    }
    assert!(
        said.contains("TRACE") || said.contains("DEBUG"),
        "the log was on"
    );
    let forms = [
        "Zq7-cli-wifi-secret",
        "Zq7-wrong-but-long",
        "Adm1n-cli-secret",
    ];
    for f in forms {
        assert!(!said.contains(f), "{f} was shown or logged");
        assert!(!said.contains(&hex(f.as_bytes())));
    }
    for entry in std::fs::read_dir(conf.path()).unwrap().flatten() {
        let bytes = std::fs::read(entry.path()).unwrap_or_default();
        for f in forms {
            assert!(
                !String::from_utf8_lossy(&bytes).contains(f),
                "{f} in {:?}",
                entry.path()
            );
        }
    }
    for r in printer.requests() {
        assert!(r.tls, "everything over TLS: {}", r.path);
    }
}

#[test]
fn network_names_with_terminal_escapes_are_shown_escaped() {
    let nets: Vec<Net> = vec![(b"Evil\x1b[2J\x1b]0;owned\x07".to_vec(), "WPA_PSK", 5, 6)];
    let options = LedmOptions {
        networks: nets,
        ..LedmOptions::default()
    };
    let (printer, _) = ledm_printer(options, true);
    let conf = tempfile::tempdir().unwrap();
    let out = run_with(
        conf.path(),
        &[
            "wifi",
            "networks",
            "--printer",
            &printer.url(),
            "--poll-ms",
            "10",
        ],
        "",
        &[],
    );
    assert_eq!(out.status.code(), Some(0));
    let shown = text(&out.stdout);
    assert!(
        !shown.contains('\x1b') && !shown.contains('\x07'),
        "{shown:?}"
    );
    assert!(
        shown.contains(
            "“Evil\\x1b[2J\\x1b]0;owned\\x07”: WPA personal (one password), signal good, channel 6"
        ),
        "{shown}"
    );
    let out = run_with(
        conf.path(),
        &["wifi", "status", "--printer", &printer.url()],
        "",
        &[],
    );
    let shown = text(&out.stdout);
    assert!(
        shown.contains("Not connected to Wi-Fi.") && shown.contains("Read through LEDM"),
        "{shown}"
    );
}
