//! WPS PIN Helper's window state and the one place it changes.
//!
//! The window (`wps-pin-window`) draws pages from [`AppState`] and turns what the person
//! does into [`Msg`]s; the worker's events become messages too. [`update`] takes each
//! message, changes the state and returns [`Effect`]s: commands for the worker, and the
//! few things only the window can do. What the worker should be running follows from
//! the state ([`running::wanted`]). Nothing here knows egui, so every flow is tested as
//! plain Rust (`tests/`).

pub mod effect;
pub mod files;
pub mod join;
pub mod journey;
pub mod msg;
pub mod nav;
pub mod pin;
pub mod running;
pub mod state;
pub mod summary;
pub mod trouble;
mod update;
pub mod wifi;

pub use effect::{Effect, Focus};
pub use msg::Msg;
pub use nav::Page;
pub use state::{AppState, Config, Loaded};
pub use update::update;
