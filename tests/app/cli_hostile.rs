//! Hostile arguments and files against the command line, end to end on the loopback:
//! arguments that are not UTF-8, FIFOs and devices where files belong, 20 `probe`s at
//! once sharing one settings folder, a reading saved with a byte order mark, and a
//! printer named with its IPv6 zone.

use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use wps_pin_core::net::certificates::Certificates;

use crate::cli::{command, run_in, text};
use crate::support::fake_printer::fake_printer_on;
use crate::support::tls_printer::tls_printer_on;

fn air_fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/core/tests/fixtures/air/home-pin-active.json")
}

/// Waits for `child` at most `limit`; a child still running then is killed and the test
/// fails (a hang is the bug these tests look for).
fn finish_within(mut child: Child, limit: Duration, what: &str) -> Output {
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{what} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success(), "{}", path.display());
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_are_file_names_or_a_usage_error() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let conf = tempfile::tempdir().unwrap();
    let bytes = OsStr::from_bytes(b"caf\xe9");
    // Text: a usage error with a sentence, not a panic.
    let out = command(conf.path())
        .arg("lookup")
        .arg(bytes)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("“caf\u{fffd}” is not text the app can read"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    let out = command(conf.path())
        .args(["report", "--router", "127.0.0.1:9", "--no-scan", "--model"])
        .arg(bytes)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    // A file name: any bytes a Linux file name may hold.
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join(OsStr::from_bytes(b"summary-\xe9.txt"));
    let out = command(conf.path())
        .args(["report", "--router", "127.0.0.1:9", "--no-scan", "--out"])
        .arg(&summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        std::fs::read_to_string(&summary)
            .unwrap()
            .contains("support summary")
    );
    let reading = dir.path().join(OsStr::from_bytes(b"air-\xff.json"));
    std::fs::copy(air_fixture(), &reading).unwrap();
    let out = command(conf.path())
        .args(["air", "--json", "--from"])
        .arg(&reading)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["networks"][0]["ssid"], "HomeNetwork");
}

#[test]
fn twenty_probes_at_once_keep_twenty_certificates() {
    let conf = tempfile::tempdir().unwrap();
    // One HTTPS printer per loopback address: the certificates are kept per host.
    let hosts: Vec<String> = (2..22).map(|n| format!("127.0.0.{n}")).collect();
    let children: Vec<Child> = hosts
        .iter()
        .map(|host| {
            let port = tls_printer_on(host, b"<hello/>");
            command(conf.path())
                .args([
                    "probe",
                    &format!("https://{host}:{port}"),
                    "--ipp",
                    &format!("ipps://{host}:{port}/ipp/print"),
                    "--json",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = finish_within(child, Duration::from_secs(60), "probe");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    let kept = Certificates::load(conf.path());
    assert!(kept.problem.is_none());
    let missing: Vec<&String> = hosts.iter().filter(|h| kept.get(h).is_none()).collect();
    assert!(missing.is_empty(), "forgotten: {missing:?}");
    let leftovers: Vec<_> = std::fs::read_dir(conf.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_the_certificates_does_not_hang_probe() {
    let conf = tempfile::tempdir().unwrap();
    mkfifo(&conf.path().join("printer-certificates.json"));
    let printer = fake_printer_on("127.0.0.1");
    let base = printer.server.base();
    let child = command(conf.path())
        .args(["probe", &base, "--ipp", &format!("{base}/ipp/print")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = finish_within(child, Duration::from_secs(30), "probe over a FIFO");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("printer certificates the app trusts could not be read"),
        "{err}"
    );
    assert!(err.contains("The file is here:"), "{err}");
}

#[cfg(unix)]
#[test]
fn from_a_fifo_waits_for_it_and_from_a_device_is_refused() {
    let conf = tempfile::tempdir().unwrap();
    let fifo = conf.path().join("reading.fifo");
    mkfifo(&fifo);
    let child = command(conf.path())
        .args(["air", "--json", "--from"])
        .arg(&fifo)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The person named the FIFO: the command waits for what is written to it. (Should
    // it never open the FIFO, the writer stays blocked and ends with the test process.)
    let (writer_fifo, reading) = (fifo.clone(), std::fs::read(air_fixture()).unwrap());
    std::thread::spawn(move || std::fs::write(writer_fifo, reading));
    let out = finish_within(child, Duration::from_secs(30), "air --from FIFO");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["source"], "file");
    assert_eq!(doc["networks"][0]["ssid"], "HomeNetwork");
    for args in [
        &["air", "--from", "/dev/zero"][..],
        &[
            "report",
            "--router",
            "127.0.0.1:9",
            "--air-from",
            "/dev/zero",
        ],
    ] {
        let child = command(conf.path())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = finish_within(child, Duration::from_secs(30), "--from /dev/zero");
        let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert!(said.contains("/dev/zero is not an ordinary file"), "{said}");
    }
}

#[test]
fn a_reading_saved_with_a_byte_order_mark_is_read() {
    let conf = tempfile::tempdir().unwrap();
    let with_bom = conf.path().join("bom.json");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(air_fixture()).unwrap());
    std::fs::write(&with_bom, bytes).unwrap();
    let out = run_in(
        conf.path(),
        &["air", "--json", "--from", with_bom.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["networks"][0]["ssid"], "HomeNetwork");
}

#[cfg(target_os = "linux")]
#[test]
fn a_printer_named_with_its_ipv6_zone() {
    let printer = fake_printer_on("::1");
    let port = printer.server.addr.port();
    let conf = tempfile::tempdir().unwrap();
    for address in ["::1%lo".to_owned(), format!("http://[::1%25lo]:{port}/")] {
        let out = run_in(
            conf.path(),
            &[
                "probe",
                &address,
                "--ipp",
                &format!("ipp://[::1%25lo]:{port}/ipp/print"),
                "--json",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["address"], "::1%lo");
        assert_eq!(doc["model"], "HP ENVY 5540 series");
    }
}
