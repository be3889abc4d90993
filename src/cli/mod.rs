//! The command line: no subcommand opens the window; subcommands give the same
//! core to help-desk scripts and tests. Exit codes: 0 success, 1 the thing asked
//! about is bad or absent, 2 usage error.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use wps_pin_core::air::demo::Scenario;
use wps_pin_core::air::reading::AirSource;

pub mod air;
mod demo;
pub mod guide;
pub mod lookup;
pub mod pin;
pub mod probe;
pub mod report;
pub mod scan;
mod terminal;
pub mod wifi;

#[derive(Debug, Parser)]
#[command(
    name = "wps-pin-helper",
    version,
    about = "Connect an HP printer to Wi-Fi with WPS. Run without a command to open the app."
)]
pub struct Cli {
    /// Simulated printers, router and Wi-Fi, to practise without them: opens the app, or
    /// runs scan, probe, report and air on the simulated world (nothing is sent over the
    /// network or read from the radio; the output says it is simulated).
    #[arg(long, global = true)]
    pub demo: bool,
    /// With --demo: the state of the simulated router (ready, no-wps, unconfigured, locked,
    /// pin-active, push-button-active, only-5ghz, wpa3-only, hidden, overlap).
    #[arg(long, global = true, value_name = "STATE", value_parser = demo_router, requires = "demo")]
    pub demo_router: Option<Scenario>,
    /// Close the window right after the first frame and print the start-up time
    /// (for scripts/measure-release.sh).
    #[arg(long, hide = true)]
    pub exit_after_first_frame: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with WPS PINs.
    #[command(subcommand)]
    Pin(PinCommand),
    /// Find HP printer families by model name or number ("9015e", "OfficeJet Pro 9015", "M428fdw").
    Lookup {
        /// The model as written on the printer or its box; several words are joined.
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
        /// Show at most this many families.
        #[arg(long, default_value_t = lookup::DEFAULT_LIMIT, value_parser = clap::value_parser!(u16).range(1..=1000), value_name = "N")]
        limit: u16,
    },
    /// Show a guide as text, or write it as a printable web page. Without ROUTE, lists the guides.
    Guide {
        route: Option<String>,
        /// The printer's model, to name it on the printout (as in `lookup`).
        #[arg(long, value_name = "QUERY")]
        model: Option<String>,
        /// Write a self-contained, printable HTML file ("-": standard output), as
        /// `report --out` does. An existing file is replaced; anything else (a folder, a
        /// link, a device) is refused.
        #[arg(long, value_name = "FILE", alias = "html")]
        out: Option<std::path::PathBuf>,
        /// List the guides.
        #[arg(long)]
        list: bool,
        /// With --list: one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// Look for printers on this network (mDNS / DNS-SD).
    Scan {
        /// How long to listen, in seconds.
        #[arg(
            long,
            default_value_t = 3.0,
            value_name = "SECONDS",
            allow_negative_numbers = true
        )]
        timeout: f64,
        /// Print one JSON document at the end instead of text.
        #[arg(long)]
        json: bool,
        /// Search on 127.0.0.1 only (tests).
        #[arg(long, hide = true)]
        loopback_only: bool,
    },
    /// Run the checks and write a support summary for HP support.
    Report {
        /// The printer's address or web page URL, to include what it says about itself.
        #[arg(long, value_name = "ADDRESS|URL")]
        printer: Option<String>,
        /// The router's address[:port], if it is not this computer's default gateway.
        #[arg(long, value_name = "ADDRESS")]
        router: Option<String>,
        /// The printer's model (as in `lookup`), to name its family when the printer
        /// does not say it.
        #[arg(long, value_name = "QUERY")]
        model: Option<String>,
        /// text, md, json or html.
        #[arg(long, default_value = "text", value_parser = ["text", "md", "markdown", "json", "html"])]
        format: String,
        /// Write to this file instead of printing ("-": standard output). An existing file
        /// is replaced; anything else (a folder, a link, a device) is refused.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
        /// Leave the printer's serial number out.
        #[arg(long)]
        no_serial: bool,
        /// Read the air from a reading saved with `air --save` instead of the radio.
        #[arg(long, value_name = "FILE")]
        air_from: Option<std::path::PathBuf>,
        /// Read only what the system has heard of the air; do not ask for a fresh scan.
        #[arg(long)]
        no_scan: bool,
        /// The help desk's name for the case, shown at the top of the summary.
        #[arg(long, value_name = "NAME")]
        case: Option<String>,
        /// A note for whoever reads the summary (one line).
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Your router's WPS state and the Wi-Fi around this computer, read from the air.
    Air {
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
        /// Read a reading saved with --save instead of the radio.
        #[arg(long, value_name = "FILE")]
        from: Option<std::path::PathBuf>,
        /// Also write what was read to this file (to attach to a support case).
        #[arg(long, value_name = "FILE")]
        save: Option<std::path::PathBuf>,
        /// Read only what the system has heard; do not ask for a fresh scan.
        #[arg(long)]
        no_scan: bool,
    },
    /// The printer's Wi-Fi through its own web services: its state, the networks it
    /// sees, and putting it on one (when WPS cannot).
    #[command(subcommand)]
    Wifi(wifi::WifiCommand),
    /// Ask one printer who it is and how it is connected (IPP, LEDM, CDM).
    Probe {
        /// The printer's address or host name, or its web page's base URL (http:// or https://).
        target: String,
        /// The IPP endpoint, if not ipp://HOST:631/ipp/print (ipp://, ipps://, http://, https://).
        #[arg(long, value_name = "URL")]
        ipp: Option<String>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PinCommand {
    /// Check a WPS PIN: length, check digit and well-known default PINs.
    Check {
        /// The PIN as read off the printer or router; "3141-5927" and "3141 5927" work.
        pin: String,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match parse(&args) {
        Ok(cli) => cli,
        Err(e) if e.kind() == clap::error::ErrorKind::InvalidUtf8 => {
            terminal::warn(&not_text(&args));
            return ExitCode::from(2);
        }
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    init_logging();
    let demo = cli.demo.then(|| demo::Demo::new(cli.demo_router));
    let demo = demo.as_ref();
    let outcome = match cli.command {
        None => Ok(wps_pin_window::run(wps_pin_window::Options {
            demo: cli.demo,
            air: match (cli.demo, cli.demo_router) {
                (true, scenario) => AirSource::Demo(scenario.unwrap_or_default()),
                (false, _) => AirSource::Radio,
            },
            exit_after_first_frame: cli.exit_after_first_frame.then_some(started),
            ..wps_pin_window::Options::default()
        })),
        Some(Command::Guide {
            route,
            model,
            out,
            list,
            json,
        }) => guide::run(
            route.as_deref(),
            model.as_deref(),
            out.as_deref(),
            list,
            json,
        ),
        Some(Command::Scan {
            timeout,
            json,
            loopback_only,
        }) => scan::run(timeout, json, loopback_only, demo),
        Some(Command::Report {
            printer,
            router,
            model,
            format,
            out,
            no_serial,
            air_from,
            no_scan,
            case,
            note,
        }) => report::run(
            report::Asked {
                printer: printer.as_deref(),
                router: router.as_deref(),
                model: model.as_deref(),
                case: case.as_deref(),
                note: note.as_deref(),
            },
            &format,
            out.as_deref(),
            no_serial,
            (air_from.as_deref(), air::policy(no_scan)),
            demo,
        ),
        Some(Command::Air {
            json,
            from,
            save,
            no_scan,
        }) => air::run(
            json,
            from.as_deref(),
            save.as_deref(),
            air::policy(no_scan),
            demo,
        ),
        Some(Command::Probe { target, ipp, json }) => {
            probe::run(&target, ipp.as_deref(), json, demo)
        }
        Some(Command::Wifi(command)) => wifi::run(command),
        Some(Command::Pin(PinCommand::Check { pin, json })) => pin::check(&pin, json),
        Some(Command::Lookup { query, json, limit }) => {
            lookup::lookup(&query, json, usize::from(limit))
        }
    };
    // Output that could not be written (a closed pipe, a full disk): stop quietly.
    outcome.unwrap_or(ExitCode::from(1))
}

fn demo_router(s: &str) -> Result<Scenario, String> {
    Scenario::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Scenario::ALL.iter().map(|x| x.key()).collect();
        format!("one of {}", all.join(", "))
    })
}

/// Parses the command line as the system gave it: file names stay `OsString`s (any
/// bytes a file name may hold); text that is not UTF-8 is clap's `InvalidUtf8`. `lookup
/// --help` also says where the catalog comes from (read only then: the catalog is not
/// loaded to open the window).
fn parse(args: &[OsString]) -> Result<Cli, clap::Error> {
    let mut command = Cli::command();
    let asks_help = args
        .iter()
        .any(|a| a == "-h" || a == "--help" || a == "help");
    if asks_help && args.iter().any(|a| a == "lookup") {
        command = command.mut_subcommand("lookup", |c| c.after_help(lookup::help_source()));
    }
    let matches = command.try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// Options whose value is a file name: any bytes are fine there.
const PATH_OPTIONS: [&str; 5] = ["--out", "--html", "--from", "--save", "--air-from"];

/// The usage error for text that is not UTF-8, naming the argument (as far as it can
/// be shown).
fn not_text(args: &[OsString]) -> String {
    let mut after_path_option = false;
    let mut culprit = None;
    for a in args.iter().skip(1) {
        let is_path = after_path_option
            || PATH_OPTIONS
                .iter()
                .any(|o| a.as_encoded_bytes().starts_with(format!("{o}=").as_bytes()));
        after_path_option = PATH_OPTIONS.iter().any(|o| a == *o);
        if a.to_str().is_none() && !is_path {
            culprit = Some(a);
            break;
        }
    }
    let shown = culprit
        .or_else(|| args.iter().find(|a| a.to_str().is_none()))
        .map(|a| wps_pin_core::net::clean::text(&a.to_string_lossy()).unwrap_or_default())
        .unwrap_or_default();
    terminal::reader().t_args("cli-not-text", &[("argument", shown.into())])
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
