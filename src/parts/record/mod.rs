//! "Keep a record": the private incident log, kept only on screen until the person saves it as
//! a file.
//!
//! What lives here: [`state`], the entries, the form and the reducer (pure, natively tested);
//! [`file`](mod@file), the saved file written and read back (pure, tested both ways); [`words`], every
//! sentence it shows, with the English; `view.rs`, the part drawn (wiring and the browser's file
//! picker, saving and printing); `style.css`, its look.

pub mod file;
pub mod state;
mod view;
pub mod words;

pub use view::RecordPart;
pub use words::RecordWords;

use super::PartProps;

/// The record drawn, in the widget from a piece of the download of its own, fetched the first
/// time the part is drawn.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(record, fallible))]
pub fn drawer() -> Result<fn(PartProps<RecordWords>) -> yew::Html, crate::view::piece::Unloaded> {
    Ok(|props| yew::html! { <RecordPart ..props /> })
}

impl super::Closed for RecordWords {
    fn closed(&self) -> (&'static str, &'static str, &'static str) {
        (self.title, self.intro, self.open_part)
    }
}
