//! Turns the human-edited dataset into static Rust, refusing any fact that does not check out.
//!
//! See the "Data generation" section of `src/data/mod.rs`.

use std::time::{SystemTime, UNIX_EPOCH};

#[allow(dead_code, unreachable_pub)]
#[path = "src/data/validate.rs"]
mod validate;

#[allow(dead_code, unreachable_pub)]
#[path = "src/data/plain.rs"]
mod plain;

#[allow(dead_code, unreachable_pub)]
#[path = "src/data/record.rs"]
mod record;

// Build-time code lives in build/ (nothing there ships); the fact checks in src/data/validate.rs
// and the service record's rules (src/data/record.rs) are shared with the widget, which checks a
// host's own services by the same rules.
#[allow(dead_code, unreachable_pub)]
#[path = "build/load.rs"]
mod load;

#[allow(dead_code, unreachable_pub)]
#[path = "build/generate.rs"]
mod generate;

#[path = "build/css.rs"]
mod css;

const SERVICES: &str = "src/data/services.toml";
const HOLIDAYS: &str = "src/data/bank_holidays.toml";
const GUIDANCE: &str = "src/data/guidance.toml";
/// The widget's styles, in cascade order: the frame's, the shared view kit's, the quick exit's,
/// then each part's own (`src/parts/*/style.css`, by name), so a new part's style is found
/// without being listed.
fn stylesheets() -> Vec<String> {
    let mut parts: Vec<String> = std::fs::read_dir("src/parts")
        .map(|dir| {
            dir.flatten()
                .map(|e| e.path().join("style.css"))
                .filter(|p| p.is_file())
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .collect()
        })
        .unwrap_or_default();
    parts.sort();
    let mut all: Vec<String> =
        ["src/shell/widget.css", "src/view/style.css", "src/exit/style.css"].map(String::from).to_vec();
    all.extend(parts);
    all
}

fn main() {
    for input in [
        SERVICES,
        HOLIDAYS,
        GUIDANCE,
        "src/parts",
        "build/load.rs",
        "build/generate.rs",
        "build/css.rs",
        "src/data/validate.rs",
        "src/data/plain.rs",
        "src/data/record.rs",
    ] {
        println!("cargo:rerun-if-changed={input}");
    }
    for sheet in stylesheets() {
        println!("cargo:rerun-if-changed={sheet}");
    }
    let read =
        |file: &str| std::fs::read_to_string(file).unwrap_or_else(|e| fail(&[format!("{file}: cannot be read: {e}")]));
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    let today = validate::Ymd::from_unix_days(days as i64);

    // Every file is checked, and every problem in all of them reported, before giving up.
    let services = load::load(SERVICES, &read(SERVICES), today);
    let holidays = load::load_holidays(HOLIDAYS, &read(HOLIDAYS), today);
    let areas = services.as_ref().ok().map(|s| s.areas.as_slice());
    let guidance = load::load_guidance(GUIDANCE, &read(GUIDANCE), today, areas);
    let (services, holidays, guidance) = match (services, holidays, guidance) {
        (Ok(s), Ok(h), Ok(g)) => (s, h, g),
        (s, h, g) => {
            let errors = [s.err(), h.err(), g.err()].into_iter().flatten().flatten();
            fail(&errors.map(|e| e.to_string()).collect::<Vec<_>>())
        }
    };
    let problems = load::cross_check(&services, &holidays, SERVICES);
    if !problems.is_empty() {
        fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
    let rust = services.to_rust(&format!("{SERVICES}, {HOLIDAYS} and {GUIDANCE}"), &holidays, &guidance);
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, text: String| {
        let out = out_dir.join(name);
        std::fs::write(&out, text).unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", out.display())]));
    };
    write("dataset.rs", rust);
    write(
        "widget.css",
        css::join_media(&css::minify(&stylesheets().iter().map(|f| read(f)).collect::<Vec<_>>().join("\n"))),
    );
}

fn fail(lines: &[String]) -> ! {
    eprintln!("\nThe dataset has {} problem(s); nothing was built:", lines.len());
    for line in lines {
        eprintln!("  - {line}");
    }
    eprintln!();
    std::process::exit(1);
}
