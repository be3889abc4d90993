//! Large, calm styling by default and a high-contrast variant.
//!
//! egui draws keyboard focus with `widgets.active`, so that state carries a thick,
//! bright outline in both themes: people who use the keyboard must always see where
//! they are.

use eframe::egui::{
    self, Color32, CornerRadius, FontFamily, FontId, Stroke, TextStyle, ThemePreference, Visuals,
    vec2,
};

use wps_pin_core::settings::{Settings, Theme};

/// The digits of a PIN: twice the body text, and at large text sizes (`zoom`, egui's
/// zoom factor, is the text size setting) a little less, so that at 250 % the step's
/// instruction, the field's label and the field fit in the default window together.
/// The PIN stays larger than any other text.
pub fn pin_font(zoom: f32) -> FontId {
    FontId::new(40.0 * (1.4 / zoom.max(1.4)), FontFamily::Monospace)
}

/// Colours the pages use beyond egui's own visuals.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub good: Color32,
    pub warn: Color32,
    pub bad: Color32,
    pub info: Color32,
    pub accent: Color32,
    pub text: Color32,
    pub muted: Color32,
    pub card: Color32,
    /// The keyboard focus ring, and nothing else.
    pub focus: Color32,
}

pub fn palette(theme: Theme) -> Palette {
    match theme {
        // All foreground colours reach at least 4.5:1 on white.
        Theme::Normal => Palette {
            good: Color32::from_rgb(0x1b, 0x6e, 0x20),
            warn: Color32::from_rgb(0x8a, 0x4b, 0x00),
            bad: Color32::from_rgb(0xb0, 0x1e, 0x1e),
            info: Color32::from_rgb(0x0b, 0x4f, 0x9c),
            accent: Color32::from_rgb(0x0b, 0x4f, 0x9c),
            text: Color32::from_rgb(0x1a, 0x1a, 0x1a),
            muted: Color32::from_rgb(0x4a, 0x4a, 0x4a),
            card: Color32::from_rgb(0xf3, 0xf5, 0xf8),
            focus: Color32::from_rgb(0x1a, 0x1a, 0x1a),
        },
        // On black: white text, all colours above 7:1. Yellow is the focus ring's alone;
        // warnings are orange and pictures' highlights cyan.
        Theme::HighContrast => Palette {
            good: Color32::from_rgb(0x7d, 0xff, 0x7d),
            warn: Color32::from_rgb(0xff, 0xb0, 0x5c),
            bad: Color32::from_rgb(0xff, 0x9a, 0x9a),
            info: Color32::from_rgb(0x7f, 0xdf, 0xff),
            accent: Color32::from_rgb(0x7f, 0xdf, 0xff),
            text: Color32::WHITE,
            muted: Color32::WHITE,
            card: Color32::BLACK,
            focus: Color32::from_rgb(0xff, 0xff, 0x00),
        },
    }
}

fn normal_visuals() -> Visuals {
    let p = palette(Theme::Normal);
    let mut v = Visuals::light();
    v.override_text_color = Some(p.text);
    v.panel_fill = Color32::WHITE;
    v.window_fill = Color32::WHITE;
    v.extreme_bg_color = Color32::WHITE;
    // Hint text in empty fields: lighter than typed text, still AA on white.
    v.weak_text_color = Some(Color32::from_rgb(0x5c, 0x5c, 0x5c));
    v.hyperlink_color = p.info;
    v.selection.bg_fill = Color32::from_rgb(0xc7, 0xdc, 0xf7);
    v.selection.stroke = Stroke::new(2.0, p.accent);
    let w = &mut v.widgets;
    w.noninteractive.fg_stroke = Stroke::new(1.0, p.text);
    w.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_rgb(0x75, 0x75, 0x75));
    for (state, fill) in [
        (&mut w.inactive, Color32::from_rgb(0xe9, 0xee, 0xf4)),
        (&mut w.hovered, Color32::from_rgb(0xd6, 0xe4, 0xf5)),
        (&mut w.active, Color32::from_rgb(0xc7, 0xdc, 0xf7)),
        (&mut w.open, Color32::from_rgb(0xd6, 0xe4, 0xf5)),
    ] {
        state.bg_fill = fill;
        state.weak_bg_fill = fill;
        state.fg_stroke = Stroke::new(1.5, p.text);
        state.corner_radius = CornerRadius::same(8);
        state.bg_stroke = Stroke::new(1.5, Color32::from_rgb(0x5f, 0x6b, 0x7a));
        state.expansion = 0.0;
    }
    // Hover: a darker edge on the control's own grey, never the blue of "selected".
    w.hovered.bg_fill = Color32::from_rgb(0xdf, 0xe3, 0xe8);
    w.hovered.weak_bg_fill = w.hovered.bg_fill;
    w.hovered.bg_stroke = Stroke::new(2.0, p.text);
    // Focus ring: a thick near-black outline around the control's own colour, so focus
    // never looks like "selected" (blue fill, blue edge and a radio dot).
    w.active.bg_fill = w.inactive.bg_fill;
    w.active.weak_bg_fill = w.inactive.bg_fill;
    w.active.bg_stroke = Stroke::new(4.0, p.text);
    w.active.expansion = 2.0;
    v
}

