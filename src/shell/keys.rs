//! Every entry of a catalogue under a stable key, such as `check.title`,
//! `check.choice.behaviour.following` or `time.month.3`: the list a translator works from
//! (exported as `dist/lang/en.json` by the build), and the test that every built-in catalogue
//! has every key with the same placeholders as English.
//!
//! Table entries are keyed by their enum's name in snake case (`NextStep::ReportOnline(Scotland)`
//! becomes `report_online.scotland`), so a key never depends on the order of a table.

use super::catalogue::{walk, Words, ENGLISH};
use crate::words::Visit;

/// Collects every entry with its key.
struct Collect(Vec<(String, &'static str)>);

impl Visit for Collect {
    fn text<K: FnOnce() -> String>(&mut self, key: K, slot: &mut &'static str) {
        self.0.push((key(), slot));
    }
}

/// Every entry of `w`, by key, in the catalogue's own order: its words, then its dataset's.
pub fn entries(w: &Words) -> Vec<(String, &'static str)> {
    let mut out = Collect(Vec::new());
    walk(&mut w.clone(), &mut out);
    out.0
}

/// The languages built in besides English: tag, name in that language, and its catalogue (a
/// file in the same form as `dist/lang/en.json`, key by key). Packaged as `dist/lang/TAG.….json`
/// and fetched only by a page in that language.
pub const BUILT_IN: &[(&str, &str, &str)] = &[("cy", "Cymraeg", include_str!("../words/cy.json"))];

/// Entries of a catalogue file that are not texts.
const META: [&str; 3] = ["lang", "dir", "name"];

/// A catalogue checked against the English entries it must match: its texts in their order
/// (`None` where English stands), and the keys it lacks, the keys no entry has, and the keys
/// whose text is not used (not text, or placeholders that differ from English's). The loader
/// checks a host's catalogue by the same rule (`checkTexts` in www/stalking-help.js); both read
/// the cases in src/shell/cases/catalogue-check.json.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Checked {
    /// The texts, in the order of the English entries.
    pub texts: Vec<Option<String>>,
    /// Keys with no entry.
    pub missing: Vec<String>,
    /// Entries with no such key.
    pub unknown: Vec<String>,
    /// Keys whose entry is not text, or holds other placeholders than English's.
    pub wrong: Vec<String>,
}

/// Checks `given` against `english`, key by key (see [`Checked`]).
pub fn compare(english: &[(String, &str)], given: &[(String, Option<String>)]) -> Checked {
    let mut out = Checked::default();
    for (key, _) in given {
        if !META.contains(&key.as_str()) && !english.iter().any(|(k, _)| k == key) {
            out.unknown.push(key.clone());
        }
    }
    out.texts = english
        .iter()
        .map(|(key, en)| match given.iter().find(|(k, _)| k == key) {
            None => {
                out.missing.push(key.clone());
                None
            }
            Some((_, Some(text))) if placeholders(text) == placeholders(en) => Some(text.clone()),
            Some(_) => {
                out.wrong.push(key.clone());
                None
            }
        })
        .collect();
    out
}

/// Checks a catalogue given as `(key, text)` pairs against English: returns its texts in the
/// walk's order (`None` where it has none, so English stands) and every problem, each naming
/// its key: a key it lacks, a key no entry has, placeholders that differ from English's (that
/// text is then left out), a value that is not text.
pub fn check(given: &[(String, Option<String>)]) -> (Vec<Option<String>>, Vec<String>) {
    let english = entries(&ENGLISH);
    let checked = compare(&english, given);
    let mut problems: Vec<String> =
        checked.unknown.iter().map(|k| format!("{k}: no text has this key (is it spelled as in en.json?)")).collect();
    for (key, en) in &english {
        if checked.missing.contains(key) {
            problems.push(format!("{key}: missing"));
        } else if checked.wrong.contains(key) {
            problems.push(match given.iter().find(|(k, _)| k == key) {
                Some((_, None)) => format!("{key}: must be text"),
                _ => format!("{key}: must hold {:?}, as English does", placeholders(en)),
            });
        }
    }
    (checked.texts, problems)
}

/// The placeholders a text fills in, such as `{n}` and `{date}`, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        match rest[start..].find('}') {
            Some(end) => {
                out.push(&rest[start..start + end + 1]);
                rest = &rest[start + end + 1..];
            }
            None => break,
        }
    }
    out.sort_unstable();
    out
}

