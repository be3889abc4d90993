#![no_main]
use libfuzzer_sys::fuzz_target;
use wps_pin_core::net::wifi::network::Wire;
use wps_pin_core::net::wifi::{Passphrase, cdm, ledm};

fuzz_target!(|data: &[u8]| {
    let _ = ledm::parse_adapters(data);
    let _ = ledm::parse_profile(data);
    let _ = ledm::parse_protocols(data);
    let _ = ledm::parse_networks(data);
    let _ = ledm::parse_vsa(data);
    let _ = cdm::parse_adapter_configs(data);
    let _ = cdm::parse_wireless_ssid(data);
    let _ = cdm::parse_scan_state(data);
    let _ = cdm::parse_networks(data);
    let _ = cdm::parse_token(data);
    if let Ok(p) = Passphrase::new("fuzzing-password".into()) {
        let _ = cdm::fill_wireless_config(data, "Home", &Wire::default(), Some(&p));
    }
});
