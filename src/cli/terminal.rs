//! What every subcommand shares at the terminal: the reader's language, and the
//! printers' certificates the app trusts (the same file the window uses).

/// Words for the person at the terminal, in the system's language.
pub fn reader() -> wps_pin_core::i18n::Localizer {
    use wps_pin_core::i18n;
    i18n::Localizer::new(&i18n::system_language().unwrap_or_default())
}

/// The printers' certificates the app trusts (shared with the window). A damaged file
/// is set aside and said on standard error; without a settings folder, nothing is kept.
pub fn certificates(
    l: &wps_pin_core::i18n::Localizer,
) -> wps_pin_core::net::certificates::Certificates {
    use wps_pin_core::net::certificates::Certificates;
    let Ok(store) = wps_pin_core::settings::SettingsStore::platform() else {
        return Certificates::in_memory();
    };
    let certificates = Certificates::load(store.dir());
    if let Some(problem) = &certificates.problem {
        eprintln!("{}", wps_pin_core::words::load_problem(problem, l));
    }
    certificates
}
