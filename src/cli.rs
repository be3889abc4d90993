//! The command line: no subcommand opens the window; subcommands give the same
//! core to help-desk scripts and tests. Exit codes: 0 success, 1 the thing asked
//! about is bad or absent, 2 usage error.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fluent_bundle::FluentValue;
use serde_json::json;

use crate::i18n::{self, Localizer};
use crate::wps::{self, PinCheck};

#[derive(Debug, Parser)]
#[command(
    name = "wps-pin-helper",
    version,
    about = "Connect an HP printer to Wi-Fi with WPS. Run without a command to open the app."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with WPS PINs.
    #[command(subcommand)]
    Pin(PinCommand),
}

#[derive(Debug, Subcommand)]
pub enum PinCommand {
    /// Check a WPS PIN: length, check digit and well-known default PINs.
    Check {
        /// The PIN as read off the printer or router; "1234-5670" and "1234 5670" work.
        pin: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    init_logging();
    match cli.command {
        None => crate::ui::run(),
        Some(Command::Pin(PinCommand::Check { pin, json })) => pin_check(&pin, json),
    }
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn pin_check(input: &str, as_json: bool) -> ExitCode {
    let check = wps::check_pin(input);
    if as_json {
        // JSON is for scripts: messages in English so they stay stable.
        println!("{}", pin_json(&check, &Localizer::new(i18n::FALLBACK)));
    } else {
        let lang = i18n::system_language().unwrap_or_default();
        println!("{}", pin_text(&check, &Localizer::new(&lang)));
    }
    if check.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

pub fn pin_json(check: &PinCheck, l: &Localizer) -> serde_json::Value {
    let mut doc = json!({
        "input": check.input,
        "pin": check.pin(),
        "length": check.digits.len(),
        "valid": check.is_valid(),
        "verdict": verdict_text(check, l),
        "warnings": check.warnings.iter().map(|w| l.t(w.message_id())).collect::<Vec<_>>(),
    });
    if let wps::Verdict::WrongCheckDigit { expected } = check.verdict {
        doc["expected_check_digit"] = json!(expected);
    }
    doc
}

/// The one-sentence verdict a person reads, shared by the window and the command line.
pub fn verdict_text(check: &PinCheck, l: &Localizer) -> String {
    use wps::Verdict::*;
    match check.verdict {
        Valid8 => l.t_args("pin-valid-8", &[("pin", check.grouped().into())]),
        Valid4 => l.t_args("pin-valid-4", &[("pin", check.grouped().into())]),
        WrongCheckDigit { expected } => {
            l.t_args("pin-wrong-check-digit", &[("expected", expected.into())])
        }
        Empty => l.t("pin-empty"),
        WrongLength { digits } => l.t_args("pin-wrong-length", &[("count", digits.into())]),
        NotADigit { character } => l.t_args(
            "pin-not-a-digit",
            &[("character", FluentValue::from(character.to_string()))],
        ),
    }
}

pub fn pin_text(check: &PinCheck, l: &Localizer) -> String {
    let mut out = verdict_text(check, l);
    for w in &check.warnings {
        out.push('\n');
        out.push_str(&l.t_args("cli-warning", &[("message", l.t(w.message_id()).into())]));
    }
    out
}
