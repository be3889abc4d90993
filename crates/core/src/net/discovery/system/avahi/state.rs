//! What the scan knows of avahi's browsers and resolvers, and what it asks next: no I/O,
//! so every order of answers (a signal before the reply that names its object, a
//! resolver that fails or never answers, a flood) is tested without a bus.
//!
//! Bounded everywhere: at most `MAX_ITEMS` items (printing services and HP names first,
//! the rest capped on their own), `MAX_IN_FLIGHT` resolvers at once (avahi allows a
//! client 1,024 objects by default), a deadline on every resolver and on the daemon's
//! first answer.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use super::items::{Key, item_of, key_of, rank, record_key, record_of};
use super::wire::{Incoming, Item};
use crate::net::discovery::ranked::{Inserted, Ranked};
use crate::net::discovery::record::{Heard, RecordKey, Source};
use crate::net::discovery::service::ServiceType;

pub const MAX_ITEMS: usize = 4096;
/// Of which at most this many are neither printing services nor named like HP devices.
pub const MAX_OTHER_ITEMS: usize = 1024;
pub const MAX_IN_FLIGHT: usize = 64;
/// Signals for objects whose creation has not been answered yet.
const MAX_EARLY: usize = 256;
/// A daemon that has not answered one browser by then is given up.
pub const FIRST_ANSWER: Duration = Duration::from_secs(3);
/// A resolver that has not answered by then is freed (avahi's own resolver timeout is
/// 5 s for a service that is not in its cache).
pub const RESOLVE_DEADLINE: Duration = Duration::from_secs(6);

/// A call to avahi's server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask<'a> {
    /// `ServiceBrowserNew` for this type.
    Browser(ServiceType),
    /// `ServiceResolverNew` for this item.
    Resolver(&'a Item),
}

