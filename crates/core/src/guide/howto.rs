//! How to use the PIN (or the buttons) step by step, per direction and per kind of
//! control panel, in the order that fits the two-minute window: what takes long (opening
//! the router's settings page and signing in, looking up the printer's buttons in its
//! user guide) comes before anything starts, and each way has one named moment to start
//! the timer (facts/wps.md §0.3, §1.5). With the buttons the printer starts first: its
//! menus or buttons are the slow part, the router's is one press. Steps name their text
//! by message id, like the guides.

use crate::catalog::panels::PanelKind;

/// Which way the PIN travels, or the push buttons instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The printer shows (or prints) a PIN; it is typed into the router.
    PrinterPin,
    /// The router's own PIN is typed into the printer.
    RouterPin,
    /// No PIN: push-button WPS on the printer, then the WPS button on the router.
    PushButton,
}

impl Direction {
    pub const ALL: [Direction; 3] = [
        Direction::PrinterPin,
        Direction::RouterPin,
        Direction::PushButton,
    ];

    /// A stable name for scripts and the summary's JSON.
    pub fn key(self) -> &'static str {
        match self {
            Direction::PrinterPin => "printer-pin",
            Direction::RouterPin => "router-pin",
            Direction::PushButton => "push-button",
        }
    }
}

/// The ways in the order to offer them. The router's PIN comes last everywhere: typed
/// into the printer, it lets the printer change the router's settings, and it is the PIN
/// a router locks after wrong tries (facts/wps.md §1.4, §1.7). A panel that cannot show
/// a PIN starts with the buttons.
pub fn directions(panel: Option<PanelKind>) -> [Direction; 3] {
    match panel {
        Some(PanelKind::LightsOnly) => [
            Direction::PushButton,
            Direction::PrinterPin,
            Direction::RouterPin,
        ],
        _ => [
            Direction::PrinterPin,
            Direction::PushButton,
            Direction::RouterPin,
        ],
    }
}

/// What the window shows with a step besides its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The moment to start the two-minute timer: the timer goes with this step.
    Timer,
    /// The PIN field goes with this step, to check the PIN for typos.
    CheckPin,
    /// See whether the printer joined.
    Joined,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The message id of the step's text.
    pub text: &'static str,
    pub mark: Option<Mark>,
}

const fn step(text: &'static str) -> Step {
    Step { text, mark: None }
}

const fn marked(text: &'static str, mark: Mark) -> Step {
    Step {
        text,
        mark: Some(mark),
    }
}

/// On the printer, per panel: (make a PIN, enter the router's PIN, start push-button WPS).
fn on_the_printer(panel: Option<PanelKind>) -> [&'static str; 3] {
    match panel {
        Some(PanelKind::Touchscreen) => [
            "howto-make-pin-touchscreen",
            "howto-enter-pin-touchscreen",
            "howto-button-printer-touchscreen",
        ],
        Some(PanelKind::TextDisplay) => [
            "howto-make-pin-text-display",
            "howto-enter-pin-text-display",
            "howto-button-printer-text-display",
        ],
        Some(PanelKind::LightsOnly) => [
            "howto-make-pin-lights-only",
            "howto-enter-pin-lights-only",
            "howto-button-printer-lights-only",
        ],
        None => [
            "howto-make-pin-any",
            "howto-enter-pin-any",
            "howto-button-printer-any",
        ],
    }
}

/// How the person sees that the printer joined: its screen, or its Wireless light.
fn joined(panel: Option<PanelKind>) -> Step {
    marked(
        match panel {
            Some(PanelKind::Touchscreen | PanelKind::TextDisplay) => "howto-joined-screen",
            Some(PanelKind::LightsOnly) => "howto-joined-light",
            None => "howto-joined-any",
        },
        Mark::Joined,
    )
}

/// The steps of one way for one kind of panel (none: not known), in order.
pub fn steps(direction: Direction, panel: Option<PanelKind>) -> Vec<Step> {
    let [make_pin, enter_pin, push_button] = on_the_printer(panel);
    let lights_only = panel == Some(PanelKind::LightsOnly);
    match direction {
        Direction::PrinterPin => {
            let mut out = vec![
                step("howto-router-open"),
                step("howto-router-find-pin-field"),
            ];
            out.push(step(make_pin));
            // A printed PIN has no moment of its own: the printer's WPS PIN mode is it.
            out.push(if lights_only {
                marked("howto-timer-pin-mode", Mark::Timer)
            } else {
                marked("howto-timer-printer-pin", Mark::Timer)
            });
            out.push(marked("howto-type-into-router", Mark::CheckPin));
            out.push(joined(panel));
            out
        }
        Direction::RouterPin if lights_only => vec![step(enter_pin)],
        Direction::RouterPin => vec![
            marked("howto-router-pin-find", Mark::CheckPin),
            step(enter_pin),
            marked("howto-timer-router-pin", Mark::Timer),
            joined(panel),
        ],
        Direction::PushButton => {
            let mut out = vec![
                step("howto-button-one-at-a-time"),
                step("howto-button-router-ready"),
            ];
            // Without menus to follow, how to start WPS is looked up before anything runs.
            match panel {
                Some(PanelKind::LightsOnly) => {
                    out.push(step("howto-button-printer-find-lights-only"))
                }
                None => out.push(step("howto-button-printer-find-any")),
                Some(_) => {}
            }
            out.push(marked(push_button, Mark::Timer));
            out.push(step("howto-button-router"));
            out.push(joined(panel));
            out
        }
    }
}

