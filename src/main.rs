// Double-clicked on Windows, a release build opens no console window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    wps_pin_helper::cli::main()
}
