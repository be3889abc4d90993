//! Setting a printer's Wi-Fi over CDM, against a fake CDM printer served in this process
//! that behaves as facts/printer-wifi-setup.md §2-§3 says.

use wps_pin_core::net::address::Target;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::wifi::{
    Access, PrinterWifi, Progress, Protocol, Secret, Security, WifiProblem,
};

use crate::support::wifi_cdm::{CdmOptions, JOINED_IP, OLD_PASSPHRASE, cdm_printer};
use crate::wifi_ledm::{fast, named, open, pass};

#[test]
fn the_radio_the_scan_and_the_whole_document_patched_back() {
    let (printer, state) = cdm_printer(CdmOptions::default(), true);
    let target = Target::parse(&printer.url()).unwrap();
    let mut certs = Certificates::in_memory();
    let status = fast().status(&open(&target), &mut certs);
    assert_eq!(status.protocol, Some(Protocol::Cdm));
    let s = status.state.clone().unwrap();
    assert_eq!(
        (s.present, s.enabled, s.connected),
        (true, Some(false), Some(false))
    );
    assert!(!format!("{status:?}").contains(OLD_PASSPHRASE));

    let mut steps = Vec::new();
    let list = fast().networks(&open(&target), &mut certs, &mut |p| steps.push(p));
    assert!(list.read, "{:?}", list.problems);
    assert!(
        steps.contains(&Progress::RadioOn)
            && steps.iter().any(|p| matches!(p, Progress::Scanning { .. }))
    );
    assert!(state.lock().unwrap().enabled);
    assert_eq!(list.networks[0].ssid.display(), "HomeWiFi");
    assert_eq!(list.networks[0].security, Security::Wpa2Personal);
    assert_eq!(list.networks[1].ssid.display(), "Büro 5G");
    assert_eq!(list.networks[1].security, Security::Wpa3Personal);
    assert_eq!(list.to_json()["networks"][1]["security"], "wpa3-personal");

    let report = fast().join(
        &open(&target),
        &mut certs,
        &named("HomeWiFi"),
        Some(&pass("correct horse battery")),
        &mut |_| {},
    );
    assert!(report.joined, "{:?}", report.problems);
    assert_eq!(report.ipv4.unwrap().to_string(), JOINED_IP);
    let written = state.lock().unwrap().written.clone();
    let doc = &written[0];
    assert!(doc.get("version").is_none(), "version dropped");
    assert_eq!(doc["band"], "dualBand", "the rest of the document kept");
    assert_eq!(doc["profile1"]["ssid"], "HomeWiFi");
    assert_eq!(
        doc["profile1"]["authenticationMode"], "auto",
        "wpaOrWpa2 is sent as auto"
    );
    assert_eq!(doc["profile1"]["passPhrase"], "correct horse battery");
    assert!(printer.requests().iter().all(|r| r.tls));
}

#[test]
fn sign_in_by_the_password_grant_once_never_guessed() {
    let options = CdmOptions {
        admin: Some("label-pin-1234".into()),
        ..CdmOptions::default()
    };
    let (printer, state) = cdm_printer(options, true);
    let target = Target::parse(&printer.url()).unwrap();
    let status = fast().status(&open(&target), &mut Certificates::in_memory());
    assert_eq!(
        status.protocol,
        Some(Protocol::Cdm),
        "a CDM printer that wants sign-in"
    );
    assert!(
        matches!(status.problems[..], [WifiProblem::SignInNeeded { .. }]),
        "{:?}",
        status.problems
    );
    assert_eq!(
        state.lock().unwrap().grants,
        0,
        "no password, no grant: nothing is guessed"
    );

    let wrong = Secret::new("admin".into());
    let access = Access {
        admin_password: Some(&wrong),
        ..open(&target)
    };
    let status = fast().status(&access, &mut Certificates::in_memory());
    assert!(
        matches!(status.problems[..], [WifiProblem::SignInRefused { .. }]),
        "{:?}",
        status.problems
    );
    assert!(
        state.lock().unwrap().grants <= 2,
        "the two documented shapes at most"
    );

    let right = Secret::new("label-pin-1234".into());
    let access = Access {
        admin_password: Some(&right),
        ..open(&target)
    };
    let report = fast().join(
        &access,
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&pass("correct horse battery")),
        &mut |_| {},
    );
    assert!(report.joined, "{:?}", report.problems);
    let grant = printer
        .requests()
        .into_iter()
        .find(|r| r.path == "/cdm/oauth2/v1/token")
        .unwrap();
    assert!(grant.tls);
    let body: serde_json::Value = serde_json::from_slice(&grant.body).unwrap();
    assert_eq!(body["grant_type"], "password");
}

#[test]
fn a_printer_that_never_connects_is_not_a_success() {
    let (printer, _) = cdm_printer(CdmOptions::default(), true);
    let target = Target::parse(&printer.url()).unwrap();
    let mut real = fast();
    real.pace.watch_limit = std::time::Duration::from_millis(400);
    let report = real.join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&pass("wrong but long enough")),
        &mut |_| {},
    );
    assert!(report.sent && !report.joined);
    assert_eq!(
        report.to_json()["problems"][0]["kind"],
        "timeout",
        "{:?}",
        report.problems
    );

    let options = CdmOptions {
        failed_state: "authenticationFailure",
        ..CdmOptions::default()
    };
    let (printer, _) = cdm_printer(options, true);
    let target = Target::parse(&printer.url()).unwrap();
    let report = fast().join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&pass("wrong but long enough")),
        &mut |_| {},
    );
    assert_eq!(
        report.problems,
        [WifiProblem::WrongPassphrase { code: None }]
    );
}

#[test]
fn over_plain_http_the_settings_document_is_not_even_read_without_consent() {
    let (printer, state) = cdm_printer(CdmOptions::default(), false);
    let target = Target::parse(&printer.url()).unwrap();
    let status = fast().status(&open(&target), &mut Certificates::in_memory());
    assert!(status.state.is_some() && !status.encrypted);
    let report = fast().join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&pass("correct horse battery")),
        &mut |_| {},
    );
    assert_eq!(report.problems, [WifiProblem::UnencryptedRefused]);
    assert!(
        !printer
            .requests()
            .iter()
            .any(|r| r.path == "/cdm/ioConfig/v2/wirelessConfig"),
        "the document that holds the old password never crossed the network in clear"
    );
    assert!(state.lock().unwrap().written.is_empty());
}
