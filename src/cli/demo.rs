//! `--demo` on the command line: `scan`, `probe`, `report` and `air` act on demo mode's
//! simulated world ([`DemoWorld`], the same the window's demo uses), so help-desk staff
//! can train at the terminal. Nothing is sent over the network or read from the radio.
//! Text output opens with a line that says so; every JSON document carries
//! `"simulated": true`.

use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;
use wps_pin_core::air::demo::Scenario;
use wps_pin_core::air::networks::Air;
use wps_pin_core::air::reading::AirSource;
use wps_pin_core::i18n::Localizer;
use wps_pin_core::net::address::Target;
use wps_pin_core::net::probe::Report;
use wps_pin_core::world::demo::DemoWorld;
use wps_pin_core::world::{AirContext, Running, Sink, World};

use super::terminal::warn;

/// The simulated world answers at once; this only bounds a wait that cannot happen.
const FIRST_ANSWER: Duration = Duration::from_secs(10);

/// Demo mode's world, with the router in the state the trainer chose.
pub struct Demo {
    world: DemoWorld,
    router: Scenario,
}

impl Demo {
    pub fn new(router: Option<Scenario>) -> Self {
        Self {
            // No timer runs on the command line: no printer joins.
            world: DemoWorld::new(Duration::ZERO),
            router: router.unwrap_or_default(),
        }
    }

    pub fn world(&self) -> &dyn World {
        &self.world
    }

    /// Where the simulated air comes from.
    pub fn air_source(&self) -> AirSource {
        AirSource::Demo(self.router)
    }

    /// What the simulated printer at `target` says about itself (a watch's first answer).
    pub fn probe(&self, target: &Target) -> Option<Report> {
        first(|sink| self.world.watch(target.clone(), sink))
    }

    /// One reading of the simulated air.
    pub fn air(&self) -> Option<Air> {
        first(|sink| {
            self.world
                .read_air(self.air_source(), AirContext::default(), sink)
        })
    }
}

/// The first thing long-running work reports; the work stops when this returns.
fn first<T: Send + 'static>(start: impl FnOnce(Sink<T>) -> std::io::Result<Running>) -> Option<T> {
    let (tx, rx) = mpsc::channel();
    let _running = start(Box::new(move |v| {
        let _ = tx.send(v);
    }))
    .ok()?;
    rx.recv_timeout(FIRST_ANSWER).ok()
}

/// The line that opens text output in demo mode.
pub fn note(l: &Localizer) -> String {
    l.t("demo-simulated")
}

/// Marks a JSON document as made in demo mode.
pub fn mark(mut doc: Value) -> Value {
    if let Some(map) = doc.as_object_mut() {
        map.insert("simulated".into(), Value::Bool(true));
    }
    doc
}

/// Refuses an option that would read this computer's network, radio or files in demo
/// mode (usage error, exit 2): `None` when `given` is false.
pub fn refuse(option: &str, given: bool, l: &Localizer) -> Option<std::process::ExitCode> {
    given.then(|| {
        warn(&l.t_args("cli-demo-not-with", &[("option", option.to_owned().into())]));
        std::process::ExitCode::from(2)
    })
}
