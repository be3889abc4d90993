//! Settings: text size, colours, motion and language; applied at once and saved.

use eframe::egui::{Checkbox, Slider, Ui};

use crate::cx::Cx;
use crate::widgets::{self, Tone};
use wps_pin_core::i18n;
use wps_pin_core::settings::{MAX_TEXT_SCALE, MIN_TEXT_SCALE, Theme};
use wps_pin_core::words;
use wps_pin_flow::{Msg, Page};

const STEP: f32 = 0.25;

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let (store_dir, system_language, save_error) = (
        cx.store_dir,
        cx.s.system_language.as_deref(),
        cx.s.settings_error.as_ref(),
    );
    let settings = &cx.s.settings;
    // The page changes a copy; `update` applies and saves it.
    let mut wanted = settings.clone();
    widgets::heading(ui, &l.t("settings-title"));
    widgets::para(ui, &l.t("settings-intro"));
    if let Some(err) = save_error {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-problem"),
            &l.t_args(
                "settings-not-saved",
                &[("reason", words::file_error(err, l).into())],
            ),
        );
    }

    ui.add_space(8.0);
    let size_label = widgets::subheading(ui, &l.t("settings-text-size"));
    let mut changed = false;
    let scale = settings.text_scale;
    ui.horizontal_wrapped(|ui| {
        let smaller =
            widgets::big_button_if(ui, scale > MIN_TEXT_SCALE, &l.t("settings-text-smaller"));
        if smaller.clicked() {
            wanted.text_scale = step_scale(scale, -STEP);
            changed = true;
        }
        let larger =
            widgets::big_button_if(ui, scale < MAX_TEXT_SCALE, &l.t("settings-text-larger"));
        // Focus lands on the first control that can be used.
        if cx.arrived {
            if scale > MIN_TEXT_SCALE {
                smaller.request_focus();
            } else {
                larger.request_focus();
            }
        }
        if larger.clicked() {
            wanted.text_scale = step_scale(scale, STEP);
            changed = true;
        }
        if widgets::big_button(ui, &l.t("settings-text-reset")).clicked() {
            wanted.text_scale = 1.0;
            changed = true;
        }
    });
    let mut percent = (settings.text_scale * 100.0).round();
    ui.horizontal(|ui| {
        ui.spacing_mut().slider_width = (ui.available_width() - 110.0).clamp(100.0, 320.0);
        // The rail at 3:1 or more against the page in both themes (WCAG 1.4.11).
        ui.visuals_mut().widgets.inactive.bg_fill = cx.palette.muted;
        let slider = ui
            .add(
                Slider::new(
                    &mut percent,
                    MIN_TEXT_SCALE * 100.0..=MAX_TEXT_SCALE * 100.0,
                )
                .step_by(f64::from(STEP * 100.0))
                .show_value(false),
            )
            .labelled_by(size_label.id);
        // The slider's own focus is a small handle: a ring around the whole slider.
        widgets::focus_ring(ui, &slider, &cx.palette);
        ui.label(words::percent(l, percent));
        // Only the person's own use of the slider changes the size: a size set by
        // Ctrl + / Ctrl − (10 % steps) is not snapped back to the slider's 25 % steps.
        let by_keys = slider.changed() && slider.has_focus() && !slider.dragged();
        if by_keys || slider.drag_stopped() {
            wanted.text_scale = percent / 100.0;
            changed = true;
        }
    });
    widgets::para(ui, &l.t("settings-text-shortcuts"));

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("settings-colours"));
    for (theme, title, desc) in [
        (
            Theme::Normal,
            "settings-theme-normal",
            "settings-theme-normal-desc",
        ),
        (
            Theme::HighContrast,
            "settings-theme-high-contrast",
            "settings-theme-high-contrast-desc",
        ),
    ] {
        let selected = settings.theme == theme;
        if widgets::card(ui, &l.t(title), &l.t(desc), Some(selected)).clicked() && !selected {
            wanted.theme = theme;
            changed = true;
        }
    }

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("settings-motion"));
    let mut reduced = settings.reduced_motion;
    if ui
        .add(Checkbox::new(&mut reduced, l.t("settings-reduce-motion")))
        .changed()
    {
        wanted.reduced_motion = reduced;
        changed = true;
    }
    widgets::para(ui, &l.t("settings-reduce-motion-desc"));

    ui.add_space(8.0);
    widgets::subheading(ui, &l.t("settings-language"));
    let system = i18n::negotiate(system_language.unwrap_or(i18n::FALLBACK));
    let system_name = i18n::language_name(system).unwrap_or(system);
    let follow = settings.language.is_none();
    if widgets::card(
        ui,
        &l.t_args("settings-language-system", &[("name", system_name.into())]),
        &l.t("settings-language-system-desc"),
        Some(follow),
    )
    .clicked()
        && !follow
    {
        wanted.language = None;
        changed = true;
    }
    for (tag, name) in i18n::available() {
        let selected = settings.language.as_deref() == Some(*tag);
        if widgets::card(ui, name, tag, Some(selected)).clicked() && !selected {
            wanted.language = Some((*tag).to_owned());
            changed = true;
        }
    }

    ui.add_space(8.0);
    // A folder path is for the help desk: shown when asked.
    widgets::details(ui, "where-files", &l.t("settings-where-files"), |ui| {
        widgets::para(
            ui,
            &l.t_args(
                "settings-stored-in",
                &[("path", store_dir.display().to_string().into())],
            ),
        )
    });
    if widgets::big_button(ui, &l.t("settings-about")).clicked() {
        cx.go(Page::About);
    }
    if changed {
        cx.act(Msg::ChangeSettings(wanted));
    }
}

fn step_scale(scale: f32, delta: f32) -> f32 {
    let stepped = ((scale + delta) / STEP).round() * STEP;
    stepped.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE)
}

#[cfg(test)]
mod tests {
    use super::step_scale;

    #[test]
    fn steps_snap_to_quarters_and_stay_in_range() {
        assert_eq!(step_scale(1.0, 0.25), 1.25);
        assert_eq!(step_scale(1.1, 0.25), 1.25);
        assert_eq!(step_scale(2.5, 0.25), 2.5);
        assert_eq!(step_scale(1.0, -0.25), 1.0);
    }
}
