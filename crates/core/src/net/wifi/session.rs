//! Reaching a printer's Wi-Fi resources: HTTPS first (the printer's pinned certificate),
//! plain HTTP only after it, LEDM then CDM; and signing in when the printer asks
//! (LEDM: HTTP Basic `admin:<password>`; CDM: the password grant for a bearer token),
//! with the person's own password only, at most once per kind — never a guess.

use reqwest::{Method, Url};
use zeroize::Zeroizing;

use super::cdm::{self, CdmAdapter};
use super::ledm::{self, LedmAdapter};
use super::problem::WifiProblem;
use super::secret::Secret;
use super::transport::{Answer, Auth, Channel, Limits};
use super::{Access, Protocol};
use crate::net::address::Target;
use crate::net::certificates::Certificates;
use crate::net::http::{Fingerprint, HttpError};

/// The web page's bases to try, HTTPS first. A base given with an explicit port is the
/// only one (the app cannot know the other scheme's port there).
pub fn candidates(target: &Target) -> Vec<Url> {
    let host = &target.host;
    let https = Url::parse(&host.url("https", None, "/")).ok();
    let given = target.web_base().clone();
    if !target.has_web() {
        let http = Url::parse(&host.url("http", None, "/")).ok();
        return https.into_iter().chain(http).collect();
    }
    match (given.scheme(), given.port()) {
        ("http", None) => https.into_iter().chain([given]).collect(),
        _ => vec![given],
    }
}

/// One printer reached, its protocol known.
pub struct Session<'a> {
    pub channel: Channel,
    pub protocol: Protocol,
    pub ledm: Vec<LedmAdapter>,
    pub cdm: Vec<CdmAdapter>,
    access: &'a Access<'a>,
    token: Option<Secret>,
    /// LEDM writes once Basic sign-in worked.
    basic: bool,
    /// Sign-in was tried: a second refusal is not tried again.
    tried_sign_in: bool,
    /// A CDM resource answered 401/403: this is a CDM printer that wants its sign-in.
    cdm_asked_sign_in: bool,
}

/// Nothing usable answered: what was met, and the protocol if one was recognised.
#[derive(Debug)]
pub struct Unreached {
    pub protocol: Option<Protocol>,
    pub encrypted: bool,
    pub problems: Vec<WifiProblem>,
    pub certificate: Option<Fingerprint>,
}

/// Finds the printer's Wi-Fi resources over the first base that answers.
pub fn open<'a>(
    access: &'a Access<'a>,
    certificates: &Certificates,
    limits: Limits,
) -> Result<Session<'a>, Unreached> {
    let host = &access.target.host;
    let pin = certificates.get(&host.to_string());
    let mut problems = Vec::new();
    let mut last = Unreached {
        protocol: None,
        encrypted: false,
        problems: Vec::new(),
        certificate: pin,
    };
    for base in candidates(access.target) {
        let channel = match Channel::new(host, base.clone(), pin, limits) {
            Ok(c) => c,
            Err(e) => {
                problems.push(WifiProblem::http(base.as_str(), e));
                continue;
            }
        };
        let mut session = Session {
            protocol: Protocol::Ledm,
            ledm: Vec::new(),
            cdm: Vec::new(),
            access,
            token: None,
            basic: false,
            tried_sign_in: false,
            cdm_asked_sign_in: false,
            channel,
        };
        match session.detect() {
            Ok(()) => return Ok(session),
            Err(found) => {
                last.encrypted = session.channel.encrypted();
                last.certificate = session.channel.pinned().or(pin);
                let stop = found
                    .iter()
                    .any(|p| p.certificate_changed() || !unreachable(p));
                problems.extend(found);
                if stop {
                    last.protocol = session.recognised();
                    break;
                }
            }
        }
    }
    last.problems = problems;
    Err(last)
}

