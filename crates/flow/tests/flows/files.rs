//! Saving what the person asks for — the support summary, a printable guide — as one
//! command: asked, written, answered once; and what each answer shows.

use std::path::PathBuf;

use wps_pin_core::guide::GuideId;
use wps_pin_core::report::Format;
use wps_pin_core::store::{FileError, FileProblem};
use wps_pin_core::worker::save::{SaveError, SaveKind, SaveTo};
use wps_pin_core::worker::{Command, Event};
use wps_pin_flow::state::Question;
use wps_pin_flow::trouble::SaveStatus;
use wps_pin_flow::{Config, Effect, Focus, Msg, Page};

use super::{send, state_in};

fn save_of(fx: &[Effect]) -> (SaveKind, SaveTo, String) {
    fx.iter()
        .find_map(|e| match e {
            Effect::Send(Command::SaveAs { kind, to, contents }) => {
                Some((*kind, to.clone(), contents.clone()))
            }
            _ => None,
        })
        .expect("a save was asked")
}

fn written(kind: SaveKind, result: Result<PathBuf, SaveError>) -> Msg {
    Msg::Worker(Event::Written { kind, result })
}

#[test]
fn the_summary_is_saved_where_the_person_chooses_and_every_answer_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = state_in(dir.path(), Config::default());
    send(
        &mut s,
        [
            Msg::Go(Page::Troubleshoot),
            Msg::SummaryFormat(Format::Markdown),
        ],
    );
    // Named for the time it is saved, so the next summary does not replace this one.
    let name = PathBuf::from(&s.trouble.save_path);
    let name = name.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("wps-support-summary-") && name.ends_with(".md"),
        "{name}"
    );
    let fx = send(
        &mut s,
        [
            Msg::TypeCase("Case 42".into()),
            Msg::TypeNote("Printer in the back office".into()),
            Msg::SaveSummary,
        ],
    );
    assert!(
        s.trouble.save_path.contains("Case-42"),
        "{}",
        s.trouble.save_path
    );
    assert!(s.trouble.choosing);
    let (kind, to, contents) = save_of(&fx);
    assert_eq!(kind, SaveKind::Summary);
    let SaveTo::Ask { suggested, title } = to else {
        panic!("{to:?}")
    };
    assert_eq!(suggested.parent(), Some(dir.path()));
    assert!(suggested.to_string_lossy().contains("Case-42"));
    assert!(!title.is_empty());
    assert!(
        contents.starts_with("# WPS PIN Helper: support summary"),
        "{contents}"
    );
    // The case and the note go into the summary.
    assert!(contents.contains("Case 42") && contents.contains("Printer in the back office"));
    // Closed without a file; then no save window at all: said, and the caret goes to
    // the field where the file can be typed.
    send(
        &mut s,
        [written(SaveKind::Summary, Err(SaveError::NoFileChosen))],
    );
    assert!(!s.trouble.choosing);
    assert_eq!(
        s.trouble.status,
        Some(SaveStatus::NotSaved(SaveError::NoFileChosen))
    );
    let fx = send(
        &mut s,
        [written(SaveKind::Summary, Err(SaveError::NoDialog))],
    );
    assert_eq!(fx, vec![Effect::Focus(Focus::SummaryPath)]);
    // Typed instead: never over an existing file unless the person says so.
    let typed = dir.path().join("typed.md");
    let fx = send(
        &mut s,
        [
            Msg::TypeSummaryPath(typed.display().to_string()),
            Msg::SaveSummaryTyped,
        ],
    );
    assert!(matches!(save_of(&fx).1, SaveTo::File { path, replace: false } if path == typed));
    let fx = send(
        &mut s,
        [written(
            SaveKind::Summary,
            Err(SaveError::Exists(typed.clone())),
        )],
    );
    assert_eq!(
        s.question,
        Some(Question::Replace {
            path: typed.clone(),
            guide: None
        })
    );
    assert_eq!(fx, vec![Effect::Focus(Focus::Question)]);
    send(&mut s, [Msg::KeepFile]);
    assert!(s.question.is_none());
    assert_eq!(
        s.trouble.status,
        Some(SaveStatus::NotSaved(SaveError::Exists(typed.clone())))
    );
    send(
        &mut s,
        [
            Msg::SaveSummaryTyped,
            written(SaveKind::Summary, Err(SaveError::Exists(typed.clone()))),
        ],
    );
    let fx = send(&mut s, [Msg::ReplaceFile]);
    assert!(matches!(save_of(&fx).1, SaveTo::File { path, replace: true } if path == typed));
    // A failed write, then a good one: one line that replaces the last.
    let failed = SaveError::File(FileError::new(&typed, FileProblem::NoPermission));
    send(&mut s, [written(SaveKind::Summary, Err(failed.clone()))]);
    assert_eq!(s.trouble.status, Some(SaveStatus::NotSaved(failed)));
    let fx = send(&mut s, [written(SaveKind::Summary, Ok(typed.clone()))]);
    assert_eq!(s.trouble.status, Some(SaveStatus::Saved(typed)));
    assert_eq!(fx, vec![Effect::Focus(Focus::SaveStatus)]);
    // Copying renders the same summary, and says so on the same line.
    let fx = send(&mut s, [Msg::CopySummary]);
    assert!(matches!(&fx[0], Effect::Copy(text) if text.starts_with("# WPS PIN Helper")));
    assert_eq!(s.trouble.status, Some(SaveStatus::Copied));
}

