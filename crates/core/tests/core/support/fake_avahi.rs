//! A stand-in avahi-daemon served with zbus on a private bus: the server's
//! `ServiceBrowserNew` and `ServiceResolverNew`, browsers that send `ItemNew` for what
//! they know *before* answering the call that created them (as avahi does: its issue 9),
//! then `AllForNow`; resolvers that answer `Found` (also before their reply), `Failure`,
//! or never; `Free`; and a daemon that never answers at all. Services can be added and
//! removed while a scan runs (`ItemNew` / `ItemRemove` on every browser of their type).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};

use zbus::blocking::connection::Builder;
use zbus::object_server::ObjectServer;
use zbus::zvariant::OwnedObjectPath;

use super::dbus::PrivateBus;

const BROWSER: &str = "org.freedesktop.Avahi.ServiceBrowser";
const RESOLVER: &str = "org.freedesktop.Avahi.ServiceResolver";

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
    pub resolvers_live: usize,
    pub resolvers_most: usize,
    pub resolvers_made: usize,
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
    async fn service_resolver_new(
        &self,
        #[zbus(connection)] conn: &zbus::Connection,
        #[zbus(object_server)] server: &ObjectServer,
        interface: i32,
        protocol: i32,
        name: String,
        kind: String,
        domain: String,
        _aprotocol: i32,
        _flags: u32,
    ) -> zbus::fdo::Result<OwnedObjectPath> {
        let (path, service) = {
            let mut sh = self.shared.lock().unwrap();
            sh.calls += 1;
            sh.next += 1;
            sh.resolvers_live += 1;
            sh.resolvers_made += 1;
            sh.resolvers_most = sh.resolvers_most.max(sh.resolvers_live);
            let path = format!("/Client1/ServiceResolver{}", sh.next);
            let s = sh
                .services
                .iter()
                .find(|s| s.name == name && s.kind == kind)
                .cloned();
            (path, s)
        };
        let freeable = FakeResolver {
            shared: self.shared.clone(),
        };
        server.at(path.as_str(), freeable).await?;
        let p = path.as_str();
        match service.as_ref().map(|s| s.resolve) {
            Some(Resolve::Found) => {
                let s = service.unwrap();
                let body = (
                    interface, protocol, s.name, s.kind, domain, s.host, 0i32, s.address, s.port,
                    s.txt, 0u32,
                );
                let _ = conn
                    .emit_signal(None::<&str>, p, RESOLVER, "Found", &body)
                    .await;
            }
            Some(Resolve::Never) => {}
            Some(Resolve::Failure) | None => {
                let error = "Timeout reached";
                let _ = conn
                    .emit_signal(None::<&str>, p, RESOLVER, "Failure", &error)
                    .await;
            }
        }
        Ok(OwnedObjectPath::try_from(path).unwrap())
    }
}

struct FakeResolver {
    shared: Arc<Mutex<Shared>>,
}

#[zbus::interface(name = "org.freedesktop.Avahi.ServiceResolver")]
impl FakeResolver {
    async fn free(
        &self,
        #[zbus(object_server)] server: &ObjectServer,
        #[zbus(header)] header: zbus::message::Header<'_>,
    ) -> zbus::fdo::Result<()> {
        self.shared.lock().unwrap().resolvers_live -= 1;
        if let Some(path) = header.path() {
            let _ = server.remove::<FakeResolver, _>(path.to_owned()).await;
        }
        Ok(())
    }
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
