//! The Yew components, one per file. They turn data and configuration into markup and nothing
//! else: no sentence is written here (see [`crate::strings`]), no fact either (see [`crate::data`]).

mod app;
mod checker;
mod emergency_strip;
mod finder;
mod guidance_topic;
mod quick_exit;
mod service_card;

pub use app::{App, AppProps};
pub use checker::{Checker, CheckerProps};
pub use emergency_strip::{EmergencyStrip, EmergencyStripProps};
pub use finder::{Finder, FinderProps};
pub use guidance_topic::{GuidanceTopic, GuidanceTopicProps};
pub use quick_exit::{QuickExit, QuickExitProps};
pub use service_card::{ServiceCard, ServiceCardProps};
