//! avahi's D-Bus API, as far as the scan uses it (avahi's introspection files,
//! `org.freedesktop.Avahi.{Server,ServiceBrowser}.xml`): the messages the scan sends, and
//! what the ones it receives mean. Every method call is sent without waiting for its
//! answer; answers are matched to calls by serial number, so one thread never waits on the
//! daemon and a daemon that floods or hangs cannot stall it. Services are resolved with
//! `ResolveService`, whose answer carries everything: one call and one reply, where a
//! resolver object costs a call, a reply, a signal and a `Free`.

use zbus::message::{Message, Type};
use zbus::zvariant::OwnedObjectPath;

pub const SERVICE: &str = "org.freedesktop.Avahi";
pub const SERVER: &str = "org.freedesktop.Avahi.Server";
pub const BROWSER: &str = "org.freedesktop.Avahi.ServiceBrowser";
/// `AVAHI_IF_UNSPEC`, `AVAHI_PROTO_UNSPEC`: every interface, IPv4 and IPv6.
pub const UNSPEC: i32 = -1;
/// Browse the link-local domain only, as mdns-sd does (no wide-area DNS).
pub const DOMAIN: &str = "local";

/// The match rule for every signal of avahi's browsers, added before any browser is
/// created: `ServiceBrowserNew` sends its first `ItemNew` before a client can subscribe
/// to the new object's path (avahi issue 9), and a bus-wide rule catches them on every
/// avahi version. It brings other clients' browser signals too, which are told apart.
pub fn match_rule() -> String {
    format!("type='signal',sender='{SERVICE}',interface='{BROWSER}'")
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

/// What `ResolveService` found.
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
    /// The answer to call `serial`: a new browser's path.
    Reply {
        serial: u32,
        path: String,
    },
    /// The answer to `ResolveService` call `serial`.
    Resolved {
        serial: u32,
        found: Found,
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
    /// Anything else (another sender, another signal, a malformed body).
    Other,
}

type ItemBody = (i32, i32, String, String, String, u32);
type ResolvedBody = (
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
        Type::MethodReturn => {
            let Some(serial) = h.reply_serial().map(|s| s.get()) else {
                return Incoming::Other;
            };
            if let Ok(path) = body.deserialize::<OwnedObjectPath>() {
                let path = path.as_str().to_owned();
                return Incoming::Reply { serial, path };
            }
            match body.deserialize::<ResolvedBody>() {
                Ok((_, _, _, _, _, host, _, address, port, txt, _)) => Incoming::Resolved {
                    serial,
                    found: Found {
                        host,
                        address,
                        port,
                        txt,
                    },
                },
                Err(_) => Incoming::Other,
            }
        }
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
            if iface.as_str() != BROWSER {
                return Incoming::Other;
            }
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
            let read = match member.as_str() {
                "ItemNew" => item().map(Incoming::ItemNew),
                "ItemRemove" => item().map(Incoming::ItemRemove),
                "AllForNow" => Some(Incoming::AllForNow { path }),
                "Failure" => Some(Incoming::BrowserFailure {
                    path,
                    error: body.deserialize::<String>().unwrap_or_default(),
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

/// `ResolveService(interface, protocol, name, type, domain, aprotocol, flags)`: any
/// address family, as avahi-browse asks. avahi answers once it has resolved the service,
/// or with an error after its own timeout (5 s).
pub fn resolve_service(item: &Item) -> zbus::Result<Message> {
    server_call(
        "ResolveService",
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
