//! `lookup QUERY`: printer families matching a model name or number, as text for
//! people or JSON for scripts. Exit 0 when something matched, 1 when nothing did.

use std::process::ExitCode;

use serde_json::json;

use wps_pin_core::catalog::{self, Match};
use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::words;

pub const DEFAULT_LIMIT: u16 = 10;

pub fn lookup(words: &[String], as_json: bool, limit: usize) -> ExitCode {
    let query = words.join(" ");
    let found = catalog::catalog().search(&query, limit);
    if as_json {
        // JSON is for scripts: reasons in English so they stay stable.
        println!(
            "{}",
            lookup_json(&query, &found, &Localizer::new(i18n::FALLBACK))
        );
    } else {
        print!(
            "{}",
            lookup_text(&query, &found, &super::terminal::reader())
        );
    }
    if found.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The score rounded to two decimals, as scripts will compare it.
fn rounded(score: f32) -> f64 {
    (f64::from(score) * 100.0).round() / 100.0
}

pub fn lookup_json(query: &str, found: &[Match<'_>], l: &Localizer) -> serde_json::Value {
    let matches: Vec<_> = found
        .iter()
        .map(|m| {
            let f = m.family;
            json!({
                "id": f.id,
                "name": m.matched_name,
                "names": f.names,
                "wireless": f.wireless,
                "network": f.network,
                "usb": f.usb,
                "ews": f.ews,
                "protocol": f.protocol.as_str(),
                "score": rounded(m.score),
                "why": words::why(&m.why, l),
            })
        })
        .collect();
    json!({ "query": query, "matches": matches })
}

pub fn lookup_text(query: &str, found: &[Match<'_>], l: &Localizer) -> String {
    if found.is_empty() {
        return format!(
            "{}\n",
            l.t_args("cli-lookup-none", &[("query", query.to_owned().into())])
        );
    }
    let mut out = String::new();
    for (i, m) in found.iter().enumerate() {
        let f = m.family;
        out.push_str(&format!("{}. {}\n", i + 1, m.matched_name));
        let facts = words::family_facts(f, l);
        out.push_str(&format!("   {facts}\n   {}\n", words::why(&m.why, l)));
        if f.names.len() > 1 {
            let also = l.t_args(
                "cli-lookup-names",
                &[("names", words::list(l, &f.names).into())],
            );
            out.push_str(&format!("   {also}\n"));
        }
    }
    out
}
