//! WPS PIN Helper's core: everything the app knows and does, with no window.
//!
//! The window (`wps-pin-window`) and the command line (`wps-pin-helper`) are two faces
//! over this crate: they read its values, word them through [`words`], and ask the
//! [`worker`] for anything that touches the network or the disk.

pub mod air;
pub mod catalog;
pub mod checks;
pub mod demo;
pub mod guide;
pub mod i18n;
pub mod journey;
pub mod net;
pub mod repeat;
pub mod report;
pub mod settings;
pub mod store;
pub mod watch;
pub mod words;
pub mod worker;
pub mod wps;
