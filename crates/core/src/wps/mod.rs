//! WPS: the PIN rules and the 2-minute window.

pub mod pin;
pub mod window;

pub use pin::{PinCheck, Verdict, Warning, check as check_pin};
pub use window::{WALK_TIME, WpsWindow};