/// A 2xx answer, or the problem its status says.
fn success(answer: Answer, path: &str) -> Result<Answer, WifiProblem> {
    if answer.ok() {
        Ok(answer)
    } else {
        let status = answer.status;
        Err(WifiProblem::http(
            path,
            Answer::into_body(answer)
                .err()
                .unwrap_or(HttpError::Status(status)),
        ))
    }
}

/// A failure that says nothing answered over this scheme (so the next one is tried).
fn unreachable(p: &WifiProblem) -> bool {
    use crate::net::problem::ProblemKind;
    matches!(
        p,
        WifiProblem::Read(crate::net::problem::Problem {
            kind: ProblemKind::Http(
                HttpError::NoAnswer(_)
                    | HttpError::Timeout
                    | HttpError::Tls(_)
                    | HttpError::Redirected(_)
            ),
            ..
        })
    )
}

impl Session<'_> {
    /// LEDM's adapters, else CDM's; a model with neither has no Wi-Fi settings here.
    fn detect(&mut self) -> Result<(), Vec<WifiProblem>> {
        let mut problems = Vec::new();
        for path in ledm::ADAPTERS {
            match self
                .channel
                .get(path, &Auth::None)
                .and_then(Answer::into_body)
            {
                Ok(body) => match ledm::parse_adapters(&body) {
                    Ok(list) => {
                        self.ledm = list;
                        break;
                    }
                    Err(e) => problems.push(WifiProblem::ews(path, e)),
                },
                Err(HttpError::NotFound) => {}
                Err(e) => {
                    let stop = matches!(
                        e,
                        HttpError::NoAnswer(_)
                            | HttpError::Timeout
                            | HttpError::Tls(_)
                            | HttpError::CertificateChanged { .. }
                    );
                    problems.push(WifiProblem::http(path, e));
                    if stop {
                        return Err(problems);
                    }
                    break;
                }
            }
        }
        if ledm::station(&self.ledm).is_some() {
            self.protocol = Protocol::Ledm;
            return Ok(());
        }
        self.protocol = Protocol::Cdm;
        match self.get(cdm::ADAPTER_CONFIGS) {
            Ok(body) => match cdm::parse_adapter_configs(&body) {
                Ok(list) if cdm::station(&list).is_some() => {
                    self.cdm = list;
                    return Ok(());
                }
                Ok(_) => {}
                Err(e) => problems.push(WifiProblem::ews(cdm::ADAPTER_CONFIGS, e)),
            },
            Err(WifiProblem::Read(p))
                if matches!(
                    p.kind,
                    crate::net::problem::ProblemKind::Http(HttpError::NotFound)
                ) => {}
            Err(p) => {
                problems.push(p);
                return Err(problems);
            }
        }
        // Something answered, but no Wi-Fi adapter: LEDM's view if LEDM answered.
        if !self.ledm.is_empty() {
            self.protocol = Protocol::Ledm;
            return Ok(());
        }
        problems.push(WifiProblem::NotSupported);
        Err(problems)
    }

    /// The protocol recognised by what answered, if any.
    fn recognised(&self) -> Option<Protocol> {
        if !self.ledm.is_empty() {
            Some(Protocol::Ledm)
        } else if self.cdm_asked_sign_in || !self.cdm.is_empty() {
            Some(Protocol::Cdm)
        } else {
            None
        }
    }

    /// Whether secrets may go over this channel: TLS, or plain HTTP the person allowed.
    pub fn may_send_secrets(&self) -> bool {
        self.channel.encrypted() || self.access.allow_unencrypted
    }

    /// CDM's token on every request once it has one; LEDM's Basic sign-in on writes only
    /// (its reads need none: facts/printer-wifi-setup.md §3).
    fn auth(&self, method: &Method) -> Auth<'_> {
        match (&self.token, self.basic, self.access.admin_password) {
            (Some(t), _, _) => Auth::Bearer(t),
            (None, true, Some(p)) if *method != Method::GET => Auth::Basic(p),
            _ => Auth::None,
        }
    }

    /// A GET's body; a CDM printer that asks for sign-in gets it once.
    pub fn get(&mut self, path: &str) -> Result<Zeroizing<Vec<u8>>, WifiProblem> {
        self.request(Method::GET, path, None).map(|a| a.body)
    }

    /// A request; on 401/403 the printer's sign-in is done once (when the person gave
    /// the password, and only over TLS or allowed plain HTTP) and the request repeated.
    pub fn request(
        &mut self,
        method: Method,
        path: &str,
        body: Option<(&str, &[u8])>,
    ) -> Result<Answer, WifiProblem> {
        let answer = self
            .channel
            .send(method.clone(), path, body, &self.auth(&method))
            .map_err(|e| WifiProblem::http(path, e))?;
        if !answer.needs_sign_in() {
            return success(answer, path);
        }
        if self.protocol == Protocol::Cdm {
            self.cdm_asked_sign_in = true;
        }
        self.sign_in(path)?;
        let again = self
            .channel
            .send(method.clone(), path, body, &self.auth(&method))
            .map_err(|e| WifiProblem::http(path, e))?;
        if again.needs_sign_in() {
            return Err(WifiProblem::SignInRefused {
                source: path.to_owned(),
            });
        }
        success(again, path)
    }

    /// Signs in with the person's administrator password: LEDM by HTTP Basic, CDM by
    /// the password grant (JSON as HPLIP sends it, then the form a LaserJet takes if the
    /// first shape is not understood). Never more than once per session.
    fn sign_in(&mut self, source: &str) -> Result<(), WifiProblem> {
        let source = source.to_owned();
        let Some(password) = self.access.admin_password else {
            return Err(WifiProblem::SignInNeeded { source });
        };
        if self.tried_sign_in {
            return Err(WifiProblem::SignInRefused { source });
        }
        if !self.may_send_secrets() {
            return Err(WifiProblem::UnencryptedRefused);
        }
        self.tried_sign_in = true;
        if self.protocol == Protocol::Ledm {
            self.basic = true;
            return Ok(());
        }
        let shapes: [(&str, Zeroizing<Vec<u8>>); 2] = [
            (cdm::JSON, cdm::grant_json(password)),
            (cdm::FORM, cdm::grant_form(password)),
        ];
        for (content_type, body) in &shapes {
            let answer = self
                .channel
                .send(
                    Method::POST,
                    cdm::TOKEN,
                    Some((content_type, body)),
                    &Auth::None,
                )
                .map_err(|e| WifiProblem::http(cdm::TOKEN, e))?;
            match answer.status {
                200 | 201 => {
                    let token = cdm::parse_token(&answer.body)
                        .map_err(|e| WifiProblem::ews(cdm::TOKEN, e))?;
                    self.token = Some(token);
                    return Ok(());
                }
                // The body's shape was not understood: the other documented shape.
                400 | 404 | 405 | 415 => continue,
                _ => break,
            }
        }
        Err(WifiProblem::SignInRefused { source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_first_then_plain_http_unless_a_scheme_and_port_were_given() {
        let urls = |s: &str| -> Vec<String> {
            candidates(&Target::parse(s).unwrap())
                .iter()
                .map(Url::to_string)
                .collect()
        };
        assert_eq!(
            urls("192.0.2.5"),
            ["https://192.0.2.5/", "http://192.0.2.5/"]
        );
        assert_eq!(
            urls("http://192.0.2.5"),
            ["https://192.0.2.5/", "http://192.0.2.5/"]
        );
        assert_eq!(urls("https://192.0.2.5:8443"), ["https://192.0.2.5:8443/"]);
        assert_eq!(urls("http://192.0.2.5:8080/"), ["http://192.0.2.5:8080/"]);
        assert_eq!(urls("fe80::1"), ["https://[fe80::1]/", "http://[fe80::1]/"]);
    }
}
