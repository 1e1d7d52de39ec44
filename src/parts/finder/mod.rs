//! The helpline finder: the services that help, by need, audience, way of contact, place and
//! "open now".
//!
//! What lives here: [`search`](mod@search), the query, its filters and the ranking (pure, with
//! its tests); [`words`], every sentence it shows, with the English; `view.rs` and `filters.rs`,
//! the part drawn (wiring only); `style.css`, its look.

mod filters;
pub mod search;
mod view;
pub mod words;

pub use filters::{FinderFilters, FinderFiltersProps};
pub use search::*;
pub use view::Finder;
pub use words::FindWords;