/// Every message id the steps use, for the build's and the tests' checks.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    for panel in [None].into_iter().chain(PanelKind::ALL.map(Some)) {
        for d in Direction::ALL {
            for s in steps(d, panel) {
                if !ids.contains(&s.text) {
                    ids.push(s.text);
                }
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;

    fn panels() -> [Option<PanelKind>; 4] {
        [
            None,
            Some(PanelKind::Touchscreen),
            Some(PanelKind::TextDisplay),
            Some(PanelKind::LightsOnly),
        ]
    }

    #[test]
    fn every_step_has_words_in_every_language() {
        for (tag, _) in crate::i18n::available() {
            let l = Localizer::new(tag);
            for id in message_ids() {
                assert!(l.has_message(id), "{tag}: {id}");
            }
        }
    }

    #[test]
    fn the_router_page_is_ready_before_the_printer_makes_its_pin() {
        for panel in panels() {
            let s = steps(Direction::PrinterPin, panel);
            let ids: Vec<_> = s.iter().map(|s| s.text).collect();
            let router = ids.iter().position(|i| *i == "howto-router-find-pin-field");
            let make = ids.iter().position(|i| i.starts_with("howto-make-pin"));
            let timer = s.iter().position(|s| s.mark == Some(Mark::Timer));
            let typed = ids.iter().position(|i| *i == "howto-type-into-router");
            assert!(
                router < make && make < timer && timer < typed,
                "{panel:?}: {ids:?}"
            );
            assert_eq!(ids[0], "howto-router-open", "{panel:?}");
        }
    }

    #[test]
    fn each_way_has_one_moment_to_start_the_timer() {
        for panel in panels() {
            for d in Direction::ALL {
                let timers = steps(d, panel)
                    .iter()
                    .filter(|s| s.mark == Some(Mark::Timer))
                    .count();
                let possible = !(d == Direction::RouterPin && panel == Some(PanelKind::LightsOnly));
                assert_eq!(timers, usize::from(possible), "{d:?} {panel:?}");
            }
        }
    }

    #[test]
    fn a_panel_that_cannot_show_a_pin_starts_with_the_buttons() {
        assert_eq!(
            directions(Some(PanelKind::LightsOnly))[0],
            Direction::PushButton
        );
        for panel in panels() {
            assert_eq!(directions(panel)[2], Direction::RouterPin, "{panel:?}");
        }
    }

    #[test]
    fn no_menu_advice_for_a_panel_without_menus() {
        let l = Localizer::new("en-US");
        for d in Direction::ALL {
            for s in steps(d, Some(PanelKind::LightsOnly)) {
                let text = l.t(s.text).to_lowercase();
                assert!(!text.contains("menu"), "{d:?}: {text}");
            }
        }
    }

    #[test]
    fn the_printer_starts_before_the_router_button() {
        for panel in panels() {
            let s = steps(Direction::PushButton, panel);
            let timer = s.iter().position(|s| s.mark == Some(Mark::Timer));
            let printer = s.iter().position(|s| {
                s.text.starts_with("howto-button-printer-") && !s.text.contains("-find-")
            });
            let router = s.iter().position(|s| s.text == "howto-button-router");
            assert!(
                timer.is_some() && timer == printer && printer < router,
                "{panel:?}"
            );
        }
    }

    /// Once the timer runs, no step sends the person to look something up in the user
    /// guide: that is done before (seeing whether it joined may say where patterns are).
    #[test]
    fn nothing_is_looked_up_once_the_timer_runs() {
        let l = Localizer::new("en-US");
        for panel in panels() {
            for d in Direction::ALL {
                let s = steps(d, panel);
                let Some(timer) = s.iter().position(|s| s.mark == Some(Mark::Timer)) else {
                    continue;
                };
                for later in &s[timer + 1..] {
                    let text = l.t(later.text).to_lowercase();
                    assert!(
                        later.mark == Some(Mark::Joined) || !text.contains("user guide"),
                        "{d:?} {panel:?}: {text}"
                    );
                }
                let at = l.t(s[timer].text).to_lowercase();
                assert!(!at.contains("user guide"), "{d:?} {panel:?}: {at}");
            }
        }
    }

    #[test]
    fn push_buttons_end_with_seeing_whether_it_joined() {
        for panel in panels() {
            let s = steps(Direction::PushButton, panel);
            assert_eq!(s.last().map(|s| s.mark), Some(Some(Mark::Joined)));
            assert!(
                !s.iter().any(|s| s.mark == Some(Mark::CheckPin)),
                "no PIN to check"
            );
        }
    }
}
