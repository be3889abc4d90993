//! Tag values of the IPP encoding (RFC 8010 §3.5).

/// Delimiter tags (RFC 8010 §3.5.1).
pub const TAG_OPERATION: u8 = 0x01;
pub const TAG_END: u8 = 0x03;

/// Value tags used here (RFC 8010 §3.5.2).
pub mod tag {
    pub const INTEGER: u8 = 0x21;
    pub const BOOLEAN: u8 = 0x22;
    pub const ENUM: u8 = 0x23;
    pub const TEXT_WITH_LANGUAGE: u8 = 0x35;
    pub const NAME_WITH_LANGUAGE: u8 = 0x36;
    pub const KEYWORD: u8 = 0x44;
    pub const URI: u8 = 0x45;
    pub const CHARSET: u8 = 0x47;
    pub const NATURAL_LANGUAGE: u8 = 0x48;
}
