//! What went wrong while reading or setting a printer's Wi-Fi, as data every language can
//! word ([`crate::words::wifi_problem`]). The transport's and the parsers' errors are the
//! probe's own ([`Problem`]), so they read the same everywhere; the rest is new here.

use std::fmt;

use crate::net::ews::EwsError;
use crate::net::http::HttpError;
use crate::net::problem::{Problem, ProblemKind};

/// A code the printer's Wi-Fi diagnostics report (LEDM `VsaCodes.xml`), as its number:
/// "603" for VSA603.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VsaCode(pub String);

impl VsaCode {
    /// VSA603: the WPA pass phrase was wrong (facts/printer-wifi-setup.md §1).
    pub fn wrong_passphrase(&self) -> bool {
        self.0 == "603"
    }

    /// VSA000/VSA001: an Ethernet cable is plugged in, which keeps Wi-Fi off (§5).
    pub fn cable_plugged_in(&self) -> bool {
        self.0 == "000" || self.0 == "001"
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WifiProblem {
    /// A request failed or an answer could not be read: worded as the probe words it.
    Read(Problem),
    /// The printer asks for its administrator password (401/403) and none was given.
    SignInNeeded { source: String },
    /// The administrator password given was not accepted.
    SignInRefused { source: String },
    /// The printer reports a wrong Wi-Fi password (VSA603 or CDM's state).
    WrongPassphrase { code: Option<VsaCode> },
    /// The printer does not see a network of that name.
    NetworkNotFound { ssid: String },
    /// Only plain HTTP reaches the printer and sending a password that way was not allowed.
    UnencryptedRefused,
    /// Neither LEDM nor CDM Wi-Fi resources answer, or no Wi-Fi adapter is reported.
    NotSupported,
    /// The name cannot be sent in the printer's format (CDM: not UTF-8).
    NameNotSendable { ssid: String },
    /// The watch ended without the printer saying it joined.
    NotJoinedInTime { seconds: u64 },
    /// The printer stopped answering at this address after taking the settings.
    LostContact,
    /// The printer says its network cable is plugged in (VSA000/001, or CDM's wired state
    /// while Wi-Fi never connected): the cable may keep Wi-Fi off.
    CablePluggedIn,
    /// Another diagnostic code the printer reported.
    PrinterCode(VsaCode),
}

impl WifiProblem {
    pub fn http(source: &str, e: HttpError) -> Self {
        match e {
            HttpError::NeedsSignIn => WifiProblem::SignInNeeded {
                source: source.to_owned(),
            },
            e => WifiProblem::Read(Problem::new(source, ProblemKind::Http(e))),
        }
    }

    pub fn ews(source: &str, e: EwsError) -> Self {
        WifiProblem::Read(Problem::new(source, ProblemKind::Ews(e)))
    }

    /// A stable name for scripts (`wifi … --json`), the probe's names for what the probe
    /// also meets.
    pub fn key(&self) -> &'static str {
        match self {
            WifiProblem::Read(p) => p.kind.key(),
            WifiProblem::SignInNeeded { .. } | WifiProblem::SignInRefused { .. } => {
                "sign_in_needed"
            }
            WifiProblem::WrongPassphrase { .. } => "wrong_passphrase",
            WifiProblem::NetworkNotFound { .. } | WifiProblem::NameNotSendable { .. } => {
                "network_not_found"
            }
            WifiProblem::UnencryptedRefused => "unencrypted_refused",
            WifiProblem::NotSupported => "not_supported",
            WifiProblem::NotJoinedInTime { .. } => "timeout",
            WifiProblem::LostContact => "no_answer",
            WifiProblem::CablePluggedIn => "cable_plugged_in",
            WifiProblem::PrinterCode(_) => "printer_code",
        }
    }

    /// Where it was met: a web page's path, or empty.
    pub fn source(&self) -> String {
        match self {
            WifiProblem::Read(p) => p.sources_text(),
            WifiProblem::SignInNeeded { source } | WifiProblem::SignInRefused { source } => {
                source.clone()
            }
            _ => String::new(),
        }
    }

    /// The certificate the app trusted was refused: nothing else may be tried.
    pub fn certificate_changed(&self) -> bool {
        matches!(
            self,
            WifiProblem::Read(Problem {
                kind: ProblemKind::Http(HttpError::CertificateChanged { .. }),
                ..
            })
        )
    }
}

/// English, for logs only (never a password in any of these).
impl fmt::Display for WifiProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WifiProblem::Read(p) => write!(f, "{p}"),
            WifiProblem::SignInNeeded { source } => {
                write!(
                    f,
                    "{source}: the printer asks for its administrator password"
                )
            }
            WifiProblem::SignInRefused { source } => {
                write!(f, "{source}: the administrator password was not accepted")
            }
            WifiProblem::WrongPassphrase { .. } => {
                f.write_str("the printer could not join: the Wi-Fi password may be wrong")
            }
            WifiProblem::NetworkNotFound { ssid } => {
                write!(f, "the printer does not see a network named “{ssid}”")
            }
            WifiProblem::UnencryptedRefused => f.write_str(
                "only an unencrypted connection reaches the printer; the password was not sent",
            ),
            WifiProblem::NotSupported => {
                f.write_str("the printer's web services offer no Wi-Fi settings")
            }
            WifiProblem::NameNotSendable { ssid } => {
                write!(f, "the name “{ssid}” cannot be sent to this printer")
            }
            WifiProblem::NotJoinedInTime { seconds } => {
                write!(f, "the printer did not report joining within {seconds} s")
            }
            WifiProblem::LostContact => f.write_str("the printer stopped answering"),
            WifiProblem::CablePluggedIn => {
                f.write_str("the printer's network cable may keep its Wi-Fi off")
            }
            WifiProblem::PrinterCode(c) => write!(f, "the printer reports code VSA{}", c.0),
        }
    }
}

/// The `problems` array of every `wifi … --json` document, shaped as `probe --json`'s.
pub fn problems_json(problems: &[WifiProblem]) -> serde_json::Value {
    problems
        .iter()
        .map(|p| {
            serde_json::json!({
                "kind": p.key(),
                "where": p.source(),
                "text": p.to_string(),
            })
        })
        .collect()
}
