//! assets/illustrations/*.svg are generated from the same drawing code as the window's
//! pictures; this keeps them in step. `UPDATE_ILLUSTRATIONS=1 cargo test --test
//! illustrations` rewrites them.

use std::path::Path;

use wps_pin_core::guide::svg;
use wps_pin_core::i18n::Localizer;

#[test]
fn svg_files_match_the_drawings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/illustrations");
    let l = Localizer::new("en-US");
    let update = std::env::var_os("UPDATE_ILLUSTRATIONS").is_some();
    let mut stale = Vec::new();
    for (picture, name) in svg::all() {
        let path = dir.join(format!("{name}.svg"));
        let want = svg::render(
            picture,
            &l.t(picture.alt_id()),
            &wps_pin_core::guide::drawing::Words::new(&l),
        );
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &want).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "run UPDATE_ILLUSTRATIONS=1 cargo test --test illustrations; stale: {stale:?}"
    );
}

#[test]
fn cli_guide_lists_prints_and_writes_html() {
    let run = crate::cli::run;
    let list = run(&["guide"]);
    assert!(
        String::from_utf8_lossy(&list.stdout).contains("touchscreen, text-display, lights-only")
    );
    let text = run(&["guide", "router-side"]);
    assert_eq!(text.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&text.stdout).contains("1. Open your router's settings page."));
    // An unknown guide: exit 1, and the guides there are.
    let nope = run(&["guide", "nope"]);
    assert_eq!(nope.status.code(), Some(1));
    let said = String::from_utf8_lossy(&nope.stderr);
    assert!(said.contains("There is no guide called “nope”."), "{said}");
    assert!(
        said.contains("touchscreen, text-display, lights-only"),
        "{said}"
    );
    // --out, as `report` takes it (--html still works).
    let dir = tempfile::tempdir().unwrap();
    for flag in ["--out", "--html"] {
        let file = dir.path().join(format!("g{flag}.html"));
        let out = run(&["guide", "lights-only", flag, file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{flag}");
        let html = std::fs::read_to_string(file).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert_eq!(html.matches("<svg").count(), 5, "one picture a step");
    }
}
