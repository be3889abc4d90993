//! avahi's D-Bus API, as far as the scan uses it (avahi's introspection files,
//! `org.freedesktop.Avahi.{Server,ServiceBrowser,ServiceResolver}.xml`): the messages the
//! scan sends, and what the ones it receives mean. Every method call is sent without
//! waiting for its answer; answers are matched to calls by serial number, so one thread
//! never waits on the daemon and a daemon that floods or hangs cannot stall it.

use zbus::message::{Flags, Message, Type};
use zbus::zvariant::OwnedObjectPath;

pub const SERVICE: &str = "org.freedesktop.Avahi";
pub const SERVER: &str = "org.freedesktop.Avahi.Server";
pub const BROWSER: &str = "org.freedesktop.Avahi.ServiceBrowser";
pub const RESOLVER: &str = "org.freedesktop.Avahi.ServiceResolver";
/// `AVAHI_IF_UNSPEC`, `AVAHI_PROTO_UNSPEC`: every interface, IPv4 and IPv6.
pub const UNSPEC: i32 = -1;
/// Browse the link-local domain only, as mdns-sd does (no wide-area DNS).
pub const DOMAIN: &str = "local";

/// Match rules for every signal of avahi's browsers and resolvers, added before any of
/// them is created: `ServiceBrowserNew` sends its first `ItemNew` before a client can
/// subscribe to the new object's path (avahi issue 9), and a bus-wide rule catches
/// them on every avahi version.
pub fn match_rules() -> [String; 2] {
    [BROWSER, RESOLVER].map(|i| format!("type='signal',sender='{SERVICE}',interface='{i}'"))
}

/// One service instance, as a browser names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub interface: i32,
    pub protocol: i32,
    pub name: String,
    pub kind: String,
    pub domain: String,
}

/// What a resolver found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub host: String,
    pub address: String,
    pub port: u16,
    /// "key=value" strings, as bytes.
    pub txt: Vec<Vec<u8>>,
}

/// A message from the bus, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    /// The answer to call `serial`: the new object's path.
    Reply {
        serial: u32,
        path: Option<String>,
    },
    /// Call `serial` failed.
    Failed {
        serial: u32,
        error: String,
    },
    ItemNew(Item),
    ItemRemove(Item),
    /// A browser has reported everything in the cache.
    AllForNow {
        path: String,
    },
    BrowserFailure {
        path: String,
        error: String,
    },
    Found {
        path: String,
        found: Found,
    },
    ResolverFailure {
        path: String,
        error: String,
    },
    /// Anything else (another sender, another signal, a malformed body).
    Other,
}

type ItemBody = (i32, i32, String, String, String, u32);
type FoundBody = (
    i32,
    i32,
    String,
    String,
    String,
    String,
    i32,
    String,
    u16,
    Vec<Vec<u8>>,
    u32,
);

/// Reads `msg`; signals count only from `avahi` (the daemon's unique name), since anyone
/// on the bus may send a signal straight to this connection.
pub fn read(msg: &Message, avahi: &str) -> Incoming {
    let h = msg.header();
    let body = msg.body();
    match msg.message_type() {
        Type::MethodReturn => match h.reply_serial() {
            Some(serial) => Incoming::Reply {
                serial: serial.get(),
                path: body
                    .deserialize::<OwnedObjectPath>()
                    .ok()
                    .map(|p| p.as_str().to_owned()),
            },
            None => Incoming::Other,
        },
        Type::Error => match h.reply_serial() {
            Some(serial) => Incoming::Failed {
                serial: serial.get(),
                error: h
                    .error_name()
                    .map_or_else(String::new, |e| e.as_str().to_owned()),
            },
            None => Incoming::Other,
        },
        Type::Signal => {
            if h.sender().is_none_or(|s| s.as_str() != avahi) {
                return Incoming::Other;
            }
            let (Some(iface), Some(member), Some(path)) = (h.interface(), h.member(), h.path())
            else {
                return Incoming::Other;
            };
            let path = path.as_str().to_owned();
            let item = || {
                body.deserialize::<ItemBody>().ok().map(
                    |(interface, protocol, name, kind, domain, _)| Item {
                        interface,
                        protocol,
                        name,
                        kind,
                        domain,
                    },
                )
            };
            let error = || body.deserialize::<String>().unwrap_or_default();
            let read = match (iface.as_str(), member.as_str()) {
                (BROWSER, "ItemNew") => item().map(Incoming::ItemNew),
                (BROWSER, "ItemRemove") => item().map(Incoming::ItemRemove),
                (BROWSER, "AllForNow") => Some(Incoming::AllForNow { path }),
                (BROWSER, "Failure") => Some(Incoming::BrowserFailure {
                    path,
                    error: error(),
                }),
                (RESOLVER, "Found") => {
                    body.deserialize::<FoundBody>()
                        .ok()
                        .map(|b| Incoming::Found {
                            path,
                            found: Found {
                                host: b.5,
                                address: b.7,
                                port: b.8,
                                txt: b.9,
                            },
                        })
                }
                (RESOLVER, "Failure") => Some(Incoming::ResolverFailure {
                    path,
                    error: error(),
                }),
                _ => None,
            };
            read.unwrap_or(Incoming::Other)
        }
        Type::MethodCall => Incoming::Other,
    }
}

/// A call to avahi's server object.
pub fn server_call<B>(member: &str, body: &B) -> zbus::Result<Message>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
{
    Message::method_call("/", member)?
        .destination(SERVICE)?
        .interface(SERVER)?
        .build(body)
}

/// `ServiceBrowserNew(interface, protocol, type, domain, flags)`.
pub fn browser_new(kind: &str) -> zbus::Result<Message> {
    server_call("ServiceBrowserNew", &(UNSPEC, UNSPEC, kind, DOMAIN, 0u32))
}

/// `ServiceResolverNew(interface, protocol, name, type, domain, aprotocol, flags)`: any
/// address family, as avahi-browse asks.
pub fn resolver_new(item: &Item) -> zbus::Result<Message> {
    server_call(
        "ServiceResolverNew",
        &(
            item.interface,
            item.protocol,
            item.name.as_str(),
            item.kind.as_str(),
            item.domain.as_str(),
            UNSPEC,
            0u32,
        ),
    )
}

/// `Free()` on a resolver the scan is done with; no answer wanted (one message less
/// for every service).
pub fn free(path: &str) -> zbus::Result<Message> {
    Message::method_call(path, "Free")?
        .destination(SERVICE)?
        .interface(RESOLVER)?
        .with_flags(Flags::NoReplyExpected)?
        .build(&())
}
