//! A stand-in avahi-daemon served with zbus on a private bus: the server's
//! `ServiceBrowserNew` and `ResolveService`; browsers that send `ItemNew` for what they
//! know *before* answering the call that created them (as avahi does: its issue 9), then
//! `AllForNow`; resolves that answer, fail as avahi's timeout does, or never answer; and a
//! daemon that never answers at all. Services can be added and removed while a scan runs
//! (`ItemNew` / `ItemRemove` on every browser of their type).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};

use zbus::blocking::connection::Builder;
use zbus::zvariant::OwnedObjectPath;

use super::dbus::PrivateBus;

const BROWSER: &str = "org.freedesktop.Avahi.ServiceBrowser";

/// How a service's resolver answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolve {
    Found,
    Failure,
    Never,
}

#[derive(Clone, Debug)]
pub struct Service {
    pub name: String,
    pub kind: String,
    pub host: String,
    pub address: String,
    pub port: u16,
    pub txt: Vec<Vec<u8>>,
    pub resolve: Resolve,
}

impl Service {
    pub fn new(name: &str, kind: &str, host: &str, txt: &[&str]) -> Self {
        Self {
            name: name.into(),
            kind: kind.into(),
            host: host.into(),
            address: "192.0.2.33".into(),
            port: 631,
            txt: txt.iter().map(|t| t.as_bytes().to_vec()).collect(),
            resolve: Resolve::Found,
        }
    }
}

#[derive(Default)]
pub struct Shared {
    services: Vec<Service>,
    /// (type, path) of each browser made.
    browsers: Vec<(String, String)>,
    next: u32,
    /// `ResolveService` calls being answered now, at most at once, and in all.
    pub resolves_live: usize,
    pub resolves_most: usize,
    pub resolves_made: usize,
    pub calls: usize,
}

struct Server {
    shared: Arc<Mutex<Shared>>,
    hang: bool,
}

fn item(s: &Service) -> (i32, i32, String, String, String, u32) {
    (2, 0, s.name.clone(), s.kind.clone(), "local".into(), 0)
}

#[zbus::interface(name = "org.freedesktop.Avahi.Server")]
impl Server {
    async fn service_browser_new(
        &self,
        #[zbus(connection)] conn: &zbus::Connection,
        _interface: i32,
        _protocol: i32,
        kind: String,
        _domain: String,
        _flags: u32,
    ) -> zbus::fdo::Result<OwnedObjectPath> {
        let (path, known) = {
            let mut sh = self.shared.lock().unwrap();
            sh.calls += 1;
            sh.next += 1;
            let path = format!("/Client1/ServiceBrowser{}", sh.next);
            sh.browsers.push((kind.clone(), path.clone()));
            let known: Vec<Service> = sh
                .services
                .iter()
                .filter(|s| s.kind == kind)
                .cloned()
                .collect();
            (path, known)
        };
        if self.hang {
            std::future::pending::<()>().await;
        }
        // The cache first, before the reply that names the browser.
        for s in &known {
            let _ = conn
                .emit_signal(None::<&str>, path.as_str(), BROWSER, "ItemNew", &item(s))
                .await;
        }
        let _ = conn
            .emit_signal(None::<&str>, path.as_str(), BROWSER, "AllForNow", &())
            .await;
        Ok(OwnedObjectPath::try_from(path).unwrap())
    }

    #[allow(clippy::too_many_arguments)]
    async fn resolve_service(
        &self,
        interface: i32,
        protocol: i32,
        name: String,
        kind: String,
        domain: String,
        _aprotocol: i32,
        _flags: u32,
    ) -> Result<Resolved, AvahiError> {
        let service = {
            let mut sh = self.shared.lock().unwrap();
            sh.calls += 1;
            sh.resolves_live += 1;
            sh.resolves_made += 1;
            sh.resolves_most = sh.resolves_most.max(sh.resolves_live);
            sh.services
                .iter()
                .find(|s| s.name == name && s.kind == kind)
                .cloned()
        };
        let answer = match service {
            Some(s) if s.resolve == Resolve::Found => Ok((
                interface, protocol, s.name, s.kind, domain, s.host, 0, s.address, s.port, s.txt, 0,
            )),
            Some(s) if s.resolve == Resolve::Never => {
                std::future::pending::<()>().await;
                Err(AvahiError::TimeoutError("Timeout reached".into()))
            }
            _ => Err(AvahiError::TimeoutError("Timeout reached".into())),
        };
        self.shared.lock().unwrap().resolves_live -= 1;
        answer
    }
}

/// `ResolveService`'s answer: interface, protocol, name, type, domain, host, aprotocol,
/// address, port, txt, flags.
type Resolved = (
    i32,
    i32,
    String,
    String,
    String,
    String,
    i32,
    String,
    u16,
    Vec<Vec<u8>>,
    u32,
);

/// avahi's errors, named as it names them.
#[derive(Debug, zbus::DBusError)]
#[zbus(prefix = "org.freedesktop.Avahi")]
enum AvahiError {
    #[zbus(error)]
    ZBus(zbus::Error),
    TimeoutError(String),
}

/// The stand-in, served on a private bus until dropped.
pub struct StandIn {
    server: zbus::blocking::Connection,
    pub shared: Arc<Mutex<Shared>>,
}

/// An avahi that knows `services`; with `hang`, it never answers a browser call.
pub fn stand_in(bus: &PrivateBus, services: Vec<Service>, hang: bool) -> StandIn {
    let shared = Arc::new(Mutex::new(Shared {
        services,
        ..Shared::default()
    }));
    let server = Builder::address(bus.address.as_str())
        .unwrap()
        .name("org.freedesktop.Avahi")
        .unwrap()
        .serve_at(
            "/",
            Server {
                shared: shared.clone(),
                hang,
            },
        )
        .unwrap()
        .build()
        .unwrap();
    StandIn { server, shared }
}

impl StandIn {
    fn tell_browsers(&self, s: &Service, member: &str) {
        let paths: Vec<String> = {
            let sh = self.shared.lock().unwrap();
            sh.browsers
                .iter()
                .filter(|(k, _)| *k == s.kind)
                .map(|(_, p)| p.clone())
                .collect()
        };
        for p in paths {
            self.server
                .emit_signal(None::<&str>, p.as_str(), BROWSER, member, &item(s))
                .unwrap();
        }
    }

    /// A service appears while the scan runs.
    pub fn add(&self, s: Service) {
        self.shared.lock().unwrap().services.push(s.clone());
        self.tell_browsers(&s, "ItemNew");
    }

    /// A service says goodbye.
    pub fn remove(&self, name: &str, kind: &str) {
        let gone = {
            let mut sh = self.shared.lock().unwrap();
            let i = sh
                .services
                .iter()
                .position(|s| s.name == name && s.kind == kind)
                .unwrap();
            sh.services.remove(i)
        };
        self.tell_browsers(&gone, "ItemRemove");
    }

    /// Browsers made so far.
    pub fn browsers(&self) -> usize {
        self.shared.lock().unwrap().browsers.len()
    }
}
