//! What the scan knows of avahi's browsers and the services they name, and what it asks
//! next: no I/O, so every order of answers (a browser's signals before the reply that
//! names it, a resolve that fails or never answers, a flood) is tested without a bus.
//!
//! Bounded everywhere: at most `MAX_ITEMS` items (printing services and HP names first,
//! the rest capped on their own), `MAX_IN_FLIGHT` resolves at once (avahi allows a client
//! 1,024 objects by default), a deadline on every resolve and on the daemon's first
//! answer.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use super::items::{Key, item_of, key_of, rank, record_key, record_of};
use super::wire::{Found, Incoming, Item};
use crate::net::discovery::ranked::{Inserted, Ranked};
use crate::net::discovery::record::{Heard, RecordKey, Source};
use crate::net::discovery::service::ServiceType;

pub const MAX_ITEMS: usize = 4096;
/// Of which at most this many are neither printing services nor named like HP devices.
pub const MAX_OTHER_ITEMS: usize = 1024;
pub const MAX_IN_FLIGHT: usize = 64;
/// `AVAHI_PROTO_INET`: an item heard over IPv4.
const PROTO_INET: i32 = 0;
/// Browser signals that came before the reply naming their browser.
const MAX_EARLY: usize = 256;
/// A daemon that has not answered one browser by then is given up.
pub const FIRST_ANSWER: Duration = Duration::from_secs(3);
/// A resolve not answered by then is given up (avahi's own timeout is 5 s for a service
/// that is not in its cache).
pub const RESOLVE_DEADLINE: Duration = Duration::from_secs(6);

/// A call to avahi's server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask<'a> {
    /// `ServiceBrowserNew` for this type.
    Browser(ServiceType),
    /// `ResolveService` for this item.
    Resolve(&'a Item),
}

/// What the state asks of the bus and the scan.
pub trait Outbox {
    /// Sends the call; its serial, or none when it could not be sent.
    fn call(&mut self, ask: Ask<'_>) -> Option<u32>;
    /// False once the scan has ended.
    fn heard(&mut self, heard: Heard) -> bool;
}

enum Step {
    /// In the queue at (priority, arrival).
    Waiting {
        prio: u8,
        seq: u64,
    },
    /// Asked for by call `serial` at `since`.
    Resolving {
        serial: u32,
        since: Instant,
    },
    Resolved(RecordKey),
}

enum Call {
    Browser(ServiceType),
    Resolve(Key),
}

pub struct Browse {
    started: Instant,
    items: Ranked<Key, Step>,
    /// The queue of items to resolve: by rank, IPv4 before IPv6, the first item of each
    /// name before its other copies (the same service on another interface, protocol or
    /// type), then arrival.
    waiting: BTreeSet<(u8, u64, Key)>,
    /// How many items each instance name has.
    names: HashMap<String, usize>,
    /// Resolves asked for, oldest first (answered ones are skipped).
    resolving: VecDeque<(Instant, Key)>,
    in_flight: usize,
    seq: u64,
    calls: HashMap<u32, Call>,
    /// Browser signals for paths not named by a reply yet, oldest first. The bus-wide
    /// match rule also brings other clients' browsers' signals, which nobody claims: the
    /// oldest go first, and ours, sent just before their reply, are claimed at once.
    early: VecDeque<(String, Incoming)>,
    browsers: HashSet<String>,
    browsers_asked: usize,
    browsers_failed: usize,
    all_for_now: HashSet<String>,
    caught_up: bool,
    answered: bool,
    ended: bool,
}

impl Browse {
    pub fn new(started: Instant) -> Self {
        Self {
            started,
            items: Ranked::new(MAX_ITEMS, 2, MAX_OTHER_ITEMS),
            waiting: BTreeSet::new(),
            names: HashMap::new(),
            resolving: VecDeque::new(),
            in_flight: 0,
            seq: 0,
            calls: HashMap::new(),
            early: VecDeque::new(),
            browsers: HashSet::new(),
            browsers_asked: 0,
            browsers_failed: 0,
            all_for_now: HashSet::new(),
            caught_up: false,
            answered: false,
            ended: false,
        }
    }

