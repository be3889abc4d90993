//! WPS PIN Helper's core: everything the app knows and does, with no window.
//!
//! The window (`wps-pin-window`) and the command line (`wps-pin-helper`) are two faces
//! over this crate: they read its values and word them through [`words`]. The window
//! never waits: it asks the [`worker`], which acts on a [`world::World`] (the real one
//! or demo mode's) on threads of its own. The command line may wait, and calls the same
//! functions directly.

pub mod air;
pub mod catalog;
pub mod checks;
pub mod clean;
pub mod demo;
pub mod diagnose;
pub mod guide;
pub mod i18n;
pub mod journey;
mod keyed;
pub mod net;
pub mod repeat;
pub mod report;
pub mod settings;
pub mod store;
pub mod time;
pub mod watch;
pub mod words;
pub mod worker;
pub mod world;
pub mod wps;
