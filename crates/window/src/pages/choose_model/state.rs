//! What the model page keeps for drawing only: the results of the query (the page
//! redraws more often than people type) and whether focus follows the keyboard.

use wps_pin_core::catalog::Found;

#[derive(Default)]
pub struct ModelView {
    /// Move keyboard focus to the first control of what is now shown.
    pub(super) focus_first: bool,
    /// The results for `results_for`.
    pub(super) results: Found<'static>,
    pub(super) results_for: Option<String>,
}