    /// True once the daemon is given up (or the scan has ended): stop reading.
    pub fn ended(&self) -> bool {
        self.ended
    }

    /// Asks for one browser per type.
    pub fn start(&mut self, types: &[ServiceType], out: &mut impl Outbox) {
        for &ty in types {
            match out.call(Ask::Browser(ty)) {
                Some(serial) => {
                    self.calls.insert(serial, Call::Browser(ty));
                    self.browsers_asked += 1;
                }
                None => tracing::info!("avahi: could not ask for a {ty} browser"),
            }
        }
        if self.browsers_asked == 0 {
            self.end(out, "no browser could be asked for");
        }
    }

    /// When [`Browse::tick`] must run next.
    pub fn next_deadline(&self) -> Option<Instant> {
        let first = (!self.answered).then(|| self.started + FIRST_ANSWER);
        let resolve = self.resolving.front().map(|(at, _)| *at + RESOLVE_DEADLINE);
        first.into_iter().chain(resolve).min()
    }

    /// Gives up what has waited too long.
    pub fn tick(&mut self, now: Instant, out: &mut impl Outbox) {
        if !self.answered && now >= self.started + FIRST_ANSWER {
            return self.end(out, "it did not answer");
        }
        while let Some((at, key)) = self.resolving.front().cloned() {
            if now < at + RESOLVE_DEADLINE {
                break;
            }
            self.resolving.pop_front();
            if self.still_resolving(&key, at) {
                tracing::debug!("avahi: no answer resolving {key:?}");
                self.forget(&key, out);
            }
        }
        self.pump(out);
    }

    fn end(&mut self, out: &mut impl Outbox, why: &str) {
        if !self.ended {
            tracing::info!("avahi: the system's mDNS cache is not used further: {why}");
            self.ended = true;
            out.heard(Heard::Ended(Source::System));
        }
    }

    pub fn on(&mut self, incoming: Incoming, out: &mut impl Outbox) {
        match incoming {
            Incoming::Reply { serial, path } => self.on_browser(serial, path, out),
            Incoming::Resolved { serial, found } => self.on_resolved(serial, &found, out),
            Incoming::Failed { serial, error } => match self.calls.remove(&serial) {
                Some(Call::Browser(ty)) => {
                    tracing::info!("avahi: no {ty} browser: {error}");
                    self.answered = true;
                    self.browsers_failed += 1;
                    if self.browsers_failed == self.browsers_asked {
                        self.end(out, "it refused every browser");
                    }
                }
                Some(Call::Resolve(key)) => {
                    tracing::debug!("avahi: could not resolve {key:?}: {error}");
                    self.forget(&key, out);
                }
                None => {}
            },
            Incoming::ItemNew(item) => self.on_new(&item, out),
            Incoming::ItemRemove(item) => {
                if let Some(key) = key_of(&item) {
                    self.forget(&key, out);
                }
            }
            Incoming::AllForNow { ref path } | Incoming::BrowserFailure { ref path, .. } => {
                if self.browsers.contains(path) {
                    self.all_for_now.insert(path.clone());
                } else {
                    if self.early.len() >= MAX_EARLY {
                        self.early.pop_front();
                    }
                    self.early.push_back((path.clone(), incoming));
                }
            }
            Incoming::Other => {}
        }
        self.pump(out);
    }

    /// A browser is named: whatever it said before counts now.
    fn on_browser(&mut self, serial: u32, path: String, out: &mut impl Outbox) {
        let Some(Call::Browser(_)) = self.calls.remove(&serial) else {
            return;
        };
        self.answered = true;
        self.browsers.insert(path.clone());
        let (ours, others) = std::mem::take(&mut self.early)
            .into_iter()
            .partition(|(p, _)| *p == path);
        self.early = others;
        for (_, incoming) in ours {
            self.on(incoming, out);
        }
    }

