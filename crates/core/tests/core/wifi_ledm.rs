//! Setting a printer's Wi-Fi over LEDM, against a fake LEDM printer served in this
//! process (over TLS and plain HTTP) that behaves as facts/printer-wifi-setup.md §1 says.

use std::time::Duration;

use wps_pin_core::net::address::Target;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::wifi::{
    Access, Chosen, Pace, Passphrase, PrinterWifi, Progress, Protocol, Real, Secret, Security,
    Ssid, VsaCode, WifiProblem,
};

use crate::support::wifi_ledm::{JOINED_IP, LedmOptions, OLD_PASSPHRASE, basic, ledm_printer};
use crate::support::wifi_printer::{Handler, Reply, serve_on};

pub fn fast() -> Real {
    Real {
        pace: Pace {
            scan_poll: Duration::from_millis(10),
            scan_limit: Duration::from_secs(5),
            watch_poll: Duration::from_millis(20),
            watch_limit: Duration::from_secs(5),
            settle: Duration::ZERO,
        },
        ..Real::default()
    }
}

pub fn open(target: &Target) -> Access<'_> {
    Access {
        target,
        allow_unencrypted: false,
        admin_password: None,
    }
}

pub fn pass(s: &str) -> Passphrase {
    Passphrase::new(s.into()).unwrap()
}

pub fn named(s: &str) -> Chosen {
    Chosen::Named(Ssid::from_text(s).unwrap())
}

#[test]
fn over_tls_the_printer_is_read_scanned_and_joined() {
    let (printer, state) = ledm_printer(LedmOptions::default(), true);
    let target = Target::parse(&printer.url()).unwrap();
    let mut certs = Certificates::in_memory();
    let mut wifi = fast();

    let status = wifi.status(&open(&target), &mut certs);
    assert_eq!(status.protocol, Some(Protocol::Ledm));
    assert!(status.encrypted);
    let s = status.state.clone().unwrap();
    assert!(s.present && s.enabled == Some(true) && s.connected == Some(false));
    assert_eq!(s.ipv4, None, "0.0.0.0 is no address");
    assert_eq!(s.cable, Some(true));
    assert_eq!(s.ssid.unwrap().display(), "OldNet");
    assert!(
        !format!("{status:?}").contains(OLD_PASSPHRASE)
            && !status.to_json().to_string().contains(OLD_PASSPHRASE),
        "the printer's stored password is never read out"
    );
    assert!(
        certs.get("127.0.0.1").is_some(),
        "the certificate is learned on first use"
    );

    let mut steps = Vec::new();
    let list = wifi.networks(&open(&target), &mut certs, &mut |p| steps.push(p));
    assert!(list.read, "{:?}", list.problems);
    assert!(
        steps.iter().any(|p| matches!(p, Progress::Scanning { .. })),
        "202 means still scanning: {steps:?}"
    );
    let names: Vec<String> = list.networks.iter().map(|n| n.ssid.display()).collect();
    assert_eq!(
        names,
        ["HomeWiFi", "Café ☕", "OpenNet"],
        "hex decoded, strongest first"
    );
    assert_eq!(list.networks[0].security, Security::WpaPersonal);
    assert_eq!(list.networks[0].bssid.as_deref(), Some("a0:b3:cc:00:00:00"));
    assert_eq!(
        (list.networks[0].channel, list.networks[0].signal),
        (Some(6), Some(5))
    );
    assert_eq!(list.networks[2].security, Security::Open);

    let mut steps = Vec::new();
    let secret = pass("correct horse battery");
    let joined = wifi.join(
        &open(&target),
        &mut certs,
        &named("HomeWiFi"),
        Some(&secret),
        &mut |p| steps.push(p),
    );
    assert!(joined.joined, "{:?}", joined.problems);
    assert_eq!(
        joined.ipv4.map(|a| a.to_string()).as_deref(),
        Some(JOINED_IP)
    );
    assert!(steps.contains(&Progress::Sending));
    assert!(
        steps
            .iter()
            .any(|p| matches!(p, Progress::Waiting { limit: 5, .. }))
    );
    let written = state.lock().unwrap().written.clone();
    assert_eq!(written.len(), 1);
    let body = &written[0];
    assert!(
        body.contains("<wifi:SSID>486f6d6557694669</wifi:SSID>"),
        "{body}"
    );
    assert!(body.contains(&format!(
        "<wifi:PassPhrase>{}</wifi:PassPhrase>",
        crate::support::wifi_printer::hex(b"correct horse battery")
    )));
    assert!(body.contains("<wifi:AuthenticationMode>WPA_PSK</wifi:AuthenticationMode>"));
    assert!(body.contains("<wifi:CommunicationMode>infrastructure</wifi:CommunicationMode>"));
    assert!(
        printer.requests().iter().all(|r| r.tls),
        "everything went over TLS"
    );
}

#[test]
fn the_radio_is_switched_on_with_the_laserjet_payload_when_the_first_fails() {
    let options = LedmOptions {
        radio_on: false,
        payload: 2,
        ..LedmOptions::default()
    };
    let (printer, state) = ledm_printer(options, false);
    let target = Target::parse(&printer.url()).unwrap();
    let mut steps = Vec::new();
    let list = fast().networks(&open(&target), &mut Certificates::in_memory(), &mut |p| {
        steps.push(p)
    });
    assert!(list.read, "{:?}", list.problems);
    assert!(steps.contains(&Progress::RadioOn));
    assert!(state.lock().unwrap().power);
    let puts: Vec<_> = printer
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT")
        .collect();
    assert_eq!(puts.len(), 2, "payload 1, then payload 2");
    assert!(String::from_utf8_lossy(&puts[0].body).starts_with("<io:Adapters "));
    assert!(String::from_utf8_lossy(&puts[1].body).starts_with("<io:Adapter "));
}

