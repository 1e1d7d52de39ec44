//! The Yew components, one per file. They turn data and configuration into markup and nothing
//! else: no sentence is written here (see [`crate::strings`]), no fact either (see [`crate::data`]).

mod app;
mod checker;
mod emergency_strip;
mod fallback;
mod finder;
mod guidance_part;
mod guidance_topic;
mod quick_exit;
mod service_card;

pub use app::{App, AppProps};

/// The tag for a heading at `level`, kept within h2–h6 (the host page owns h1).
pub fn heading_tag(level: u8) -> String {
    format!("h{}", level.clamp(2, 6))
}
pub use checker::{Checker, CheckerProps};
pub use emergency_strip::{EmergencyStrip, EmergencyStripProps};
pub use fallback::{Fallback, FallbackProps, FALLBACK_SERVICES};
pub use finder::{Finder, FinderProps};
pub use guidance_part::{Guidance, GuidanceProps};
pub use guidance_topic::{GuidanceTopic, GuidanceTopicProps};
pub use quick_exit::{QuickExit, QuickExitProps};
pub use service_card::{ServiceCard, ServiceCardProps};
