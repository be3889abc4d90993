//! Step-by-step guides, kept as data in assets/guides/ (one file a route). Each step
//! names its text, picture and optional hints by Fluent message id, so guides are
//! translated like the rest of the app.

use std::sync::OnceLock;

use serde::Deserialize;

pub mod drawing;
pub mod howto;
pub mod print;
pub mod progress;
pub mod svg;

use crate::catalog::panels::PanelKind;

/// The pictures guides can show (drawn by the window, described by a message). Each
/// marks what the person does in its step: the menu to open, the button to press, the
/// light to watch, the router page's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Picture {
    /// A touchscreen's Wi-Fi settings.
    PanelTouchscreen,
    TouchscreenPin,
    /// A small display's Network menu and its buttons.
    PanelTextDisplay,
    TextDisplayPin,
    /// The Wireless button of a panel with only buttons and lights.
    PanelLightsOnly,
    LightsWatch,
    PrinterNearRouter,
    PrinterLabel,
    ConfigPrint,
    ConfigPage,
    ConfigPagePin,
    WebPageAddress,
    WebPage,
    HpSmartInstall,
    HpSmart,
    RouterSignIn,
    /// The router's page: WPS and its field for a device's PIN.
    RouterAdmin,
    RouterButton,
    RouterWpsOff,
    RouterFirmware,
    PinHalves,
    PinToRouter,
    PinToPrinter,
    PushButtons,
    OneAtATime,
    /// The printer's user guide, open at its buttons: what to look up before starting.
    UserGuide,
}

impl Picture {
    pub const ALL: [Picture; 26] = {
        use Picture::*;
        [
            PanelTouchscreen,
            TouchscreenPin,
            PanelTextDisplay,
            TextDisplayPin,
            PanelLightsOnly,
            LightsWatch,
            PrinterNearRouter,
            PrinterLabel,
            ConfigPrint,
            ConfigPage,
            ConfigPagePin,
            WebPageAddress,
            WebPage,
            HpSmartInstall,
            HpSmart,
            RouterSignIn,
            RouterAdmin,
            RouterButton,
            RouterWpsOff,
            RouterFirmware,
            PinHalves,
            PinToRouter,
            PinToPrinter,
            PushButtons,
            OneAtATime,
            UserGuide,
        ]
    };

    /// The message that describes the picture (its text alternative).
    pub fn alt_id(self) -> &'static str {
        use Picture::*;
        match self {
            PanelTouchscreen => "picture-panel-touchscreen",
            TouchscreenPin => "picture-touchscreen-pin",
            PanelTextDisplay => "picture-panel-text-display",
            TextDisplayPin => "picture-text-display-pin",
            PanelLightsOnly => "picture-panel-lights-only",
            LightsWatch => "picture-lights-watch",
            PrinterNearRouter => "picture-printer-near-router",
            PrinterLabel => "picture-printer-label",
            ConfigPrint => "picture-config-print",
            ConfigPage => "picture-config-page",
            ConfigPagePin => "picture-config-page-pin",
            WebPageAddress => "picture-web-page-address",
            WebPage => "picture-web-page",
            HpSmartInstall => "picture-hp-smart-install",
            HpSmart => "picture-hp-smart",
            RouterSignIn => "picture-router-sign-in",
            RouterAdmin => "picture-router-admin",
            RouterButton => "picture-router-button",
            RouterWpsOff => "picture-router-wps-off",
            RouterFirmware => "picture-router-firmware",
            PinHalves => "picture-pin-halves",
            PinToRouter => "picture-pin-to-router",
            PinToPrinter => "picture-pin-to-printer",
            PushButtons => "picture-push-buttons",
            OneAtATime => "picture-one-at-a-time",
            UserGuide => "picture-user-guide",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: String,
    pub picture: Picture,
    /// What the person should see after this step.
    pub see: Option<String>,
    /// Where to go if it does not happen ("trouble": the troubleshooting page).
    pub if_not: Option<String>,
}

/// Where the guide's last step leads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Done {
    /// To the PIN page: the guide ends with a PIN to type.
    #[default]
    EnterPin,
    /// To the printer's page: a push-button flow ends with seeing whether it joined.
    SeeJoined,
    /// Back to the start: nothing is left to do.
    Home,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub steps: Vec<Step>,
    /// A note shown with every step (what varies by model), by message id.
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub done: Done,
}

impl Guide {
    /// Every message id the guide uses.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.title.as_str(), self.intro.as_str()];
        ids.extend(self.note.as_deref());
        for s in &self.steps {
            ids.push(&s.text);
            ids.push(s.picture.alt_id());
            ids.extend(s.see.as_deref());
        }
        ids
    }
}

