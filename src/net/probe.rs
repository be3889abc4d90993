//! The probe: ask one printer who it is and how it is connected, over IPP, LEDM and CDM,
//! and merge the answers. Requests go one at a time, each bounded; a resource a model
//! lacks (404) is simply skipped; everything else that goes wrong becomes a problem in
//! plain words in the record, never a panic.

use super::ews::{self, cdm, ledm};
use super::http::{Fingerprint, HttpError, Limits, PrinterHttp};
use super::identity::{self, Answers, Identity};
use super::ipp;
use super::problem::{Problem, ProblemKind};

/// What to probe: an address or host name, or the web server's base URL, with an
/// optional IPP endpoint that overrides the usual `http://HOST:631/ipp/print`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub host: String,
    pub web_base: Option<String>,
    pub ipp_url: Option<String>,
}

impl Target {
    pub fn parse(input: &str, ipp_url: Option<&str>) -> Result<Self, HttpError> {
        let input = input.trim();
        let (host, web_base) = if input.starts_with("http://") || input.starts_with("https://") {
            let url =
                reqwest::Url::parse(input).map_err(|_| HttpError::BadAddress(input.into()))?;
            let host = url
                .host_str()
                .ok_or_else(|| HttpError::BadAddress(input.into()))?
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_owned();
            let mut base = format!("{}://{}", url.scheme(), url.host_str().unwrap_or_default());
            if let Some(port) = url.port() {
                base.push_str(&format!(":{port}"));
            }
            (host, Some(base))
        } else {
            (
                input
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .to_owned(),
                None,
            )
        };
        if host.is_empty() || host.contains(['/', '@', ' ', '?', '#']) {
            return Err(HttpError::BadAddress(input.into()));
        }
        Ok(Self {
            host,
            web_base,
            ipp_url: ipp_url.map(str::to_owned),
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub target: Target,
    pub identity: Identity,
    /// Something at the address answered (even if only with errors).
    pub answered: bool,
    /// The HTTPS certificate fingerprint trusted after this probe (to remember).
    pub pin: Option<Fingerprint>,
}

/// Whether an error still proves that something answered at the address.
fn answered(e: &HttpError) -> bool {
    !matches!(
        e,
        HttpError::NoAnswer(_)
            | HttpError::Timeout
            | HttpError::BadAddress(_)
            | HttpError::Forbidden(_)
    )
}

pub fn probe(target: &Target, pin: Option<Fingerprint>, limits: Limits) -> Report {
    let mut problems: Vec<Problem> = Vec::new();
    let mut any_answer = false;
    let mut answers = Answers::default();
    let http = match PrinterHttp::new(&target.host, pin, limits) {
        Ok(h) => h,
        Err(e) => {
            return Report {
                target: target.clone(),
                identity: Identity {
                    problems: vec![Problem::new(target.host.clone(), ProblemKind::Http(e))],
                    ..Identity::default()
                },
                answered: false,
                pin,
            };
        }
    };
    let mut note = |what: &str, kind: ProblemKind| problems.push(Problem::new(what, kind));

    // IPP.
    let ipp_url = target
        .ipp_url
        .clone()
        .unwrap_or_else(|| format!("{}/ipp/print", http.base(false, Some(631))));
    let request = ipp::get_printer_attributes(&ipp_url.replacen("http", "ipp", 1), 1);
    match http.post_ipp(&ipp_url, request) {
        Ok(body) => {
            any_answer = true;
            match ipp::parse_response(&body) {
                Ok(resp) => answers.ipp = Some(ipp::IppFacts::from_response(&resp)),
                Err(e) => note("IPP", ProblemKind::Ipp(e)),
            }
        }
        Err(e) => {
            any_answer |= answered(&e);
            note("IPP", ProblemKind::Http(e));
        }
    }

    // The web server: LEDM, then CDM.
    let base = target
        .web_base
        .clone()
        .unwrap_or_else(|| http.base(false, None));
    // Once the web server has failed to answer at all, asking it for more only waits out
    // more deadlines: skip the rest.
    let mut silent = false;
    let mut get = |path: &str, problems: &mut Vec<Problem>| -> Option<Vec<u8>> {
        if silent {
            return None;
        }
        match http.get(&base, path) {
            Ok(body) => {
                any_answer = true;
                Some(body)
            }
            Err(HttpError::NotFound) => {
                any_answer = true;
                None
            }
            Err(e) => {
                any_answer |= answered(&e);
                silent = !answered(&e);
                problems.push(Problem::new(path, ProblemKind::Http(e)));
                None
            }
        }
    };
    let mut web_problems = Vec::new();
    let tree = get(ledm::DISCOVERY_TREE, &mut web_problems)
        .and_then(|b| ledm::parse_discovery_tree(&b).ok())
        .unwrap_or_default();
    // Without a tree, try the well-known paths; with one, only what it lists.
    let listed = |p: &str| tree.is_empty() || tree.iter().any(|t| t == p);
    let parse_problem = |path: &str, e: ews::EwsError, list: &mut Vec<Problem>| {
        list.push(Problem::new(path, ProblemKind::Ews(e)));
    };
    if listed(ledm::PRODUCT_CONFIG)
        && let Some(b) = get(ledm::PRODUCT_CONFIG, &mut web_problems)
    {
        match ledm::parse_product_config(&b) {
            Ok(p) => answers.ledm = Some(p),
            Err(e) => parse_problem(ledm::PRODUCT_CONFIG, e, &mut web_problems),
        }
    }
    for path in ledm::ADAPTERS {
        if let Some(b) = get(path, &mut web_problems) {
            match ledm::parse_adapters(&b) {
                Ok(a) => answers.adapters = a,
                Err(e) => parse_problem(path, e, &mut web_problems),
            }
            break;
        }
    }
    if !answers.adapters.is_empty()
        && listed(ledm::IO_CONFIG)
        && let Some(b) = get(ledm::IO_CONFIG, &mut web_problems)
    {
        match ledm::parse_io_config(&b) {
            Ok(cfg) => ledm::apply_io_config(&mut answers.adapters, &cfg),
            Err(e) => parse_problem(ledm::IO_CONFIG, e, &mut web_problems),
        }
    }
    if let Some(b) = get(cdm::IDENTITY, &mut web_problems) {
        match cdm::parse_identity(&b) {
            Ok(p) => answers.cdm = Some(p),
            Err(e) => parse_problem(cdm::IDENTITY, e, &mut web_problems),
        }
    }
    problems.extend(web_problems);

    let mut identity = identity::merge(&answers);
    identity.problems.extend(problems);
    Report {
        target: target.clone(),
        identity,
        answered: any_answer,
        pin: http.pinned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_from_addresses_and_urls() {
        let t = Target::parse("192.0.2.7", None).unwrap();
        assert_eq!((t.host.as_str(), t.web_base), ("192.0.2.7", None));
        let t = Target::parse(
            "https://HP1234.local:8443/hp/device/",
            Some("http://HP1234.local:631/ipp/print"),
        )
        .unwrap();
        assert_eq!(t.host, "hp1234.local", "host names are case-insensitive");
        assert_eq!(t.web_base.as_deref(), Some("https://hp1234.local:8443"));
        let t = Target::parse("[fe80::1]", None).unwrap();
        assert_eq!(t.host, "fe80::1");
        assert!(Target::parse("", None).is_err());
        assert!(Target::parse("a b", None).is_err());
        assert!(Target::parse("http://", None).is_err());
    }
}
