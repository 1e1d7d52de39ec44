//! "Keep a record": the private incident log. Its file ([`file`], pure) and the part that draws
//! it.

pub mod file;
mod view;

pub use view::RecordPart;
