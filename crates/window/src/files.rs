//! Where the app suggests saving what the person asks it to write (a printable guide, a
//! support summary), and under which name.

use std::path::{Path, PathBuf};

/// "wps-guide-touchscreen-HP-OfficeJet-Pro-9010-series-2026-12-02.html": the guide, the
/// printer (when known) and the day, so the next guide does not replace this one.
pub fn suggested_name(stem: &str, model: Option<&str>, ext: &str) -> String {
    let date = wps_pin_core::report::utc(std::time::SystemTime::now());
    let day = date.get(..10).unwrap_or_default();
    let mut name = stem.to_owned();
    if let Some(m) = model {
        let slug: String = m
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let slug: Vec<&str> = slug.split('-').filter(|p| !p.is_empty()).collect();
        if !slug.is_empty() {
            name.push('-');
            name.push_str(&slug.join("-"));
        }
    }
    format!("{name}-{day}.{ext}")
}

/// The person's documents folder (else home, else the temporary folder).
pub fn documents(dir: Option<&Path>) -> PathBuf {
    dir.map(Path::to_owned)
        .or_else(|| {
            directories::UserDirs::new().and_then(|u| {
                u.document_dir()
                    .map(|d| d.to_owned())
                    .or_else(|| Some(u.home_dir().to_owned()))
            })
        })
        .unwrap_or_else(std::env::temp_dir)
}
