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
        warn(&wps_pin_core::words::load_problem(problem, l));
        warn(&wps_pin_core::words::load_problem_where(problem, l));
    }
    certificates
}

/// Standard output was closed (a pipe whose reader left) or is full: the command stops
/// quietly, with a non-zero exit, instead of panicking.
#[derive(Debug)]
pub struct OutputClosed;

/// What a subcommand ends with: its exit code, or the output it could not write.
pub type Outcome = Result<std::process::ExitCode, OutputClosed>;

/// Writes `text` and a line end to standard output.
pub fn say(text: &str) -> Result<(), OutputClosed> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(|_| OutputClosed)
}

/// Writes a line to standard error; a closed standard error is ignored.
pub fn warn(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// `--out` naming a folder is a usage error (2), said with a file name to give instead
/// (`example`, in that folder); checked before any work is done.
pub fn refuse_folder(
    path: &std::path::Path,
    example: &str,
    l: &wps_pin_core::i18n::Localizer,
) -> Option<std::process::ExitCode> {
    if !path.is_dir() {
        return None;
    }
    let shown = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    warn(&l.t_args(
        "cli-out-folder",
        &[
            ("path", shown.display().to_string().into()),
            ("example", shown.join(example).display().to_string().into()),
        ],
    ));
    Some(std::process::ExitCode::from(2))
}

/// Writes `contents` to the file at `path` (never replacing anything but a regular
/// file), or to standard output when `path` is `-`. Where it wrote is said on standard
/// error (standard output stays the command's own: empty here, or the document itself
/// with `-`). A folder is a usage error (2), with a file name to give instead
/// (`example`); a file that cannot be written is said in the reader's words (1).
pub fn write_out(
    path: &std::path::Path,
    contents: &str,
    example: &str,
    l: &wps_pin_core::i18n::Localizer,
) -> Outcome {
    use std::process::ExitCode;
    if path.as_os_str() == "-" {
        say(contents.trim_end_matches('\n'))?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(usage) = refuse_folder(path, example, l) {
        return Ok(usage);
    }
    let shown = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    match wps_pin_core::store::write_atomically(path, contents.as_bytes()) {
        Ok(()) => {
            warn(&l.t_args(
                "cli-written",
                &[("path", shown.display().to_string().into())],
            ));
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            warn(&wps_pin_core::words::file_error(&e, l));
            Ok(ExitCode::from(1))
        }
    }
}
