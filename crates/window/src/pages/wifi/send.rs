//! Signing in when the printer asks, the network's password, the wait while the printer
//! takes it and joins, and how it ended.

use eframe::egui::{Key, Ui};
use wps_pin_core::net::wifi::{Chosen, Progress, WifiProblem};
use wps_pin_core::words;
use wps_pin_flow::wifi::{WifiMsg, WifiStep};
use wps_pin_flow::{Focus, Msg};

use super::lines;
use super::secret;
use super::view::{WifiView, admin_id, passphrase_id};
use crate::cx::Cx;
use crate::widgets::{self, Tone};

fn act(cx: &mut Cx, msg: WifiMsg) {
    cx.act(Msg::Wifi(msg));
}

/// The printer asks for its administrator password.
pub fn sign_in(ui: &mut Ui, view: &mut WifiView, cx: &mut Cx) {
    let l = cx.l;
    let (tone, text) = if cx.s.wifi.sign_in_refused {
        (Tone::Bad, l.t("wifi-window-sign-in-refused"))
    } else {
        (Tone::Warn, l.t("wifi-window-sign-in"))
    };
    let r = widgets::notice(ui, &cx.palette, tone, &l.t("notice-warning"), &text);
    widgets::announce(ui, &r, true);
    let focus = cx.take_focus(Focus::WifiStep) || cx.arrived;
    let field = secret::field(
        ui,
        admin_id(),
        &l.t("wifi-window-admin-label"),
        &l.t("wifi-window-show-password"),
        &mut view.admin_typed,
        focus,
        &cx.palette,
    );
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    let button = widgets::big_button_if(
        ui,
        !view.admin_typed.is_empty(),
        &l.t("wifi-window-sign-in-button"),
    );
    if (button.clicked() || enter) && !view.admin_typed.is_empty() {
        let admin = view.admin_typed.hand();
        view.admin = Some(admin.clone());
        view.admin_typed.wipe(ui.ctx(), admin_id());
        act(cx, WifiMsg::SignIn(admin));
    }
    lines::restart_button(ui, cx);
}

/// The chosen network's password (an open network: only a confirmation).
pub fn password(ui: &mut Ui, view: &mut WifiView, cx: &mut Cx) {
    let l = cx.l;
    let w = &cx.s.wifi;
    let Some(chosen) = &w.chosen else { return };
    let ssid = chosen.ssid().display();
    let focus = cx.take_focus(Focus::WifiStep) || cx.arrived;
    if let Some(e) = &w.setup_error {
        let name = w.setup_network().unwrap_or_default();
        let r = widgets::notice(
            ui,
            &cx.palette,
            Tone::Bad,
            &l.t("notice-problem"),
            &words::setup_error(e, &name, l),
        );
        widgets::announce(ui, &r, true);
    }
    let mut enter = false;
    if w.needs_passphrase() {
        let intro = match chosen {
            Chosen::Named(_) => "wifi-window-password-hidden",
            Chosen::Listed(_) => "wifi-window-password-intro",
        };
        widgets::para(ui, &l.t_args(intro, &[("ssid", ssid.clone().into())]));
        if w.encrypted() == Some(false) {
            widgets::notice(
                ui,
                &cx.palette,
                Tone::Warn,
                &l.t("notice-warning"),
                &l.t("wifi-window-will-be-unencrypted"),
            );
        }
        let field = secret::field(
            ui,
            passphrase_id(),
            &l.t_args(
                "wifi-window-password-label",
                &[("ssid", ssid.clone().into())],
            ),
            &l.t("wifi-window-show-password"),
            &mut view.passphrase,
            focus,
            &cx.palette,
        );
        enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if let Some(e) = w.passphrase_error {
            let r = widgets::notice(
                ui,
                &cx.palette,
                Tone::Bad,
                &l.t("notice-check-again"),
                &words::passphrase_error(e, l),
            );
            widgets::announce(ui, &r, true);
        }
    } else {
        let text = l.t_args("wifi-window-open-network", &[("ssid", ssid.into())]);
        lines::said(ui, cx, Tone::Info, "notice-good-to-know", &text, false);
    }
    let send = widgets::big_button(ui, &l.t("wifi-window-send"));
    if focus && !cx.s.wifi.needs_passphrase() {
        send.request_focus();
    }
    if send.clicked() || enter {
        let passphrase = (!view.passphrase.is_empty()).then(|| view.passphrase.hand());
        let admin = view.admin();
        act(cx, WifiMsg::Send { passphrase, admin });
    }
    if widgets::big_button(ui, &l.t("wifi-window-other-network")).clicked() {
        act(cx, WifiMsg::OtherNetwork);
    }
}

