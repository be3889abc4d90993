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
        for step in &g.steps {
            assert!(
                text.contains(&l.t(&step.text)),
                "{}: step text missing",
                g.id.key()
            );
            if let Some(see) = &step.see {
                assert!(text.contains(&l.t(see)), "{}: hint missing", g.id.key());
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
