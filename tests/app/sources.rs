//! Every en-US message that states a fact names where it comes from: a `# Source:`
//! comment with a facts file and section of ../shared/facts (`facts/wps.md §1.5`), the
//! section exists, and it holds the claim's key terms — a cheap check that catches a
//! source that is no fact sheet and a section about something else.
//!
//! A message states a fact when its whole text (every line of it, without its `{ … }`
//! placeables) has a fact word (WPS behaviour, security, bands, HPLIP…), a device
//! behaviour word (refuses, locks, turns WPS off…), or a number or duration that is not
//! an example address or PIN.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::fact_sheets::{cited, has_word, numbers, sections};
use crate::locales::{files_under, is_message_id, readable as words_of};

/// Fact words, each with the terms one of which the cited sections must contain.
const FACTS: &[(&[&str], &[&str])] = &[
    (&["minute"], &["120", "minute"]),
    (&["check digit", "last digit"], &["check digit", "checksum"]),
    (&["8-digit", "8 digits", "4-digit", "4 digits"], &["digit"]),
    (&["wep"], &["wep"]),
    (&["tkip"], &["tkip"]),
    (&["wpa3"], &["wpa3", "sae"]),
    (&["wpa2"], &["wpa2", "psk", "rsn"]),
    (&["management frames", "pmf"], &["management frame"]),
    (&["wps 2.0"], &["wps 2.0"]),
    (&["lock"], &["lock"]),
    (&["well-known", "default pin"], &["static", "default"]),
    (&["ghz"], &["ghz"]),
    (&["mesh"], &["mesh"]),
    (&["hidden", "hides its name"], &["hidden"]),
    (
        &[
            "in wps mode",
            "two at once",
            "refuses both",
            "one router",
            "same time",
        ],
        &["overlap", "more than one", "multiple"],
    ),
    (&["isolation"], &["isolat"]),
    (&["guest"], &["guest"]),
    (&["hplip", "driver data"], &["hplip", "models.dat"]),
    (&["reset or a firmware update", "reset"], &["reset"]),
    (&["guess"], &["guess", "brute", "attempt"]),
    (
        &["vary by model", "varies by model", "vary by model"],
        &["vary", "varies"],
    ),
    (&["wi-fi direct"], &["direct"]),
    (&["setup mode"], &["setup"]),
    (&["not configured", "as configured"], &["configured"]),
    (
        &["self-signed", "certificate has changed"],
        &["certificate"],
    ),
    (&["“w”"], &["w**", "wireless"]),
    (
        &[
            "pin printed on a label",
            "pin on a label",
            "router's label",
            "label's pin",
        ],
        &["label"],
    ),
];

/// Device behaviour: a message with one of these states what a device does.
const BEHAVIOUR: &[&str] = &[
    "refuse",
    "turn wps off",
    "turns wps off",
    "switch wps off",
    "switches wps off",
    "stops accepting",
    "stop accepting",
    "accept",
    "reject",
    "blink",
    "expire",
    "time out",
    "cannot join",
    "stays active",
    "stays open",
    "waits",
];

/// Messages whose numbers or behaviour words are no claim from the sheets.
const NOT_FACTS: &[(&str, &str)] = &[
    ("cli-scan-timeout", "the command's own limits"),
    ("settings-text-shortcuts", "a key name"),
    ("cli-report-not-a-router", "an example address"),
    ("printer-address-bad", "an example host name"),
    ("catalog-search-hint", "an example model"),
    ("catalog-search-intro", "an example model number"),
    ("cli-lookup-empty", "an example model number"),
    ("words-group-from", "how the language groups digits"),
    ("problem-ipp-refused", "reports what the printer answered"),
    (
        "trouble-support-rejected",
        "a symptom the person saw, not a claim",
    ),
    (
        "wifi-passphrase-too-short",
        "the rule the app checks a password by (WPA's 8 to 63 characters)",
    ),
    (
        "wifi-passphrase-too-long",
        "the rule the app checks a password by (WPA's 8 to 63 characters)",
    ),
    ("cli-wifi-ssid-bad", "the rule the app checks a name by"),
    ("wifi-setup-no-nm", "what the app itself cannot do here"),
    ("cli-not-text", "names a text encoding (UTF-8)"),
    (
        "wifi-problem-sign-in-refused",
        "reports what the printer answered",
    ),
];

