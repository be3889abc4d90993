//! The interface every system's way of joining a setup network implements, and what it
//! returns.

use std::net::Ipv4Addr;
use std::time::Duration;

use crate::net::wifi::network::Ssid;
use crate::net::wifi::secret::Passphrase;

/// Where the printer usually is on its setup network, when the network does not say
/// (its gateway): the address a public Android app and a blog used over HP-Setup
/// (facts/printer-wifi-setup.md §1, §3 [U]).
pub const USUAL_PRINTER_ADDRESS: Ipv4Addr = Ipv4Addr::new(192, 168, 223, 1);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetupError {
    #[error("joining another network from the app is not available on this system yet")]
    NotOnThisSystem,
    #[error("NetworkManager does not answer on this computer")]
    NoNetworkManager,
    #[error("this computer has no Wi-Fi device NetworkManager manages")]
    NoWifiDevice,
    #[error("this computer's settings do not allow the app to change its network")]
    NotPermitted,
    #[error("joining the printer's network failed")]
    Failed,
    #[error("joining the printer's network took too long")]
    TimedOut,
}

/// This computer on the printer's setup network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnSetupNetwork {
    /// The setup network's gateway: the printer, on the setup networks described.
    pub gateway: Option<Ipv4Addr>,
    /// Whether this computer was on another network before (to return to).
    pub had_previous: bool,
    pub(crate) handle: Handle,
}

impl OnSetupNetwork {
    /// The printer's address there: the network's gateway, else the usual address.
    pub fn printer_address(&self) -> Ipv4Addr {
        self.gateway.unwrap_or(USUAL_PRINTER_ADDRESS)
    }
}

/// What the system needs to undo the join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Handle {
    pub device: String,
    pub active: String,
    pub settings: String,
    /// Added without "volatile" (an old NetworkManager): delete it when leaving.
    pub delete: bool,
    pub previous: Option<String>,
}

/// How leaving went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returned {
    /// Back on the network this computer was on before.
    ToPrevious,
    /// There was none to return to; the setup network was left.
    NothingToReturnTo,
    /// The setup network was left, but the previous network did not come back in time:
    /// the system will usually reconnect on its own.
    PreviousNotBack,
}

/// Joining and leaving a setup network.
pub trait SetupNetworks {
    /// Joins `ssid` (open, or with `passphrase` for a Wi-Fi Direct network), waiting at
    /// most `wait` until this computer is on it.
    fn join(
        &mut self,
        ssid: &Ssid,
        passphrase: Option<&Passphrase>,
        wait: Duration,
    ) -> Result<OnSetupNetwork, SetupError>;

    /// Leaves the setup network and returns to the previous one.
    fn leave(&mut self, joined: OnSetupNetwork, wait: Duration) -> Result<Returned, SetupError>;
}

/// Runs `f` while this computer is on the setup network, then always returns to the
/// previous network (also when `f` fails): `f`'s result and how the return went.
pub fn while_on<T>(
    networks: &mut dyn SetupNetworks,
    ssid: &Ssid,
    passphrase: Option<&Passphrase>,
    wait: Duration,
    f: impl FnOnce(&OnSetupNetwork) -> T,
) -> Result<(T, Result<Returned, SetupError>), SetupError> {
    let joined = networks.join(ssid, passphrase, wait)?;
    let out = f(&joined);
    let back = networks.leave(joined, wait);
    Ok((out, back))
}

/// A system the app cannot change networks on yet.
#[derive(Debug, Default)]
pub struct NotYet;

impl SetupNetworks for NotYet {
    fn join(
        &mut self,
        _: &Ssid,
        _: Option<&Passphrase>,
        _: Duration,
    ) -> Result<OnSetupNetwork, SetupError> {
        Err(SetupError::NotOnThisSystem)
    }
    fn leave(&mut self, _: OnSetupNetwork, _: Duration) -> Result<Returned, SetupError> {
        Err(SetupError::NotOnThisSystem)
    }
}
