use crate::cli::command;
use crate::support::fake_printer::fake_printer;

#[test]
fn cli_probe_json_and_exit_codes() {
    let p = fake_printer();
    let conf = tempfile::tempdir().unwrap();
    let out = command(conf.path())
        .args([
            "probe",
            &p.server.base(),
            "--ipp",
            &format!("{}/ipp/print", p.server.base()),
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["address"], "127.0.0.1");
    assert_eq!(doc["model"], "HP ENVY 5540 series");
    assert_eq!(doc["serial"], "TESTSERIAL01");
    assert_eq!(doc["sources"], serde_json::json!(["ipp", "ledm"]));
    assert_eq!(doc["adapters"][0]["kind"], "ethernet");
    assert_eq!(doc["adapters"][0]["connected"], true);
    assert!(
        doc["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == "sign_in_needed"
                && p["text"].as_str().unwrap().contains("sign-in"))
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = command(conf.path())
        .args([
            "probe",
            &format!("http://127.0.0.1:{port}"),
            "--ipp",
            &format!("http://127.0.0.1:{port}/ipp/print"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing answered at 127.0.0.1"));
    let out = command(conf.path())
        .args(["probe", "not a host"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_name_that_is_not_found_is_said_once_with_its_reason() {
    let conf = tempfile::tempdir().unwrap();
    let out = command(conf.path())
        .args(["probe", "notanaddress.invalid"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("The name “notanaddress.invalid” could not be found on this network"),
        "{text}"
    );
    assert!(!text.contains("Nothing answered"), "{text}");
    assert_eq!(text.matches("could not be found").count(), 1, "{text}");
}

#[test]
fn an_address_with_a_port_is_a_usage_error_said_once() {
    let conf = tempfile::tempdir().unwrap();
    let out = command(conf.path())
        .args(["probe", "127.0.0.1:9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing was asked");
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(!said.contains("Nothing answered"), "{said}");
}
