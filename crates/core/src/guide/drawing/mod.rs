//! The pictures, drawn once as simple shapes in a 520×190 design space, onto any
//! [`Canvas`]: the window paints them with egui (crisp at any zoom, in the theme's
//! colours), the printable guide and assets/illustrations/ get them as SVG. Each marks
//! in the accent colour what the person does in its step; every label is at least
//! [`LABEL`] units, and menu words are in the reader's language ([`Words`]).

mod canvas;
mod devices;
mod parts;
mod screens;

pub use canvas::{Canvas, H, Ink, LABEL, W, Words};

use super::Picture;

pub fn draw(c: &mut dyn Canvas, picture: Picture, words: &Words) {
    use Picture::*;
    match picture {
        PanelTouchscreen => devices::touchscreen_settings(c, words),
        TouchscreenPin => devices::touchscreen_pin(c),
        PanelTextDisplay => devices::text_display_menu(c, words),
        TextDisplayPin => devices::text_display_pin(c),
        PanelLightsOnly => devices::lights_panel(c, words, false),
        LightsWatch => devices::lights_panel(c, words, true),
        PrinterNearRouter => devices::printer_near_router(c),
        PrinterLabel => devices::printer_label(c),
        ConfigPrint => devices::config_print(c),
        ConfigPage => screens::config_page(c, false),
        ConfigPagePin => screens::config_page(c, true),
        WebPageAddress => screens::web_page_address(c),
        WebPage => screens::web_page(c, words),
        HpSmartInstall => screens::hp_smart_install(c),
        HpSmart => screens::hp_smart(c),
        RouterSignIn => screens::router_sign_in(c),
        RouterAdmin => screens::router_pin_field(c),
        RouterButton => devices::router_button(c),
        RouterWpsOff => screens::router_wps_off(c),
        RouterFirmware => screens::router_firmware(c, words),
        PinHalves => screens::pin_halves(c),
        PinToRouter => devices::pin_to_router(c),
        PinToPrinter => devices::pin_to_printer(c),
        PushButtons => devices::push_buttons(c),
        OneAtATime => devices::one_at_a_time(c),
        UserGuide => screens::user_guide(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;

    /// Keeps only the words a picture draws, with their sizes.
    #[derive(Default)]
    struct Texts(Vec<(String, f32)>);

    impl Canvas for Texts {
        fn rect(&mut self, _: f32, _: f32, _: f32, _: f32, _: Ink, _: Option<(Ink, f32)>) {}
        fn circle(&mut self, _: f32, _: f32, _: f32, _: Ink, _: Option<(Ink, f32)>) {}
        fn line(&mut self, _: f32, _: f32, _: f32, _: f32, _: Ink, _: f32) {}
        fn text(&mut self, _: f32, _: f32, size: f32, text: &str, _: Ink) {
            self.0.push((text.to_owned(), size));
        }
        fn triangle(&mut self, _: [(f32, f32); 3], _: Ink) {}
    }

    fn texts(p: Picture, tag: &str) -> Vec<(String, f32)> {
        let mut t = Texts::default();
        draw(&mut t, p, &Words::new(&Localizer::new(tag)));
        t.0
    }

    #[test]
    fn menu_words_in_pictures_follow_the_language() {
        for (tag, network, wifi) in [
            ("en-US", "Network", "Wi-Fi"),
            ("de", "Netzwerk", "WLAN"),
            ("zh-CN", "网络", "Wi-Fi"),
        ] {
            let display = texts(Picture::PanelTextDisplay, tag);
            assert!(
                display.iter().any(|(t, _)| *t == format!("{network} ›")),
                "{tag}: {display:?}"
            );
            let web = texts(Picture::WebPage, tag);
            assert!(web.iter().any(|(t, _)| t == network), "{tag}: {web:?}");
            for p in [Picture::PanelTouchscreen, Picture::PanelLightsOnly] {
                let drawn = texts(p, tag);
                assert!(drawn.iter().any(|(t, _)| t == wifi), "{tag}: {drawn:?}");
            }
        }
        assert!(
            !texts(Picture::PanelLightsOnly, "de")
                .iter()
                .any(|(t, _)| t.contains("Wi-Fi")),
            "German pictures say WLAN"
        );
    }

    #[test]
    fn every_label_is_at_least_the_body_size() {
        // The window's body text is 18 points, the printout's 20 px.
        const _: () = assert!(LABEL >= 20.0);
        for &p in Picture::ALL {
            for (tag, _) in crate::i18n::available() {
                for (text, size) in texts(p, tag) {
                    assert!(size >= LABEL, "{p:?} {tag}: {text:?} at {size}");
                }
            }
        }
    }
}
