//! The helpline finder: search, filters and "open now" ([`search`](mod@search), pure), and the
//! part that draws them.

mod filters;
pub mod search;
mod view;
pub mod words;

pub use filters::{FinderFilters, FinderFiltersProps};
pub use search::*;
pub use view::Finder;
pub use words::FindWords;
