//! How easy the widget's words are to read: the Flesch reading-ease score and the matching UK
//! reading age, over every sentence a visitor can see (guidance, service descriptions, the
//! widget's own sentences), with the hardest sentences listed so they can be rewritten.
//!
//! `cargo test --test readability -- --nocapture` prints the report (tests/run does).
#![cfg(not(target_arch = "wasm32"))]

use stalking_help_widget::data::{Block, GUIDANCE, SERVICES};
use stalking_help_widget::shell::ENGLISH;

/// Vowel groups, less a silent final "e"; at least one per word. A heuristic, good enough to
/// rank sentences and track the score over time.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    // A final "e" after a consonant is silent, except in "-le" after a consonant ("people").
    let silent_e = n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]);
    let consonant_le = n > 2 && w[n - 2] == 'l' && !vowel(w[n - 3]);
    if silent_e && !consonant_le {
        count -= 1;
    }
    count.max(1)
}

fn words(sentence: &str) -> Vec<&str> {
    sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect()
}

/// Splits text into sentences at ". ", "? " and "! ", keeping list items whole.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        current.push_str(word);
        current.push(' ');
        if word.ends_with(['.', '?', '!']) {
            out.push(current.trim().to_string());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

fn all_sentences() -> Vec<String> {
    // The widget's own words: every sentence in the catalogue, the self-check's questions,
    // options, results and next steps included.
    let mut texts: Vec<&str> = ENGLISH.sentences();
    for s in SERVICES {
        texts.extend([s.summary, s.description]);
        texts.extend(s.channels.iter().filter_map(|c| c.note));
    }
    for t in GUIDANCE {
        texts.push(t.title);
        for block in t.body {
            match block {
                Block::Para(p) | Block::Local { text: p, .. } => texts.push(p),
                Block::List(items) => texts.extend(items.iter().copied()),
            }
        }
    }
    texts.iter().flat_map(|t| sentences(t)).filter(|s| !words(s).is_empty()).collect()
}

struct Score {
    reading_ease: f64,
    grade: f64,
}

fn score(sentences: &[String]) -> Score {
    let (mut w, mut syl) = (0usize, 0usize);
    for s in sentences {
        let ws = words(s);
        w += ws.len();
        syl += ws.iter().map(|x| syllables(x)).sum::<usize>();
    }
    let wps = w as f64 / sentences.len() as f64;
    let spw = syl as f64 / w as f64;
    Score { reading_ease: 206.835 - 1.015 * wps - 84.6 * spw, grade: 0.39 * wps + 11.8 * spw - 15.59 }
}

#[test]
fn syllables_are_counted_sensibly() {
    assert_eq!(syllables("help"), 1);
    assert_eq!(syllables("police"), 2);
    assert_eq!(syllables("harassment"), 3);
    assert_eq!(syllables("people"), 2);
    assert_eq!(syllables("999"), 0);
    assert_eq!(sentences("One. Two words? Three").len(), 3);
}

#[test]
fn the_words_are_easy_to_read() {
    let all = all_sentences();
    let overall = score(&all);
    let mut ranked: Vec<(f64, &String)> =
        all.iter().map(|s| (score(std::slice::from_ref(s)).reading_ease, s)).collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0));

    println!("Readability of {} sentences a visitor can see:", all.len());
    println!("  Flesch reading ease: {:.1} (60 or more is plain English; higher is easier)", overall.reading_ease);
    println!("  Flesch-Kincaid grade: {:.1}, a UK reading age of about {:.0}", overall.grade, overall.grade + 5.0);
    println!("  The hardest sentences, to rewrite first:");
    for (ease, sentence) in ranked.iter().take(8) {
        println!("    {ease:6.1}  {sentence}");
    }
    // Flesch's formula is fitted to English syllables and sentence lengths; it says nothing true
    // about another language.
    for (tag, name, _) in stalking_help_widget::shell::keys::BUILT_IN {
        println!("  {name} ({tag}): not scored; this measure is made for English only.");
    }
    assert!(overall.reading_ease >= 60.0, "reading ease {:.1} is below 60", overall.reading_ease);
}
