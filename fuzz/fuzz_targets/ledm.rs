#![no_main]
use libfuzzer_sys::fuzz_target;
use wps_pin_core::net::ews::ledm;

fuzz_target!(|data: &[u8]| {
    let _ = ledm::parse_discovery_tree(data);
    let _ = ledm::parse_product_config(data);
    if let Ok(mut adapters) = ledm::parse_adapters(data)
        && let Ok(io) = ledm::parse_io_config(data)
    {
        ledm::apply_io_config(&mut adapters, &io);
    }
});
