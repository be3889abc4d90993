//! The printer catalog: HP families with the facts the app uses, and a search that
//! understands how people write HP model names. The data is generated from HPLIP's
//! model database by `examples/gen_catalog.rs` and embedded in the program.

mod coverage;
pub mod family;
mod found;
pub mod hplip;
pub mod lines;
mod matching;
pub mod panels;
pub mod search;
pub mod tokens;
pub mod wifi;

use std::sync::OnceLock;

pub use family::{CatalogFile, Family, Protocol};
pub use found::{Found, Match};
pub use lines::{Line, Typed};
pub use matching::{ModelHow, Why};
pub use panels::{PanelAnswers, PanelKind};
pub use wifi::{WifiAnswer, WifiSource};

/// The generated asset, embedded at build time.
const ASSET: &str = include_str!("../../../../assets/catalog.json");

pub struct Catalog {
    families: Vec<Family>,
    index: search::Index,
    /// The HPLIP release the families come from.
    hplip: Option<String>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("families", &self.families.len())
            .finish()
    }
}

impl Catalog {
    pub fn new(families: Vec<Family>) -> Self {
        let index = search::Index::build(&families);
        Self {
            families,
            index,
            hplip: None,
        }
    }

    /// Parses a catalog file; a damaged one gives an empty catalog and a logged error
    /// (the embedded asset is checked by the tests, so this is a last resort).
    pub fn from_json(text: &str) -> Self {
        match serde_json::from_str::<CatalogFile>(text) {
            Ok(file) => Self {
                hplip: file.hplip,
                ..Self::new(file.families)
            },
            Err(e) => {
                tracing::error!("printer catalog unreadable: {e}");
                Self::new(Vec::new())
            }
        }
    }

    pub fn families(&self) -> &[Family] {
        &self.families
    }

    /// The HPLIP release the model data comes from ("3.25.8").
    pub fn hplip_version(&self) -> Option<&str> {
        self.hplip.as_deref()
    }

    /// How many model names the families have in all.
    pub fn name_count(&self) -> usize {
        self.families.iter().map(|f| f.names.len()).sum()
    }

    pub fn get(&self, id: &str) -> Option<&Family> {
        self.families.iter().find(|f| f.ids().any(|i| i == id))
    }

    /// Families matching what the person typed, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Match<'_>> {
        self.find(query, limit).matches
    }

    /// Families matching what the person typed, best first, with what the query says
    /// beyond them: the line typed, whether the matches are from other lines, whether
    /// the model reads as one the list does not have.
    pub fn find(&self, query: &str, limit: usize) -> Found<'_> {
        self.index.find(&self.families, query, limit)
    }
}

/// The embedded catalog, parsed once on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::from_json(ASSET))
}
