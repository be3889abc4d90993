//! `guide`: list the guides, print one as text, or write it as a printable web page.

use std::path::Path;
use std::process::ExitCode;

use super::terminal::{Outcome, say, warn, write_out};
use wps_pin_core::guide;
use wps_pin_core::i18n::{self, Localizer};

pub fn run(
    route: Option<&str>,
    model: Option<&str>,
    out: Option<&Path>,
    list: bool,
    json: bool,
) -> Outcome {
    let l = super::terminal::reader();
    let Some(route) = route.filter(|_| !list) else {
        if json {
            // JSON is for scripts: titles in English so they stay stable.
            let en = Localizer::new(i18n::FALLBACK);
            let routes: Vec<_> = guide::all()
                .iter()
                .map(|g| serde_json::json!({"id": g.id, "title": en.t(&g.title), "steps": g.steps.len()}))
                .collect();
            say(&serde_json::json!({ "routes": routes }).to_string())?;
        } else {
            say(&routes(&l))?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    let Some(g) = guide::GuideId::from_key(route).and_then(guide::get) else {
        warn(&l.t_args("cli-guide-unknown", &[("route", route.to_owned().into())]));
        warn(&routes(&l));
        return Ok(ExitCode::from(1));
    };
    // The model as HP names it; a model the list does not find is refused with what
    // `lookup` says about it (a guide naming a model that does not exist helps no one).
    let model_name = match model {
        None => None,
        Some(q) => {
            let found = wps_pin_core::catalog::catalog().find(q, 1);
            match found.matches.first() {
                Some(m) => Some(m.matched_name.clone()),
                None => {
                    let why = super::lookup::lookup_text(q.trim(), &found, &l);
                    warn(why.trim_end_matches('\n'));
                    return Ok(ExitCode::from(1));
                }
            }
        }
    };
    match out {
        Some(path) => write_out(
            path,
            &guide::print::html(g, model_name.as_deref(), &l),
            &format!("guide-{}.html", g.id.key()),
            &l,
        ),
        None => {
            let mut text = format!("{}\n{}\n\n", l.t(&g.title), l.t(&g.intro));
            for (i, step) in g.steps.iter().enumerate() {
                text.push_str(&wps_pin_core::words::numbered(&l, i + 1, &l.t(&step.text)));
                text.push('\n');
                if let Some(see) = &step.see {
                    let see = wps_pin_core::words::labelled(&l, &l.t("guide-see"), &l.t(see));
                    text.push_str(&format!("   {see}\n"));
                }
            }
            if let Some(note) = &g.note {
                text.push_str(&format!("\n{}", l.t(note)));
            }
            say(&text)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// "Guides: touchscreen, text-display, …".
fn routes(l: &Localizer) -> String {
    let ids: Vec<&str> = guide::all().iter().map(|g| g.id.key()).collect();
    l.t_args(
        "cli-guide-routes",
        &[("routes", wps_pin_core::words::list(l, &ids).into())],
    )
}
