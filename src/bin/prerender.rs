//! Prints what the packaging step and the benchmark need from the widget, rendered with Yew's
//! server-side renderer from the widget's own components:
//!
//! - no argument: the fallback (see `ui::Fallback`) as HTML, for the loader and the
//!   no-JavaScript snippet;
//! - `--full`: the whole widget as it first appears, as HTML (the benchmark's static page);
//! - `--css`: the stylesheet, minified as the widget carries it;
//! - `--words`: the quick exit's words as JSON, for src/exit/quick-exit.js;
//! - `--template`: every entry of the catalogue by key, in English (`dist/lang/en.json`), the
//!   file a translator starts from;
//! - `--language TAG`: a built-in language as the loader fetches it (its texts in the catalogue's
//!   order, its quick-exit words and its static version as HTML), after checking every key;
//!   a problem stops the build, naming the file and the key;
//! - `--record N [FIRST]`: a saved record of N made-up entries (numbered from FIRST, 0 unless
//!   given), for the benchmark's memory figure and the browser tests of a long or full record.
//!
//! `cargo run --features ssr --bin prerender [-- --full | --css | --words]`

use stalking_help_widget::config::Config;
use stalking_help_widget::shell::ENGLISH;
use stalking_help_widget::shell::{App, AppProps, Fallback, FallbackProps};
use stalking_help_widget::STYLESHEET;
use yew::LocalServerRenderer;

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let html = match std::env::args().nth(1).as_deref() {
        None => runtime
            .block_on(LocalServerRenderer::<Fallback>::with_props(FallbackProps::default()).hydratable(false).render()),
        Some("--full") => runtime.block_on(
            LocalServerRenderer::<App>::with_props(AppProps { config: Config::default(), ..AppProps::default() })
                .hydratable(false)
                .render(),
        ),
        Some("--css") => STYLESHEET.to_string(),
        Some("--words") => words_json(),
        Some("--template") => stalking_help_widget::shell::keys::to_json(&ENGLISH),
        Some("--record") => {
            let n = std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(200);
            let first = std::env::args().nth(3).and_then(|n| n.parse().ok()).unwrap_or(0);
            record(first, n)
        }
        Some("--language") => {
            let tag = std::env::args().nth(2).unwrap_or_default();
            language_json(&runtime, &tag)
        }
        Some(other) => {
            eprintln!(
                "prerender: unknown argument {other:?} (use --full, --css, --words, --template, --language TAG or --record N [FIRST])"
            );
            std::process::exit(2);
        }
    };
    println!("{html}");
}

/// `{"exit-label":"Exit this page",…}`: the quick exit's words, in the form src/exit/quick-exit.js
/// carries them. Written out by hand: the words hold no character JSON would need escaped but a
/// quote or a backslash.
fn words_json() -> String {
    let escape = |t: &str| t.replace('\\', "\\\\").replace('"', "\\\"");
    let pairs: Vec<String> =
        ENGLISH.exit.by_key().iter().map(|(k, v)| format!("\"{}\":\"{}\"", escape(k), escape(v))).collect();
    format!("{{{}}}", pairs.join(","))
}

/// A built-in language, checked, in the form the loader hands the widget (see `words::walk`).
fn language_json(runtime: &tokio::runtime::Runtime, tag: &str) -> String {
    use stalking_help_widget::shell::keys::{check, BUILT_IN};
    use stalking_help_widget::words::Shared;
    let Some((tag, name, file)) = BUILT_IN.iter().find(|(t, _, _)| *t == tag) else {
        eprintln!("prerender: no built-in language {tag:?}");
        std::process::exit(2);
    };
    let path = format!("src/words/{tag}.json");
    let fail = |problems: Vec<String>| -> ! {
        eprintln!("{path}: {} problem(s):\n  {}", problems.len(), problems.join("\n  "));
        std::process::exit(1);
    };
    let parsed: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(file).unwrap_or_else(|e| fail(vec![format!("not a JSON object: {e}")]));
    let pairs: Vec<(String, Option<String>)> =
        parsed.iter().map(|(k, v)| (k.clone(), v.as_str().map(str::to_string))).collect();
    let (texts, problems) = check(&pairs);
    if !problems.is_empty() {
        fail(problems);
    }
    let dir = if parsed.get("dir").and_then(|d| d.as_str()) == Some("rtl") { "rtl" } else { "ltr" };
    let words =
        ENGLISH.with_texts(tag, dir, texts.clone()).unwrap_or_else(|n| fail(vec![format!("{n} texts expected")]));
    let words: &'static _ = Box::leak(Box::new(words));
    let fallback = runtime.block_on(
        LocalServerRenderer::<Fallback>::with_props(FallbackProps { catalogue: Some(Shared(words)) })
            .hydratable(false)
            .render(),
    );
    let exit: serde_json::Map<String, serde_json::Value> =
        words.exit.by_key().iter().map(|(k, v)| (k.to_string(), (*v).into())).collect();
    serde_json::json!({ "lang": tag, "dir": dir, "name": name, "texts": texts, "exit": exit, "fallback": fallback })
        .to_string()
}

/// A saved record of `n` made-up entries of everyday length, one a day, as the widget writes it,
/// numbered from `first` (so two files can share some entries and not others).
fn record(first: usize, n: usize) -> String {
    use stalking_help_widget::data::validate::Ymd;
    use stalking_help_widget::parts::record::file::{write, Entry, Record};
    let entries = (first..first + n)
        .map(|i| Entry {
            date: Some(Ymd::from_unix_days(20_000 + i as i64)),
            time: Some((8 * 60 + (i * 37) % 720) as u16),
            what: format!(
                "Entry {i}: he was waiting outside the office again when I left, and followed me to the bus stop."
            ),
            place: "Outside work, then the bus stop on the high street".into(),
            who: "My ex-partner".into(),
            witnesses: "A colleague saw him at the door".into(),
            feelings: "Scared to go home on my own".into(),
            evidence: "Photo of his car, messages saved".into(),
            reported: i % 5 == 0,
            reference: if i % 5 == 0 { format!("CR-{i:05}") } else { String::new() },
        })
        .collect();
    write(&ENGLISH.parts.record, &ENGLISH.time, &Record { entries, crime_reference: "CR-12345".into() })
}
