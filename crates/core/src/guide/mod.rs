//! Step-by-step guides, kept as data in assets/guides/ (one file a route). Each step
//! names its text, picture and optional hints by Fluent message id, so guides are
//! translated like the rest of the app.

use std::sync::OnceLock;

use serde::Deserialize;

pub mod drawing;
pub mod howto;
mod id;
pub mod print;
pub mod progress;
pub mod svg;

pub use id::GuideId;

crate::keyed_enum! {
    /// The pictures guides can show (drawn by the window, described by a message: its
    /// text alternative, `alt_id`). Each marks what the person does in its step: the menu
    /// to open, the button to press, the light to watch, the router page's field.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Picture {
        /// A touchscreen's Wi-Fi settings.
        PanelTouchscreen = "panel-touchscreen",
        TouchscreenPin = "touchscreen-pin",
        /// A small display's Network menu and its buttons.
        PanelTextDisplay = "panel-text-display",
        TextDisplayPin = "text-display-pin",
        /// The Wireless button of a panel with only buttons and lights.
        PanelLightsOnly = "panel-lights-only",
        LightsWatch = "lights-watch",
        PrinterNearRouter = "printer-near-router",
        PrinterLabel = "printer-label",
        ConfigPrint = "config-print",
        ConfigPage = "config-page",
        ConfigPagePin = "config-page-pin",
        WebPageAddress = "web-page-address",
        WebPage = "web-page",
        HpSmartInstall = "hp-smart-install",
        HpSmart = "hp-smart",
        RouterSignIn = "router-sign-in",
        /// The router's page: WPS and its field for a device's PIN.
        RouterAdmin = "router-admin",
        RouterButton = "router-button",
        RouterWpsOff = "router-wps-off",
        RouterFirmware = "router-firmware",
        PinHalves = "pin-halves",
        PinToRouter = "pin-to-router",
        PinToPrinter = "pin-to-printer",
        PushButtons = "push-buttons",
        OneAtATime = "one-at-a-time",
        /// The printer's user guide, open at its buttons: what to look up before starting.
        UserGuide = "user-guide",
    }
    prefixed alt_id = "picture-";
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
    pub id: GuideId,
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
const SOURCES: &[(GuideId, &str)] = &[
    (
        GuideId::Touchscreen,
        include_str!("../../../../assets/guides/touchscreen.json"),
    ),
    (
        GuideId::TextDisplay,
        include_str!("../../../../assets/guides/text-display.json"),
    ),
    (
        GuideId::LightsOnly,
        include_str!("../../../../assets/guides/lights-only.json"),
    ),
    (
        GuideId::Label,
        include_str!("../../../../assets/guides/label.json"),
    ),
    (
        GuideId::ConfigPage,
        include_str!("../../../../assets/guides/config-page.json"),
    ),
    (
        GuideId::WebPage,
        include_str!("../../../../assets/guides/web-page.json"),
    ),
    (
        GuideId::HpSmart,
        include_str!("../../../../assets/guides/hp-smart.json"),
    ),
    (
        GuideId::RouterSide,
        include_str!("../../../../assets/guides/router-side.json"),
    ),
    (
        GuideId::AfterSetup,
        include_str!("../../../../assets/guides/after-setup.json"),
    ),
];

/// Reads one guide file; a broken one is reported, not fatal.
pub fn parse(file: &str, text: &str) -> Result<Guide, String> {
    let g: Guide = serde_json::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    if g.id.key() != file {
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
            .filter_map(|(id, text)| {
                parse(id.key(), text)
                    .map_err(|e| tracing::error!("guide not loaded: {e}"))
                    .ok()
            })
            .collect()
    })
}

pub fn get(id: GuideId) -> Option<&'static Guide> {
    all().iter().find(|g| g.id == id)
}

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
                assert!(l.has_message(id), "{:?}: no message {id}", g.id);
            }
            for s in &g.steps {
                assert!(
                    matches!(s.if_not.as_deref(), None | Some("trouble")),
                    "{:?}: unknown link",
                    g.id
                );
            }
        }
        for id in GuideId::ALL {
            assert!(get(*id).is_some(), "{id:?}");
        }
    }

    #[test]
    fn every_step_has_a_picture_of_its_own() {
        for g in all() {
            for pair in g.steps.windows(2) {
                assert_ne!(
                    pair[0].picture, pair[1].picture,
                    "{:?}: two steps in a row show the same picture",
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
                assert!(
                    !(clock && text.contains("user guide")),
                    "{:?}: {text}",
                    g.id
                );
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
