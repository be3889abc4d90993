//! The fonts the window draws with: egui's own (Latin, Greek, Cyrillic, symbols) and a
//! bundled Noto Sans SC subset for Chinese, made by scripts/gen-fonts.py.

use std::sync::Arc;

use eframe::egui::{FontData, FontDefinitions, FontFamily};

const NOTO_SANS_SC: &[u8] = include_bytes!("../../../assets/fonts/NotoSansSC-subset.otf");
const NOTO_SANS_SC_NAME: &str = "noto-sans-sc-subset";

/// egui's default fonts with Chinese as a fallback in every family, so a Chinese
/// sentence, or a Chinese printer name in an English sentence, draws without gaps.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        NOTO_SANS_SC_NAME.to_owned(),
        Arc::new(FontData::from_static(NOTO_SANS_SC)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(NOTO_SANS_SC_NAME.to_owned());
    }
    fonts
}
