//! The quick exit, whole. It must work before and without the WebAssembly, so most of it is
//! script, joined into the loader's one file when packaged:
//! - `rules.js`: the rules it shares with the widget (the exit address, the host's settings and
//!   re-worded texts, the Shift counter, what counts as typing), and its words; tested in Node
//!   by `quick-exit.test.mjs` against `cases/`, which the widget's own tests read too;
//! - `quick-exit.js`: leaving (the cover, the title, history, frames), the shortcut, focus kept
//!   out from under the bar, announcements; `pinned.js`: where the bar sticks below a host's
//!   pinned header; `static.js`: the static version and the plain exit link;
//! - `view.rs`: the link the widget draws; [`words`]: its words, which the script carries too;
//!   `style.css`: its look; `tests.rs`: the script's words and limits are the widget's own.
//!
//! Its browser tests are in `tests/browser/quick-exit.spec.mjs`, `leaving.spec.mjs` and
//! `exit-reach.spec.mjs`, and on every engine in `tests/engines/`.

mod view;
pub mod words;

pub use view::{QuickExit, QuickExitProps};
pub use words::ExitWords;

#[cfg(test)]
mod tests;
