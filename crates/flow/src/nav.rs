//! Which page is shown, and the way back.

/// Every page of the app. The home page offers each step of the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    FindPrinter,
    ChooseModel,
    WherePin,
    EnterPin,
    Troubleshoot,
    Settings,
    About,
    Printer,
    Router,
    /// Set up Wi-Fi through the printer's own web page.
    PrinterWifi,
}

impl Page {
    /// Every page, in the header's and the journey's order (tests walk them all).
    pub const ALL: [Page; 11] = [
        Page::Home,
        Page::FindPrinter,
        Page::ChooseModel,
        Page::WherePin,
        Page::EnterPin,
        Page::Troubleshoot,
        Page::Settings,
        Page::About,
        Page::Printer,
        Page::Router,
        Page::PrinterWifi,
    ];

    /// The message id of the page's title.
    pub fn title_id(self) -> &'static str {
        match self {
            Page::Home => "page-home",
            Page::FindPrinter => "page-find-printer",
            Page::ChooseModel => "page-choose-model",
            Page::WherePin => "page-where-pin",
            Page::EnterPin => "page-enter-pin",
            Page::Troubleshoot => "page-troubleshoot",
            Page::Settings => "page-settings",
            Page::About => "page-about",
            Page::Printer => "page-printer",
            Page::Router => "page-router",
            Page::PrinterWifi => "page-printer-wifi",
        }
    }
}

/// Browser-like history: Back returns to where the person came from.
#[derive(Debug, Clone)]
pub struct Nav {
    current: Page,
    history: Vec<Page>,
    /// Counts page changes, so the window knows a page was (re)opened and moves focus.
    visit: u64,
}

impl Default for Nav {
    fn default() -> Self {
        Self {
            current: Page::Home,
            history: Vec::new(),
            visit: 1,
        }
    }
}

/// A deep history helps no one; the oldest entries are dropped.
const MAX_HISTORY: usize = 32;

impl Nav {
    pub fn current(&self) -> Page {
        self.current
    }

    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }

    pub fn go(&mut self, page: Page) {
        if page == self.current {
            return;
        }
        if page == Page::Home {
            self.home();
            return;
        }
        self.history.push(self.current);
        if self.history.len() > MAX_HISTORY {
            self.history.remove(0);
        }
        self.current = page;
        self.visit += 1;
    }

    pub fn back(&mut self) {
        if let Some(page) = self.history.pop() {
            self.current = page;
            self.visit += 1;
        }
    }

    pub fn home(&mut self) {
        if self.current != Page::Home {
            self.history.clear();
            self.current = Page::Home;
            self.visit += 1;
        }
    }

    /// Changes with every page change (the first page is visit 1).
    pub fn visit(&self) -> u64 {
        self.visit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_page_once_in_order() {
        for (i, page) in Page::ALL.iter().enumerate() {
            // A new page fails to compile here until it has its place in ALL.
            let place = match page {
                Page::Home => 0,
                Page::FindPrinter => 1,
                Page::ChooseModel => 2,
                Page::WherePin => 3,
                Page::EnterPin => 4,
                Page::Troubleshoot => 5,
                Page::Settings => 6,
                Page::About => 7,
                Page::Printer => 8,
                Page::Router => 9,
                Page::PrinterWifi => 10,
            };
            assert_eq!(place, i, "{page:?}");
        }
    }

    #[test]
    fn back_retraces_and_home_clears() {
        let mut nav = Nav::default();
        assert!(!nav.can_go_back());
        nav.go(Page::ChooseModel);
        nav.go(Page::WherePin);
        nav.go(Page::WherePin);
        nav.back();
        assert_eq!(nav.current(), Page::ChooseModel);
        nav.go(Page::EnterPin);
        nav.go(Page::Home);
        assert_eq!(nav.current(), Page::Home);
        assert!(!nav.can_go_back());
        nav.back();
        assert_eq!(nav.current(), Page::Home);
    }

    #[test]
    fn history_is_bounded() {
        let mut nav = Nav::default();
        for i in 0..100 {
            nav.go(if i % 2 == 0 {
                Page::Settings
            } else {
                Page::EnterPin
            });
        }
        assert!(nav.history.len() <= MAX_HISTORY);
    }
}
