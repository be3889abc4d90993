#![no_main]
use libfuzzer_sys::fuzz_target;
use wps_pin_core::net::ews::cdm;

fuzz_target!(|data: &[u8]| {
    let _ = cdm::parse_identity(data);
    let _ = cdm::parse_bonjour(data);
});
