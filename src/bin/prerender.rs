//! Prints what the packaging step and the benchmark need from the widget, rendered with Yew's
//! server-side renderer from the widget's own components:
//!
//! - no argument: the fallback (see `ui::Fallback`) as HTML, for the loader and the
//!   no-JavaScript snippet;
//! - `--full`: the whole widget as it first appears, as HTML (the benchmark's static page);
//! - `--css`: the stylesheet, minified as the widget carries it;
//! - `--words`: the quick exit's words as JSON, for www/quick-exit.js;
//! - `--template`: every entry of the catalogue by key, in English (`dist/lang/en.json`), the
//!   file a translator starts from.
//!
//! `cargo run --features ssr --bin prerender [-- --full | --css | --words]`

use stalking_help_widget::config::Config;
use stalking_help_widget::ui::{App, AppProps, Fallback, FallbackProps};
use stalking_help_widget::words::ENGLISH;
use stalking_help_widget::STYLESHEET;
use yew::LocalServerRenderer;

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let html = match std::env::args().nth(1).as_deref() {
        None => runtime
            .block_on(LocalServerRenderer::<Fallback>::with_props(FallbackProps::default()).hydratable(false).render()),
        Some("--full") => runtime.block_on(
            LocalServerRenderer::<App>::with_props(AppProps { config: Config::default() }).hydratable(false).render(),
        ),
        Some("--css") => STYLESHEET.to_string(),
        Some("--words") => words_json(),
        Some("--template") => stalking_help_widget::words::keys::to_json(&ENGLISH),
        Some(other) => {
            eprintln!("prerender: unknown argument {other:?} (use --full, --css, --words or --template)");
            std::process::exit(2);
        }
    };
    println!("{html}");
}

/// `{"exit-label":"Exit this page",…}`: the quick exit's words, in the form www/quick-exit.js
/// carries them. Written out by hand: the words hold no character JSON would need escaped but a
/// quote or a backslash.
fn words_json() -> String {
    let escape = |t: &str| t.replace('\\', "\\\\").replace('"', "\\\"");
    let pairs: Vec<String> =
        ENGLISH.quick_exit_words().iter().map(|(k, v)| format!("\"{}\":\"{}\"", escape(k), escape(v))).collect();
    format!("{{{}}}", pairs.join(","))
}
