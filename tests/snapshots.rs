//! Screenshots rendered in software (wgpu on Mesa's llvmpipe, no GPU needed) and compared
//! with the committed images in tests/snapshots/: one step of every guide at 100 % and 250 %
//! text, and every page in both themes at 100 % and 200 %, in English and in Chinese. They run
//! with `cargo test` (the `snapshot` feature is on by default; `--no-default-features` leaves
//! them out on a machine without Mesa); after a deliberate change, `UPDATE_SNAPSHOTS=1`
//! rewrites the references.
#![cfg(feature = "snapshot")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

use eframe::egui;
use egui_kittest::{Harness, SnapshotResults};
use std::net::Ipv4Addr;

use wps_pin_core::guide;
use wps_pin_core::net::discovery::Scope;
use wps_pin_core::net::local::LocalNetwork;
use wps_pin_core::settings::{Settings, SettingsStore, Theme};
use wps_pin_window::flow::Page;
use wps_pin_window::flow::pin::Method;
use wps_pin_window::{Options, WpsApp};

fn app(dir: &std::path::Path, scale: f32) -> Harness<'static, WpsApp> {
    let settings = Settings {
        text_scale: scale,
        reduced_motion: true,
        language: Some("en-US".into()),
        ..Settings::default()
    };
    app_with(dir, settings, egui::vec2(900.0, 1500.0))
}

/// One renderer everywhere, so the images are the same on every machine: OpenGL, which
/// Mesa's llvmpipe provides without a GPU (a machine's Vulkan driver would draw differently).
/// `WGPU_BACKEND` still overrides it.
fn software_gl() -> eframe::egui_wgpu::WgpuSetup {
    let mut setup = egui_kittest::wgpu::default_wgpu_setup();
    if let eframe::egui_wgpu::WgpuSetup::CreateNew(new) = &mut setup
        && std::env::var_os("WGPU_BACKEND").is_none()
    {
        new.instance_descriptor.backends = eframe::wgpu::Backends::GL;
    }
    setup
}

fn app_with(
    dir: &std::path::Path,
    settings: Settings,
    size: egui::Vec2,
) -> Harness<'static, WpsApp> {
    let store = SettingsStore::at(dir);
    store.save(&settings).unwrap();
    Harness::builder()
        .with_size(size)
        .with_max_steps(32)
        .wgpu_setup(software_gl())
        .build_eframe(move |cc| {
            let options = Options {
                scan_scope: Scope::LoopbackOnly,
                open_written_files: false,
                // This computer's Wi-Fi differs between machines: not read.
                air: wps_pin_core::air::reading::AirSource::Off,
                ..Options::default()
            };
            WpsApp::new(cc, store, options).unwrap()
        })
}

#[test]
fn one_step_of_every_guide_at_100_and_250_percent() {
    let mut results = SnapshotResults::new();
    for scale in [1.0_f32, 2.5] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = app(dir.path(), scale);
        let _ = h.try_run();
        for g in guide::all() {
            {
                let st = &mut h.state_mut().state;
                st.nav.go(Page::WherePin);
                st.journey.guide = Some(g.id);
            }
            let _ = h.try_run();
            // Bring the guide itself into view (the panel choices come first).
            if let Some(node) = egui_kittest::kittest::Queryable::query_by_label(&h, "Step 1 of 1")
                .or_else(|| {
                    egui_kittest::kittest::Queryable::query_by_label_contains(&h, "Step 1 of")
                })
            {
                node.scroll_to_me();
            }
            let _ = h.try_run();
            results.add(h.try_snapshot(format!("guide-{}-{}", g.id.key(), (scale * 100.0) as u32)));
        }
    }
}

#[test]
fn every_page_in_both_themes_at_100_and_200_percent_in_english_and_chinese() {
    let mut results = SnapshotResults::new();
    for language in ["en-US", "zh-CN"] {
        for (theme, theme_name) in [(Theme::Normal, "normal"), (Theme::HighContrast, "contrast")] {
            for scale in [1.0_f32, 2.0] {
                // A fixed folder: nothing on a page depends on a temporary name.
                let dir = std::env::temp_dir()
                    .join("wps-pin-helper-snapshots")
                    .join(format!(
                        "{language}-{theme_name}-{}",
                        (scale * 100.0) as u32
                    ));
                let _ = std::fs::remove_dir_all(&dir);
                let settings = Settings {
                    text_scale: scale,
                    theme,
                    reduced_motion: true,
                    language: Some(language.into()),
                };
                let mut h = app_with(&dir, settings, egui::vec2(1024.0, 768.0));
                let _ = h.try_run();
                for page in Page::ALL {
                    // The file is named by the page's title id: page-home-…, page-where-pin-…
                    let name = page.title_id().trim_start_matches("page-");
                    {
                        let st = &mut h.state_mut().state;
                        st.nav.home();
                        st.nav.go(page);
                        // A typed PIN and a chosen direction show the helper at work.
                        st.pin.method = Some(Method::PrinterShowsPin);
                        st.journey.pin = "1234 5670".into();
                        // This computer's network differs between machines: show a fixed one
                        // (documentation addresses) instead of reading it.
                        st.router.local = Some(Some(LocalNetwork {
                            interface: "eth0".into(),
                            ipv4: vec![(Ipv4Addr::new(192, 0, 2, 20), 24)],
                            gateway: Some(Ipv4Addr::new(192, 0, 2, 1).into()),
                        }));
                    }
                    let _ = h.try_run();
                    // A panel whose height changed (a title that now wraps) settles one frame
                    // later, and nothing asks for that frame: run a few more.
                    for _ in 0..3 {
                        h.step();
                    }
                    results.add(h.try_snapshot(format!(
                        "page-{name}-{theme_name}-{}-{language}",
                        (scale * 100.0) as u32
                    )));
                }
            }
        }
    }
}
