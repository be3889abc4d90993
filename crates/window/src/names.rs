//! What the window is called and how large it opens.

pub const APP_NAME: &str = "WPS PIN Helper";
/// The window's size when it opens, in points.
pub const DEFAULT_SIZE: [f32; 2] = [960.0, 760.0];
