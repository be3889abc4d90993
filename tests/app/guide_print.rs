//! The printable guide of every route: well-formed, self-contained, complete.

use wps_pin_core::guide;
use wps_pin_core::i18n::Localizer;

#[test]
fn every_route_prints_well_formed_self_contained_and_complete() {
    let l = Localizer::new("en-US");
    for g in guide::all() {
        let html = guide::print::html(g, Some("HP OfficeJet Pro 9015e"), &l);
        // Written to be well-formed XML too, so a strict parser can check it.
        let opts = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..roxmltree::ParsingOptions::default()
        };
        let doc = roxmltree::Document::parse_with_options(&html, opts)
            .unwrap_or_else(|e| panic!("{}: not well-formed: {e}", g.id.key()));
        let text: String = doc
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join(" ");
        // Each step in the printout's words (its own where the window's name a page).
        let paper = |id: &str| l.t(guide::print::printed(id));
        for step in &g.steps {
            assert!(
                text.contains(&paper(&step.text)),
                "{}: step text missing",
                g.id.key()
            );
            if let Some(see) = &step.see {
                assert!(text.contains(&paper(see)), "{}: hint missing", g.id.key());
            }
        }
        assert!(text.contains("For the printer: HP OfficeJet Pro 9015e"));
        assert_eq!(
            doc.descendants().filter(|n| n.has_tag_name("svg")).count(),
            g.steps.len()
        );
        for node in doc.descendants().filter(|n| n.is_element()) {
            for attr in node.attributes() {
                assert!(
                    !matches!(attr.name(), "src" | "href") && !attr.value().contains("url("),
                    "{}: external reference {}={}",
                    g.id.key(),
                    attr.name(),
                    attr.value()
                );
            }
        }
        assert!(
            !html.contains("@import") && !html.contains("url("),
            "{}",
            g.id.key()
        );
    }
}

#[test]
fn cli_lists_routes_as_json_and_names_the_model() {
    let out = crate::cli::run(&["guide", "--list", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let routes = doc["routes"].as_array().unwrap();
    assert_eq!(routes.len(), guide::all().len());
    assert_eq!(routes[0]["id"], "touchscreen");
    assert_eq!(routes[0]["title"], "Printer with a touchscreen");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("g.html");
    let out = crate::cli::run(&[
        "guide",
        "touchscreen",
        "--model",
        "9015e",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let html = std::fs::read_to_string(file).unwrap();
    assert!(html.contains("For the printer: "), "{html}");
    assert!(
        html.contains("For the printer: HP OfficeJet Pro 9010 series"),
        "the family that covers 9015e"
    );
}

/// The titles of the app's journey pages in `l`'s language, as a guide could name them
/// ("Home", "Settings" and "About" are left out: printers and routers have menus of those
/// names too).
fn page_titles(l: &Localizer) -> Vec<String> {
    use wps_pin_window::flow::Page;
    Page::ALL
        .iter()
        .filter(|p| !matches!(p, Page::Home | Page::Settings | Page::About))
        .map(|p| l.t(p.title_id()))
        .collect()
}

#[test]
fn every_printed_guide_has_write_in_lines_names_no_app_page_and_prints_in_black_and_white() {
    for (tag, _) in wps_pin_core::i18n::available() {
        let l = Localizer::new(tag);
        let titles = page_titles(&l);
        for g in guide::all() {
            let html = guide::print::html(g, None, &l);
            let opts = roxmltree::ParsingOptions {
                allow_dtd: true,
                ..roxmltree::ParsingOptions::default()
            };
            let doc = roxmltree::Document::parse_with_options(&html, opts).unwrap();
            let key = format!("{tag} {}", g.id.key());

            // Labelled lines to write the PIN and the router's address on.
            let write = doc
                .descendants()
                .find(|n| n.attribute("class") == Some("write"))
                .unwrap_or_else(|| panic!("{key}: no write-in lines"));
            let labels: Vec<&str> = write
                .children()
                .filter(|n| n.has_tag_name("p"))
                .filter_map(|n| n.text())
                .collect();
            for id in ["guide-print-write-pin", "guide-print-write-router"] {
                assert!(labels.contains(&l.t(id).as_str()), "{key}: {labels:?}");
            }

            // No page of the app, in any quotation marks, and (in English) no "this app".
            let text: String = doc
                .descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect::<Vec<_>>()
                .join(" ");
            for title in &titles {
                for quoted in [
                    format!("“{title}”"),
                    format!("\"{title}\""),
                    format!("« {title} »"),
                    format!("„{title}“"),
                    format!("‘{title}’"),
                ] {
                    assert!(!text.contains(&quoted), "{key}: names the page {quoted}");
                }
            }
            if *tag == "en-US" {
                assert!(!text.to_lowercase().contains("this app"), "{key}");
            }

            // A print style: black on white, the pictures' highlights in black.
            let style = doc
                .descendants()
                .find(|n| n.has_tag_name("style"))
                .and_then(|n| n.text())
                .unwrap();
            let print = style.split_once("@media print").map(|(_, p)| p);
            let print = print.unwrap_or_else(|| panic!("{key}: no print style"));
            assert!(print.contains("color:#000"), "{key}");
            assert!(print.contains("stroke:#000"), "{key}");
            assert!(
                !style.contains("background:#0") && !style.contains("background-color"),
                "{key}"
            );
        }
    }
}
