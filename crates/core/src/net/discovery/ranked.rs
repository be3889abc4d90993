//! A map with a size limit that gives precedence: when it is full, a new entry of a
//! better rank pushes out the newest entry of the worst rank, and an entry no better than
//! the worst is turned away. A flood of unimportant entries therefore never keeps an
//! important one out. Rank 0 is the best.

use std::collections::{BTreeMap, BTreeSet};

pub struct Ranked<K, V> {
    entries: BTreeMap<K, (u8, u64, V)>,
    /// (rank, arrival, key): the last one is the worst and newest.
    order: BTreeSet<(u8, u64, K)>,
    next: u64,
    limit: usize,
    /// At most this many entries of rank `extra_from` or worse.
    extra_limit: usize,
    extra_from: u8,
    extra: usize,
}

/// What an insertion did.
#[derive(Debug, PartialEq, Eq)]
pub enum Inserted<K, V> {
    /// The key was new and was added.
    Added,
    /// The key was known; its value (and rank) were replaced.
    Replaced,
    /// Added, after pushing this entry out.
    Evicted(K, V),
    /// Not added: the map is full of entries at least as good.
    Refused,
}

impl<K: Ord + Clone, V> Ranked<K, V> {
    /// At most `limit` entries, of which at most `extra_limit` have a rank of
    /// `extra_from` or worse.
    pub fn new(limit: usize, extra_from: u8, extra_limit: usize) -> Self {
        Self {
            entries: BTreeMap::new(),
            order: BTreeSet::new(),
            next: 0,
            limit,
            extra_limit: extra_limit.min(limit),
            extra_from,
            extra: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(_, _, v)| v)
    }

    pub fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        self.entries.get_mut(key).map(|(_, _, v)| v)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.values().map(|(_, _, v)| v)
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        let (rank, at, value) = self.entries.remove(key)?;
        self.order.remove(&(rank, at, key.clone()));
        if rank >= self.extra_from {
            self.extra -= 1;
        }
        Some(value)
    }

    /// Adds or replaces `key`; a known key keeps its place in the order of arrival.
    pub fn insert(&mut self, key: K, rank: u8, value: V) -> Inserted<K, V> {
        if let Some((old_rank, at, _)) = self.entries.get(&key) {
            let (old_rank, at) = (*old_rank, *at);
            self.order.remove(&(old_rank, at, key.clone()));
            if old_rank >= self.extra_from {
                self.extra -= 1;
            }
            self.place(key, rank, at, value);
            return Inserted::Replaced;
        }
        let is_extra = rank >= self.extra_from;
        let mut evicted = None;
        if is_extra && self.extra >= self.extra_limit {
            // The extras are full: only a better extra may push the worst one out.
            match self.worst(|r| r >= self.extra_from) {
                Some(w) if w.0 > rank => evicted = self.evict(w),
                _ => return Inserted::Refused,
            }
        } else if self.entries.len() >= self.limit {
            match self.worst(|_| true) {
                Some(w) if w.0 > rank => evicted = self.evict(w),
                _ => return Inserted::Refused,
            }
        }
        let at = self.next;
        self.next += 1;
        self.place(key, rank, at, value);
        match evicted {
            Some((k, v)) => Inserted::Evicted(k, v),
            None => Inserted::Added,
        }
    }

    fn place(&mut self, key: K, rank: u8, at: u64, value: V) {
        if rank >= self.extra_from {
            self.extra += 1;
        }
        self.order.insert((rank, at, key.clone()));
        self.entries.insert(key, (rank, at, value));
    }

    /// The worst and newest entry among the ranks `which` accepts.
    fn worst(&self, which: impl Fn(u8) -> bool) -> Option<(u8, u64, K)> {
        self.order
            .iter()
            .next_back()
            .filter(|w| which(w.0))
            .cloned()
    }

    fn evict(&mut self, (_, _, key): (u8, u64, K)) -> Option<(K, V)> {
        let value = self.remove(&key)?;
        Some((key, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_of_extras_never_keeps_a_better_entry_out() {
        let mut m: Ranked<u32, ()> = Ranked::new(10, 2, 4);
        for i in 0..1000 {
            m.insert(i, 3, ());
        }
        assert_eq!(m.len(), 4, "the extras are bounded on their own");
        // A better extra pushes out the newest of the worst.
        assert_eq!(m.insert(5000, 2, ()), Inserted::Evicted(3, ()));
        for i in 2000..2006 {
            assert_eq!(m.insert(i, 1, ()), Inserted::Added);
        }
        assert_eq!(m.len(), 10);
        // Full: a printer pushes out an extra; an equal one is refused.
        assert!(matches!(m.insert(9000, 0, ()), Inserted::Evicted(_, ())));
        assert!(m.get(&9000).is_some());
        assert!(matches!(m.insert(9001, 0, ()), Inserted::Evicted(_, ())));
        assert!(matches!(m.insert(9002, 0, ()), Inserted::Evicted(_, ())));
        assert!(matches!(m.insert(9003, 0, ()), Inserted::Evicted(_, ())));
        assert!(matches!(m.insert(9004, 0, ()), Inserted::Evicted(_, ())));
        assert_eq!(m.insert(9005, 1, ()), Inserted::Refused);
        assert_eq!(m.len(), 10);
        // Replacing keeps the count right, also when the rank changes.
        assert_eq!(m.insert(9000, 3, ()), Inserted::Replaced);
        assert_eq!(m.remove(&9000), Some(()));
        assert_eq!(m.len(), 9);
    }
}
