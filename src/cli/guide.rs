//! `guide`: list the guides, print one as text, or write it as a printable web page.

use std::path::Path;
use std::process::ExitCode;

use wps_pin_core::guide;
use wps_pin_core::i18n::{self, Localizer};

pub fn run(
    route: Option<&str>,
    model: Option<&str>,
    html: Option<&Path>,
    list: bool,
    json: bool,
) -> ExitCode {
    let l = super::terminal::reader();
    let Some(route) = route.filter(|_| !list) else {
        if json {
            // JSON is for scripts: titles in English so they stay stable.
            let en = Localizer::new(i18n::FALLBACK);
            let routes: Vec<_> = guide::all()
                .iter()
                .map(|g| serde_json::json!({"id": g.id, "title": en.t(&g.title), "steps": g.steps.len()}))
                .collect();
            println!("{}", serde_json::json!({ "routes": routes }));
        } else {
            let ids: Vec<&str> = guide::all().iter().map(|g| g.id.as_str()).collect();
            println!(
                "{}",
                l.t_args(
                    "cli-guide-routes",
                    &[("routes", wps_pin_core::words::list(&l, &ids).into())],
                )
            );
        }
        return ExitCode::SUCCESS;
    };
    let Some(g) = guide::get(route) else {
        eprintln!(
            "{}",
            l.t_args("cli-guide-unknown", &[("route", route.to_owned().into())])
        );
        return ExitCode::from(1);
    };
    // The model as HP names it, when the query finds one.
    let model_name = model.map(|q| {
        wps_pin_core::catalog::catalog()
            .search(q, 1)
            .into_iter()
            .next()
            .map(|m| m.matched_name)
            .unwrap_or_else(|| q.to_owned())
    });
    match html {
        Some(path) => {
            let page = guide::print::html(g, model_name.as_deref(), &l);
            if let Err(e) = wps_pin_core::store::write_atomically(path, page.as_bytes()) {
                eprintln!("{}", wps_pin_core::words::file_error(&e, &l));
                return ExitCode::from(1);
            }
        }
        None => {
            println!("{}\n{}\n", l.t(&g.title), l.t(&g.intro));
            for (i, step) in g.steps.iter().enumerate() {
                println!("{}. {}", i + 1, l.t(&step.text));
                if let Some(see) = &step.see {
                    println!("   {}: {}", l.t("guide-see"), l.t(see));
                }
            }
            println!("\n{}", l.t("guide-names-vary"));
        }
    }
    ExitCode::SUCCESS
}
