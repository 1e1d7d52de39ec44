//! The tree by part, held to what the README says of it. Each part's folder has what a part
//! has and is listed once in the registry; the parts import none of each other; each layer
//! imports only the layers below it; no shipped file is over 600 lines before its tests; every
//! path the README's change table names exists; and the change map, measured here on an example
//! of each change already in the code, is the one the README shows and meets its goal.
//!
//! `cargo test --test layout -- --nocapture` prints the map as measured.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Every file under `dir`, sorted, with `/` separators, relative to the crate.
fn files(dir: &str) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if path.is_dir() {
                if name != "node_modules" {
                    walk(&path, out);
                }
            } else {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new(dir), &mut out);
    let mut names: Vec<String> = out.iter().map(|p| p.to_string_lossy().replace('\\', "/")).collect();
    names.sort();
    names
}

/// What a visitor's download or the widget is built from: no tests, no test cases, nothing a
/// command writes (a language's record of the English it follows).
fn shipped(file: &str) -> bool {
    !(file.ends_with("/tests.rs")
        || file.ends_with(".from-english")
        || file.ends_with(".test.mjs")
        || file.contains("/cases/")
        || file.ends_with(".md")
        || file.starts_with("src/bin/"))
}

/// A file's text before its test module (the tests are not what a change has to touch).
fn code(file: &str) -> String {
    let text = fs::read_to_string(file).unwrap_or_default();
    match text.find("#[cfg(test)]") {
        Some(at) if file.ends_with(".rs") => text[..at].to_string(),
        _ => text,
    }
}

