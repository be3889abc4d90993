//! Building for Windows (on Windows) embeds the icon and version information in the .exe.
//! The locale and guide checks run in the core's build script (crates/core/build.rs).

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
    }
}

/// The .exe's icon and version information (file properties, taskbar, Start menu).
#[cfg(windows)]
fn windows_resources() {
    println!("cargo:rerun-if-changed=assets/icon/wps-pin-helper.ico");
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon/wps-pin-helper.ico");
    res.set("ProductName", "WPS PIN Helper");
    res.set("FileDescription", "WPS PIN Helper");
    if let Err(e) = res.compile() {
        println!("cargo:warning=Windows resources not embedded: {e}");
    }
}

/// Cross-compiling for Windows from another system: resources need a Windows host.
#[cfg(not(windows))]
fn windows_resources() {
    println!(
        "cargo:warning=building for Windows on a non-Windows host: no icon or version resource"
    );
}
