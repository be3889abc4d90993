//! The model page's answers a person can trust (issue 18): Wi-Fi as yes, no or not known
//! with where that comes from, a "no" worded as the evidence that still lets the person
//! go on, the printer's own answer, other lines said to be so, and a model the list does
//! not have, after which the guides, the PIN helper and troubleshooting work as usual.

use std::path::Path;

use crate::harness::{activate, app};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wps_pin_core::catalog::PanelKind;
use wps_pin_core::net::address::Target;
use wps_pin_core::net::ews::{Adapter, AdapterKind};
use wps_pin_core::net::identity::Identity;
use wps_pin_core::net::probe::Report;
use wps_pin_window::WpsApp;
use wps_pin_window::flow::Page;
use wps_pin_window::flow::journey::ChosenPrinter;

const SEARCH: &str =
    "Type the model name or number. It is on the front of the printer or on its label.";

fn search(dir: &Path, query: &str) -> Harness<'static, WpsApp> {
    let mut h = app(dir);
    activate(&mut h, "Choose my model");
    assert_eq!(h.state().state.nav.current(), Page::ChooseModel);
    h.get_by_label(SEARCH).focus();
    h.run();
    h.get_by_label(SEARCH).type_text(query);
    h.run();
    h
}

fn choose_card(h: &mut Harness<'static, WpsApp>, name: &str) {
    h.get_by_role_and_label(Role::Button, name).click();
    h.run();
}

#[test]
fn a_wireless_model_without_the_hplip_bit_says_yes_from_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = search(dir.path(), "Color LaserJet Pro MFP 4301fdw");
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    h.get_by_label("Wi-Fi: yes (a “w” in the letters of the model name)");
    assert!(h.query_by_label_contains("no Wi-Fi").is_none());
    assert!(h.query_by_label_contains("cannot join").is_none());
    h.get_by_label("A touchscreen");
}

#[test]
fn not_known_is_said_as_such_and_the_panel_question_follows() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = search(dir.path(), "HP ENVY Inspire 7955e");
    choose_card(&mut h, "HP ENVY Inspire 7900e series");
    h.get_by_label_contains("lists a network connection but not Wi-Fi");
    h.get_by_label_contains("We cannot tell whether this model has Wi-Fi.");
    h.get_by_label("Only buttons and lights").click();
    h.run();
    assert_eq!(h.state().state.nav.current(), Page::WherePin);
}

#[test]
fn a_usb_only_model_lets_the_person_go_on_to_the_guide() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = search(dir.path(), "smart tank 350");
    choose_card(&mut h, "HP Smart Tank 350");
    h.get_by_label_contains("If your printer has a Wi-Fi button, light or menu, it has Wi-Fi.");
    h.get_by_label("A small text display with buttons").click();
    h.run();
    let s = &h.state().state;
    assert_eq!(s.nav.current(), Page::WherePin);
    assert_eq!(s.journey.panel, Some(PanelKind::TextDisplay));
}

#[test]
fn the_printer_reporting_a_wifi_adapter_settles_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    {
        let st = &mut h.state_mut().state;
        let target = Target::parse("192.0.2.7").unwrap();
        let mut printer = ChosenPrinter::new(target.clone(), true);
        printer.last = Some(Report {
            target,
            identity: Identity {
                adapters: vec![Adapter::new("wifi0", AdapterKind::Wifi)],
                ..Identity::default()
            },
            answered: true,
            certificate: None,
        });
        st.journey.printer = Some(printer);
        st.journey.family = wps_pin_core::catalog::catalog().get("smart_tank_350_series");
        st.nav.go(Page::ChooseModel);
    }
    h.run();
    h.get_by_label("Wi-Fi: yes (the printer reported a Wi-Fi adapter)");
    assert!(h.query_by_label_contains("lists no Wi-Fi").is_none());
}

#[test]
fn results_of_other_lines_are_said_to_be_so() {
    let dir = tempfile::tempdir().unwrap();
    let h = search(dir.path(), "deskjet 9015");
    h.get_by_label("No DeskJet printer matches. These printers are from other lines.");
    h.get_by_role_and_label(Role::Button, "HP OfficeJet 9010 series");
    // The typed line first: DeskJet 2755e lists no Photosmart.
    let h = search(dir.path(), "DeskJet 2755e");
    h.get_by_role_and_label(Role::Button, "HP DeskJet 2700 All-in-One Printer series");
    assert!(h.query_by_label_contains("Photosmart").is_none());
    assert!(h.query_by_label_contains("other lines").is_none());
}

#[test]
fn a_model_not_in_the_list_goes_on_by_its_panel_and_everything_works() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = search(dir.path(), "HP DeskJet 2955e");
    h.get_by_label_contains(
        "Not in our list yet (it may be newer than the list). You can go on: choose your control panel by its picture.",
    );
    assert!(h.query_by_label_contains("No HP printer matches").is_none());
    activate(&mut h, "Choose my kind of control panel");
    assert_eq!(h.state().state.nav.current(), Page::WherePin);
    assert_eq!(h.state().state.journey.family, None);
    // The guides work without a family.
    h.get_by_label("Only buttons and lights").click();
    h.run();
    assert_eq!(h.state().state.journey.panel, Some(PanelKind::LightsOnly));
    // The PIN helper works without a family.
    h.state_mut().state.nav.go(Page::EnterPin);
    h.run();
    activate(&mut h, "My printer shows a PIN");
    let field = "The PIN your printer shows (8 digits, sometimes 4)";
    crate::harness::next_until(&mut h, field);
    h.get_by_label(field).type_text("31415927");
    h.run();
    h.get_by_label("3141 5927 is a valid PIN: the last digit matches the others.");
    // Troubleshooting works without a family.
    h.state_mut().state.nav.go(Page::Troubleshoot);
    h.run();
    h.get_by_role_and_label(Role::Button, "Run the checks");
}

#[test]
fn a_name_with_a_w_not_in_the_list_still_says_wifi_from_its_letters() {
    let dir = tempfile::tempdir().unwrap();
    let h = search(dir.path(), "HP Laser 107w");
    h.get_by_label_contains("Not in our list yet");
    h.get_by_label_contains("Wi-Fi: yes (a “w” in the letters of the model name)");
}

#[test]
fn about_says_where_the_list_comes_from() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.state_mut().state.nav.go(Page::About);
    h.run();
    let families = wps_pin_core::catalog::catalog().families().len();
    // Grouped as English writes numbers ("1,417").
    let grouped = format!("{},{:03}", families / 1000, families % 1000);
    h.get_by_label_contains(&format!(
        "The printer list comes from the model data of HPLIP 3.25.8, HP's printer software for Linux: {grouped} families with"
    ));
}