#[test]
fn a_wrong_password_is_said_from_vsa603_not_success() {
    let (printer, _) = ledm_printer(LedmOptions::default(), true);
    let target = Target::parse(&printer.url()).unwrap();
    let report = fast().join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&pass("not the password")),
        &mut |_| {},
    );
    assert!(report.sent && !report.joined);
    assert_eq!(
        report.problems,
        [WifiProblem::WrongPassphrase {
            code: Some(VsaCode("603".into()))
        }]
    );
    assert_eq!(report.to_json()["problems"][0]["kind"], "wrong_passphrase");
    assert_eq!(report.to_json()["joined"], false);
}

#[test]
fn writes_that_need_sign_in_get_the_administrator_password_only_when_given() {
    let options = LedmOptions {
        admin: Some("printer-admin-pw".into()),
        ..LedmOptions::default()
    };
    let (printer, _) = ledm_printer(options, true);
    let target = Target::parse(&printer.url()).unwrap();
    let secret = pass("correct horse battery");
    let report = fast().join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&secret),
        &mut |_| {},
    );
    assert!(!report.joined);
    assert!(
        matches!(report.problems[..], [WifiProblem::SignInNeeded { .. }]),
        "{:?}",
        report.problems
    );
    assert_eq!(report.to_json()["problems"][0]["kind"], "sign_in_needed");

    let admin = Secret::new("printer-admin-pw".into());
    let access = Access {
        admin_password: Some(&admin),
        ..open(&target)
    };
    let report = fast().join(
        &access,
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&secret),
        &mut |_| {},
    );
    assert!(report.joined, "{:?}", report.problems);
    let requests = printer.requests();
    let with_auth: Vec<_> = requests
        .iter()
        .filter(|r| r.header("authorization").is_some())
        .collect();
    assert!(!with_auth.is_empty());
    assert!(
        with_auth
            .iter()
            .all(|r| r.header("authorization") == Some(basic("printer-admin-pw").as_str()))
    );
    assert!(
        requests
            .iter()
            .filter(|r| r.method == "GET")
            .all(|r| r.header("authorization").is_none()),
        "reads need nothing"
    );
}

#[test]
fn plain_http_needs_the_persons_consent_before_a_password_is_sent() {
    let (printer, state) = ledm_printer(LedmOptions::default(), false);
    let target = Target::parse(&printer.url()).unwrap();
    let secret = pass("correct horse battery");
    let report = fast().join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&secret),
        &mut |_| {},
    );
    assert_eq!(report.problems, [WifiProblem::UnencryptedRefused]);
    assert!(!report.sent && !report.encrypted);
    assert!(state.lock().unwrap().written.is_empty(), "nothing written");
    assert!(printer.requests().iter().all(|r| r.method == "GET"));

    let allowed = Access {
        allow_unencrypted: true,
        ..open(&target)
    };
    let report = fast().join(
        &allowed,
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&secret),
        &mut |_| {},
    );
    assert!(report.joined, "{:?}", report.problems);

    // An open network carries no password: no consent needed over LEDM.
    let report = fast().join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("OpenNet"),
        Some(&secret),
        &mut |_| {},
    );
    assert!(report.joined, "{:?}", report.problems);
    let last = state.lock().unwrap().written.last().cloned().unwrap();
    assert!(
        !last.contains("KeyInfo") && last.contains("<wifi:AuthenticationMode>open<"),
        "{last}"
    );
}

#[test]
fn a_redirected_write_is_not_followed_and_nothing_reaches_the_other_address() {
    let decoy: Handler = std::sync::Arc::new(|_| Reply::status("200 OK"));
    let other = serve_on("127.0.0.2", decoy, false);
    let options = LedmOptions {
        redirect: Some(format!(
            "{}/IoMgmt/Adapters/Wifi0/Profiles/Active",
            other.url()
        )),
        ..LedmOptions::default()
    };
    let (printer, _) = ledm_printer(options, true);
    let target = Target::parse(&printer.url()).unwrap();
    let report = fast().join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("HomeWiFi"),
        Some(&pass("correct horse battery")),
        &mut |_| {},
    );
    assert!(!report.sent && !report.joined);
    assert_eq!(
        report.to_json()["problems"][0]["kind"],
        "redirect_refused",
        "{:?}",
        report.problems
    );
    assert!(other.requests().is_empty(), "the other address got nothing");
}

#[test]
fn a_name_the_printer_does_not_see_is_said_after_a_directed_scan() {
    let (printer, _) = ledm_printer(LedmOptions::default(), true);
    let target = Target::parse(&printer.url()).unwrap();
    let report = fast().join(
        &open(&target),
        &mut Certificates::in_memory(),
        &named("Hidden Net"),
        Some(&pass("correct horse battery")),
        &mut |_| {},
    );
    assert_eq!(
        report.problems,
        [WifiProblem::NetworkNotFound {
            ssid: "Hidden Net".into()
        }]
    );
    assert_eq!(report.to_json()["problems"][0]["kind"], "network_not_found");
    assert!(
        printer
            .requests()
            .iter()
            .any(|r| r.path == "/IoMgmt/Adapters/Wifi0/WifiNetworks/SSID=Hidden%20Net")
    );
}