/// Whether `text` names `word` (not as part of a longer name).
fn names(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// The shipped files (the crate, the loader, the packaging) that name any of `words`.
fn naming(words: &[&str]) -> BTreeSet<String> {
    ["src", "www", "pkg-config/npm", "pkg-config/package.mjs"]
        .iter()
        .flat_map(|d| if d.ends_with(".mjs") { vec![d.to_string()] } else { files(d) })
        .filter(|f| shipped(f))
        .filter(|f| {
            let text = code(f);
            words.iter().any(|w| names(&text, w))
        })
        .collect()
}

/// The parts: every folder under `src/parts/`.
fn parts() -> Vec<String> {
    let mut out: Vec<String> = fs::read_dir("src/parts")
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    out.sort();
    out
}

/// The layer a source file belongs to, highest first; `None` for one outside the layers.
fn layer(file: &str) -> Option<usize> {
    const LAYERS: [&str; 9] = [
        "src/embed.rs",
        "src/shell/",
        "src/config/",
        "src/parts/",
        "src/exit/",
        "src/view/",
        "src/words/",
        "src/kit/",
        "src/data/",
    ];
    LAYERS.iter().position(|l| file.starts_with(l))
}

/// The module paths a Rust file imports from the crate: `crate::parts::checker` → that.
fn imports(text: &str) -> Vec<String> {
    text.match_indices("crate::")
        .map(|(at, _)| {
            text[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
                .collect()
        })
        .collect()
}

#[test]
fn each_part_has_a_folder_of_its_own_listed_once_in_the_registry() {
    let registry = code("src/parts/mod.rs");
    let parts = parts();
    assert!(parts.len() >= 4, "{parts:?}");
    for part in &parts {
        let dir = format!("src/parts/{part}");
        let module = code(&format!("{dir}/mod.rs"));
        assert!(module.starts_with("//!"), "{dir}/mod.rs says what the part is");
        assert!(module.contains("What lives here"), "{dir}/mod.rs says what lives in the folder");
        assert!(code(&format!("{dir}/words.rs")).contains("words! {"), "{dir}/words.rs declares its words");
        assert!(Path::new(&format!("{dir}/view.rs")).is_file(), "{dir}/view.rs draws it");
        assert!(names(&registry, &format!("pub mod {part}")), "{part} is a module of the registry");
        let rows = registry.lines().filter(|l| l.contains(&format!(" {part}::"))).count();
        assert_eq!(rows, 1, "{part}: one registry row (its words, its view, and its piece if it has one)");
    }
}

#[test]
fn the_parts_stand_side_by_side_and_every_layer_imports_only_those_below() {
    let parts = parts();
    let mut wrong = Vec::new();
    for file in files("src").iter().filter(|f| f.ends_with(".rs") && shipped(f)) {
        let Some(own) = layer(file) else { continue };
        let text = code(file);
        for import in imports(&text) {
            let target = format!("src/{}", import.replace("::", "/"));
            let target_layer = if import.starts_with("shell") {
                layer("src/shell/")
            } else if import == "parts" || import.starts_with("parts::Part") || import.starts_with("parts::{") {
                // The registry itself: the part list and what every part is given.
                layer("src/parts/")
            } else {
                layer(&(target.clone() + "/"))
            };
            let Some(target_layer) = target_layer else { continue };
            if target_layer < own {
                wrong.push(format!("{file} imports crate::{import}, a layer above it"));
            }
            // A part imports no other part.
            if let Some(part) = file.strip_prefix("src/parts/").and_then(|f| f.split('/').next()) {
                for other in parts.iter().filter(|p| *p != part) {
                    if import.starts_with(&format!("parts::{other}")) {
                        wrong.push(format!("{file} imports crate::{import}: a part never imports another"));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(!parts.is_empty());
}

#[test]
fn no_shipped_file_is_over_600_lines_before_its_tests() {
    let mut long = Vec::new();
    for dir in ["src", "www", "pkg-config"] {
        for file in files(dir) {
            let shipped_kind = [".rs", ".js", ".mjs", ".css"].iter().any(|e| file.ends_with(e));
            if !shipped_kind || !shipped(&file) || file.contains("/tools/") {
                continue;
            }
            let lines = code(&file).lines().count();
            if lines > 600 {
                long.push(format!("{file}: {lines} lines"));
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// One everyday change, measured on an example of it already in the code.
struct Change {
    what: &'static str,
    /// The names the example goes by.
    names: &'static [&'static str],
    /// Files that name it but are not what such a change has to touch, and why.
    besides: &'static [(&'static str, &'static str)],
    goal: usize,
}

const CHANGES: [Change; 5] = [
    Change {
        what: "one more sentence, anywhere",
        // The record's "Entry saved."
        names: &["saved_entry", "record.saved_entry"],
        besides: &[("src/parts/record/view.rs", "the view that shows it")],
        goal: 2,
    },
    Change {
        what: "a self-check question",
        // "How long has it been going on?"
        names: &["HowLong", "how_long", "Choice::Duration", "duration"],
        besides: &[("src/parts/checker/options.rs", "a new kind of answer (Duration); a yes or no needs none")],
        goal: 3,
    },
    Change {
        what: "a service field shown on the card",
        // The oldest age a service helps.
        names: &["max_age"],
        besides: &[
            ("src/data/services.toml", "the facts themselves"),
            ("src/parts/checker/rank.rs", "the self-check also ranks by age, which a field shown needs not"),
        ],
        goal: 3,
    },
    Change {
        what: "a new part (tab) of the widget",
        // The guidance part, the smallest, by everything it goes by outside its folder.
        names: &["GuideWords", "guidance::Guidance", "guide_title", "mod guidance"],
        besides: &[],
        goal: 3,
    },
    Change {
        what: "the quick exit's behaviour, words and look",
        // What only the quick exit does: its Shift counter, its words, its bar's look.
        names: &["createShiftCounter", "ExitWords", "exit-bar", "data-quick-exit-status"],
        besides: &[
            ("src/shell/app.rs", "the app that shows it, as it shows every part"),
            ("src/shell/fallback.rs", "the static version that shows it"),
            ("src/shell/catalogue.rs", "the catalogue that gathers every section"),
            ("src/shell/words.rs", "the frame's words, which name the exit in a sentence"),
        ],
        goal: 1,
    },
];

/// The files a change touches, as measured: its example's, less those it need not touch (and
/// which of those the example named).
fn measure(change: &Change) -> (BTreeSet<String>, Vec<(&'static str, &'static str)>) {
    let mut found = naming(change.names);
    let mut set_aside = Vec::new();
    for (file, why) in change.besides {
        if found.remove(*file) {
            set_aside.push((*file, *why));
        }
    }
    if change.what.starts_with("a new part") {
        // Its own folder is one place: a new part is a new folder.
        found = found
            .into_iter()
            .map(|f| if f.starts_with("src/parts/guidance/") { "src/parts/guidance/".into() } else { f })
            .collect();
    }
    if change.what.starts_with("the quick exit") {
        // The folder counts once, and only the files that say what it does are kept.
        found = found
            .into_iter()
            .filter(|f| f.ends_with(".js") || f.ends_with(".css") || f.ends_with("words.rs") || f.ends_with("view.rs"))
            .map(|f| if f.starts_with("src/exit/") { "src/exit/".into() } else { f })
            .collect();
    }
    (found, set_aside)
}

#[test]
fn the_change_map_meets_its_goal_and_is_the_one_the_readme_shows() {
    let readme = fs::read_to_string("README.md").unwrap();
    let mut wrong = Vec::new();
    println!("\n{:<45} {:>5} {:>5}  files", "change", "files", "goal");
    for change in &CHANGES {
        let (found, set_aside) = measure(change);
        println!(
            "{:<45} {:>5} {:>5}  {}",
            change.what,
            found.len(),
            change.goal,
            found.iter().cloned().collect::<Vec<_>>().join(", ")
        );
        for (file, why) in set_aside {
            println!("{:<45} {:>5} {:>5}  (and {file}: {why})", "", "", "");
        }
        if found.len() > change.goal {
            wrong.push(format!("{}: {} files, the goal is {}: {found:?}", change.what, found.len(), change.goal));
        }
        let row = format!("| {} | {} |", change.what, found.len());
        if !readme.contains(&row) {
            wrong.push(format!("the README's change map should have a row starting {row:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_path_the_readme_change_table_names_exists() {
    let readme = fs::read_to_string("README.md").unwrap();
    let start = readme.find("Where each everyday change goes").expect("the README has its change table");
    let end = start + readme[start..].find("\nFolders:").expect("the table ends before Folders");
    let mut missing = Vec::new();
    for quoted in readme[start..end].split('`').skip(1).step_by(2) {
        let looks_like_a_path =
            ["src/", "www/", "pkg-config/", "build/", "tests/"].iter().any(|p| quoted.starts_with(p));
        // `src/words/TAG.json` is a pattern for a file to write, not one that is there.
        if !looks_like_a_path || quoted.contains("TAG") {
            continue;
        }
        let exists = if quoted.contains('*') {
            let (before, after) = quoted.split_once('*').unwrap();
            files(before.trim_end_matches('/')).iter().any(|f| f.starts_with(before) && f.ends_with(after))
        } else {
            Path::new(quoted).exists()
        };
        if !exists {
            missing.push(quoted.to_string());
        }
    }
    assert!(missing.is_empty(), "the README's change table names what is not there: {missing:?}");
}
