//! A job repeated on a thread of its own until its handle is dropped: the printer watch
//! and the air watch. Slow or hostile devices then never hold up the worker, and a round
//! in progress finishes before the thread ends.

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;

/// Dropping it stops the rounds (after the current one).
pub struct Repeating {
    _stop: Sender<()>,
}

impl Repeating {
    /// Runs `setup` on a new thread named `name`, then the round it returns again and
    /// again; each round says how long to wait before the next.
    pub fn start<Round>(
        name: &str,
        setup: impl FnOnce() -> Round + Send + 'static,
    ) -> std::io::Result<Self>
    where
        Round: FnMut() -> Duration,
    {
        let (stop_tx, stop_rx) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name(name.into())
            .spawn(move || {
                let mut round = setup();
                loop {
                    let wait = round();
                    match stop_rx.recv_timeout(wait) {
                        Err(RecvTimeoutError::Timeout) => {}
                        // Stopped, or the handle is gone.
                        _ => return,
                    }
                }
            })?;
        Ok(Self { _stop: stop_tx })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn rounds_repeat_until_the_handle_is_dropped() {
        let rounds = Arc::new(AtomicUsize::new(0));
        let (done_tx, done_rx) = mpsc::channel();
        let counted = rounds.clone();
        let handle = Repeating::start("test-repeat", move || {
            move || {
                if counted.fetch_add(1, Ordering::SeqCst) == 2 {
                    let _ = done_tx.send(());
                }
                Duration::from_millis(1)
            }
        })
        .unwrap();
        done_rx.recv_timeout(Duration::from_secs(10)).unwrap();
        drop(handle);
        // At most the round in progress ends after the drop.
        std::thread::sleep(Duration::from_millis(50));
        let after = rounds.load(Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(
            rounds.load(Ordering::SeqCst),
            after,
            "no rounds after the drop"
        );
        assert!(after >= 3);
    }
}
