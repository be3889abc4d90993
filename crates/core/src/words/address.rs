//! An address that cannot be used, in words.

use crate::i18n::Localizer;
use crate::net::address::AddressError;

pub fn address_error(e: AddressError, l: &Localizer) -> String {
    l.t(match e {
        AddressError::NotAnAddress | AddressError::UnknownScheme => "printer-address-bad",
        AddressError::OtherHost => "address-other-host",
    })
}
