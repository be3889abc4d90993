//! The Wi-Fi password and the printer's administrator password: the person's, not the
//! app's. A [`Secret`] is wiped from memory when dropped (the `zeroize` crate: its
//! writes are volatile, so the compiler cannot drop them as dead stores, which a plain
//! `fill(0)` before a free does not promise); it never prints (`Debug` and `Display`
//! say "[hidden]"), is not `Clone`, and implements no `Serialize`: it cannot end up in
//! the settings, the journey, a summary, a log line or a crash message by accident.
//!
//! It is handed to the printer's own address only ([`super::transport`]); the copies the
//! HTTP and TLS libraries make while sending are theirs and are not wiped.

use std::fmt;

use zeroize::Zeroizing;

/// Text that must never be shown, logged or stored.
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Takes `text` over (no copy is left behind by this call).
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    /// The text, to put in a request to the printer and nowhere else.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[hidden]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[hidden]")
    }
}

/// Why a Wi-Fi password cannot be used (WPA: 8 to 63 characters, or the 64 hexadecimal
/// digits of the key itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseError {
    #[error("the Wi-Fi password is shorter than 8 characters")]
    TooShort,
    #[error("the Wi-Fi password is longer than 63 characters (64 only as hexadecimal digits)")]
    TooLong,
    #[error("the Wi-Fi password contains a line break or another control character")]
    Control,
}

/// A Wi-Fi password that passed the WPA length rule.
#[derive(Debug)]
pub struct Passphrase(Secret);

impl Passphrase {
    /// 8–63 characters (at most 63 bytes, so it is never mistaken for a key), or exactly
    /// 64 hexadecimal digits. The text is wiped if it is refused.
    pub fn new(text: String) -> Result<Self, PassphraseError> {
        let secret = Secret::new(text);
        let s = secret.expose();
        if s.chars().any(char::is_control) {
            return Err(PassphraseError::Control);
        }
        let hex_key = s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit());
        if !hex_key {
            if s.chars().count() < 8 {
                return Err(PassphraseError::TooShort);
            }
            if s.len() > 63 {
                return Err(PassphraseError::TooLong);
            }
        }
        Ok(Self(secret))
    }

    /// One line as read from a file or standard input: the line end removed (the
    /// buffer, spare capacity included, is wiped on drop all the same).
    pub fn from_line(mut line: String) -> Result<Self, PassphraseError> {
        let end = line.trim_end_matches(['\n', '\r']).len();
        line.truncate(end);
        Self::new(line)
    }

    pub fn expose(&self) -> &str {
        self.0.expose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wpa_length_rule_and_nothing_printed() {
        assert!(Passphrase::new("12345678".into()).is_ok());
        assert_eq!(
            Passphrase::new("1234567".into()).err(),
            Some(PassphraseError::TooShort)
        );
        assert!(Passphrase::new("x".repeat(63)).is_ok());
        assert_eq!(
            Passphrase::new("x".repeat(64)).err(),
            Some(PassphraseError::TooLong)
        );
        assert!(Passphrase::new("ab".repeat(32)).is_ok(), "64 hex digits");
        // 62 letters and one two-byte letter: 63 characters but 64 bytes.
        assert_eq!(
            Passphrase::new(format!("{}é", "x".repeat(62))).err(),
            Some(PassphraseError::TooLong)
        );
        assert_eq!(
            Passphrase::new("tab\tinside".into()).err(),
            Some(PassphraseError::Control)
        );
        let p = Passphrase::from_line("correct horse\r\n".into()).unwrap();
        assert_eq!(p.expose(), "correct horse");
        assert_eq!(format!("{p:?}"), "Passphrase([hidden])");
        let s = Secret::new("hunter22".into());
        assert_eq!(format!("{s} {s:?}"), "[hidden] [hidden]");
    }
}
