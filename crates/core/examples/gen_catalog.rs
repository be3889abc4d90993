//! Regenerates assets/catalog.json from HPLIP's model database.
//!
//! cargo run --example gen_catalog -- /path/to/hplip/data/models/models.dat assets/catalog.json
//!
//! Only facts are written (names, connection flags, web server, status protocol);
//! the source file itself is never copied into the project.

use std::process::ExitCode;

use wps_pin_core::catalog::hplip::{SOURCE_NOTE, catalog_from_models_dat};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: gen_catalog MODELS.DAT OUTPUT.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(input) {
        // The file is ASCII in practice; stray bytes must not stop the tool.
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("could not read {input}: {e}");
            return ExitCode::from(1);
        }
    };
    let catalog = catalog_from_models_dat(&text, SOURCE_NOTE);
    let json = catalog.to_json_lines();
    if let Err(e) = std::fs::write(output, &json) {
        eprintln!("could not write {output}: {e}");
        return ExitCode::from(1);
    }
    let names: usize = catalog.families.iter().map(|f| f.names.len()).sum();
    let wireless = catalog.families.iter().filter(|f| f.wireless).count();
    eprintln!(
        "{output}: {} families, {names} names, {wireless} with Wi-Fi, {} bytes",
        catalog.families.len(),
        json.len()
    );
    ExitCode::SUCCESS
}
