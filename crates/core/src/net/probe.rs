//! The probe: ask one printer who it is and how it is connected, over IPP, LEDM and CDM,
//! and merge the answers. Requests go one at a time, each bounded; a resource a model
//! lacks (404) is simply skipped; everything else that goes wrong becomes a problem in
//! plain words in the record, never a panic.

use std::time::Instant;

use super::address::Target;
use super::certificates::Certificates;
use super::ews::{self, cdm, ledm};
use super::http::{Fingerprint, HttpError, Limits, PrinterHttp};
use super::identity::{self, Answers, Identity};
use super::ipp;
use super::problem::{Problem, ProblemKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub target: Target,
    pub identity: Identity,
    /// Something at the address answered (even if only with errors).
    pub answered: bool,
    /// The HTTPS certificate fingerprint trusted after this probe.
    pub certificate: Option<Fingerprint>,
}

impl Report {
    /// The printer's certificate differs from the one the app trusted: it was refused.
    pub fn certificate_changed(&self) -> bool {
        self.identity.problems.iter().any(|p| {
            matches!(
                p.kind,
                ProblemKind::Http(HttpError::CertificateChanged { .. })
            )
        })
    }
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

/// Probes `target` once, checking its certificate against `certificates` and
/// remembering one learned on first use.
pub fn probe(target: &Target, certificates: &Certificates, limits: Limits) -> Report {
    Probe::new(target.clone(), certificates, limits).run(certificates)
}

/// One printer, probed as often as needed over the same HTTP client (the watch polls
/// every few seconds: one client, one TLS session cache, one trusted certificate).
pub struct Probe {
    target: Target,
    http: Result<PrinterHttp, HttpError>,
    limits: Limits,
}

impl Probe {
    pub fn new(target: Target, certificates: &Certificates, limits: Limits) -> Self {
        let known = certificates.get(&target.host.to_string());
        let http = PrinterHttp::new(&target.host, known, limits);
        Self {
            target,
            http,
            limits,
        }
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Asks the printer now. A certificate trusted for the first time is remembered.
    pub fn run(&self, certificates: &Certificates) -> Report {
        let report = match &self.http {
            Ok(http) => ask(&self.target, http, self.limits),
            Err(e) => Report {
                target: self.target.clone(),
                identity: Identity {
                    problems: vec![Problem::new(
                        self.target.host.to_string(),
                        ProblemKind::Http(e.clone()),
                    )],
                    ..Identity::default()
                },
                answered: false,
                certificate: None,
            },
        };
        if let Some(fp) = report.certificate
            && let Err(e) = certificates.remember(&self.target.host.to_string(), &fp)
        {
            tracing::warn!("certificate not remembered: {e}");
        }
        report
    }
}

fn ask(target: &Target, http: &PrinterHttp, limits: Limits) -> Report {
    // Each request is bounded, and so is the whole probe: a slow printer cannot hold
    // the worker (or a script) for the sum of every request's limit.
    http.set_deadline(Some(Instant::now() + limits.probe));
    let mut problems: Vec<Problem> = Vec::new();
    let mut any_answer = false;
    let mut answers = Answers::default();
    let mut note = |what: &str, kind: ProblemKind| problems.push(Problem::new(what, kind));

    // IPP.
    let request = ipp::get_printer_attributes(&target.printer_uri(), 1);
    match http.post_ipp(target.ipp_endpoint(), request) {
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
    let base = target.web_base();
    // Once the web server has failed to answer at all, or its certificate was refused,
    // asking it for more only waits out more deadlines or repeats the refusal: skip the rest.
    let mut silent = false;
    let mut get = |path: &str, problems: &mut Vec<Problem>| -> Option<Vec<u8>> {
        if silent {
            return None;
        }
        match http.get(base, path) {
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
                silent = !answered(&e) || matches!(e, HttpError::CertificateChanged { .. });
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
    // One problem per cause, however many requests met it.
    let problems = Problem::merged(problems);

    let mut identity = identity::merge(&answers);
    identity.problems.extend(problems);
    Report {
        target: target.clone(),
        identity,
        answered: any_answer,
        certificate: http.pinned(),
    }
}
