//! `wifi status|networks|join`: the printer's Wi-Fi through its own web services (LEDM,
//! CDM). The Wi-Fi password is never taken on the command line (other users can see a
//! process's arguments): it comes from `--passphrase-file`, standard input when that is
//! not a terminal (one line), or a prompt that does not show it; it is checked against
//! the WPA rule before anything is sent, goes to the printer's own address only, and over
//! plain HTTP only with `--allow-unencrypted`.

use std::io::{BufRead, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Subcommand;
use wps_pin_core::i18n::Localizer;
use wps_pin_core::net::address::Target;
use wps_pin_core::net::wifi::{
    Access, Chosen, Pace, Passphrase, PrinterWifi, Progress, Real, Secret, Ssid, WifiProblem,
};
use wps_pin_core::words;
use zeroize::Zeroizing;

use super::terminal::{Outcome, say, warn};

#[derive(Debug, Subcommand)]
pub enum WifiCommand {
    /// The printer's Wi-Fi state, read from its web services (LEDM or CDM).
    Status {
        /// The printer's address or host name, or its web page's URL (http:// or https://).
        #[arg(long, value_name = "ADDR")]
        printer: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        pace: PaceArgs,
    },
    /// The Wi-Fi networks the printer itself sees.
    Networks {
        /// The printer's address or host name, or its web page's URL (http:// or https://).
        #[arg(long, value_name = "ADDR")]
        printer: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        pace: PaceArgs,
    },
    /// Put the printer on a Wi-Fi network. The password is read from a file, from
    /// standard input, or typed at a prompt that does not show it; it goes to the
    /// printer and nowhere else.
    Join {
        /// The printer's address or host name, or its web page's URL (http:// or https://).
        #[arg(long, value_name = "ADDR")]
        printer: String,
        /// The network's name (from `wifi networks`, or a hidden network's name).
        #[arg(long, value_name = "NAME")]
        ssid: String,
        /// Read the Wi-Fi password from the first line of this file.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
        /// Read the printer's administrator password from the first line of this file,
        /// for a printer that asks for it.
        #[arg(long, value_name = "FILE")]
        admin_password_file: Option<PathBuf>,
        /// Send the passwords even when the printer offers no secure connection (anyone
        /// on the network could read them).
        #[arg(long)]
        allow_unencrypted: bool,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        pace: PaceArgs,
    },
}

/// Shorter waits, for tests against printers in the same process.
#[derive(Debug, clap::Args)]
pub struct PaceArgs {
    /// Milliseconds between two reads while the printer scans or joins.
    #[arg(long, hide = true, value_name = "MS")]
    poll_ms: Option<u64>,
    /// How long to watch the printer join, in seconds.
    #[arg(long, hide = true, value_name = "SECONDS")]
    watch_seconds: Option<u64>,
}

impl PaceArgs {
    fn real(&self) -> Real {
        let mut pace = Pace::default();
        if let Some(ms) = self.poll_ms {
            pace.scan_poll = Duration::from_millis(ms);
            pace.watch_poll = Duration::from_millis(ms);
        }
        if let Some(s) = self.watch_seconds {
            pace.watch_limit = Duration::from_secs(s);
            pace.settle = pace.settle.min(pace.watch_limit);
        }
        Real {
            pace,
            ..Real::default()
        }
    }
}

/// A secret file is small: its first line is all that is read.
const MAX_SECRET_FILE: u64 = 4096;

pub fn run(command: WifiCommand) -> Outcome {
    let l = super::terminal::reader();
    match command {
        WifiCommand::Status {
            printer,
            json,
            pace,
        } => status(&printer, json, &pace, &l),
        WifiCommand::Networks {
            printer,
            json,
            pace,
        } => networks(&printer, json, &pace, &l),
        WifiCommand::Join {
            printer,
            ssid,
            passphrase_file,
            admin_password_file,
            allow_unencrypted,
            json,
            pace,
        } => {
            let Some(target) = target(&printer, &l) else {
                return Ok(ExitCode::from(2));
            };
            let Some(ssid) = Ssid::from_text(&ssid) else {
                warn(&l.t("cli-wifi-ssid-bad"));
                return Ok(ExitCode::from(2));
            };
            let passphrase = match read_passphrase(passphrase_file.as_deref(), &ssid, &l) {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let admin = match admin_password_file.as_deref().map(read_secret_file) {
                None => None,
                Some(Some(s)) => Some(s),
                Some(None) => {
                    warn(&l.t("cli-wifi-admin-unread"));
                    return Ok(ExitCode::from(2));
                }
            };
            let access = Access {
                target: &target,
                allow_unencrypted,
                admin_password: admin.as_ref(),
            };
            join(&access, &ssid, &passphrase, json, &pace, &l)
        }
    }
}

fn target(printer: &str, l: &Localizer) -> Option<Target> {
    match Target::parse(printer) {
        Ok(t) => Some(t),
        Err(e) => {
            warn(&words::address_error(e, l));
            None
        }
    }
}

/// Each step, on standard error, for the person waiting (not in JSON mode).
fn progress(json: bool, l: &Localizer) -> impl FnMut(Progress) + '_ {
    let mut last = None;
    move |p: Progress| {
        // One line per kind of step: a scan that ticks every second is said once.
        let kind = std::mem::discriminant(&p);
        if !json && last != Some(kind) {
            warn(&words::wifi_progress(p, l));
        }
        last = Some(kind);
    }
}

fn status(printer: &str, json: bool, pace: &PaceArgs, l: &Localizer) -> Outcome {
    let Some(target) = target(printer, l) else {
        return Ok(ExitCode::from(2));
    };
    let mut certificates = super::terminal::certificates(l);
    let access = Access {
        target: &target,
        allow_unencrypted: false,
        admin_password: None,
    };
    let report = pace.real().status(&access, &mut certificates);
    let address = target.host.to_string();
    if json {
        say(&report.to_json().to_string())?;
    } else {
        let heading = l.t_args(
            "wifi-status-heading",
            &[("address", address.clone().into())],
        );
        say(&indented(
            &heading,
            &words::wifi_status_lines(&report, &address, l),
        ))?;
    }
    Ok(exit(report.state.is_some()))
}

fn networks(printer: &str, json: bool, pace: &PaceArgs, l: &Localizer) -> Outcome {
    let Some(target) = target(printer, l) else {
        return Ok(ExitCode::from(2));
    };
    let mut certificates = super::terminal::certificates(l);
    let access = Access {
        target: &target,
        allow_unencrypted: false,
        admin_password: None,
    };
    let report = pace
        .real()
        .networks(&access, &mut certificates, &mut progress(json, l));
    if json {
        say(&report.to_json().to_string())?;
    } else {
        let address = target.host.to_string();
        let heading = l.t_args("wifi-networks-heading", &[("address", address.into())]);
        say(&indented(&heading, &words::wifi_network_lines(&report, l)))?;
    }
    Ok(exit(report.read))
}

fn join(
    access: &Access<'_>,
    ssid: &Ssid,
    passphrase: &Passphrase,
    json: bool,
    pace: &PaceArgs,
    l: &Localizer,
) -> Outcome {
    let mut certificates = super::terminal::certificates(l);
    let chosen = Chosen::Named(ssid.clone());
    let report = pace.real().join(
        access,
        &mut certificates,
        &chosen,
        Some(passphrase),
        &mut progress(json, l),
    );
    if json {
        say(&report.to_json().to_string())?;
    } else {
        let (heading, mut lines) = words::wifi_join_lines(&report, l);
        if report.problems.contains(&WifiProblem::UnencryptedRefused) {
            lines.push(l.t("cli-wifi-allow-unencrypted"));
        }
        say(&indented(&heading, &lines))?;
    }
    Ok(exit(report.joined))
}

fn exit(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn indented(heading: &str, lines: &[String]) -> String {
    let mut out = String::from(heading);
    for line in lines {
        out.push_str("\n  ");
        out.push_str(line);
    }
    out
}

/// The Wi-Fi password from the file, standard input (not a terminal) or a prompt that does
/// not echo; a password out of the WPA rule is a usage error (exit 2).
fn read_passphrase(
    file: Option<&Path>,
    ssid: &Ssid,
    l: &Localizer,
) -> Result<Passphrase, ExitCode> {
    let line = match file {
        Some(path) => first_line(std::fs::File::open(path).ok()),
        None if !std::io::stdin().is_terminal() => first_line(Some(std::io::stdin().lock())),
        None => {
            let prompt = l.t_args(
                "cli-wifi-passphrase-prompt",
                &[("ssid", ssid.display().into())],
            );
            match rpassword::prompt_password(format!("{prompt} ")) {
                Ok(line) => Some(Zeroizing::new(line)),
                Err(_) => {
                    warn(&l.t("cli-wifi-no-prompt"));
                    return Err(ExitCode::from(2));
                }
            }
        }
    };
    let Some(mut line) = line else {
        warn(&l.t("cli-wifi-passphrase-unread"));
        return Err(ExitCode::from(2));
    };
    Passphrase::from_line(std::mem::take(&mut *line)).map_err(|e| {
        warn(&words::passphrase_error(e, l));
        ExitCode::from(2)
    })
}

/// The first line of a small file or stream, in a buffer that is wiped.
fn first_line(source: Option<impl Read>) -> Option<Zeroizing<String>> {
    let mut reader = std::io::BufReader::new(source?.take(MAX_SECRET_FILE));
    let mut line = Zeroizing::new(String::new());
    reader.read_line(&mut line).ok()?;
    Some(line)
}

fn read_secret_file(path: &Path) -> Option<Secret> {
    let mut line = first_line(std::fs::File::open(path).ok())?;
    let end = line.trim_end_matches(['\n', '\r']).len();
    line.truncate(end);
    (!line.is_empty()).then(|| Secret::new(std::mem::take(&mut *line)))
}
