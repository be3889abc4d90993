//! What a page may use while it draws: the state (read only), the reader's language,
//! the colours, and a way to say what the person did ([`Msg`]s, taken by `update` after
//! the frame).

use std::path::Path;

use wps_pin_core::i18n::Localizer;
use wps_pin_flow::{AppState, Focus, Msg, Page};

use crate::options::Options;
use crate::theme::Palette;

pub struct Cx<'a> {
    pub s: &'a AppState,
    pub l: &'a Localizer,
    pub palette: Palette,
    pub options: &'a Options,
    /// Where the settings are kept.
    pub store_dir: &'a Path,
    /// True right after the page was opened (to put focus on its first control).
    pub arrived: bool,
    /// A control `update` asked to focus, until the page that draws it takes it.
    focus: &'a mut Option<Focus>,
    msgs: &'a mut Vec<Msg>,
}

impl<'a> Cx<'a> {
    pub fn new(
        s: &'a AppState,
        options: &'a Options,
        store_dir: &'a Path,
        arrived: bool,
        focus: &'a mut Option<Focus>,
        msgs: &'a mut Vec<Msg>,
    ) -> Self {
        Self {
            s,
            l: s.l(),
            palette: crate::theme::palette(s.settings.theme),
            options,
            store_dir,
            arrived,
            focus,
            msgs,
        }
    }

    pub fn act(&mut self, msg: Msg) {
        self.msgs.push(msg);
    }

    pub fn go(&mut self, page: Page) {
        self.act(Msg::Go(page));
    }

    /// Whether `update` asked for focus on `control` (asked once: this takes it).
    pub fn take_focus(&mut self, control: Focus) -> bool {
        if *self.focus == Some(control) {
            *self.focus = None;
            return true;
        }
        false
    }
}