    fn on_resolved(&mut self, serial: u32, found: &Found, out: &mut impl Outbox) {
        // A late answer, for an item gone or given up meanwhile, has no call any more.
        let Some(Call::Resolve(key)) = self.calls.remove(&serial) else {
            return;
        };
        let Some(step @ Step::Resolving { .. }) = self.items.get_mut(&key) else {
            return;
        };
        self.in_flight -= 1;
        let rk = record_key(&key);
        *step = Step::Resolved(rk.clone());
        if !out.heard(Heard::Resolved(rk, record_of(&key, found))) {
            self.ended = true;
        }
    }

    fn on_new(&mut self, item: &Item, out: &mut impl Outbox) {
        let Some(key) = key_of(item) else {
            return;
        };
        if self.items.get(&key).is_some() {
            return;
        }
        let rank = rank(key.kind, &key.name);
        // Items heard over IPv4 first (the address a printer is reached at and shown
        // with), and the first item of each name before its other copies.
        let another = self.names.get(&key.name).is_some_and(|&n| n > 0);
        let prio = rank * 4 + u8::from(key.protocol != PROTO_INET) * 2 + u8::from(another);
        self.seq += 1;
        let seq = self.seq;
        match self
            .items
            .insert(key.clone(), rank, Step::Waiting { prio, seq })
        {
            Inserted::Refused => {
                tracing::debug!("avahi: too many services; {key:?} is left out");
                return;
            }
            Inserted::Evicted(gone, step) => self.left(&gone, step, out),
            Inserted::Added | Inserted::Replaced => {}
        }
        *self.names.entry(key.name.clone()).or_default() += 1;
        self.waiting.insert((prio, seq, key));
    }

    /// `key` is gone (removed, failed or given up): forget it, tell the scan.
    fn forget(&mut self, key: &Key, out: &mut impl Outbox) {
        if let Some(step) = self.items.remove(key) {
            self.left(key, step, out);
        }
    }

    fn left(&mut self, key: &Key, step: Step, out: &mut impl Outbox) {
        if let Some(n) = self.names.get_mut(&key.name) {
            *n -= 1;
            if *n == 0 {
                self.names.remove(&key.name);
            }
        }
        match step {
            Step::Waiting { prio, seq } => {
                self.waiting.remove(&(prio, seq, key.clone()));
            }
            Step::Resolving { serial, .. } => {
                self.in_flight -= 1;
                self.calls.remove(&serial);
            }
            Step::Resolved(record) => {
                out.heard(Heard::Removed(record));
            }
        }
    }

    /// Whether `key` is still resolving with the call made at `at`.
    fn still_resolving(&self, key: &Key, at: Instant) -> bool {
        matches!(self.items.get(key), Some(Step::Resolving { since, .. }) if *since == at)
    }

    /// Asks for resolves, best first, while there is room; says when all is reported.
    fn pump(&mut self, out: &mut impl Outbox) {
        // Answered resolves no longer set a deadline.
        while let Some((at, key)) = self.resolving.front() {
            if self.still_resolving(key, *at) {
                break;
            }
            self.resolving.pop_front();
        }
        while self.in_flight < MAX_IN_FLIGHT && !self.ended {
            let Some((prio, seq, key)) = self.waiting.pop_first() else {
                break;
            };
            let Some(step) = self.items.get_mut(&key) else {
                continue;
            };
            let Some(serial) = out.call(Ask::Resolve(&item_of(&key))) else {
                // Could not even be sent: the bus is gone.
                *step = Step::Waiting { prio, seq };
                self.waiting.insert((prio, seq, key));
                return self.end(out, "the bus closed");
            };
            let since = Instant::now();
            *step = Step::Resolving { serial, since };
            self.in_flight += 1;
            self.calls.insert(serial, Call::Resolve(key.clone()));
            self.resolving.push_back((since, key));
        }
        let browsers_done = self.browsers.len() + self.browsers_failed == self.browsers_asked
            && self.all_for_now.len() == self.browsers.len();
        if browsers_done && !self.caught_up && self.waiting.is_empty() && self.in_flight == 0 {
            self.caught_up = true;
            tracing::info!(
                "avahi: the system's cache gave {} services in {} ms",
                self.items.len(),
                self.started.elapsed().as_millis()
            );
            out.heard(Heard::AllForNow(Source::System));
        }
    }
}

#[cfg(test)]
mod tests;
