//! The Wi-Fi password goes to the printer and nowhere else: not into any file the app
//! writes, not into any log line at any level (every event of every thread is captured
//! here through a global tracing subscriber), not into any report or its JSON, not to any
//! other address; and over TLS when the printer offers it.

use std::sync::{Mutex, OnceLock};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use wps_pin_core::net::address::Target;
use wps_pin_core::net::certificates::Certificates;
use wps_pin_core::net::wifi::{Access, PrinterWifi, Secret};

use crate::support::wifi_cdm::{CdmOptions, cdm_printer};
use crate::support::wifi_ledm::{LedmOptions, ledm_printer};
use crate::support::wifi_printer::{Handler, Reply, hex, serve_on};
use crate::wifi_ledm::{fast, named, open, pass};

static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Records every event at every level, from every thread.
struct Capture;

struct Text(String);

impl Visit for Text {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push_str(&format!(" {}={value}", field.name()));
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut t = Text(String::new());
        span.record(&mut t);
        LINES.lock().unwrap().push(t.0);
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        let mut t = Text(String::new());
        values.record(&mut t);
        LINES.lock().unwrap().push(t.0);
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut t = Text(event.metadata().target().to_owned());
        event.record(&mut t);
        LINES.lock().unwrap().push(t.0);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }
}

fn capture() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        tracing::subscriber::set_global_default(Capture).expect("the only global subscriber");
    });
}

const WIFI_SECRET: &str = "Zq7-unique-wifi-secret-91";
const ADMIN_SECRET: &str = "Adm1n-unique-secret-44";

#[test]
fn the_passwords_reach_the_printer_over_tls_and_nothing_else() {
    capture();
    let decoy: Handler = std::sync::Arc::new(|_| Reply::status("200 OK"));
    let elsewhere = serve_on("127.0.0.2", decoy, false);
    // One settings folder per printer: both are 127.0.0.1, each with its own certificate.
    let folders = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];

    let ledm = LedmOptions {
        password: WIFI_SECRET.into(),
        admin: Some(ADMIN_SECRET.into()),
        ..LedmOptions::default()
    };
    let (ledm_printer, _) = ledm_printer(ledm, true);
    let cdm = CdmOptions {
        password: WIFI_SECRET.into(),
        admin: Some(ADMIN_SECRET.into()),
        ..CdmOptions::default()
    };
    let (cdm_printer, _) = cdm_printer(cdm, true);
    let admin = Secret::new(ADMIN_SECRET.into());
    let mut said = Vec::new();
    for (printer, folder) in [&ledm_printer, &cdm_printer].into_iter().zip(&folders) {
        let mut certs = Certificates::load(folder.path());
        let target = Target::parse(&printer.url()).unwrap();
        let access = Access {
            admin_password: Some(&admin),
            ..open(&target)
        };
        let secret = pass(WIFI_SECRET);
        let report = fast().join(
            &access,
            &mut certs,
            &named("HomeWiFi"),
            Some(&secret),
            &mut |_| {},
        );
        assert!(report.joined, "{:?}", report.problems);
        said.push(format!("{report:?} {}", report.to_json()));
        // A wrong one too: its path through the code logs other things.
        let wrong = pass("a wrong password here");
        let mut short = fast();
        short.pace.watch_limit = std::time::Duration::from_millis(500);
        let report = short.join(
            &access,
            &mut certs,
            &named("HomeWiFi"),
            Some(&wrong),
            &mut |_| {},
        );
        said.push(format!("{report:?} {}", report.to_json()));
        assert_eq!(format!("{secret:?}"), "Passphrase([hidden])");
    }

    let forms = [
        WIFI_SECRET.to_owned(),
        hex(WIFI_SECRET.as_bytes()),
        ADMIN_SECRET.to_owned(),
    ];
    // Sent: only to the printers, over TLS, only in the writes that need them.
    for printer in [&ledm_printer, &cdm_printer] {
        for r in printer.requests() {
            let text = format!(
                "{} {:?} {}",
                r.path,
                r.headers,
                String::from_utf8_lossy(&r.body)
            );
            if forms.iter().any(|f| text.contains(f.as_str())) {
                assert!(r.tls, "sent in clear: {} {}", r.method, r.path);
                assert!(r.method != "GET", "never in a read: {}", r.path);
            }
        }
    }
    assert!(elsewhere.requests().is_empty(), "no other address asked");
    // Nowhere else.
    let lines = LINES.lock().unwrap().clone();
    assert!(
        lines.iter().any(|l| l.contains("took the Wi-Fi settings")),
        "the capture works"
    );
    for f in &forms {
        assert!(
            !lines.iter().any(|l| l.contains(f.as_str())),
            "in a log line: {f}"
        );
        assert!(
            !said.iter().any(|s| s.contains(f.as_str())),
            "in a report: {f}"
        );
    }
    let mut files = 0;
    let entries = folders
        .iter()
        .flat_map(|f| std::fs::read_dir(f.path()).unwrap().flatten());
    for entry in entries {
        let bytes = std::fs::read(entry.path()).unwrap();
        files += 1;
        for f in &forms {
            assert!(
                !String::from_utf8_lossy(&bytes).contains(f.as_str()),
                "in {:?}",
                entry.path()
            );
        }
    }
    assert!(
        files > 0,
        "the certificates were written, without any password"
    );
}
