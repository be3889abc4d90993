//! Which guide: one name per file in assets/guides/, checked by the compiler wherever a
//! guide is named.

use crate::catalog::panels::PanelKind;

crate::keyed_enum! {
    /// A guide, named by its file's stem.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum GuideId {
        Touchscreen = "touchscreen",
        TextDisplay = "text-display",
        LightsOnly = "lights-only",
        Label = "label",
        ConfigPage = "config-page",
        WebPage = "web-page",
        HpSmart = "hp-smart",
        RouterSide = "router-side",
        AfterSetup = "after-setup",
    }
}

impl GuideId {
    /// The guides that are not about one kind of panel: other ways to the PIN, and the
    /// router.
    pub const OTHER_ROUTES: &'static [GuideId] = &[
        GuideId::Label,
        GuideId::ConfigPage,
        GuideId::WebPage,
        GuideId::HpSmart,
        GuideId::RouterSide,
        GuideId::AfterSetup,
    ];

    /// The guide for a kind of control panel.
    pub fn for_panel(kind: PanelKind) -> Self {
        match kind {
            PanelKind::Touchscreen => GuideId::Touchscreen,
            PanelKind::TextDisplay => GuideId::TextDisplay,
            PanelKind::LightsOnly => GuideId::LightsOnly,
        }
    }

    /// The kind of panel the guide is for, if it is one of the panel guides.
    pub fn panel(self) -> Option<PanelKind> {
        match self {
            GuideId::Touchscreen => Some(PanelKind::Touchscreen),
            GuideId::TextDisplay => Some(PanelKind::TextDisplay),
            GuideId::LightsOnly => Some(PanelKind::LightsOnly),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_panel_has_its_guide_and_every_guide_is_a_panel_or_another_route() {
        for kind in PanelKind::ALL {
            assert_eq!(GuideId::for_panel(kind).panel(), Some(kind));
        }
        for id in GuideId::ALL {
            assert!(
                id.panel().is_some() != GuideId::OTHER_ROUTES.contains(id),
                "{id:?}"
            );
        }
    }
}
