//! Talking to printers: the protocols' message formats, kept pure (bytes in, values out)
//! so tests and fuzzers reach them without sockets.

pub mod ews;
pub mod identity;
pub mod ipp;