fn high_contrast_visuals() -> Visuals {
    let p = palette(Theme::HighContrast);
    let mut v = Visuals::dark();
    v.override_text_color = Some(Color32::WHITE);
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::BLACK;
    v.code_bg_color = Color32::BLACK;
    // Hint text in empty fields: greyer than typed text, still AAA on black.
    v.weak_text_color = Some(Color32::from_rgb(0xc8, 0xc8, 0xc8));
    v.hyperlink_color = p.info;
    v.warn_fg_color = p.warn;
    v.error_fg_color = p.bad;
    v.selection.bg_fill = Color32::from_rgb(0x00, 0x3a, 0x8c);
    // Selected is white-edged blue; the focus ring alone is yellow.
    v.selection.stroke = Stroke::new(2.0, Color32::WHITE);
    v.window_stroke = Stroke::new(2.0, Color32::WHITE);
    let w = &mut v.widgets;
    w.noninteractive.fg_stroke = Stroke::new(1.5, Color32::WHITE);
    w.noninteractive.bg_stroke = Stroke::new(1.5, Color32::WHITE);
    w.noninteractive.bg_fill = Color32::BLACK;
    for state in [&mut w.inactive, &mut w.hovered, &mut w.active, &mut w.open] {
        state.bg_fill = Color32::BLACK;
        state.weak_bg_fill = Color32::BLACK;
        state.fg_stroke = Stroke::new(2.0, Color32::WHITE);
        state.bg_stroke = Stroke::new(2.0, Color32::WHITE);
        state.corner_radius = CornerRadius::same(6);
        state.expansion = 0.0;
    }
    w.hovered.bg_stroke = Stroke::new(3.0, p.info);
    // Focus ring: thick yellow on black. Yellow means focus and nothing else: text stays
    // white (egui draws strong text, headings included, in this state's text colour).
    w.active.bg_stroke = Stroke::new(4.5, p.focus);
    w.active.fg_stroke = Stroke::new(2.5, Color32::WHITE);
    w.active.expansion = 1.5;
    v
}

/// Applies text sizes, spacing, colours and motion from the settings.
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    let visuals = match settings.theme {
        Theme::Normal => normal_visuals(),
        Theme::HighContrast => high_contrast_visuals(),
    };
    let reduced_motion = settings.reduced_motion;
    ctx.all_styles_mut(move |style| {
        use FontFamily::{Monospace, Proportional};
        style.text_styles = [
            (TextStyle::Small, FontId::new(15.0, Proportional)),
            (TextStyle::Body, FontId::new(18.0, Proportional)),
            (TextStyle::Button, FontId::new(20.0, Proportional)),
            (TextStyle::Heading, FontId::new(30.0, Proportional)),
            (TextStyle::Monospace, FontId::new(18.0, Monospace)),
        ]
        .into();
        let s = &mut style.spacing;
        s.interact_size = vec2(44.0, 44.0);
        s.button_padding = vec2(16.0, 10.0);
        s.item_spacing = vec2(12.0, 12.0);
        s.icon_width = 28.0;
        s.icon_width_inner = 16.0;
        s.icon_spacing = 10.0;
        s.slider_width = 320.0;
        s.combo_height = 400.0;
        style.visuals = visuals.clone();
        // Reduced motion: the text caret does not blink either.
        style.visuals.text_cursor.blink = !reduced_motion;
        style.animation_time = if reduced_motion { 0.0 } else { 1.0 / 12.0 };
        style.scroll_animation = if reduced_motion {
            egui::style::ScrollAnimation::none()
        } else {
            egui::style::ScrollAnimation::default()
        };
    });
    // One set of visuals whatever the OS prefers: the person chose it here.
    let pref = match settings.theme {
        Theme::Normal => ThemePreference::Light,
        Theme::HighContrast => ThemePreference::Dark,
    };
    ctx.set_theme(pref);
}

