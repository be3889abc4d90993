//! Regenerates assets/catalog.json from HPLIP's model database.
//!
//! cargo run --example gen_catalog -- /path/to/hplip/data/models/models.dat assets/catalog.json [VERSION]
//!
//! Only facts are written (names, connection flags, web server, status protocol);
//! the source file itself is never copied into the project. The HPLIP version is
//! VERSION, or else read from the note kept beside the file (MODELS.DAT.source.txt).

use std::process::ExitCode;

use wps_pin_core::catalog::hplip::{SOURCE_NOTE, catalog_from_models_dat, version_in_note};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, output, version) = match args.as_slice() {
        [input, output] => {
            let note = std::fs::read_to_string(format!("{input}.source.txt")).unwrap_or_default();
            (input, output, version_in_note(&note))
        }
        [input, output, version] => (input, output, Some(version.clone())),
        _ => {
            eprintln!("usage: gen_catalog MODELS.DAT OUTPUT.json [HPLIP_VERSION]");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read(input) {
        // The file is ASCII in practice; stray bytes must not stop the tool.
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("could not read {input}: {e}");
            return ExitCode::from(1);
        }
    };
    let catalog = catalog_from_models_dat(&text, SOURCE_NOTE, version.as_deref());
    let json = catalog.to_json_lines();
    if let Err(e) = std::fs::write(output, &json) {
        eprintln!("could not write {output}: {e}");
        return ExitCode::from(1);
    }
    let names: usize = catalog.families.iter().map(|f| f.names.len()).sum();
    let wireless = catalog.families.iter().filter(|f| f.wireless).count();
    eprintln!(
        "{output}: HPLIP {}, {} families, {names} names, {wireless} with the wireless bit, {} bytes",
        version.as_deref().unwrap_or("(version unknown)"),
        catalog.families.len(),
        json.len()
    );
    ExitCode::SUCCESS
}
