//! Where is the PIN? The person picks their kind of control panel (or the model page
//! does), then walks that guide one step per screen. Other routes — a label, the
//! configuration page, the web page, HP Smart, the router's side, after setup — are one
//! button away. Each guide remembers its step.

mod print;

use eframe::egui::{Label, Rect, RichText, Ui, vec2};

use wps_pin_core::catalog::PanelKind;
use wps_pin_core::guide::{self, Done, Guide, GuideId};
use wps_pin_core::words;
use wps_pin_flow::{Focus, Msg, Page};

use crate::cx::Cx;
use crate::illustration;
use crate::widgets::{self, Tone};

pub fn show(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let journey = &cx.s.journey;
    widgets::heading(ui, &l.t("where-title"));
    // The steps are for this printer: say which, when the app knows.
    if let Some(model) = journey.model_name() {
        let text = l.t_args("guide-print-model", &[("model", model.into())]);
        ui.add(Label::new(RichText::new(text).strong()).wrap());
    }
    widgets::para(ui, &l.t("where-intro"));
    for (i, kind) in PanelKind::ALL.into_iter().enumerate() {
        let guide_id = GuideId::for_panel(kind);
        // The panel chosen stays chosen while another route's guide is read.
        let selected = journey.panel == Some(kind);
        let title = words::panel_title(kind, l);
        let desc = words::panel_description(kind, l);
        let r = widgets::card(ui, &title, &desc, Some(selected));
        if cx.arrived && (selected || (journey.panel.is_none() && i == 0)) {
            r.request_focus();
        }
        if r.clicked() {
            cx.act(Msg::OpenGuide(guide_id));
        }
    }
    if let Some(g) = journey.guide.and_then(guide::get) {
        ui.add_space(12.0);
        show_guide(ui, g, cx);
    }
    ui.add_space(12.0);
    widgets::subheading(ui, &l.t("guide-other-routes"));
    ui.horizontal_wrapped(|ui| {
        for id in GuideId::OTHER_ROUTES {
            let Some(g) = guide::get(*id) else { continue };
            if widgets::big_button(ui, &l.t(&g.title)).clicked() {
                cx.act(Msg::OpenGuide(*id));
            }
        }
    });
}

fn show_guide(ui: &mut Ui, g: &'static Guide, cx: &mut Cx) {
    let l = cx.l;
    let id = g.id;
    let arriving = cx.take_focus(Focus::GuideStep);
    let total = g.steps.len();
    let at = cx.s.remembered.step(g);
    let step = &g.steps[at];
    widgets::subheading(ui, &l.t(&g.title));
    widgets::para(ui, &l.t(&g.intro));
    let top = ui.cursor().min;
    let counter = ui.add(Label::new(
        RichText::new(l.t_args(
            "guide-step-of",
            &[("step", (at + 1).into()), ("total", total.into())],
        ))
        .strong(),
    ));
    widgets::announce(ui, &counter, false);
    // The step buttons stay in one place, under the counter: the text below changes
    // height from step to step, and a second click must land on the same button.
    let buttons = ui.horizontal_wrapped(|ui| {
        let prev = widgets::big_button_if(ui, at > 0, &l.t("guide-previous"));
        if prev.clicked() {
            cx.act(Msg::GuideStep {
                guide: id,
                step: at - 1,
            });
        }
        if at + 1 < total {
            if widgets::big_button(ui, &l.t("guide-next")).clicked() {
                cx.act(Msg::GuideStep {
                    guide: id,
                    step: at + 1,
                });
            }
        } else {
            let (label, next) = match g.done {
                Done::EnterPin => ("guide-done", Page::EnterPin),
                Done::SeeJoined => ("guide-see-joined", Page::Printer),
                Done::Home => ("guide-done-home", Page::Home),
            };
            if widgets::big_button(ui, &l.t(label)).clicked() {
                cx.go(next);
            }
            if widgets::big_button(ui, &l.t("guide-start-over")).clicked() {
                cx.act(Msg::GuideStep { guide: id, step: 0 });
            }
        }
    });
    let alt = l.t(step.picture.alt_id());
    // The step's text first, where Tab, the arrow keys and a screen reader meet it, then
    // its picture at full size (its labels as large as the text around them).
    let said = super::step_text::show(ui, l, &l.t(&step.text), at, total);
    if arriving {
        // After Previous, Next or another guide: the counter, the buttons (where the
        // focus stays) and the text.
        let counter = Rect::from_min_size(top, vec2(1.0, 1.0));
        let buttons = buttons.response.rect;
        if super::step_text::fit(ui, buttons, said.rect) {
            super::step_text::reveal(ui, &[counter, buttons, said.rect], buttons);
        } else {
            // At large text a long step and the buttons above it do not fit together:
            // reading comes first (the buttons are one Shift+Tab away).
            said.request_focus();
            super::step_text::reveal(ui, &[said.rect], said.rect);
        }
    }
    if let Some(see) = &step.see {
        widgets::notice(ui, &cx.palette, Tone::Info, &l.t("guide-see"), &l.t(see));
    }
    illustration::picture(ui, &cx.palette, l, step.picture, &alt);
    widgets::para(ui, &alt);
    if step.if_not.is_some() {
        widgets::para(ui, &l.t("guide-if-not"));
    }
    if let Some(note) = &g.note {
        widgets::notice(
            ui,
            &cx.palette,
            Tone::Info,
            &l.t("notice-good-to-know"),
            &l.t(note),
        );
    }
    ui.horizontal_wrapped(|ui| {
        if step.if_not.is_some() && widgets::big_button(ui, &l.t("guide-open-trouble")).clicked() {
            cx.go(Page::Troubleshoot);
        }
    });
    print::show(ui, id, cx);
}
