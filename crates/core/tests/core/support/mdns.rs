//! Real mdns-sd responders for tests, confined to the loopback interface so no
//! announcement leaves this computer.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashMap;

use mdns_sd::{IfKind, ServiceDaemon, ServiceInfo};

/// A responder that speaks on 127.0.0.1 only.
pub fn responder() -> ServiceDaemon {
    let d = ServiceDaemon::new().unwrap();
    d.disable_interface(IfKind::All).unwrap();
    d.enable_interface(IfKind::LoopbackV4).unwrap();
    d
}

pub fn announce(
    d: &ServiceDaemon,
    instance: &str,
    ty: &str,
    host: &str,
    port: u16,
    txt: &[(&str, &str)],
) -> String {
    let props: HashMap<String, String> = txt
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let info = ServiceInfo::new(
        &format!("{ty}.local."),
        instance,
        host,
        "127.0.0.1",
        port,
        props,
    )
    .unwrap();
    let name = info.get_fullname().to_owned();
    // Many at once fill the daemon's command queue: wait for room, with a bound.
    for _ in 0..5_000 {
        match d.register(info.clone()) {
            Err(mdns_sd::Error::Again) => std::thread::sleep(std::time::Duration::from_millis(1)),
            other => {
                other.unwrap();
                return name;
            }
        }
    }
    panic!("the responder stayed busy");
}
