#![no_main]
use libfuzzer_sys::fuzz_target;
use wps_pin_core::net::ipp;

fuzz_target!(|data: &[u8]| {
    if let Ok(resp) = ipp::parse_response(data) {
        let _ = ipp::IppFacts::from_response(&resp);
    }
});
