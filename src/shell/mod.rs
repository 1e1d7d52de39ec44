//! The app around the parts: the widget's frame (the quick exit, the emergency numbers, where
//! the visitor lives, the parts the host chose, in order) and the static version that stands in
//! when the widget cannot run.

mod app;
pub mod catalogue;
mod emergency_strip;
mod fallback;
// Every entry under a key, for translators and the test that each catalogue is complete; never
// in the download.
#[cfg(not(target_arch = "wasm32"))]
pub mod keys;
pub mod words;

pub use crate::view::{fallback_services, FALLBACK_SERVICES};
pub use app::{App, AppProps};
pub use catalogue::{words_for, Words, ENGLISH, LANGUAGES};
pub use emergency_strip::{EmergencyStrip, EmergencyStripProps};
pub use fallback::{Fallback, FallbackProps};
pub use words::WidgetWords;
