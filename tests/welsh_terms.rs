//! The Welsh catalogue against its glossary (src/words/cy-glossary.toml): each term's Welsh
//! form is used, no corrected form comes back, and names that need their English beside them
//! have it. The rules themselves are tested on small made-up catalogues below.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use serde::Deserialize;

const CATALOGUE: &str = include_str!("../src/words/cy.json");
const GLOSSARY: &str = include_str!("../src/words/cy-glossary.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    english: String,
    welsh: String,
    #[serde(default)]
    avoid: Vec<String>,
    #[serde(default)]
    gloss: Option<Gloss>,
    #[serde(default)]
    review: bool,
    #[serde(default)]
    note: Option<String>,
    sources: Vec<String>,
    checked: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Gloss {
    /// Every use of the Welsh is followed by " (English)".
    Every,
    /// The English appears only as " (English)" right after the Welsh.
    EnglishAfterWelsh,
}

fn glossary() -> Glossary {
    toml::from_str(GLOSSARY).expect("src/words/cy-glossary.toml does not parse")
}

/// The catalogue's texts a visitor reads: everything but `lang`, `dir` and the search
/// synonyms, which deliberately list every form a visitor might type.
fn texts(catalogue: &str) -> BTreeMap<String, String> {
    let all: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(catalogue).expect("src/words/cy.json does not parse");
    all.into_iter()
        .filter(|(key, _)| key != "lang" && key != "dir" && !key.starts_with("find.synonyms."))
        .filter_map(|(key, value)| value.as_str().map(|text| (key, text.to_owned())))
        .collect()
}

/// Every place the catalogue breaks one of the term's rules, as "key: what is wrong".
fn problems(term: &Term, texts: &BTreeMap<String, String>) -> Vec<String> {
    let mut found = Vec::new();
    let welsh_lower = term.welsh.to_lowercase();
    if !texts.values().any(|text| text.to_lowercase().contains(&welsh_lower)) {
        found.push(format!("'{}' ({}) is not used anywhere", term.welsh, term.english));
    }
    let glossed = format!("{} ({})", term.welsh, term.english);
    for (key, text) in texts {
        for avoid in &term.avoid {
            if text.contains(avoid.as_str()) {
                found.push(format!("{key}: has '{avoid}'; write '{}'", term.welsh));
            }
        }
        let count = |part: &str| text.matches(part).count();
        match term.gloss {
            Some(Gloss::Every) if count(&term.welsh) != count(&glossed) => {
                found.push(format!("{key}: '{}' without ' ({})' after it", term.welsh, term.english));
            }
            Some(Gloss::EnglishAfterWelsh) if count(&term.english) != count(&glossed) => {
                found.push(format!("{key}: '{}' on its own; write '{glossed}'", term.english));
            }
            _ => {}
        }
    }
    found
}

#[test]
fn the_welsh_catalogue_keeps_to_its_glossary() {
    let texts = texts(CATALOGUE);
    let all: Vec<String> = glossary().term.iter().flat_map(|term| problems(term, &texts)).collect();
    assert!(all.is_empty(), "the Welsh catalogue breaks its glossary:\n{}", all.join("\n"));
}

#[test]
fn every_glossary_term_is_dated_and_a_corrected_form_is_not_its_own_welsh() {
    for term in glossary().term {
        assert!(
            term.checked.len() == 10 && term.checked.as_bytes()[4] == b'-' && term.checked.as_bytes()[7] == b'-',
            "{}: checked must be YYYY-MM-DD",
            term.english
        );
        assert!(!term.welsh.trim().is_empty(), "{}: no Welsh", term.english);
        for avoid in &term.avoid {
            assert!(!term.welsh.contains(avoid.as_str()), "{}: avoids its own form '{avoid}'", term.english);
        }
        assert!(!term.review || term.note.is_some(), "{}: a term left for review says why in a note", term.english);
        for source in &term.sources {
            assert!(!source.trim().is_empty(), "{}: an empty source", term.english);
        }
    }
}

fn term(welsh: &str, english: &str, avoid: &[&str], gloss: Option<Gloss>) -> Term {
    Term {
        english: english.into(),
        welsh: welsh.into(),
        avoid: avoid.iter().map(|a| a.to_string()).collect(),
        gloss,
        review: false,
        note: None,
        sources: Vec::new(),
        checked: "2026-12-04".into(),
    }
}

#[test]
fn the_rules_find_a_missing_term_an_avoided_form_and_a_missing_gloss() {
    let catalogue = r#"{
        "lang": "cy",
        "a": "Ffoniwch Heddlu'r Alban (Police Scotland) neu Police Scotland.",
        "b": "Gofynnwch am Orchymyn X. Ac am Orchymyn X (Order X).",
        "c": "Mae'n cael ei rhedeg gan y Suzy Lamplugh Trust.",
        "find.synonyms.1": "y Suzy Lamplugh Trust, riportio"
    }"#;
    let texts = texts(catalogue);

    let scotland = term("Heddlu'r Alban", "Police Scotland", &[], Some(Gloss::EnglishAfterWelsh));
    assert_eq!(
        problems(&scotland, &texts),
        ["a: 'Police Scotland' on its own; write 'Heddlu'r Alban (Police Scotland)'"]
    );

    let order = term("Orchymyn X", "Order X", &[], Some(Gloss::Every));
    assert_eq!(problems(&order, &texts), ["b: 'Orchymyn X' without ' (Order X)' after it"]);

    let trust = term("Ymddiriedolaeth Suzy Lamplugh", "Suzy Lamplugh Trust", &["y Suzy Lamplugh Trust"], None);
    assert_eq!(
        problems(&trust, &texts),
        [
            "'Ymddiriedolaeth Suzy Lamplugh' (Suzy Lamplugh Trust) is not used anywhere",
            "c: has 'y Suzy Lamplugh Trust'; write 'Ymddiriedolaeth Suzy Lamplugh'"
        ]
    );

    // The search synonyms may hold any form a visitor might type.
    let report = term("rhoi gwybod", "report", &["riportio"], None);
    assert_eq!(problems(&report, &texts), ["'rhoi gwybod' (report) is not used anywhere"]);

    // Case is ignored when looking for the Welsh, kept for the forms to avoid.
    let call = term("ffoniwch heddlu'r alban", "call Police Scotland", &["ffoniwch Heddlu"], None);
    assert!(problems(&call, &texts).is_empty());
}
