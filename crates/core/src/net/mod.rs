//! Talking to printers. The message formats (ipp, ews) are pure — bytes in, values out —
//! so tests and fuzzers reach them without sockets; `http` and `probe` do the bounded I/O
//! and run only on the worker thread or the command line.

pub mod address;
pub mod certificates;
/// Text cleaning lives at the top (the air and the words use it too); named here as well.
pub use crate::clean;
pub mod discovery;
pub mod ews;
pub mod http;
pub mod identity;
pub mod ipp;
pub mod local;
pub mod nesting;
pub mod probe;
pub mod problem;
pub mod reach;
pub mod resource;
pub mod source;
pub mod wifi;
pub mod zone;

/// URLs as the HTTP client takes them.
pub use reqwest::Url;