/// The guide files, in the order the app offers them.
const SOURCES: &[(&str, &str)] = &[
    (
        "touchscreen",
        include_str!("../../../../assets/guides/touchscreen.json"),
    ),
    (
        "text-display",
        include_str!("../../../../assets/guides/text-display.json"),
    ),
    (
        "lights-only",
        include_str!("../../../../assets/guides/lights-only.json"),
    ),
    (
        "label",
        include_str!("../../../../assets/guides/label.json"),
    ),
    (
        "config-page",
        include_str!("../../../../assets/guides/config-page.json"),
    ),
    (
        "web-page",
        include_str!("../../../../assets/guides/web-page.json"),
    ),
    (
        "hp-smart",
        include_str!("../../../../assets/guides/hp-smart.json"),
    ),
    (
        "router-side",
        include_str!("../../../../assets/guides/router-side.json"),
    ),
    (
        "after-setup",
        include_str!("../../../../assets/guides/after-setup.json"),
    ),
];

/// Reads one guide file; a broken one is reported, not fatal.
pub fn parse(file: &str, text: &str) -> Result<Guide, String> {
    let g: Guide = serde_json::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    if g.id != file {
        return Err(format!("{file}: its id is {:?}", g.id));
    }
    if g.steps.is_empty() {
        return Err(format!("{file}: no steps"));
    }
    Ok(g)
}

/// Every guide that reads correctly (the tests make sure all do).
pub fn all() -> &'static [Guide] {
    static GUIDES: OnceLock<Vec<Guide>> = OnceLock::new();
    GUIDES.get_or_init(|| {
        SOURCES
            .iter()
            .filter_map(|(file, text)| {
                parse(file, text)
                    .map_err(|e| tracing::error!("guide not loaded: {e}"))
                    .ok()
            })
            .collect()
    })
}

pub fn get(id: &str) -> Option<&'static Guide> {
    all().iter().find(|g| g.id == id)
}

/// The guide for a kind of control panel.
pub fn for_panel(kind: PanelKind) -> &'static str {
    match kind {
        PanelKind::Touchscreen => "touchscreen",
        PanelKind::TextDisplay => "text-display",
        PanelKind::LightsOnly => "lights-only",
    }
}

/// The kind of panel a guide is for, if it is one of the panel guides.
pub fn panel_of(id: &str) -> Option<PanelKind> {
    PanelKind::ALL.into_iter().find(|k| for_panel(*k) == id)
}

/// The guides that are not about one kind of panel: other ways to the PIN, and the router.
pub const OTHER_ROUTES: &[&str] = &[
    "label",
    "config-page",
    "web-page",
    "hp-smart",
    "router-side",
    "after-setup",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;

    #[test]
    fn every_guide_loads_and_every_message_exists() {
        assert_eq!(all().len(), SOURCES.len(), "a guide file did not load");
        let l = Localizer::new("en-US");
        for g in all() {
            for id in g.message_ids() {
                assert!(l.has_message(id), "{}: no message {id}", g.id);
            }
            for s in &g.steps {
                assert!(
                    matches!(s.if_not.as_deref(), None | Some("trouble")),
                    "{}: unknown link",
                    g.id
                );
            }
        }
        for route in OTHER_ROUTES {
            assert!(get(route).is_some(), "{route}");
        }
        for kind in PanelKind::ALL {
            assert!(get(for_panel(kind)).is_some());
        }
    }

    #[test]
    fn every_step_has_a_picture_of_its_own() {
        for g in all() {
            for pair in g.steps.windows(2) {
                assert_ne!(
                    pair[0].picture, pair[1].picture,
                    "{}: two steps in a row show the same picture",
                    g.id
                );
            }
        }
    }

    /// A step that starts the two minutes ("within 2 minutes", "straight away") never
    /// sends the person to look something up in the user guide: that comes before.
    #[test]
    fn nothing_is_looked_up_inside_the_two_minutes() {
        let l = Localizer::new("en-US");
        for g in all() {
            for s in &g.steps {
                let text = l.t(&s.text).to_lowercase();
                let clock = text.contains("within 2 minutes") || text.contains("straight away");
                assert!(!(clock && text.contains("user guide")), "{}: {text}", g.id);
            }
        }
    }

    #[test]
    fn broken_guide_files_are_reported() {
        assert!(parse("x", "{").is_err());
        assert!(parse("x", r#"{"id":"y","title":"a","intro":"b","steps":[]}"#).is_err());
        assert!(
            parse(
                "x",
                r#"{"id":"x","title":"a","intro":"b","steps":[],"extra":1}"#
            )
            .is_err()
        );
        assert!(
            parse(
                "x",
                r#"{"id":"x","title":"a","intro":"b","steps":[{"text":"t","picture":"nope"}]}"#
            )
            .is_err()
        );
    }
}
