//! The words drawn inside the guide pictures fit their boxes in every language, measured
//! with the window's own fonts at the window's real text size: a label is never drawn
//! smaller than the body text (18 points), so at 250 % text size, where the picture is
//! narrow, a label is large next to its box. French "Micrologiciel" once ran out of its
//! menu entry this way.

use eframe::egui::{self, Color32, FontId};
use wps_pin_core::guide::Picture;
use wps_pin_core::guide::drawing::{self, Canvas, Ink, W, Words};
use wps_pin_core::i18n::{self, Localizer};

/// The window's body text, in points: the smallest a picture's label is drawn.
const BODY: f32 = 18.0;
/// The window's default width (`wps_pin_window::DEFAULT_SIZE`) at the largest text size
/// (250 %), less the page's margins and scroll bar: how wide a picture is drawn then.
fn narrowest_picture() -> f32 {
    wps_pin_window::DEFAULT_SIZE[0] / 2.5 - 64.0
}
/// Space left between a label and its box's edge, in design units.
const PAD: f32 = 4.0;

#[derive(Default)]
struct Shapes {
    rects: Vec<[f32; 4]>,
    circles: Vec<[f32; 3]>,
    texts: Vec<(f32, f32, f32, String)>,
}

impl Canvas for Shapes {
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, _: Ink, _: Option<(Ink, f32)>) {
        self.rects.push([x, y, w, h]);
    }
    fn circle(&mut self, x: f32, y: f32, r: f32, _: Ink, _: Option<(Ink, f32)>) {
        self.circles.push([x, y, r]);
    }
    fn line(&mut self, _: f32, _: f32, _: f32, _: f32, _: Ink, _: f32) {}
    fn text(&mut self, x: f32, y: f32, size: f32, text: &str, _: Ink) {
        self.texts.push((x, y, size, text.to_owned()));
    }
    fn triangle(&mut self, _: [(f32, f32); 3], _: Ink) {}
}

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    ctx.set_fonts(wps_pin_window::fonts::definitions());
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    ctx
}

/// The width and height, in points, of `text` laid out on one line at `size` points.
fn measure(ctx: &egui::Context, text: &str, size: f32) -> (f32, f32) {
    ctx.fonts_mut(|f| {
        let g = f.layout_no_wrap(text.to_owned(), FontId::proportional(size), Color32::WHITE);
        (g.size().x, g.size().y)
    })
}

/// Every label that does not fit the smallest box (or circle) around its centre, or the
/// picture itself when no box holds it, at `scale` (points per design unit).
fn misfits(ctx: &egui::Context, p: Picture, tag: &str, scale: f32) -> Vec<String> {
    let mut shapes = Shapes::default();
    drawing::draw(&mut shapes, p, &Words::new(&Localizer::new(tag)));
    let mut out = Vec::new();
    for (x, y, size, text) in &shapes.texts {
        let points = (size * scale).max(BODY);
        let (w, h) = measure(ctx, text, points);
        // In design units, as the boxes are.
        let (w, h) = (w / scale, h / scale);
        let inside =
            |r: &&[f32; 4]| x >= &r[0] && x <= &(r[0] + r[2]) && y >= &r[1] && y <= &(r[1] + r[3]);
        let room = match shapes
            .rects
            .iter()
            .filter(inside)
            .min_by(|a, b| (a[2] * a[3]).total_cmp(&(b[2] * b[3])))
        {
            Some(r) => {
                // A box: the label fits its width, and the height of its letters
                // (about three quarters of egui's row height) fits its height.
                (r[2] - 2.0 * PAD, r[3])
            }
            None => match shapes
                .circles
                .iter()
                .find(|c| (x - c[0]).hypot(y - c[1]) <= c[2])
            {
                Some(c) => (2.0 * c[2] - 2.0 * PAD, 2.0 * c[2]),
                None => (2.0 * x.min(W - x), f32::INFINITY),
            },
        };
        if w > room.0 || 0.75 * h > room.1 {
            out.push(format!(
                "{p:?} {tag}: {text:?} is {w:.0}×{:.0} units at {points:.1} pt, room {:.0}×{:.0}",
                0.75 * h,
                room.0,
                room.1
            ));
        }
    }
    out
}

#[test]
fn picture_words_fit_their_boxes_in_every_language_at_every_text_size() {
    let ctx = context();
    let mut problems = Vec::new();
    // The printout (full width, labels at their design size) and the window from its
    // widest picture down to the narrowest, at 250 % text size.
    let narrowest = narrowest_picture() / W;
    for scale in [1.0, 0.8, narrowest] {
        for &p in Picture::ALL {
            for (tag, _) in i18n::available() {
                problems.extend(misfits(&ctx, p, tag, scale));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The measure itself catches a word too long for its box.
#[test]
fn a_word_too_long_for_its_box_is_caught() {
    let ctx = context();
    let (short, _) = measure(&ctx, "Wi-Fi", BODY);
    let (long, _) = measure(&ctx, "Micrologiciel du routeur", BODY);
    assert!(long > 2.0 * short, "{short} {long}");
    // 150 design units at the narrowest scale hold a short word, not a long one.
    let scale = narrowest_picture() / W;
    assert!(short / scale < 150.0 - 2.0 * PAD);
    assert!(long / scale > 150.0 - 2.0 * PAD);
}
