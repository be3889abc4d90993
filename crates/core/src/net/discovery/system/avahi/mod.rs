//! avahi, the Linux mDNS daemon, over its D-Bus API on the system bus (or any bus named
//! by address). Two threads per scan: one reads the bus, one decides (`state`) and sends.
//! Calls are sent without waiting for their answers, so nothing here ever waits on the
//! daemon: a daemon that hangs only ends its own part after a deadline, a flood is
//! bounded, and the app's own search carries on either way.

pub mod items;
pub mod state;
pub mod wire;

use std::time::Instant;

use flume::{Receiver, Selector};
use zbus::blocking::{Connection, MessageIterator, connection};

use crate::net::discovery::record::{Heard, Source};
use crate::net::discovery::service::ServiceType;
use crate::net::discovery::system::browser::{Running, Sink, SystemBrowser, Unavailable};
use state::{Ask, Browse, Outbox};

/// Calls to the bus itself (not to avahi) while setting up.
const BUS_CALL_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);
/// Messages read but not yet handled; the reader waits beyond that.
const QUEUE: usize = 512;

/// Which bus avahi is on.
pub struct Avahi {
    address: Option<String>,
}

impl Avahi {
    /// The system bus (`DBUS_SYSTEM_BUS_ADDRESS` when set, as every D-Bus client does).
    pub fn system() -> Self {
        Self { address: None }
    }

    /// The bus at `address` ("unix:path=…").
    pub fn at(address: &str) -> Self {
        Self {
            address: Some(address.to_owned()),
        }
    }
}

/// Stops the browse when dropped.
struct Handle {
    _stop: flume::Sender<()>,
}

impl SystemBrowser for Avahi {
    fn browse(&self, types: &[ServiceType], sink: Sink) -> Result<Running, Unavailable> {
        let (stop_tx, stop_rx) = flume::bounded::<()>(1);
        let address = self.address.clone();
        let types = types.to_vec();
        std::thread::Builder::new()
            .name("wps-avahi".into())
            .spawn(move || {
                let started = Instant::now();
                let outcome = connect(address.as_deref())
                    .and_then(|(conn, owner)| run(&conn, &owner, &types, &sink, &stop_rx, started));
                if let Err(e) = outcome {
                    tracing::info!("avahi: {e}; the app's own search goes on alone");
                    let _ = sink.send(Heard::Ended(Source::System));
                }
            })
            .map_err(|e| Unavailable::Unreachable(e.to_string()))?;
        Ok(Box::new(Handle { _stop: stop_tx }))
    }
}

fn bus_call<R>(conn: &Connection, member: &str, arg: &str) -> zbus::Result<R>
where
    R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
{
    conn.call_method(
        Some("org.freedesktop.DBus"),
        "/org/freedesktop/DBus",
        Some("org.freedesktop.DBus"),
        member,
        &(arg,),
    )?
    .body()
    .deserialize()
}

/// Connects and finds avahi's unique name on the bus.
fn connect(address: Option<&str>) -> Result<(Connection, String), Unavailable> {
    let unreachable = |e: zbus::Error| Unavailable::Unreachable(e.to_string());
    let builder = match address {
        Some(a) => connection::Builder::address(a),
        None => connection::Builder::system(),
    }
    .map_err(unreachable)?;
    let conn = builder
        .method_timeout(BUS_CALL_TIMEOUT)
        .max_queued(QUEUE)
        .build()
        .map_err(unreachable)?;
    let owner: String = bus_call(&conn, "GetNameOwner", wire::SERVICE).map_err(|e| match e {
        zbus::Error::MethodError(..) => Unavailable::NoDaemon,
        other => unreachable(other),
    })?;
    Ok((conn, owner))
}

/// Sends what the state asks; reports to the scan.
struct Bus<'a> {
    conn: &'a Connection,
    sink: &'a Sink,
}

impl Outbox for Bus<'_> {
    fn call(&mut self, ask: Ask<'_>) -> Option<u32> {
        let msg = match ask {
            Ask::Browser(ty) => wire::browser_new(ty.as_str()),
            Ask::Resolve(item) => wire::resolve_service(item),
        }
        .ok()?;
        let serial = msg.primary_header().serial_num().get();
        self.conn.send(&msg).ok()?;
        Some(serial)
    }

    fn heard(&mut self, heard: Heard) -> bool {
        self.sink.send(heard).is_ok()
    }
}

enum Wake {
    Read(wire::Incoming),
    Stop,
}

fn run(
    conn: &Connection,
    owner: &str,
    types: &[ServiceType],
    sink: &Sink,
    stop: &Receiver<()>,
    started: Instant,
) -> Result<(), Unavailable> {
    // Read everything from now on, before the match rules and the browsers exist.
    let incoming = reader(conn, owner)?;
    bus_call::<()>(conn, "AddMatch", &wire::match_rule())
        .map_err(|e| Unavailable::Unreachable(e.to_string()))?;
    tracing::debug!("avahi: subscribed after {:?}", started.elapsed());
    let mut bus = Bus { conn, sink };
    let mut browse = Browse::new(started);
    browse.start(types, &mut bus);
    while !browse.ended() {
        let waiting = Selector::new()
            .recv(stop, |_| Wake::Stop)
            .recv(&incoming, |m| m.map_or(Wake::Stop, Wake::Read));
        let wake = match browse.next_deadline() {
            Some(at) => waiting.wait_deadline(at).ok(),
            None => Some(waiting.wait()),
        };
        match wake {
            Some(Wake::Stop) => break,
            Some(Wake::Read(m)) => {
                browse.on(m, &mut bus);
                // Whatever else has arrived, at once.
                while let Ok(m) = incoming.try_recv() {
                    browse.on(m, &mut bus);
                }
            }
            None => {}
        }
        browse.tick(Instant::now(), &mut bus);
    }
    // Closing ends the reader, and avahi frees every object of this client.
    let _ = conn.clone().close();
    Ok(())
}

/// A thread that reads every message on `conn` and hands it over, read.
fn reader(conn: &Connection, owner: &str) -> Result<Receiver<wire::Incoming>, Unavailable> {
    let (tx, rx) = flume::bounded(QUEUE);
    let messages = MessageIterator::from(conn);
    let owner = owner.to_owned();
    std::thread::Builder::new()
        .name("wps-avahi-read".into())
        .spawn(move || {
            for msg in messages {
                let Ok(msg) = msg else { break };
                let read = wire::read(&msg, &owner);
                if read != wire::Incoming::Other && tx.send(read).is_err() {
                    break;
                }
            }
        })
        .map_err(|e| Unavailable::Unreachable(e.to_string()))?;
    Ok(rx)
}
