//! Turns the human-edited dataset into static Rust, refusing any fact that does not check out.
//!
//! See the "Data generation" section of `src/data/mod.rs`.

use std::time::{SystemTime, UNIX_EPOCH};

#[allow(dead_code, unreachable_pub)]
#[path = "src/data/validate.rs"]
mod validate;

#[allow(dead_code, unreachable_pub)]
#[path = "src/data/source.rs"]
mod source;

const DATASET: &str = "src/data/services.toml";

fn main() {
    for input in [DATASET, "src/data/source.rs", "src/data/validate.rs"] {
        println!("cargo:rerun-if-changed={input}");
    }
    let text = std::fs::read_to_string(DATASET).unwrap_or_else(|e| fail(&[format!("{DATASET}: cannot be read: {e}")]));
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    let today = validate::Ymd::from_unix_days(days as i64);
    match source::load(DATASET, &text, today) {
        Ok(dataset) => {
            let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
            std::fs::write(&out, dataset.to_rust(DATASET))
                .unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", out.display())]));
        }
        Err(errors) => fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>()),
    }
}

fn fail(lines: &[String]) -> ! {
    eprintln!("\nThe dataset has {} problem(s); nothing was built:", lines.len());
    for line in lines {
        eprintln!("  - {line}");
    }
    eprintln!();
    std::process::exit(1);
}
