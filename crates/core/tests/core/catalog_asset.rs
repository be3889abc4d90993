//! The committed catalog is exactly what the generator makes from HPLIP's file.
//! Runs where the source file exists (the project's shared data folder, or the
//! path in HPLIP_MODELS_DAT); elsewhere it says so and passes.

use std::path::PathBuf;

use wps_pin_core::catalog::CatalogFile;
use wps_pin_core::catalog::hplip::{SOURCE_NOTE, catalog_from_models_dat, version_in_note};

const ASSET: &str = include_str!("../../../../assets/catalog.json");

fn source_file() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("HPLIP_MODELS_DAT").map(PathBuf::from),
        Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/hplip-models.dat"
        ))),
    ];
    candidates.into_iter().flatten().find(|p| p.is_file())
}

#[test]
fn generator_reproduces_the_committed_asset() {
    let Some(path) = source_file() else {
        eprintln!("HPLIP models.dat not found: set HPLIP_MODELS_DAT to check the asset");
        return;
    };
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    // The version, as the generator reads it: HPLIP_VERSION, or the note beside the file.
    let note =
        std::fs::read_to_string(format!("{}.source.txt", path.display())).unwrap_or_default();
    let version = std::env::var("HPLIP_VERSION")
        .ok()
        .or_else(|| version_in_note(&note));
    let generated = catalog_from_models_dat(&text, SOURCE_NOTE, version.as_deref()).to_json_lines();
    assert!(
        generated == ASSET,
        "assets/catalog.json is stale: run `cargo run --example gen_catalog -- {} assets/catalog.json`",
        path.display()
    );
}

#[test]
fn the_asset_is_well_formed() {
    let file: CatalogFile = serde_json::from_str(ASSET).unwrap();
    assert_eq!(file.format, 1);
    assert!(file.hplip.is_some(), "the HPLIP version is recorded");
    let mut ids: Vec<&str> = file.families.iter().flat_map(|f| f.ids()).collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "ids are unique");
    assert!(file.families.iter().all(|f| !f.names.is_empty()));
    let names: usize = file.families.iter().map(|f| f.names.len()).sum();
    assert!(names > 3000, "{names} names");
    // Facts, not the source text: small enough to embed.
    assert!(ASSET.len() < 300_000, "{} bytes", ASSET.len());
}
