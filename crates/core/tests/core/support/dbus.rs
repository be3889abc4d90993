//! A private D-Bus message bus for one test: Debian's `dbus-daemon` (installed by
//! scripts/install-system-deps.sh) on a socket in a temporary folder, stopped when dropped.
//! Nothing on the computer's own buses is touched.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct PrivateBus {
    child: Child,
    pub address: String,
    _dir: tempfile::TempDir,
}

impl PrivateBus {
    pub fn start() -> PrivateBus {
        let dir = tempfile::tempdir().expect("temporary folder");
        let config = dir.path().join("bus.conf");
        let socket = dir.path().join("bus");
        std::fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                socket.display()
            ),
        )
        .expect("bus configuration");
        let mut child = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--nopidfile", "--print-address=1"])
            .stdout(Stdio::piped())
            // It complains that it may not raise its file limit when run as root: noise.
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "dbus-daemon runs (Debian package dbus-daemon; scripts/install-system-deps.sh \
                 installs it)",
            );
        let mut line = String::new();
        let stdout = child.stdout.take().expect("dbus-daemon's output");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("dbus-daemon prints its address");
        assert!(
            line.starts_with("unix:"),
            "dbus-daemon did not start: {line:?}"
        );
        PrivateBus {
            child,
            address: line.trim().to_owned(),
            _dir: dir,
        }
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
