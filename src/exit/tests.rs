//! The quick exit's script (rules.js and the files beside it) and the widget keep one set of
//! words and one set of limits: the script's copies are checked here against the widget's own.
//! (The rules themselves are checked on both sides against the shared cases in cases/.)

use std::collections::BTreeMap;

use crate::config::{DEFAULT_EXIT_URL, MAX_TEXT, TEXT_KEYS};
use crate::data::validate::MAX_ADDRESS;
use crate::shell::ENGLISH;

const SCRIPT: &str = include_str!("rules.js");

/// The text after `var NAME = ` up to the end of that line, without the `;`.
fn value_of(name: &str) -> &'static str {
    let start = SCRIPT.find(&format!("var {name} = ")).unwrap_or_else(|| panic!("rules.js has no {name}"));
    let line = &SCRIPT[start..];
    let line = &line[..line.find('\n').unwrap()];
    line.split_once(" = ").unwrap().1.trim_end_matches(';')
}

#[test]
fn the_scripts_words_are_the_widgets_own() {
    let script: BTreeMap<String, String> = serde_json::from_str(value_of("WORDS")).unwrap();
    let widget: BTreeMap<String, String> =
        ENGLISH.exit.by_key().iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    assert_eq!(script, widget, "update WORDS in src/exit/rules.js (or run pkg-config/build, which fills it in)");
    for key in widget.keys() {
        assert!(TEXT_KEYS.contains(&key.as_str()), "a host can re-word {key}");
    }
}

#[test]
fn the_scripts_limits_are_the_widgets_own() {
    assert_eq!(value_of("DEFAULT_EXIT_URL"), format!("'{DEFAULT_EXIT_URL}'"));
    assert_eq!(value_of("MAX_ADDRESS"), MAX_ADDRESS.to_string());
    assert_eq!(value_of("MAX_TEXT"), MAX_TEXT.to_string());
    assert_eq!(value_of("CHOSEN"), format!("'{}'", crate::config::CHOSEN_EXIT));
}
