//! The quick exit, whole: the link the widget draws ([`view`]), beside the script that makes it
//! work before and without the WebAssembly (`quick-exit.js`).

mod view;
pub mod words;

pub use view::{QuickExit, QuickExitProps};
pub use words::ExitWords;

#[cfg(test)]
mod tests;
