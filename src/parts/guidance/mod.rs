//! Guidance: what stalking and harassment are, what to do, and the law where the visitor lives.

mod view;

pub use view::{Guidance, GuidanceProps};
