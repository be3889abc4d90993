//! The names the app suggests for what the person asks it to write (a printable guide,
//! a support summary).

/// "wps-guide-touchscreen-HP-OfficeJet-Pro-9010-series-2026-12-02.html": the guide, the
/// printer (when known) and the day, so the next guide does not replace this one.
pub fn suggested_name(stem: &str, model: Option<&str>, ext: &str) -> String {
    let date = wps_pin_core::time::utc(std::time::SystemTime::now());
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
