//! The support summary: everything the app knows about the printer and what was tried
//! (the chosen printer, its model family and control panel, the guide and step reached,
//! each PIN check's verdict, the timer's runs, the printer's Wi-Fi set through its web
//! page, the measured checks, the Wi-Fi around this computer when the checks read it), in
//! text, Markdown, JSON or printable HTML, under the help desk's case name and note when
//! given. The PIN is left out unless the person asks for it; the serial number can be
//! left out too; a Wi-Fi password is never in it.

use std::time::SystemTime;

use serde_json::json;

use crate::air;
use crate::checks::CheckRun;
use crate::i18n::Localizer;
use crate::journey::JourneyRecord;
use crate::net::probe::Report;
use crate::words::{self, labelled};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    Html,
}

impl Format {
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Html => "html",
        }
    }
}

/// A step the person tried, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepTried {
    /// Its name in JSON, the same in every language ("one_device").
    pub key: &'static str,
    /// Its title's message id.
    pub title: &'static str,
    pub at: SystemTime,
}

#[derive(Debug, Clone)]
pub struct Summary {
    pub created: SystemTime,
    pub checks: Option<CheckRun>,
    /// Steps the person marked as tried, with when.
    pub steps_tried: Vec<StepTried>,
    pub pin: Option<String>,
    pub include_pin: bool,
    pub include_serial: bool,
    /// What the person chose and did in the window (or gave the command line).
    pub journey: JourneyRecord,
    /// What the chosen printer said last while it was watched (used when the checks
    /// did not ask it themselves).
    pub last_status: Option<Report>,
    /// Made in demo mode: nothing in it was read from a real network.
    pub simulated: bool,
    /// The help desk's name for the case, as typed (cleaned when rendered).
    pub case: Option<String>,
    /// A note from the help desk, as typed (cleaned when rendered).
    pub note: Option<String>,
}

/// Longest case name and note kept in a summary.
const MAX_CASE: usize = 120;
const MAX_NOTE: usize = 2000;

impl Summary {
    pub fn new() -> Self {
        Self {
            created: SystemTime::now(),
            checks: None,
            steps_tried: Vec::new(),
            pin: None,
            include_pin: false,
            include_serial: true,
            journey: JourneyRecord::default(),
            last_status: None,
            simulated: false,
            case: None,
            note: None,
        }
    }

    /// Made in demo mode, or about a demo printer.
    pub fn is_simulated(&self) -> bool {
        self.simulated || self.journey.printer.as_ref().is_some_and(|p| p.simulated)
    }

    /// The case name and the note, safe in every format: line breaks and tabs become
    /// spaces, any other control a visible escape, bounded; empty is `None`. (Markdown and
    /// HTML escape them again when they render them.)
    pub fn case_and_note(&self) -> (Option<String>, Option<String>) {
        let typed = |s: &Option<String>, max| {
            crate::clean::text_within(&s.as_deref()?.replace(['\r', '\n', '\t'], " "), max)
        };
        (typed(&self.case, MAX_CASE), typed(&self.note, MAX_NOTE))
    }

    /// What the printer said about itself: the checks' probe, else the last status.
    pub fn probe(&self) -> Option<&Report> {
        self.checks
            .as_ref()
            .and_then(|r| r.printer.as_ref())
            .or(self.last_status.as_ref())
    }
}

impl Default for Summary {
    fn default() -> Self {
        Self::new()
    }
}

pub use crate::time::utc;

/// The summary as (heading, [lines]) sections, shared by the text formats.
fn sections(s: &Summary, l: &Localizer) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let na = l.t("report-unknown");
    let os = format!("{} {}", std::env::consts::OS, std::env::consts::ARCH);
    let pin = match (&s.pin, s.include_pin) {
        (Some(p), true) => p.clone(),
        (Some(_), false) => l.t("report-pin-redacted"),
        (None, _) => na.clone(),
    };
    let (case, note) = s.case_and_note();
    let mut about: Vec<String> = [("report-case", case), ("report-note", note)]
        .into_iter()
        .filter_map(|(id, v)| Some(labelled(l, &l.t(id), &v?)))
        .collect();
    about.extend([
        labelled(l, &l.t("report-created"), &utc(s.created)),
        labelled(l, &l.t("report-app"), env!("CARGO_PKG_VERSION")),
        labelled(l, &l.t("report-os"), &os),
        labelled(l, &l.t("report-pin"), &pin),
    ]);
    if s.is_simulated() {
        about.insert(0, l.t("demo-simulated"));
    }
    out.push((l.t("report-section-about"), about));

    let run = s.checks.as_ref();
    out.push((l.t("report-section-printer"), printer_lines(s, l)));

    let mut network = Vec::new();
    if let Some(local) = run.and_then(|r| r.local.as_ref()) {
        network.push(labelled(
            l,
            &l.t("report-this-computer"),
            &words::list(l, &local.address_list()),
        ));
    }
    let router = run
        .and_then(|r| r.router)
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| na.clone());
    network.push(labelled(l, &l.t("report-router"), &router));
    out.push((l.t("report-section-network"), network));
    let done = words::journey_lines(&s.journey, l, &utc);
    if !done.is_empty() {
        out.push((l.t("report-section-journey"), done));
    }
    let wifi: Vec<String> = s
        .journey
        .activity
        .printer_wifi
        .iter()
        .flat_map(|r| words::printer_wifi_lines(r, l, &utc))
        .collect();
    if !wifi.is_empty() {
        out.push((l.t("report-section-printer-wifi"), wifi));
    }

    let checks = run
        .map(|r| {
            r.results
                .iter()
                .map(|c| words::with_note(l, &words::check_line(c, l), &utc(c.at)))
                .collect()
        })
        .unwrap_or_else(|| vec![l.t("report-no-checks")]);
    out.push((l.t("report-section-checks"), checks));

    if let Some(air) = run.and_then(|r| r.air.as_ref()) {
        out.push((l.t("report-section-air"), words::air_lines(air, l)));
    }

    let steps = if s.steps_tried.is_empty() {
        vec![l.t("report-no-steps")]
    } else {
        s.steps_tried
            .iter()
            .map(|t| words::with_note(l, &l.t(t.title), &utc(t.at)))
            .collect()
    };
    out.push((l.t("report-section-steps"), steps));
    out
}

