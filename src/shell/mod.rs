//! The app around the parts: the widget's frame (the quick exit, the emergency numbers, where
//! the visitor lives, the parts the host chose, in order) and the static version that stands in
//! when the widget cannot run.

mod app;
mod emergency_strip;
mod fallback;

pub use app::{App, AppProps};
pub use emergency_strip::EmergencyStrip;
pub use fallback::{fallback_services, Fallback, FallbackProps, FALLBACK_SERVICES};
