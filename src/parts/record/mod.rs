//! "Keep a record": the private incident log. Its file ([`file`], pure) and the part that draws
//! it.

pub mod file;
pub mod state;
mod view;
pub mod words;

pub use view::RecordPart;
pub use words::RecordWords;
