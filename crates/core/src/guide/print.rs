//! The printable guide: one self-contained HTML file (pictures inline as SVG, no
//! external resources), in large type, for a help desk to print or hand over. Whoever
//! holds the printout may not have the app, so it names none of the app's pages (steps
//! that do in the window have their own words here), and it has labelled lines to write
//! the PIN and the router's address on. It reads in black and white: every meaning is in
//! words or in the shape of a mark (a highlight is a thicker outline), never in colour
//! alone, with black text on white paper and no dark backgrounds.

use super::{Guide, svg};
use crate::i18n::Localizer;

/// The colour the pictures highlight with (`svg`'s accent); printed, it becomes black.
const ACCENT: &str = "#0b4f9c";

/// Messages that send the person to a page of the app, and the printout's own words for
/// the same step.
const PRINTED: &[(&str, &str)] = &[
    ("guide-config-page-2-see", "guide-print-config-page-2-see"),
    ("guide-lights-only-5", "guide-print-lights-only-5"),
    ("guide-pin-into-router", "guide-print-pin-into-router"),
    ("guide-router-first", "guide-print-router-first"),
    ("guide-router-side-1", "guide-print-router-side-1"),
    ("guide-web-page-1", "guide-print-web-page-1"),
];

/// The lines to write on, by their labels' message ids.
const WRITE_IN: &[&str] = &["guide-print-write-pin", "guide-print-write-router"];

/// The message the printout shows for a guide's message `id`.
pub fn printed(id: &str) -> &str {
    PRINTED
        .iter()
        .find(|(app, _)| *app == id)
        .map_or(id, |(_, paper)| paper)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A `file://` URL for a written guide, to open it in the browser.
pub fn file_url(path: &std::path::Path) -> Option<String> {
    let absolute = std::path::absolute(path).ok()?;
    reqwest::Url::from_file_path(absolute)
        .ok()
        .map(String::from)
}

/// Large black type on white; on paper, the pictures' highlights in black and thicker.
fn style() -> String {
    format!(
        "body{{font:20px/1.5 sans-serif;max-width:46em;margin:2em auto;color:#111;background:#fff}}\
         h1{{font-size:1.7em}}h2{{font-size:1.3em;margin:0}}ol{{padding-left:1.4em}}\
         li{{margin:0 0 1.6em;break-inside:avoid}}\
         svg{{display:block;width:100%;max-width:520px;margin:.4em 0}}\
         .see{{border-left:6px solid {ACCENT};padding:.2em .8em}}.note{{border:2px solid #111;padding:.6em}}\
         .write{{border:2px solid #111;padding:.6em 1em 1em;break-inside:avoid}}\
         .write p{{display:flex;align-items:flex-end;gap:.6em;margin:1.2em 0 0;font-weight:bold}}\
         .write p::after{{content:\"\";flex:1;min-height:1.8em;border-bottom:2px solid #111}}\
         @page{{margin:1.5cm}}@media print{{body{{margin:0;max-width:none;font-size:16pt;color:#000}}\
         .see{{border-left-color:#000}}.note,.write,.write p::after{{border-color:#000}}\
         svg [stroke=\"{ACCENT}\"]{{stroke:#000;stroke-width:7px}}svg [fill=\"{ACCENT}\"]{{fill:#000}}}}"
    )
}

/// `model`: the printer's model name, printed under the title when known.
pub fn html(g: &Guide, model: Option<&str>, l: &Localizer) -> String {
    let title = l.t(&g.title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"/><title>{t}</title>\n\
         <style>{style}</style></head><body>\n<h1>{t}</h1>\n{model}<p>{intro}</p>\n<ol>\n",
        lang = l.tag(),
        t = esc(&title),
        style = style(),
        intro = esc(&l.t(printed(&g.intro))),
        model = model
            .map(|m| format!(
                "<p><strong>{}</strong></p>\n",
                esc(&l.t_args("guide-print-model", &[("model", m.to_owned().into())]))
            ))
            .unwrap_or_default(),
    );
    for step in &g.steps {
        out.push_str("<li>\n");
        out.push_str(&svg::render(
            step.picture,
            &l.t(step.picture.alt_id()),
            &super::drawing::Words::new(l),
        ));
        out.push_str(&format!("<p>{}</p>\n", esc(&l.t(printed(&step.text)))));
        if let Some(see) = &step.see {
            out.push_str(&format!(
                "<p class=\"see\"><strong>{}:</strong> {}</p>\n",
                esc(&l.t("guide-see")),
                esc(&l.t(printed(see)))
            ));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
    if let Some(note) = &g.note {
        out.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            esc(&l.t(printed(note)))
        ));
    }
    out.push_str(&format!(
        "<section class=\"write\">\n<h2>{}</h2>\n",
        esc(&l.t("guide-print-write-title"))
    ));
    for label in WRITE_IN {
        out.push_str(&format!("<p>{}</p>\n", esc(&l.t(label))));
    }
    out.push_str("</section>\n");
    out.push_str(&format!(
        "<p>{}</p>\n</body></html>\n",
        esc(&l.t("guide-print-footer"))
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn self_contained_with_every_step_and_picture() {
        let l = Localizer::new("en-US");
        let g = crate::guide::get(crate::guide::GuideId::Touchscreen).unwrap();
        let page = html(g, Some("HP ENVY 6055e"), &l);
        assert!(page.contains("For the printer: HP ENVY 6055e"));
        assert_eq!(page.matches("<svg").count(), g.steps.len());
        assert!(page.contains("Printer with a touchscreen"));
        assert!(page.contains("Choose Wi-Fi Protected Setup (WPS), then PIN."));
        for banned in ["src=", "href=", "url(", "@import"] {
            assert!(!page.contains(banned), "external resource: {banned}");
        }
    }

    #[test]
    fn the_steps_that_name_an_app_page_have_words_of_their_own_on_paper() {
        let l = Localizer::new("en-US");
        for (app, paper) in PRINTED {
            assert!(l.has_message(paper), "{paper}");
            assert_ne!(l.t(app), l.t(paper));
        }
        let g = crate::guide::get(crate::guide::GuideId::Touchscreen).unwrap();
        let page = html(g, None, &l);
        assert!(!page.contains(&esc(&l.t("guide-pin-into-router"))));
        assert!(page.contains(&esc(&l.t("guide-print-pin-into-router"))));
    }

    #[test]
    fn the_print_style_blackens_the_highlight_the_pictures_use() {
        let l = Localizer::new("en-US");
        let g = crate::guide::get(crate::guide::GuideId::LightsOnly).unwrap();
        let page = html(g, None, &l);
        let (_, body) = page.split_once("</style>").unwrap();
        assert!(
            body.contains(&format!("stroke=\"{ACCENT}\"")),
            "the pictures highlight in the colour the print style turns black"
        );
        assert!(style().contains(&format!("svg [stroke=\"{ACCENT}\"]{{stroke:#000")));
    }
}