struct Message {
    id: String,
    /// The whole text, every line, with the placeables left out.
    text: String,
    comments: Vec<String>,
}

/// Each en-US message, its whole text and the `# ` comment lines just above it.
fn messages() -> Vec<Message> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en-US");
    let mut files = Vec::new();
    files_under(&root, &["ftl"], &mut files);
    files.sort();
    let mut out: Vec<Message> = Vec::new();
    for f in files {
        let mut comments: Vec<String> = Vec::new();
        let mut open = false;
        for line in fs::read_to_string(&f).unwrap().lines() {
            if let Some(c) = line.strip_prefix("# ") {
                comments.push(c.to_owned());
                open = false;
                continue;
            }
            let continues = line.starts_with(' ') || line == "}";
            match line.split_once('=') {
                Some((id, text)) if !continues && is_message_id(id.trim_end()) => {
                    out.push(Message {
                        id: id.trim_end().to_owned(),
                        text: text.to_owned(),
                        comments: std::mem::take(&mut comments),
                    });
                    open = true;
                }
                _ if continues && open => {
                    if let Some(m) = out.last_mut() {
                        m.text.push('\n');
                        // "[one] 1 printer", "1 found": the count of a plural, no fact.
                        let count = line.trim_start().starts_with("[one]");
                        let line = if count {
                            line.replace(" 1 ", " one ")
                        } else {
                            line.to_owned()
                        };
                        m.text.push_str(&line);
                    }
                }
                _ => {
                    comments.clear();
                    open = false;
                }
            }
        }
    }
    for m in &mut out {
        m.text = words_of(&m.text);
    }
    out
}

fn fact_problems(messages: &[Message], facts: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut sheets: BTreeMap<String, Option<BTreeMap<String, String>>> = BTreeMap::new();
    for m in messages {
        let lower = m.text.to_lowercase();
        let words: Vec<&(&[&str], &[&str])> = FACTS
            .iter()
            .filter(|(w, _)| w.iter().any(|w| has_word(&lower, w)))
            .collect();
        let exempt = NOT_FACTS.iter().any(|(id, _)| *id == m.id);
        let behaviour = BEHAVIOUR
            .iter()
            .find(|w| has_word(&lower, w))
            .filter(|_| !exempt);
        let nums: Vec<String> = if exempt { Vec::new() } else { numbers(&m.text) };
        let sources: Vec<&String> = m
            .comments
            .iter()
            .filter(|c| c.starts_with("Source:"))
            .collect();
        let is_fact = !words.is_empty() || behaviour.is_some() || !nums.is_empty();
        if is_fact && !sources.iter().any(|s| s.contains("facts/")) {
            let why = words
                .first()
                .map(|(w, _)| format!("{:?}", w[0]))
                .or(behaviour.map(|b| format!("{b:?}")))
                .unwrap_or_else(|| format!("the number {:?}", nums[0]));
            problems.push(format!(
                "{}: states a fact ({why}) without a facts source",
                m.id
            ));
            continue;
        }
        // The text of every section the sources name.
        let mut cited_text = String::new();
        for s in &sources {
            if !s.contains("facts/") {
                problems.push(format!("{}: a source that is no fact sheet: {s}", m.id));
                continue;
            }
            for chunk in s.split("facts/").skip(1) {
                let file: String = chunk
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .collect::<String>()
                    .trim_end_matches([',', ';', ')'])
                    .to_owned();
                let sheet = sheets.entry(file.clone()).or_insert_with(|| {
                    fs::read_to_string(facts.join(&file))
                        .ok()
                        .map(|t| sections(&t))
                });
                let Some(sheet) = sheet else {
                    problems.push(format!("{}: no facts file {file:?}", m.id));
                    continue;
                };
                let numbers = cited(chunk);
                if numbers.is_empty() {
                    problems.push(format!("{}: {file} is named without a section", m.id));
                }
                for n in numbers {
                    let major = n.split('.').next().unwrap_or_default().to_owned();
                    // "§0.3": an item of a section without numbered headings below it.
                    let item = n.contains('.')
                        && sheet.contains_key(&major)
                        && !sheet.keys().any(|k| k.starts_with(&format!("{major}.")));
                    match sheet.get(&n).or(item.then(|| &sheet[&major])) {
                        Some(text) => cited_text.push_str(text),
                        None => problems.push(format!("{}: {file} has no section §{n}", m.id)),
                    }
                }
            }
        }
        if cited_text.is_empty() {
            continue;
        }
        for (w, keys) in words {
            if !keys.iter().any(|k| cited_text.contains(k)) {
                problems.push(format!(
                    "{}: says {:?}, but its sources say none of {keys:?}",
                    m.id, w[0]
                ));
            }
        }
        for n in nums {
            let minutes =
                lower.contains(&format!("{n} minute")) || lower.contains(&format!("{n}-minute"));
            let seconds = n
                .parse::<u32>()
                .ok()
                .filter(|_| minutes)
                .map(|m| (m * 60).to_string());
            let said = cited_text.contains(&n) || seconds.is_some_and(|s| cited_text.contains(&s));
            if !said {
                problems.push(format!("{}: says {n:?}, but its sources do not", m.id));
            }
        }
    }
    problems
}

