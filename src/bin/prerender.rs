//! Renders the fallback (see `ui::Fallback`) to HTML on standard output, for the packaging step
//! to put into the loader and the no-JavaScript snippet.
//!
//! `cargo run --features ssr --bin prerender`

use stalking_help_widget::ui::{Fallback, FallbackProps};
use yew::LocalServerRenderer;

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let html = runtime
        .block_on(LocalServerRenderer::<Fallback>::with_props(FallbackProps::default()).hydratable(false).render());
    println!("{html}");
}