/// WCAG 2.2 contrast ratio between two opaque colours (1.0 ..= 21.0).
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance(c: Color32) -> f32 {
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_formula_matches_known_values() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast_ratio(grey, Color32::WHITE) - 4.54).abs() < 0.02);
    }

    /// Text on every surface it is drawn on, focus rings and control borders against the
    /// page: WCAG AA (4.5:1 text, 3:1 non-text) for Normal, AAA (7:1 text) for High contrast.
    #[test]
    fn both_themes_meet_their_contrast_levels() {
        for (theme, visuals, text_min) in [
            (Theme::Normal, normal_visuals(), 4.5),
            (Theme::HighContrast, high_contrast_visuals(), 7.0),
        ] {
            let p = palette(theme);
            let page = visuals.panel_fill;
            let text = visuals.override_text_color.unwrap_or(p.text);
            let w = &visuals.widgets;
            let mut failures = Vec::new();
            let mut need = |what: &str, fg: Color32, bg: Color32, min: f32| {
                let r = contrast_ratio(fg, bg);
                if r < min {
                    failures.push(format!("{theme:?}: {what} is {r:.2}:1, needs {min}:1"));
                }
            };
            need("text on the page", text, page, text_min);
            need(
                "hint text in a field",
                visuals.weak_text_color(),
                visuals.text_edit_bg_color(),
                text_min,
            );
            for (name, v) in [
                ("inactive", &w.inactive),
                ("hovered", &w.hovered),
                ("focused", &w.active),
            ] {
                need(
                    &format!("text on a {name} control"),
                    text,
                    v.bg_fill,
                    text_min,
                );
                need(
                    &format!("{name} control border"),
                    v.bg_stroke.color,
                    page,
                    3.0,
                );
            }
            need(
                "text on a selected card",
                text,
                visuals.selection.bg_fill,
                text_min,
            );
            need("focus ring", w.active.bg_stroke.color, page, 3.0);
            need(
                "focus ring on a control",
                w.active.bg_stroke.color,
                w.active.bg_fill,
                3.0,
            );
            for (name, c) in [
                ("good", p.good),
                ("warning", p.warn),
                ("problem", p.bad),
                ("info", p.info),
                ("muted text", p.muted),
            ] {
                need(&format!("{name} text"), c, page, text_min);
            }
            need("accent drawings", p.accent, page, 3.0);
            // The WPS timer's bar (accent fill in a text-coloured outline) and the
            // text-size slider's rail (muted), WCAG 1.4.11.
            need("timer bar", p.accent, page, 3.0);
            need("timer bar outline", p.text, page, 3.0);
            need("slider rail", p.muted, page, 3.0);
            assert!(failures.is_empty(), "{}", failures.join("\n"));
        }
    }

    /// High contrast: the focus ring's yellow is used for nothing else — no text (strong
    /// text and headings take the focused state's text colour), no warning, no picture.
    #[test]
    fn high_contrast_keeps_its_focus_colour_for_focus() {
        let p = palette(Theme::HighContrast);
        let v = high_contrast_visuals();
        assert_eq!(v.widgets.active.bg_stroke.color, p.focus);
        assert_ne!(v.strong_text_color(), p.focus, "strong text");
        for (name, c) in [
            ("good", p.good),
            ("warning", p.warn),
            ("problem", p.bad),
            ("info", p.info),
            ("pictures", p.accent),
            ("text", p.text),
            ("selection", v.selection.stroke.color),
            ("hover", v.widgets.hovered.bg_stroke.color),
        ] {
            assert_ne!(c, p.focus, "{name} uses the focus colour");
        }
    }
}
