//! A help widget for people facing stalking or harassment in the UK, built to be embedded in
//! other organisations' web pages.
//!
//! It runs entirely in the visitor's browser: it makes no network requests of its own and stores
//! nothing. It shows a quick-exit link to a neutral site, the emergency routes, and the national
//! services from a dataset checked at build time.
//!
//! # Shape
//! Data flows one way: bundled data and host configuration, then pure logic, then Yew components,
//! then the DOM. The tree shows the layers, each importing only those below it:
//! - `embed` (wasm32 only): the one JavaScript-facing surface, which mounts the widget inside a
//!   shadow root so the host page's styles and the widget's cannot touch each other.
//! - [`shell`]: the app around the parts (the frame, the static version) and [`config`], what a
//!   host page may set, validated (pure).
//! - [`parts`]: one room per part of the widget, side by side, listed once in its registry: the
//!   self-check, the helpline finder, the record and the guidance, each with its pure state, its
//!   view, its words and its style.
//! - [`exit`]: the quick exit, whole.
//! - [`view`]: the view kit the parts share (hooks, headings, a service's card, where the visitor
//!   lives, the browser helpers).
//! - [`words`]: the catalogue's core: how a part declares its words, how a language fills them,
//!   and how numbers, dates and times are put into them (pure).
//! - [`kit`]: small pure helpers (UK time, place, a small set).
//! - [`data`]: the dataset, generated from `src/data/services.toml` at build time.
//!
//! The pure modules never touch the browser, so `cargo test` checks them natively.

pub mod config;
// The stylesheet minifier runs at build time (build/css.rs); compiled here only for its tests.
#[cfg(test)]
#[path = "../build/css.rs"]
mod css;
pub mod data;
pub mod exit;
pub mod kit;
pub mod parts;
pub mod shell;
pub mod view;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::{mount, Widget};

/// The widget's stylesheet (`src/shell/widget.css`, then the view kit's, the quick exit's and each
/// part's `style.css`, minified at build time), adopted into each
/// shadow root. The packaging step puts it into the loader and the npm package, which hand it to
/// `mount`; the `.wasm` does not carry it.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
