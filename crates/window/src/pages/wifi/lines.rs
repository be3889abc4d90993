//! What every screen of the route shares: where the person is, the line that says what
//! happens (announced, and given the keyboard when the route moves), the way back from
//! the printer's setup network, and "Use another printer".

use eframe::egui::{Response, Spinner, Ui};
use wps_pin_core::words;
use wps_pin_flow::Focus;
use wps_pin_flow::wifi::{WifiMsg, WifiStep};

use crate::cx::Cx;
use crate::widgets::{self, Tone};

/// "Step 2 of 4: choose the network", so a person knows where they are.
pub fn step_line(ui: &mut Ui, cx: &Cx) {
    let l = cx.l;
    let (n, name) = match cx.s.wifi.step {
        WifiStep::Reach | WifiStep::Reaching | WifiStep::SignIn => (1, "wifi-window-step-reach"),
        WifiStep::Networks | WifiStep::Unencrypted => (2, "wifi-window-step-networks"),
        WifiStep::Password => (3, "wifi-window-step-password"),
        WifiStep::Sending | WifiStep::Done => (4, "wifi-window-step-result"),
    };
    widgets::para(
        ui,
        &l.t_args(
            "wifi-window-step",
            &[
                ("step", n.into()),
                ("total", 4.into()),
                ("name", l.t(name).into()),
            ],
        ),
    );
}

/// A line that says what happens now or what happened: focusable, announced, and given
/// the keyboard when the route moved to this screen.
pub fn said(
    ui: &mut Ui,
    cx: &mut Cx,
    tone: Tone,
    kind: &str,
    text: &str,
    at_once: bool,
) -> Response {
    let r = widgets::notice_focusable(ui, &cx.palette, tone, &cx.l.t(kind), text);
    widgets::announce(ui, &r, at_once);
    if cx.take_focus(Focus::WifiStep) {
        r.request_focus();
    }
    r
}

/// The progress line as last drawn, and the frame in which only its count changed.
#[derive(Debug, Clone, Default)]
struct Last {
    text: String,
    heard: String,
    quiet_in: Option<u64>,
}

/// A line of progress with a spinner (unless motion is reduced), shown as `text`. A
/// screen reader hears it when `heard` (the same line, changing less often) changes: the
/// line stops being a live region in a frame where only the shown text changed, so the
/// news is spoken, not every second of a count.
pub fn busy(ui: &mut Ui, cx: &mut Cx, text: &str, heard: &str) {
    if !cx.s.settings.reduced_motion {
        ui.add(Spinner::new().size(28.0));
    }
    // (Per frame, not per pass: egui may draw a frame twice, and the second pass must
    // say what the first decided.)
    let key = ui.make_persistent_id("wifi-progress-last");
    let frame = ui.ctx().cumulative_frame_nr();
    let quiet = ui.ctx().data_mut(|d| {
        let last = d.get_temp_mut_or_default::<Last>(key);
        if last.text != text {
            last.quiet_in = (last.heard == heard).then_some(frame);
            last.text = text.to_owned();
            last.heard = heard.to_owned();
        }
        last.quiet_in == Some(frame)
    });
    let kind = cx.l.t("notice-good-to-know");
    let r = widgets::notice_focusable(ui, &cx.palette, Tone::Info, &kind, text);
    if !quiet {
        widgets::announce(ui, &r, false);
    }
    if cx.take_focus(Focus::WifiStep) {
        r.request_focus();
    }
}

/// How this computer came back from the printer's setup network, when it went there.
pub fn returned(ui: &mut Ui, cx: &Cx) {
    match &cx.s.wifi.returned {
        Some(Ok(r)) => {
            widgets::para(ui, &words::setup_returned(*r, cx.l));
        }
        Some(Err(e)) => {
            let name = cx.s.wifi.setup_network().unwrap_or_default();
            widgets::para(ui, &words::setup_error(e, &name, cx.l));
        }
        None => {}
    }
}

/// "Use another printer": the first screen, a new run.
pub fn restart_button(ui: &mut Ui, cx: &mut Cx) {
    if widgets::big_button(ui, &cx.l.t("wifi-window-restart")).clicked() {
        cx.act(wps_pin_flow::Msg::Wifi(WifiMsg::Restart));
    }
}
