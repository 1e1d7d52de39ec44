//! Guidance: what stalking and harassment are, what to do, and the law where the visitor lives.
//!
//! What lives here: `view.rs`, which topics show and in what order (their words are the
//! dataset's, `src/data/guidance.toml`); [`words`], the part's own heading.

mod view;
pub mod words;

pub use view::Guidance;
pub use words::GuideWords;