/// The printer as chosen, its family and panel, then what it said about itself.
fn printer_lines(s: &Summary, l: &Localizer) -> Vec<String> {
    let facts = s.journey.printer.as_ref();
    let mut lines = facts
        .map(|p| words::printer_fact_lines(p, l))
        .unwrap_or_default();
    lines.extend(words::model_lines(&s.journey, l));
    if let Some(p) = s.probe() {
        let host = p.target.host.to_string();
        if facts.and_then(|f| f.address.as_deref()) != Some(host.as_str()) {
            lines.push(labelled(l, &l.t("report-address"), &host));
        }
        lines.extend(words::printer_lines(p, s.include_serial, l));
    }
    if lines.is_empty() {
        lines.push(l.t("report-no-printer"));
    }
    lines
}

fn json_doc(s: &Summary) -> serde_json::Value {
    let run = s.checks.as_ref();
    let probed = s.probe().map(|p| {
        let mut doc = p.identity.to_json(&p.target.host.to_string());
        if !s.include_serial {
            doc["serial"] = serde_json::Value::Null;
        }
        doc["answered"] = json!(p.answered);
        doc
    });
    let printer = match (probed, s.journey.printer.as_ref()) {
        (doc, Some(f)) => {
            let mut doc = doc.unwrap_or_else(|| json!({ "address": f.address }));
            doc["name"] = json!(f.name);
            doc["announced_model"] = json!(f.model);
            doc["mac"] = json!(f.mac);
            doc["host"] = json!(f.host);
            doc["simulated"] = json!(f.simulated);
            if doc["model"].is_null() {
                doc["model"] = json!(f.model);
            }
            Some(doc)
        }
        (doc, None) => doc,
    };
    let (case, note) = s.case_and_note();
    let mut doc = json!({
        "case": case,
        "note": note,
        "created": utc(s.created),
        "app_version": env!("CARGO_PKG_VERSION"),
        "os": format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        "pin": if s.include_pin { s.pin.clone() } else { None },
        "pin_included": s.include_pin && s.pin.is_some(),
        "printer": printer,
        "this_computer": run.and_then(|r| r.local.as_ref()).map(|l| l.addresses_text()),
        "router": run.and_then(|r| r.router).map(|a| a.ip().to_string()),
        "checks": run.map(|r| r.results.iter().map(|c| json!({
            "check": c.id.key(),
            "state": c.state_key(),
            "detail": c.detail.as_ref().map(crate::checks::CheckDetail::as_str),
            "at": utc(c.at),
        })).collect::<Vec<_>>()).unwrap_or_default(),
        "air": run.and_then(|r| r.air.as_ref()).map(|a| air::json::document(a, &utc(a.at))),
        "journey": s.journey.to_json(utc),
        "steps_tried": s.steps_tried.iter().map(|t| json!({"step": t.key, "at": utc(t.at)})).collect::<Vec<_>>(),
    });
    // Only in demo mode, as in every JSON document the command line prints there.
    if s.is_simulated() {
        doc["simulated"] = json!(true);
    }
    doc
}

/// Markdown that shows the text as written: no HTML passes through (a printer's
/// `<script>`), and no emphasis, link or table syntax takes effect.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn render(s: &Summary, format: Format, l: &Localizer) -> String {
    let title = l.t("report-title");
    match format {
        Format::Json => serde_json::to_string_pretty(&json_doc(s)).unwrap_or_default(),
        Format::Text => {
            let mut out = format!("{title}\n{}\n", "=".repeat(title.chars().count()));
            for (h, lines) in sections(s, l) {
                out.push_str(&format!("\n{h}\n"));
                for line in lines {
                    out.push_str(&format!("  {line}\n"));
                }
            }
            out
        }
        Format::Markdown => {
            let mut out = format!("# {}\n", md_escape(&title));
            for (h, lines) in sections(s, l) {
                out.push_str(&format!("\n## {}\n\n", md_escape(&h)));
                for line in lines {
                    out.push_str(&format!("- {}\n", md_escape(&line)));
                }
            }
            out
        }
        Format::Html => {
            let lang = l.tag();
            let mut out = format!(
                "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{t}</title>\
                 <style>body{{font:18px/1.5 sans-serif;max-width:48em;margin:2em auto;color:#111}}\
                 h1{{font-size:1.6em}}h2{{font-size:1.2em;border-bottom:2px solid #0b4f9c}}\
                 @media print{{body{{margin:0}}}}</style></head><body>\n<h1>{t}</h1>\n",
                t = html_escape(&title)
            );
            for (h, lines) in sections(s, l) {
                out.push_str(&format!("<h2>{}</h2>\n<ul>\n", html_escape(&h)));
                for line in lines {
                    out.push_str(&format!("<li>{}</li>\n", html_escape(&line)));
                }
                out.push_str("</ul>\n");
            }
            out.push_str("</body></html>\n");
            out
        }
    }
}

#[cfg(test)]
mod tests;
