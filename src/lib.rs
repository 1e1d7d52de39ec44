//! A help widget for people facing stalking or harassment in the UK, built to be embedded in
//! other organisations' web pages.
//!
//! It runs entirely in the visitor's browser: it makes no network requests of its own and stores
//! nothing. It shows a quick-exit link to a neutral site, the emergency routes, and the national
//! services from a dataset checked at build time.
//!
//! # Shape
//! Data flows one way: bundled data and host configuration, then pure logic, then Yew components,
//! then the DOM.
//! - [`data`]: the dataset, generated from `src/data/services.toml` at build time.
//! - [`checker`]: the "Am I being stalked?" self-check: steps, answers, assessment (pure).
//! - [`clock`]: UK local time and "open now" (pure).
//! - [`finder`]: helpline search, filters and "open now" (pure).
//! - [`incidents`]: "Keep a record", the private incident log, and its saved file (pure).
//! - [`config`]: what a host page may set, validated (pure).
//! - [`place`]: where the visitor lives, and which services, police and law follow (pure).
//! - [`set`]: the small ordered set the answers and filters are kept in (pure).
//! - [`words`]: the catalogue of every word a visitor reads, and how numbers, dates and times are
//!   put into them (pure).
//! - [`ui`]: the Yew components.
//! - `embed` (wasm32 only): the one JavaScript-facing surface, which mounts the widget inside a
//!   shadow root so the host page's styles and the widget's cannot touch each other.
//!
//! The pure modules never touch the browser, so `cargo test` checks them natively.

pub mod checker;
pub mod clock;
pub mod config;
// The stylesheet minifier runs at build time (build/css.rs); compiled here only for its tests.
#[cfg(test)]
#[path = "../build/css.rs"]
mod css;
pub mod data;
pub mod finder;
pub mod incidents;
pub mod place;
pub mod set;
pub mod ui;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::{mount, Widget};

/// The widget's stylesheet (`src/ui/widget.css`, minified at build time), adopted into each
/// shadow root. The packaging step puts it into the loader and the npm package, which hand it to
/// `mount`; the `.wasm` does not carry it.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
