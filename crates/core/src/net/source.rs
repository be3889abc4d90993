//! Which protocol a fact about a printer came from.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Ipp,
    Ledm,
    Cdm,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Ipp => "ipp",
            Source::Ledm => "ledm",
            Source::Cdm => "cdm",
        }
    }
}