#[test]
fn a_printed_guide_is_asked_for_typed_when_no_file_comes_and_opened_when_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = state_in(dir.path(), Config::default());
    let fx = send(
        &mut s,
        [Msg::Go(Page::WherePin), Msg::PrintGuide(GuideId::Label)],
    );
    assert_eq!(s.print.pending, Some(GuideId::Label));
    let (kind, to, contents) = save_of(&fx);
    assert_eq!(kind, SaveKind::Guide);
    assert!(
        matches!(to, SaveTo::Ask { suggested, .. } if suggested.file_name().unwrap().to_string_lossy().starts_with("wps-guide-label-"))
    );
    assert!(contents.contains("<html"), "a printable page");
    // No save window could open: the file is typed instead (the suggested one is filled in).
    send(&mut s, [written(SaveKind::Guide, Err(SaveError::NoDialog))]);
    assert!(s.print.typing && s.print.pending.is_none());
    assert!(s.print.typed.contains("wps-guide-label-"));
    let typed = dir.path().join("label.html");
    let fx = send(
        &mut s,
        [
            Msg::TypeGuidePath(typed.display().to_string()),
            Msg::SaveGuideTyped(GuideId::Label),
        ],
    );
    assert!(matches!(save_of(&fx).1, SaveTo::File { path, .. } if path == typed));
    let fx = send(&mut s, [written(SaveKind::Guide, Ok(typed.clone()))]);
    assert!(matches!(&fx[..], [Effect::OpenUrl(url)] if url.starts_with("file://")));
    assert_eq!(s.print.printed, Some(Ok((typed.clone(), true))));
    // Where the app may not open files (tests, kiosks), it says so instead.
    let mut quiet = state_in(
        dir.path(),
        Config {
            open_written_files: false,
            ..Config::default()
        },
    );
    let fx = send(&mut quiet, [written(SaveKind::Guide, Ok(typed.clone()))]);
    assert!(fx.is_empty());
    assert_eq!(quiet.print.printed, Some(Ok((typed, false))));
}

#[test]
fn shared_panel_answers_are_exported_imported_merged_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = state_in(dir.path(), Config::default());
    assert!(
        s.model
            .share_path
            .ends_with("wps-pin-helper-control-panels.json")
    );
    send(&mut s, [Msg::TypeSharePath("  ".into())]);
    assert!(
        send(&mut s, [Msg::ExportAnswers, Msg::ImportAnswers]).is_empty(),
        "no file, nothing asked"
    );
    let shared = dir.path().join("shop.json");
    let fx = send(
        &mut s,
        [
            Msg::TypeSharePath(shared.display().to_string()),
            Msg::ImportAnswers,
        ],
    );
    assert!(
        matches!(&fx[..], [Effect::Send(Command::ImportPanelAnswers { from })] if *from == shared)
    );
    let mut answers = wps_pin_core::catalog::panels::PanelAnswers::default();
    answers.set(
        "envy_6000_series",
        wps_pin_core::catalog::PanelKind::Touchscreen,
    );
    let fx = send(
        &mut s,
        [Msg::Worker(Event::PanelAnswersImported {
            answers,
            skipped: 2,
        })],
    );
    assert_eq!(s.remembered.answers.len(), 1);
    assert!(matches!(&fx[..], [Effect::Send(Command::SavePanelAnswers(a))] if a.len() == 1));
    assert_eq!(
        s.model.status,
        Some(wps_pin_flow::state::ShareStatus::Imported {
            added: 1,
            skipped: 2
        })
    );
}

/// The help desk's day: three customers in a row, each with a case and a printer, each
/// summary saved under a name of its own (never over the last one) and holding only its
/// own customer; a new customer clears the last one's case, note and save line.
#[test]
fn three_customers_in_a_row_get_three_summaries_none_over_another() {
    use wps_pin_core::catalog::catalog;
    let dir = tempfile::tempdir().unwrap();
    let mut s = state_in(dir.path(), Config::default());
    let families = [
        "officejet_pro_9010_series",
        "deskjet_2700_series",
        "laserjet_pro_mfp_m428-m429",
    ];
    let mut saved: Vec<PathBuf> = Vec::new();
    for (i, id) in families.iter().enumerate() {
        let case = format!("Case {}", 100 + i);
        let family = catalog().get(id).or_else(|| catalog().families().first());
        let fx = send(
            &mut s,
            [
                Msg::ChooseFamily(family),
                Msg::Go(Page::Troubleshoot),
                Msg::TypeCase(case.clone()),
                Msg::TypeNote(format!("note {i}")),
                Msg::SaveSummary,
            ],
        );
        let (_, to, contents) = save_of(&fx);
        let SaveTo::Ask { suggested, .. } = to else {
            panic!("{to:?}")
        };
        assert!(contents.contains(&case) && contents.contains(&format!("note {i}")));
        for earlier in 100..100 + i {
            assert!(
                !contents.contains(&format!("Case {earlier}")),
                "customer {i}'s summary holds an earlier case"
            );
        }
        assert!(
            !saved.contains(&suggested),
            "{suggested:?} would replace an earlier customer's summary"
        );
        send(&mut s, [written(SaveKind::Summary, Ok(suggested.clone()))]);
        assert_eq!(s.trouble.status, Some(SaveStatus::Saved(suggested.clone())));
        saved.push(suggested);
        send(&mut s, [Msg::NewCustomer]);
        assert_eq!(s.nav.current(), Page::Home);
        assert!(s.case.name.is_empty() && s.case.note.is_empty());
        assert!(s.trouble.status.is_none() && s.journey.family.is_none());
    }
    assert_eq!(saved.len(), 3);
}
