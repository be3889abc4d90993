//! The command line as the tests start it: the built binary, English text, a settings
//! folder of the test's own and no system D-Bus, so that no test reads or writes the
//! settings of whoever runs the tests or asks their NetworkManager for a scan. A test with
//! a bus of its own sets `DBUS_SYSTEM_BUS_ADDRESS` again.

use std::path::Path;
use std::process::{Command, Output};

pub fn command(conf: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_wps-pin-helper"));
    c.env("WPS_PIN_HELPER_CONFIG_DIR", conf)
        // Text output follows the system language; the tests read English.
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env(
            "DBUS_SYSTEM_BUS_ADDRESS",
            format!("unix:path={}", conf.join("no-system-bus").display()),
        );
    c
}

/// One command in a settings folder of its own, thrown away afterwards.
pub fn run(args: &[&str]) -> Output {
    let conf = tempfile::tempdir().expect("a temporary folder");
    run_in(conf.path(), args)
}

/// One command over the settings folder `conf` (certificates remembered between runs).
pub fn run_in(conf: &Path, args: &[&str]) -> Output {
    command(conf).args(args).output().expect("binary runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// One check's state ("passed", "failed", …) in a support summary's JSON; `None` when the
/// summary has no such check.
pub fn check_state(doc: &serde_json::Value, key: &str) -> Option<String> {
    doc["checks"]
        .as_array()?
        .iter()
        .find(|c| c["check"] == key)
        .and_then(|c| c["state"].as_str())
        .map(str::to_owned)
}
