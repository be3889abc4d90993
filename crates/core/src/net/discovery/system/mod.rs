//! The system's own mDNS daemon, which has usually heard every printer long before the
//! app opens: avahi on Linux (over D-Bus), mDNSResponder on macOS (`dns_sd`), the DNS-SD
//! service on Windows 10+ (`DnsServiceBrowse`). One interface for all three; only avahi
//! is written so far, the others say "not available on this system yet" until they can
//! be built and tested there. The app's own search (mdns-sd) runs beside it anyway.

#[cfg(target_os = "linux")]
pub mod avahi;
pub mod browser;
pub mod not_yet;

pub use browser::{Running, Sink, SystemBrowser, Unavailable};

/// Which system daemon to use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SystemCache {
    /// This system's own (on Linux, avahi on the system bus; `DBUS_SYSTEM_BUS_ADDRESS`
    /// is honoured).
    Native,
    /// None: only the app's own search (tests on the loopback, so that nothing from the
    /// real network comes in).
    Off,
    /// avahi on the D-Bus bus at this address (tests, with a stand-in avahi).
    AvahiAt(String),
}

/// The browser for `choice`, if there is one to try.
pub fn browser(choice: &SystemCache) -> Option<Box<dyn SystemBrowser>> {
    match choice {
        SystemCache::Off => None,
        SystemCache::Native => Some(native()),
        #[cfg(target_os = "linux")]
        SystemCache::AvahiAt(address) => Some(Box::new(avahi::Avahi::at(address))),
        #[cfg(not(target_os = "linux"))]
        SystemCache::AvahiAt(_) => Some(Box::new(not_yet::NotYet::new("avahi"))),
    }
}

fn native() -> Box<dyn SystemBrowser> {
    #[cfg(target_os = "linux")]
    return Box::new(avahi::Avahi::system());
    #[cfg(target_os = "macos")]
    return Box::new(not_yet::NotYet::new("dns_sd"));
    #[cfg(target_os = "windows")]
    return Box::new(not_yet::NotYet::new("DnsServiceBrowse"));
    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    return Box::new(not_yet::NotYet::new("none"));
}
