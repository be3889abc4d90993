//! The HTTP client's name lookups, done by the app: a failed lookup comes back as a type
//! of its own ([`NameNotFound`]), so "the name could not be found" is told apart from
//! other failures by type, not by the system's message; and a link-local printer's
//! stand-in name (see [`crate::net::zone`]) becomes its address on the right interface.

use std::future::Future;
use std::net::{SocketAddr, ToSocketAddrs};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use crate::net::address::Host;

/// The system found no address for the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the name could not be found")]
pub struct NameNotFound;

/// A link-local address's zone names no interface of this computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this computer has no such network interface")]
pub struct NoSuchZone;

type Found = Result<Vec<SocketAddr>, Box<dyn std::error::Error + Send + Sync>>;

/// Resolves names for one printer's client.
pub(super) struct Resolver {
    /// The printer, when it is a scoped address: its stand-in name is answered here.
    scoped: Option<(String, Host)>,
}

impl Resolver {
    pub(super) fn for_host(host: &Host) -> Self {
        Self {
            scoped: matches!(host, Host::Scoped(..)).then(|| (host.fetch_host(), host.clone())),
        }
    }
}

impl Resolve for Resolver {
    fn resolve(&self, name: Name) -> Resolving {
        let name = name.as_str().to_owned();
        if let Some((stand_in, host)) = &self.scoped
            && name == *stand_in
        {
            // Port 0: the client puts in the URL's port.
            let found = match host.socket_addr(0) {
                Some(a) => Ok(vec![a]),
                None => Err(NoSuchZone.into()),
            };
            return Box::pin(Lookup::done(found));
        }
        Box::pin(Lookup::start(name))
    }
}

struct Shared {
    found: Option<Found>,
    waker: Option<Waker>,
}

/// A lookup on a thread of its own (the system's resolver blocks), awaited by the client.
struct Lookup(Arc<Mutex<Shared>>);

impl Lookup {
    fn done(found: Found) -> Self {
        Lookup(Arc::new(Mutex::new(Shared {
            found: Some(found),
            waker: None,
        })))
    }

    fn start(name: String) -> Self {
        let lookup = Lookup(Arc::new(Mutex::new(Shared {
            found: None,
            waker: None,
        })));
        let shared = lookup.0.clone();
        let spawned = std::thread::Builder::new()
            .name("wps-lookup".into())
            .spawn(move || {
                let found = (name.as_str(), 0)
                    .to_socket_addrs()
                    .map(Iterator::collect::<Vec<_>>)
                    .ok()
                    .filter(|a| !a.is_empty())
                    .ok_or_else(|| NameNotFound.into());
                if let Ok(mut s) = shared.lock() {
                    s.found = Some(found);
                    if let Some(w) = s.waker.take() {
                        w.wake();
                    }
                }
            });
        if spawned.is_err() {
            return Lookup::done(Err(NameNotFound.into()));
        }
        lookup
    }
}

impl Future for Lookup {
    type Output = Result<Addrs, Box<dyn std::error::Error + Send + Sync>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let Ok(mut s) = self.0.lock() else {
            return Poll::Ready(Err(Box::new(NameNotFound)));
        };
        match s.found.take() {
            Some(Ok(addrs)) => Poll::Ready(Ok(Box::new(addrs.into_iter()))),
            Some(Err(e)) => Poll::Ready(Err(e)),
            None => {
                s.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}
