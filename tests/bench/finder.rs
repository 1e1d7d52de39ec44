//! How long the finder takes per keystroke, at the real dataset size and at 100 times it.
//! Prints figures; asserts nothing (timings depend on the machine).
//!
//! `cargo bench --bench finder`

use std::hint::black_box;
use std::time::Instant;

use stalking_help_widget::data::{Service, SERVICES};
use stalking_help_widget::kit::clock::uk_time;
use stalking_help_widget::parts::finder::{search, search_text, Query};
use stalking_help_widget::{shell::ENGLISH, words::DataWords};

/// What a person types, one keystroke at a time, and a few whole searches.
const TYPING: [&str; 12] = [
    "s",
    "st",
    "sta",
    "stal",
    "stalk",
    "stalki",
    "stalkin",
    "stalking",
    "stalking h",
    "stalking help",
    "revenge porn",
    "work",
];

fn scaled(times: usize) -> Vec<&'static Service> {
    let mut out = Vec::with_capacity(SERVICES.len() * times);
    for copy in 0..times {
        for s in SERVICES {
            let name: &'static str = Box::leak(format!("{} {copy}", s.name).into_boxed_str());
            out.push(&*Box::leak(Box::new(Service { name, ..*s })));
        }
    }
    out
}

fn measure(services: &[&'static Service]) -> (f64, f64) {
    let texts: Vec<String> = services.iter().map(|s| search_text(s, &DataWords::BUNDLED)).collect();
    let now = uk_time(1_795_000_000);
    let rounds = (20_000 / services.len()).max(20);
    let start = Instant::now();
    for _ in 0..rounds {
        for text in TYPING {
            let q = Query { text: text.into(), open_now: true, ..Query::default() };
            black_box(search(services, &texts, &q, now, ENGLISH.parts.find.synonyms));
        }
    }
    let per_keystroke = start.elapsed().as_secs_f64() * 1e6 / (rounds * TYPING.len()) as f64;
    let start = Instant::now();
    black_box(services.iter().map(|s| search_text(s, &DataWords::BUNDLED)).collect::<Vec<_>>());
    let prepare = start.elapsed().as_secs_f64() * 1e6;
    (per_keystroke, prepare)
}

fn main() {
    println!("Finder cost (native, optimised build; the browser is typically a few times slower):");
    println!("{:>10}  {:>16}  {:>18}", "services", "per keystroke", "prepare (once)");
    for times in [1, 100] {
        let services = scaled(times);
        let (per_keystroke, prepare) = measure(&services);
        println!("{:>10}  {:>13.1} µs  {:>15.1} µs", services.len(), per_keystroke, prepare);
    }
}
