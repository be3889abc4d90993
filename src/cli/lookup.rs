//! `lookup QUERY`: printer families matching a model name or number, as text for
//! people or JSON for scripts. Exit 0 when something matched, 1 when nothing did.

use std::process::ExitCode;

use serde_json::json;

use super::terminal::{Outcome, say};
use wps_pin_core::catalog::{self, Found, WifiAnswer};
use wps_pin_core::i18n::{self, Localizer};
use wps_pin_core::words;

pub const DEFAULT_LIMIT: u16 = 10;

pub fn lookup(words: &[String], as_json: bool, limit: usize) -> Outcome {
    let query = words.join(" ");
    // Nothing to look up ("", "  "): a usage error, like no query at all.
    if query.trim().is_empty() {
        let l = super::terminal::reader();
        super::terminal::warn(&l.t("cli-lookup-empty"));
        return Ok(ExitCode::from(2));
    }
    let found = catalog::catalog().find(&query, limit);
    if as_json {
        // JSON is for scripts: reasons in English so they stay stable.
        say(&lookup_json(&query, &found, &Localizer::new(i18n::FALLBACK)).to_string())?;
    } else {
        let text = lookup_text(&query, &found, &super::terminal::reader());
        say(text.trim_end_matches('\n'))?;
    }
    Ok(if found.matches.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Where the catalog comes from, for `lookup --help`.
pub fn help_source() -> String {
    words::catalog_source(catalog::catalog(), &super::terminal::reader())
}

/// The score rounded to two decimals, as scripts will compare it.
fn rounded(score: f32) -> f64 {
    (f64::from(score) * 100.0).round() / 100.0
}

fn wifi_json(w: &WifiAnswer) -> (serde_json::Value, &'static str) {
    (json!(w.has_wifi), w.source.as_str())
}

pub fn lookup_json(query: &str, found: &Found<'_>, l: &Localizer) -> serde_json::Value {
    let matches: Vec<_> = found
        .matches
        .iter()
        .map(|m| {
            let f = m.family;
            let (wireless, source) = wifi_json(&found.wifi(m));
            json!({
                "id": f.id,
                "name": m.matched_name,
                "names": f.names,
                "wireless": wireless,
                "wireless_source": source,
                "network": f.network,
                "usb": f.usb,
                "ews": f.ews,
                "protocol": f.protocol.as_str(),
                "score": rounded(m.score),
                "why": words::why(&m.why, l),
            })
        })
        .collect();
    // What the typed name alone says, when the list does not have the model.
    let (wireless, source) = if found.not_in_list {
        let (w, s) = wifi_json(&found.typed_wifi());
        (w, json!(s))
    } else {
        (json!(null), json!(null))
    };
    json!({
        "query": query,
        "lines": found.lines().iter().map(|line| line.name()).collect::<Vec<_>>(),
        "other_lines": found.other_lines,
        "not_in_list": found.not_in_list,
        "typed": {
            "model": found.typed.model.as_ref().map(|m| m.raw.clone()),
            "wireless": wireless,
            "wireless_source": source,
        },
        "matches": matches,
    })
}

pub fn lookup_text(query: &str, found: &Found<'_>, l: &Localizer) -> String {
    let mut out = String::new();
    if found.not_in_list {
        out.push_str(&words::not_in_list_notice(&found.typed_wifi(), l));
        out.push('\n');
    } else if found.matches.is_empty() {
        out.push_str(&words::no_match(query, l));
        out.push('\n');
    }
    if found.other_lines {
        out.push_str(&words::other_lines(found.lines(), l));
        out.push('\n');
    }
    for (i, m) in found.matches.iter().enumerate() {
        let f = m.family;
        out.push_str(&words::numbered(l, i + 1, &m.matched_name));
        out.push('\n');
        let wifi = found.wifi(m);
        let facts = words::family_facts(f, &wifi, l);
        out.push_str(&format!("   {facts}\n"));
        if wifi.has_wifi == Some(false)
            && let Some(notice) = words::wifi_notice(&wifi, l)
        {
            out.push_str(&format!("   {notice}\n"));
        }
        out.push_str(&format!("   {}\n", words::why(&m.why, l)));
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