/// The catalogue as a JSON object of key → text, one entry a line, for translators.
pub fn to_json(w: &Words) -> String {
    let escape = |s: &str| {
        let mut out = String::with_capacity(s.len() + 2);
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out
    };
    let lines: Vec<String> =
        entries(w).iter().map(|(k, v)| format!("  \"{}\": \"{}\"", escape(k), escape(v))).collect();
    format!("{{\n  \"lang\": \"{}\",\n  \"dir\": \"{}\",\n{}\n}}\n", escape(w.lang), escape(w.dir), lines.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::super::catalogue::LANGUAGES;
    use super::*;

    #[test]
    fn every_entry_has_one_key_and_every_text_is_there() {
        let all = entries(&ENGLISH);
        let mut seen = std::collections::BTreeSet::new();
        for (key, text) in &all {
            assert!(seen.insert(key.clone()), "{key} twice");
            assert!(!text.trim().is_empty() || key.ends_with("note_pro"), "{key} is empty");
            assert!(key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b".-_".contains(&b)), "{key}");
        }
        assert!(all.len() > 400, "every word, not a sample: {}", all.len());
        // Every sentence the reading-ease report scores is among them.
        for sentence in ENGLISH.sentences() {
            assert!(all.iter().any(|(_, t)| *t == sentence), "{sentence:?} has no key");
        }
    }

    #[test]
    fn every_built_in_catalogue_has_every_key_with_the_same_placeholders() {
        let english = entries(&ENGLISH);
        for w in LANGUAGES {
            let theirs = entries(w);
            assert_eq!(theirs.len(), english.len(), "{}", w.lang);
            for ((key, en), (their_key, text)) in english.iter().zip(&theirs) {
                assert_eq!(key, their_key, "{}", w.lang);
                assert_eq!(placeholders(en), placeholders(text), "{}: {key}", w.lang);
            }
        }
    }

    #[test]
    fn every_built_in_language_has_every_key_with_english_placeholders_and_nothing_else() {
        for (tag, _, file) in BUILT_IN {
            let parsed: serde_json::Map<String, serde_json::Value> = serde_json::from_str(file).unwrap();
            assert_eq!(parsed.get("lang").and_then(|l| l.as_str()), Some(*tag));
            let pairs: Vec<(String, Option<String>)> =
                parsed.iter().map(|(k, v)| (k.clone(), v.as_str().map(str::to_string))).collect();
            let (texts, problems) = check(&pairs);
            assert!(problems.is_empty(), "src/words/{tag}.json:\n{}", problems.join("\n"));
            let words = ENGLISH.with_texts(tag, "ltr", texts).unwrap();
            assert!(!words.exit.label.is_empty() && words.exit.label != ENGLISH.exit.label, "{tag}");
        }
    }

    #[test]
    fn a_catalogue_is_checked_key_by_key() {
        let mut pairs: Vec<(String, Option<String>)> =
            entries(&ENGLISH).into_iter().map(|(k, v)| (k, Some(v.to_string()))).collect();
        pairs.retain(|(k, _)| k != "widget.title");
        pairs.push(("widget.titel".into(), Some("Help".into())));
        for (k, v) in &mut pairs {
            if k == "find.count_other" {
                *v = Some("{count} results".into());
            }
            if k == "check.next" {
                *v = None;
            }
        }
        let (texts, problems) = check(&pairs);
        assert_eq!(
            problems,
            [
                "widget.titel: no text has this key (is it spelled as in en.json?)",
                "widget.title: missing",
                "check.next: must be text",
                "find.count_other: must hold [\"{n}\"], as English does",
            ]
        );
        let words = ENGLISH.with_texts("xx", "ltr", texts).unwrap();
        assert_eq!(words.widget.title, ENGLISH.widget.title, "English stands in for what is missing");
        assert_eq!(words.parts.find.count_other, ENGLISH.parts.find.count_other);
        assert!(ENGLISH.with_texts("xx", "ltr", vec![None; 3]).is_err(), "a list of the wrong length is refused");
    }

    #[test]
    fn the_shared_catalogue_cases_are_checked_as_the_loader_checks_them() {
        #[derive(serde::Deserialize)]
        struct Case {
            given: serde_json::Map<String, serde_json::Value>,
            texts: Vec<Option<String>>,
            missing: Vec<String>,
            unknown: Vec<String>,
            wrong: Vec<String>,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            english: serde_json::Map<String, serde_json::Value>,
            cases: Vec<Case>,
        }
        let list: Cases = serde_json::from_str(include_str!("cases/catalogue-check.json")).unwrap();
        let english: Vec<(String, &str)> = list
            .english
            .iter()
            .filter(|(k, _)| !META.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.as_str().unwrap()))
            .collect();
        assert!(list.cases.len() >= 6);
        for case in list.cases {
            let given: Vec<(String, Option<String>)> =
                case.given.iter().map(|(k, v)| (k.clone(), v.as_str().map(str::to_string))).collect();
            let checked = compare(&english, &given);
            let about = format!("{:?}", case.given);
            assert_eq!(checked.texts, case.texts, "{about}");
            assert_eq!(checked.missing, case.missing, "{about}");
            assert_eq!(checked.unknown, case.unknown, "{about}");
            assert_eq!(checked.wrong, case.wrong, "{about}");
        }
    }

    #[test]
    fn the_catalogue_exports_as_json() {
        let json = to_json(&ENGLISH);
        assert!(json.starts_with("{\n  \"lang\": \"en-GB\",\n  \"dir\": \"ltr\",\n"));
        assert!(json.contains("\n  \"check.choice.behaviour.following\": \"Following me\","));
        assert!(json.contains(
            "\"record.keep_warning\": \"Anyone who uses this device could open this file. Keep it somewhere safe.\""
        ));
        assert!(json.trim_end().ends_with('}'));
        assert_eq!(json.matches("\n  \"").count(), entries(&ENGLISH).len() + 2);
    }
}
