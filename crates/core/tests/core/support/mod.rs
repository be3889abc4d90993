//! Test helpers shared by the core's tests and the app's (which include this folder by
//! path): a small HTTP server, a fake printer built from this project's fixtures, a
//! printer's HTTPS server with a self-signed certificate, mDNS responders, a private
//! D-Bus message bus, and stand-ins for NetworkManager and avahi on it.

#[cfg(target_os = "linux")]
pub mod dbus;
#[cfg(target_os = "linux")]
pub mod fake_avahi;
#[cfg(target_os = "linux")]
pub mod fake_nm;
#[cfg(target_os = "linux")]
pub mod fake_nm_join;
pub mod fake_printer;
pub mod hostile;
pub mod http_server;
pub mod mdns;
pub mod tls_printer;
pub mod wifi_cdm;
pub mod wifi_ledm;
pub mod wifi_printer;