fn facts_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/facts")
}

#[test]
fn fact_messages_name_a_section_that_says_it() {
    if !facts_dir().is_dir() {
        return; // without ../shared the sheets cannot be read here
    }
    let problems = fact_problems(&messages(), &facts_dir());
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The check itself catches a fact without a source, on any line of a message, a
/// section that is not there, one that says something else, a source that is no fact
/// sheet, and a number its section does not give.
#[test]
fn the_fact_check_catches_a_missing_wrong_or_unrelated_source() {
    if !facts_dir().is_dir() {
        return;
    }
    let check = |text: &str, comment: &str| {
        let comments = if comment.is_empty() {
            vec![]
        } else {
            vec![comment.to_owned()]
        };
        let m = Message {
            id: "x".to_owned(),
            text: words_of(text),
            comments,
        };
        fact_problems(&[m], &facts_dir()).len()
    };
    assert_eq!(check(" WPS waits 2 minutes.", ""), 1);
    assert_eq!(
        check(" WPS waits 2 minutes.", "Source: facts/wps.md §1.5"),
        0
    );
    assert_eq!(
        check(" Fine.\n    Then WPS waits 2 minutes.", ""),
        1,
        "a later line"
    );
    assert_eq!(
        check(" WPS waits 2 minutes.", "Source: facts/wps.md §9.9"),
        1
    );
    assert_eq!(
        check(" WPS waits 2 minutes.", "Source: facts/nope.md §1"),
        1
    );
    assert_eq!(
        check(" WPS waits 2 minutes.", "Source: facts/hp-printers.md §3.1"),
        1,
        "unrelated"
    );
    assert_eq!(
        check(" A “w” means Wi-Fi.", "Source: the model name (issue 18)"),
        1
    );
    assert_eq!(
        check(
            " A “w” means Wi-Fi.",
            "Source: facts/hp-printers.md §3.4; issue 18"
        ),
        0,
        "a facts section beside other notes"
    );
    assert_eq!(
        check(" A “w” means Wi-Fi.", "Source: facts/hp-printers.md §3.4"),
        0
    );
    assert_eq!(check(" It takes 45 seconds.", ""), 1, "a duration");
    assert_eq!(
        check(" It takes 45 seconds.", "Source: facts/wps.md §1.5"),
        1,
        "not said there"
    );
    assert_eq!(check(" The router refuses it.", ""), 1, "behaviour");
    assert_eq!(
        check(" A firewall may block it. Go to step 3.", ""),
        0,
        "not “lock”"
    );
    assert_eq!(
        check(" Type 192.168.1.23 or { $count } digits.", ""),
        0,
        "examples"
    );
    assert_eq!(
        check(
            " Read { $seconds ->\n    [one] 1 second\n   *[other] many\n}",
            ""
        ),
        1,
        "a variant"
    );
    assert_eq!(
        words_of(" Read { $n ->\n    [one] one { $n }\n   *[other] many\n}."),
        " Read one\nmany\n."
    );
    assert_eq!(cited("facts/printer-protocols.md §3–4"), ["3", "4"]);
}
