//! `wps-pin-helper`: opens the window, or answers a subcommand on the command line.
// Double-clicked on Windows, a release build opens no console window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