/// Reaching the printer, reading its networks, sending, waiting for it to join.
pub fn working(ui: &mut Ui, cx: &mut Cx) {
    let l = cx.l;
    let w = &cx.s.wifi;
    let text = |progress: Option<Progress>| match (w.joining_setup, progress) {
        (true, _) => l.t_args(
            "wifi-window-joining-setup",
            &[("ssid", w.setup_network().unwrap_or_default().into())],
        ),
        (false, Some(p)) => words::wifi_progress(p, l),
        (false, None) if w.step == WifiStep::Sending => l.t("wifi-progress-sending"),
        (false, None) => l.t("wifi-progress-reaching"),
    };
    let (shown, heard) = (text(w.progress), text(w.progress.map(heard)));
    lines::busy(ui, cx, &shown, &heard);
    if cx.s.wifi.step == WifiStep::Sending {
        widgets::para(ui, &l.t("wifi-window-sending-note"));
    }
}

/// What a screen reader hears of the progress: the same line with its seconds in steps
/// of 30, so that it speaks twice a minute, not every second.
fn heard(p: Progress) -> Progress {
    let step = |s: u64| s / 30 * 30;
    match p {
        Progress::Scanning { seconds } => Progress::Scanning {
            seconds: step(seconds),
        },
        Progress::Waiting { seconds, limit } => Progress::Waiting {
            seconds: step(seconds),
            limit,
        },
        other => other,
    }
}

/// Joined, or why not, and what to do next.
pub fn done(ui: &mut Ui, view: &WifiView, cx: &mut Cx) {
    let l = cx.l;
    let w = &cx.s.wifi;
    let Some(report) = &w.result else { return };
    let (heading, lines) = words::wifi_join_lines(report, l);
    let (tone, kind) = if report.joined {
        (Tone::Good, "notice-ok")
    } else {
        (Tone::Bad, "notice-problem")
    };
    let mut text = heading;
    for line in &lines {
        text.push('\n');
        text.push_str(line);
    }
    lines::said(ui, cx, tone, kind, &text, true);
    lines::returned(ui, cx);
    let sent = report.sent;
    let wrong = report
        .problems
        .iter()
        .any(|p| matches!(p, WifiProblem::WrongPassphrase { .. }));
    if let Some(status) = &w.rechecked {
        let address = match &w.reach {
            Some(wps_pin_core::worker::WifiReach::Address(t)) => t.host.to_string(),
            _ => String::new(),
        };
        let lines = words::wifi_status_lines(status, &address, l);
        let r = widgets::para(ui, &lines.join("\n"));
        widgets::announce(ui, &r, false);
    }
    if w.checking {
        widgets::para(ui, &l.t("wifi-progress-reaching"));
    }
    let address_route = matches!(&w.reach, Some(wps_pin_core::worker::WifiReach::Address(_)));
    let joined = report.joined;
    ui.horizontal_wrapped(|ui| {
        if (joined || sent) && widgets::big_button(ui, &l.t("wifi-window-find-again")).clicked() {
            act(cx, WifiMsg::FindAgain);
        }
        if wrong && widgets::big_button(ui, &l.t("wifi-window-try-again")).clicked() {
            act(cx, WifiMsg::TryAgain);
        }
        if sent && !joined && address_route {
            let check = widgets::big_button_if(ui, !w.checking, &l.t("wifi-window-check-again"));
            if check.clicked() {
                act(
                    cx,
                    WifiMsg::CheckAgain {
                        admin: view.admin(),
                    },
                );
            }
        }
        if !joined && widgets::big_button(ui, &l.t("wifi-window-other-network")).clicked() {
            act(cx, WifiMsg::OtherNetwork);
        }
        if widgets::big_button(ui, &l.t("wifi-window-finish")).clicked() {
            act(cx, WifiMsg::Finish);
        }
    });
}
