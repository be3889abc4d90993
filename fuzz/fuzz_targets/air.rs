#![no_main]
use libfuzzer_sys::fuzz_target;
use wps_pin_core::air::{bss, rsn, wps};

fuzz_target!(|data: &[u8]| {
    let _ = wps::parse(data);
    let _ = rsn::parse(data);
    let _ = bss::parse(&bss::RawBss {
        ies: data.to_vec(),
        beacon_ies: Some(data.iter().rev().copied().collect()),
        ..bss::RawBss::default()
    });
    #[cfg(target_os = "linux")]
    {
        use wps_pin_core::air::radio::netlink;
        for m in netlink::messages(data) {
            let _ = netlink::bss(m.payload);
            let _ = netlink::interface(m.payload);
        }
    }
});
