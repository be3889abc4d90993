//! "It doesn't work": running the checks, the steps ticked as tried, and the support
//! summary (copied, or saved where the person chooses).

use std::path::PathBuf;
use std::time::SystemTime;

use wps_pin_core::worker::Command;
use wps_pin_core::worker::save::{SaveKind, SaveTo};

use crate::effect::{Effect, Focus};
use crate::files::suggested_name;
use crate::msg::Msg;
use crate::running::air_source;
use crate::state::AppState;
use crate::summary;

/// Takes the troubleshooting page's messages.
pub fn update(s: &mut AppState, msg: Msg, fx: &mut Vec<Effect>) {
    let t = &mut s.trouble;
    match msg {
        Msg::RunChecks => {
            t.running = true;
            fx.push(Effect::Send(Command::RunChecks {
                target: s.journey.target().cloned(),
                router: s.config.router,
                air: air_source(s),
            }));
        }
        Msg::Tried { index, ticked } => {
            if let Some(at) = t.tried.get_mut(index) {
                *at = ticked.then(SystemTime::now);
            }
        }
        Msg::IncludePin(on) => t.include_pin = on && s.journey.pin_for_summary().is_some(),
        Msg::IncludeSerial(on) => t.include_serial = on,
        Msg::SummaryFormat(format) if t.format != format => {
            // Keep the folder and name, change the extension.
            let current = PathBuf::from(&t.save_path);
            t.save_path = current
                .with_extension(format.extension())
                .display()
                .to_string();
            t.format = format;
        }
        Msg::JumpToSummary => fx.push(Effect::Focus(Focus::SummaryCopy)),
        Msg::CopySummary => {
            fx.push(Effect::Copy(summary::render(s)));
            s.trouble.copied = true;
        }
        Msg::SaveSummary => {
            t.typed_save = false;
            t.choosing = true;
            // In the folder of the typed file, named for the printer and the day.
            let name = suggested_name(
                "wps-support-summary",
                s.journey.model_name().as_deref(),
                t.format.extension(),
            );
            let suggested = PathBuf::from(t.save_path.trim()).with_file_name(name);
            let title = s.l().t("summary-save-dialog-title");
            fx.push(Effect::Send(Command::SaveAs {
                kind: SaveKind::Summary,
                to: SaveTo::Ask { suggested, title },
                contents: summary::render(s),
            }));
        }
        Msg::TypeSummaryPath(p) => t.save_path = p,
        Msg::SaveSummaryTyped => {
            t.typed_save = true;
            t.saved = None;
            let path = PathBuf::from(t.save_path.trim());
            fx.push(Effect::Send(Command::SaveAs {
                kind: SaveKind::Summary,
                to: SaveTo::File {
                    path,
                    replace: true,
                },
                contents: summary::render(s),
            }));
        }
        // Routed to another part (see `update`).
        _ => {}
    }
}