/// What the state asks of the bus and the scan.
pub trait Outbox {
    /// Sends the call; its serial, or none when it could not be sent.
    fn call(&mut self, ask: Ask<'_>) -> Option<u32>;
    fn free(&mut self, resolver: &str);
    /// False once the scan has ended.
    fn heard(&mut self, heard: Heard) -> bool;
}

enum Step {
    /// In the queue at (priority, arrival).
    Waiting {
        prio: u8,
        seq: u64,
    },
    /// Asked for by call `serial` at `since` (which tells a new resolver from an old
    /// one); `path` once the daemon has named it.
    Resolving {
        path: Option<String>,
        serial: u32,
        since: Instant,
    },
    Resolved(RecordKey),
}

enum Call {
    Browser(ServiceType),
    Resolver(Key),
}

pub struct Browse {
    started: Instant,
    items: Ranked<Key, Step>,
    /// The queue of items to resolve: by rank, then the first item of each name before
    /// the others (the same service on another interface or protocol), then arrival.
    waiting: BTreeSet<(u8, u64, Key)>,
    /// How many items each instance name has.
    names: HashMap<String, usize>,
    /// Resolvers asked for, oldest first (stale entries are skipped).
    resolving: VecDeque<(Instant, Key)>,
    in_flight: usize,
    seq: u64,
    calls: HashMap<u32, Call>,
    /// Resolver calls given up before their reply: the resolver is freed when it comes.
    abandoned: HashSet<u32>,
    resolvers: HashMap<String, Key>,
    /// Signals for objects not yet named by a reply, oldest first. The bus-wide match
    /// rules also bring other clients' signals, which nobody claims: the oldest go first,
    /// and ours, sent just before their reply, are claimed at once.
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
            abandoned: HashSet::new(),
            resolvers: HashMap::new(),
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
        let resolver = self.resolving.front().map(|(at, _)| *at + RESOLVE_DEADLINE);
        first.into_iter().chain(resolver).min()
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
            Incoming::Reply { serial, path } => self.on_reply(serial, path, out),
            Incoming::Failed { serial, error } => match self.calls.remove(&serial) {
                Some(Call::Browser(ty)) => {
                    tracing::info!("avahi: no {ty} browser: {error}");
                    self.answered = true;
                    self.browsers_failed += 1;
                    if self.browsers_failed == self.browsers_asked {
                        self.end(out, "it refused every browser");
                    }
                }
                Some(Call::Resolver(key)) => {
                    tracing::debug!("avahi: no resolver for {key:?}: {error}");
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
                    self.keep_early(path.clone(), incoming);
                }
            }
            Incoming::Found { ref path, .. } | Incoming::ResolverFailure { ref path, .. } => {
                let path = path.clone();
                match self.resolvers.remove(&path) {
                    Some(key) => self.on_resolved(key, &path, incoming, out),
                    None => self.keep_early(path, incoming),
                }
            }
            Incoming::Other => {}
        }
        self.pump(out);
    }

    fn keep_early(&mut self, path: String, incoming: Incoming) {
        if self.early.len() >= MAX_EARLY {
            self.early.pop_front();
        }
        self.early.push_back((path, incoming));
    }

    fn on_reply(&mut self, serial: u32, path: Option<String>, out: &mut impl Outbox) {
        let Some(path) = path else { return };
        let Some(call) = self.calls.remove(&serial) else {
            if self.abandoned.remove(&serial) {
                out.free(&path);
            }
            return;
        };
        self.answered = true;
        match call {
            Call::Browser(_) => {
                self.browsers.insert(path.clone());
            }
            Call::Resolver(key) => match self.items.get_mut(&key) {
                Some(Step::Resolving { path: p, .. }) => {
                    *p = Some(path.clone());
                    self.resolvers.insert(path.clone(), key);
                }
                // Removed meanwhile: the daemon may drop the resolver.
                _ => out.free(&path),
            },
        }
        // Whatever arrived for this object before its path was known.
        let (ours, others) = std::mem::take(&mut self.early)
            .into_iter()
            .partition(|(p, _)| *p == path);
        self.early = others;
        for (_, incoming) in ours {
            self.on(incoming, out);
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
        let another = self.names.get(&key.name).is_some_and(|&n| n > 0);
        let prio = rank * 2 + u8::from(another);
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

    /// `key` is gone (removed, failed or pushed out): forget it, tell the scan.
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
            Step::Resolving { path, serial, .. } => {
                self.in_flight -= 1;
                if self.calls.remove(&serial).is_some() && self.abandoned.len() < MAX_ITEMS {
                    self.abandoned.insert(serial);
                }
                if let Some(path) = path {
                    self.resolvers.remove(&path);
                    out.free(&path);
                }
            }
            Step::Resolved(record) => {
                out.heard(Heard::Removed(record));
            }
        }
    }

    fn on_resolved(&mut self, key: Key, path: &str, incoming: Incoming, out: &mut impl Outbox) {
        let Some(step @ Step::Resolving { .. }) = self.items.get_mut(&key) else {
            return out.free(path);
        };
        match incoming {
            Incoming::Found { found, .. } => {
                out.free(path);
                self.in_flight -= 1;
                let rk = record_key(&key);
                *step = Step::Resolved(rk.clone());
                if !out.heard(Heard::Resolved(rk, record_of(&key, &found))) {
                    self.ended = true;
                }
            }
            _ => {
                tracing::debug!("avahi: could not resolve {key:?}");
                // Frees the resolver and makes room for another.
                self.forget(&key, out);
            }
        }
    }

    /// Whether `key` is still resolving with the resolver asked for at `at`.
    fn still_resolving(&self, key: &Key, at: Instant) -> bool {
        matches!(self.items.get(key), Some(Step::Resolving { since, .. }) if *since == at)
    }

    /// Starts resolvers, best first, while there is room; says when all is reported.
    fn pump(&mut self, out: &mut impl Outbox) {
        // Resolvers that have answered no longer set a deadline.
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
            let Some(serial) = out.call(Ask::Resolver(&item_of(&key))) else {
                // Could not even be sent: the bus is gone.
                *step = Step::Waiting { prio, seq };
                self.waiting.insert((prio, seq, key));
                return self.end(out, "the bus closed");
            };
            let since = Instant::now();
            *step = Step::Resolving {
                path: None,
                serial,
                since,
            };
            self.in_flight += 1;
            self.calls.insert(serial, Call::Resolver(key.clone()));
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
