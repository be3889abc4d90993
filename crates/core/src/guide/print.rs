//! The printable guide: one self-contained HTML file (pictures inline as SVG, no
//! external resources), in large type, for a help desk to print or hand over.

use super::{Guide, svg};
use crate::i18n::Localizer;

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

/// `model`: the printer's model name, printed under the title when known.
pub fn html(g: &Guide, model: Option<&str>, l: &Localizer) -> String {
    let title = l.t(&g.title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"/><title>{t}</title>\n<style>\
         body{{font:20px/1.5 sans-serif;max-width:46em;margin:2em auto;color:#111}}\
         h1{{font-size:1.7em}}ol{{padding-left:1.4em}}li{{margin:0 0 1.6em;break-inside:avoid}}\
         svg{{display:block;width:100%;max-width:520px;margin:.4em 0}}\
         .see{{border-left:6px solid #0b4f9c;padding:.2em .8em}}.note{{border:2px solid #111;padding:.6em}}\
         @media print{{body{{margin:0;font-size:16pt}}}}</style></head><body>\n<h1>{t}</h1>\n{model}<p>{intro}</p>\n<ol>\n",
        lang = l.tag(),
        t = esc(&title),
        intro = esc(&l.t(&g.intro)),
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
        out.push_str(&format!("<p>{}</p>\n", esc(&l.t(&step.text))));
        if let Some(see) = &step.see {
            out.push_str(&format!(
                "<p class=\"see\"><strong>{}:</strong> {}</p>\n",
                esc(&l.t("guide-see")),
                esc(&l.t(see))
            ));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
    if let Some(note) = &g.note {
        out.push_str(&format!("<p class=\"note\">{}</p>\n", esc(&l.t(note))));
    }
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
}
