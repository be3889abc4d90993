//! Demo mode's air: a simulated home router (two access points, one per band), a
//! neighbour's network and two HP printers' own networks — the OfficeJet's Wi-Fi Direct
//! network and the DeskJet 2700's setup network while it waits in setup mode (the story
//! is in [`crate::demo`]) — built as real elements so they go through the same parser as
//! the radio's. Each [`Scenario`] puts the home router in one state, for training.

use super::bss::RawBss;
use super::build::{self, AKM_PSK, AKM_SAE, CIPHER_CCMP, Wps};
use super::rsn::{MFPC, MFPR};

/// The simulated home network's name: this computer is on it, and the demo printers join
/// it.
pub const HOME: &str = "HomeNetwork";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scenario {
    /// WPS on and idle.
    #[default]
    Ready,
    NoWps,
    Unconfigured,
    Locked,
    PinActive,
    PushButtonActive,
    /// Ready, but on 5 GHz only.
    Only5Ghz,
    /// Ready, WPA3 only.
    Wpa3Only,
    /// Ready, with the name left out of its beacons.
    Hidden,
    /// Push button active here and at the neighbour's (another UUID-E).
    Overlap,
}

impl Scenario {
    pub const ALL: [Scenario; 10] = [
        Scenario::Ready,
        Scenario::NoWps,
        Scenario::Unconfigured,
        Scenario::Locked,
        Scenario::PinActive,
        Scenario::PushButtonActive,
        Scenario::Only5Ghz,
        Scenario::Wpa3Only,
        Scenario::Hidden,
        Scenario::Overlap,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Scenario::Ready => "ready",
            Scenario::NoWps => "no-wps",
            Scenario::Unconfigured => "unconfigured",
            Scenario::Locked => "locked",
            Scenario::PinActive => "pin-active",
            Scenario::PushButtonActive => "push-button-active",
            Scenario::Only5Ghz => "only-5ghz",
            Scenario::Wpa3Only => "wpa3-only",
            Scenario::Hidden => "hidden",
            Scenario::Overlap => "overlap",
        }
    }

    pub fn parse(s: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|x| x.key() == s)
    }
}

const HOME_UUID: [u8; 16] = *b"demo-home-router";
const NEIGHBOUR_UUID: [u8; 16] = *b"demo-neighbours!";

fn home_wps(s: Scenario) -> Option<Wps> {
    let w = Wps::new().version2(0x20);
    let w = match s {
        Scenario::NoWps => return None,
        Scenario::Unconfigured => w.state(1),
        Scenario::Locked => w.state(2).locked(),
        Scenario::PinActive => w.state(2).selected(0),
        Scenario::PushButtonActive | Scenario::Overlap => w.state(2).selected(4),
        _ => w.state(2),
    };
    Some(
        w.uuid(HOME_UUID)
            .rf_bands(0x03)
            .names("Example Networks", "Home Router", "HR-1", "HomeRouter")
            .config_methods(0x2008 | 0x0280 | 0x0004),
    )
}

fn bss(last: u8, freq_mhz: u32, dbm: i32, ies: Vec<u8>) -> RawBss {
    RawBss {
        // Locally administered addresses: nothing real has them.
        bssid: [0x02, 0xde, 0x00, 0x00, 0x00, last],
        freq_mhz,
        signal_dbm: Some(dbm),
        seen_ms_ago: Some(u32::from(last) * 90),
        associated: false,
        ies,
        beacon_ies: None,
    }
}

/// The access points of the simulated air in scenario `s`, with the DeskJet 2700 in setup
/// mode, as the demo world starts.
pub fn air(s: Scenario) -> Vec<RawBss> {
    air_with(s, true)
}

/// The same air, with the DeskJet 2700's setup network in it (`setup_mode`) or gone, once
/// the printer has joined the home network.
pub fn air_with(s: Scenario, setup_mode: bool) -> Vec<RawBss> {
    let (akms, caps): (&[u8], u16) = if s == Scenario::Wpa3Only {
        (&[AKM_SAE], MFPR | MFPC)
    } else {
        (&[AKM_PSK, AKM_SAE], MFPC)
    };
    let home_ies = |name: &str| {
        let mut ies = build::ssid(name);
        ies.extend(build::rsn(CIPHER_CCMP, &[CIPHER_CCMP], akms, caps));
        if let Some(w) = home_wps(s) {
            ies.extend(w.elements());
        }
        ies
    };
    let first_freq = if s == Scenario::Only5Ghz { 5240 } else { 2437 };
    let mut home_a = bss(1, first_freq, -48, home_ies(HOME));
    home_a.associated = true;
    let mut home_b = bss(2, 5180, -57, home_ies(HOME));
    if s == Scenario::Hidden {
        for b in [&mut home_a, &mut home_b] {
            b.beacon_ies = Some(home_ies(""));
        }
    }
    let mut neighbour = build::ssid("Neighbour");
    neighbour.extend(build::rsn(CIPHER_CCMP, &[CIPHER_CCMP], &[AKM_PSK], 0));
    if s == Scenario::Overlap {
        let w = Wps::new()
            .version2(0x20)
            .state(2)
            .selected(4)
            .uuid(NEIGHBOUR_UUID);
        neighbour.extend(w.elements());
    }
    let mut direct = build::ssid("DIRECT-4B-HP OfficeJet Pro 9010");
    direct.extend(build::rsn(CIPHER_CCMP, &[CIPHER_CCMP], &[AKM_PSK], 0));
    let mut setup = build::ssid("HP-Setup-0C-DeskJet 2700");
    setup.extend(
        Wps::new()
            .version2(0x20)
            .state(1)
            .names("HP", "DeskJet 2700 series", "2700", "HP DeskJet 2700")
            .elements(),
    );
    let mut out = vec![
        home_a,
        home_b,
        bss(3, 2462, -71, neighbour),
        bss(4, 2412, -60, direct),
    ];
    if setup_mode {
        out.push(bss(5, 2437, -64, setup));
    }
    out
}
