//! A translation is of one English text: when the English changes, the translation may no longer
//! say the same. Each built-in language keeps, beside its file, a fingerprint of the English each
//! of its texts was written from (`src/words/TAG.from-english`). This test names every text whose
//! English has changed since, and every text added since, so nobody ships a Welsh sentence that
//! says what the English used to.
//!
//! After checking and updating the translations it names:
//! `UPDATE_TRANSLATIONS=1 cargo test --test translations` records the English they now follow.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use stalking_help_widget::shell::keys::{entries, BUILT_IN};
use stalking_help_widget::shell::ENGLISH;

/// A short fingerprint of a text (FNV-1a, 64 bits): any change to the English changes it.
fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The file of fingerprints for a language, as it should read now: `key fingerprint` a line.
fn now() -> String {
    let mut out = String::from(
        "# The English each text of this language was translated from, by fingerprint (tests/translations.rs).\n",
    );
    for (key, text) in entries(&ENGLISH) {
        out.push_str(&format!("{key} {}\n", fingerprint(text)));
    }
    out
}

fn read(file: &str) -> BTreeMap<String, String> {
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' ').map(|(k, v)| (k.to_string(), v.to_string())))
        .collect()
}

/// What has changed under a language: texts whose English changed, and texts it has not had.
fn stale(recorded: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (key, text) in entries(&ENGLISH) {
        match recorded.get(&key) {
            None => out.push(format!("{key}: new since the translation ({text:?})")),
            Some(print) if *print != fingerprint(text) => {
                out.push(format!("{key}: the English changed since it was translated; it now reads {text:?}"))
            }
            Some(_) => {}
        }
    }
    out
}

#[test]
fn every_translation_follows_the_english_as_it_is_now() {
    for (tag, _, _) in BUILT_IN {
        let file = format!("src/words/{tag}.from-english");
        if std::env::var_os("UPDATE_TRANSLATIONS").is_some() {
            std::fs::write(&file, now()).unwrap();
            continue;
        }
        let problems = stale(&read(&file));
        assert!(
            problems.is_empty(),
            "{} text(s) in src/words/{tag}.json may no longer say what the English says. Check and \
             update each, then run: UPDATE_TRANSLATIONS=1 cargo test --test translations\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}

#[test]
fn a_changed_or_new_english_text_is_named() {
    let mut recorded: BTreeMap<String, String> =
        entries(&ENGLISH).into_iter().map(|(k, v)| (k, fingerprint(v))).collect();
    assert!(stale(&recorded).is_empty(), "as recorded, nothing is stale");
    recorded.insert("widget.title".into(), fingerprint("An older title"));
    recorded.remove("exit.label");
    let problems = stale(&recorded);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("widget.title: the English changed")));
    assert!(problems.iter().any(|p| p.starts_with("exit.label: new since")));
    assert_ne!(fingerprint("a"), fingerprint("b"));
}
