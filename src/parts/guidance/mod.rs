//! Guidance: what stalking and harassment are, what to do, and the law where the visitor lives.

mod view;
pub mod words;

pub use view::Guidance;
pub use words::GuideWords;
