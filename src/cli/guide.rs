//! `guide`: list the guides, print one as text, or write it as a printable web page.

use std::path::Path;
use std::process::ExitCode;

use crate::guide;
use crate::i18n::{self, Localizer};

pub fn run(route: Option<&str>, html: Option<&Path>) -> ExitCode {
    let l = Localizer::new(&i18n::system_language().unwrap_or_default());
    let Some(route) = route else {
        let ids: Vec<&str> = guide::all().iter().map(|g| g.id.as_str()).collect();
        println!(
            "{}",
            l.t_args("cli-guide-routes", &[("routes", ids.join(", ").into())])
        );
        return ExitCode::SUCCESS;
    };
    let Some(g) = guide::get(route) else {
        eprintln!(
            "{}",
            l.t_args("cli-guide-unknown", &[("route", route.to_owned().into())])
        );
        return ExitCode::from(1);
    };
    match html {
        Some(path) => {
            if let Err(e) =
                crate::fsutil::write_atomically(path, guide::print::html(g, &l).as_bytes())
            {
                eprintln!("{}: {e}", path.display());
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
