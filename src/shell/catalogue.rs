//! The catalogue: every word a visitor can see, in one value per language, gathered from the
//! sections each part and the view kit declare (see [`crate::words::declare`]), with the
//! dataset's words after them. The app hands it down through Yew context, and each component
//! takes its own section from it.
//!
//! A language's texts arrive as one list in the walk's order ([`walk`]): the frame's, the quick
//! exit's, the card's, the clock's, the place's, each part's in the registry's order, then the
//! dataset's. The `.wasm` carries no key names; the keys ([`super::keys`]) are made natively.

use std::any::Any;

use super::words::WidgetWords;
use crate::config::Config;
use crate::exit::ExitWords;
use crate::parts::PartWords;
use crate::view::{CardWords, Kit, LoadWords, PlaceWords};
use crate::words::walk::walk_data;
use crate::words::{text_problem, Catalogue, DataWords, English, Section, Shared, TimeWords, Visit};

/// The words of the widget in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// The language tag, for the widget's `lang` attribute.
    pub lang: &'static str,
    /// The direction its script runs: `ltr`, or `rtl` (Urdu, Arabic), for the widget's `dir`.
    pub dir: &'static str,
    /// The widget's own heading, introduction and emergency strip.
    pub widget: WidgetWords,
    /// The quick exit's words (carried by the quick exit's script too).
    pub exit: ExitWords,
    /// A service's card.
    pub card: CardWords,
    /// Days, months and the clock.
    pub time: TimeWords,
    /// Where the visitor lives.
    pub place: PlaceWords,
    /// While a part arrives, and if it cannot.
    pub load: LoadWords,
    /// Each part's words (the English ones are shared with the parts themselves).
    pub parts: &'static PartWords,
    /// The dataset's words: services, guidance and labels.
    pub data: DataWords,
}

/// British English, the default. Plain, warm and blame-free: short sentences, everyday words,
/// no jargon, and never "you are being stalked", only "could be".
pub static ENGLISH: Words = Words {
    lang: "en-GB",
    dir: "ltr",
    widget: WidgetWords::ENGLISH,
    exit: ExitWords::ENGLISH,
    card: CardWords::ENGLISH,
    time: TimeWords::ENGLISH,
    place: PlaceWords::ENGLISH,
    load: LoadWords::ENGLISH,
    parts: &crate::parts::ENGLISH,
    data: DataWords::BUNDLED,
};

/// The kit's sections in English, found in the one English catalogue.
macro_rules! english_in_catalogue {
    ($($section:ty => $field:ident),* $(,)?) => {
        $(
            impl English for $section {
                fn english() -> &'static Self {
                    &ENGLISH.$field
                }
            }
        )*
    };
}

english_in_catalogue!(CardWords => card, TimeWords => time, PlaceWords => place, LoadWords => load);

/// Every language built into the widget, the default first.
pub static LANGUAGES: [&Words; 1] = [&ENGLISH];

impl Catalogue for Words {
    fn lang(&self) -> &'static str {
        self.lang
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Every entry of `w`'s own words (not the dataset's), in the catalogue's order.
pub fn walk_words<V: Visit>(w: &mut Words, v: &mut V) {
    w.widget.walk(v);
    w.exit.walk(v);
    w.card.walk(v);
    w.time.walk(v);
    w.place.walk(v);
    w.load.walk(v);
    let mut parts = w.parts.clone();
    parts.walk(v);
    w.parts = Box::leak(Box::new(parts));
}

/// Every entry of a catalogue, its words then its dataset's.
pub fn walk<V: Visit>(w: &mut Words, v: &mut V) {
    walk_words(w, v);
    walk_data(&mut w.data, v);
}

/// Fills a catalogue from texts in the walk's order; `None` keeps the entry as it was.
struct Fill<I> {
    texts: I,
    count: usize,
}

impl<I: Iterator<Item = Option<String>>> Visit for Fill<I> {
    // Called once for every entry of every section: kept out of line, so each entry costs the
    // download a call, not a copy of this.
    #[inline(never)]
    fn text<K: FnOnce() -> String>(&mut self, _key: K, slot: &mut &'static str) {
        self.count += 1;
        if let Some(Some(text)) = self.texts.next() {
            *slot = Box::leak(text.into_boxed_str());
        }
    }
}

impl Words {
    /// The view kit's words in this catalogue.
    pub fn kit(&'static self) -> Kit {
        Kit {
            lang: self.lang,
            card: &self.card,
            time: &self.time,
            place: &self.place,
            load: &self.load,
            data: &self.data,
            browser: crate::view::Browser::HERE,
        }
    }

    /// This catalogue with `texts` in place of its own, in the walk's order (the form the loader
    /// hands a language's file over in). `None` for a text keeps this catalogue's. A list of the
    /// wrong length is refused whole, as it was made for another version of the widget: the
    /// error is the length expected.
    pub fn with_texts(
        &self,
        lang: &'static str,
        dir: &'static str,
        texts: Vec<Option<String>>,
    ) -> Result<Words, usize> {
        let given = texts.len();
        let mut out = self.clone();
        out.lang = lang;
        out.dir = dir;
        let mut fill = Fill { texts: texts.into_iter(), count: 0 };
        walk(&mut out, &mut fill);
        if fill.count == given {
            Ok(out.with_usable_exit(self))
        } else {
            Err(fill.count)
        }
    }

    /// This catalogue with each of the quick exit's texts that breaks [`text_problem`] put back
    /// to `fallback`'s: a language's label can never leave the exit blank.
    pub fn with_usable_exit(mut self, fallback: &Words) -> Words {
        for (key, text) in self.exit.by_key() {
            if text_problem(key, crate::data::plain::host_trim(text), true).is_some() {
                if let (Some(slot), Some(good)) =
                    (self.exit.by_key_mut(key), fallback.exit.by_key().iter().find(|(k, _)| *k == key))
                {
                    *slot = good.1;
                }
            }
        }
        self
    }

    /// The entry a host re-words with `data-i18n.KEY` (the keys are in `config::TEXT_KEYS`).
    pub fn host_text(&mut self, key: &str) -> Option<&mut &'static str> {
        let w = &mut self.widget;
        Some(match key {
            "title" => &mut w.title,
            "intro" => &mut w.intro,
            "leaving-safely" => &mut w.leaving_safely,
            "strip-999" => &mut w.strip_999,
            "strip-101" => &mut w.strip_101,
            "strip-silent" => &mut w.strip_silent,
            key => return self.exit.by_key_mut(key),
        })
    }

    /// Every sentence a visitor can read in this catalogue's own words (for the reading-ease
    /// report), from every section, so a new part's are scored too: each text of three words or
    /// more, less the templates (a `{name}` to fill) and the saved copy's blank form.
    pub fn sentences(&self) -> Vec<&'static str> {
        struct Sentences(Vec<&'static str>);
        impl Visit for Sentences {
            fn text<K: FnOnce() -> String>(&mut self, _key: K, slot: &mut &'static str) {
                let text: &'static str = slot;
                if text.split_whitespace().count() >= 3 && !text.contains('{') && !text.contains('\n') {
                    self.0.push(text);
                }
            }
        }
        let mut out = Sentences(Vec::new());
        walk_words(&mut self.clone(), &mut out);
        out.0
    }
}

/// The catalogue the widget speaks for `config`: its language's words, with the host's
/// re-wordings in place. Made once for each language, re-wording and frame (the re-worded
/// catalogue lives as long as the page), so switching languages back and forth makes nothing
/// new.
pub fn words_for(config: &Config) -> &'static Words {
    type Made = (Vec<(&'static str, String)>, Option<Shared>, bool, &'static Words);
    thread_local! {
        static MADE: std::cell::RefCell<Vec<Made>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let base = config.language.and_then(|l| l.0.as_any().downcast_ref::<Words>()).unwrap_or(&ENGLISH);
    if config.texts.is_empty() && !config.framed {
        return base;
    }
    let same = |m: &&Made| m.0 == config.texts && m.1 == config.language && m.2 == config.framed;
    if let Some(made) = MADE.with(|all| all.borrow().iter().find(same).map(|m| m.3)) {
        return made;
    }
    let mut words = base.clone();
    if config.framed {
        words.exit.hint = words.exit.hint_framed;
    }
    for (key, text) in &config.texts {
        if let Some(slot) = words.host_text(key) {
            *slot = Box::leak(text.clone().into_boxed_str());
        }
    }
    let made: &'static Words = Box::leak(Box::new(words));
    MADE.with(|all| all.borrow_mut().push((config.texts.clone(), config.language, config.framed, made)));
    made
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parts::checker::{Path, Pattern, Step, Urgency, QUESTIONS};

    #[test]
    fn every_language_has_words_for_every_question_option_page_and_result() {
        for w in LANGUAGES {
            for q in &QUESTIONS {
                assert!(!w.parts.check.question(q.id).is_empty(), "{}: question {:?}", w.lang, q.id);
                for c in q.choices() {
                    assert!(!w.parts.check.choice(c).is_empty(), "{}: option {c:?}", w.lang);
                }
            }
            for step in Step::PAGES.iter().chain(&Step::OWN_PAGES).copied() {
                for them in [false, true] {
                    assert!(!w.parts.check.page(step, them).0.is_empty(), "{}: page {step:?}", w.lang);
                }
            }
            for step in Step::PRO_PAGES {
                let (title, hint, _) = w.parts.check.page_pro(step);
                assert!(!title.is_empty() && !hint.is_empty(), "{}: page {step:?} for staff", w.lang);
            }
            for p in [
                Pattern::Unclear,
                Pattern::SingleIncident,
                Pattern::Harassment,
                Pattern::Stalking,
                Pattern::OwnBehaviour,
            ] {
                assert!(!w.parts.check.pattern(p).0.is_empty(), "{}: {p:?}", w.lang);
            }
            for u in [Urgency::Standard, Urgency::High, Urgency::Emergency] {
                for path in [Path::Me, Path::SomeoneElse, Path::Professional] {
                    assert!(!w.parts.check.urgency_for(u, path).1.is_empty(), "{}: {u:?}", w.lang);
                }
            }
            for &(s, _) in ENGLISH.parts.check.next_steps {
                assert!(!w.parts.check.next_step(s, false).is_empty(), "{}: {s:?}", w.lang);
            }
            for &f in crate::parts::checker::assess::Four::ALL {
                assert!(!w.parts.check.four(f).is_empty(), "{}: {f:?}", w.lang);
            }
            for q in QUESTIONS.iter().filter(|q| q.step == Step::WhatHappened) {
                assert!(!w.parts.check.group(q.id).is_empty(), "{}: group {:?}", w.lang, q.id);
            }
            for (k, _) in w.card.contact {
                assert!(!w.parts.find.channel_kind(k).is_empty(), "{}: {k:?}", w.lang);
            }
            for &(r, _) in ENGLISH.parts.check.reasons {
                assert!(w.parts.check.reasons.iter().any(|(k, _)| *k == r), "{}: {r:?}", w.lang);
            }
            for (c, _) in w.parts.check.choices.iter().chain(w.parts.check.choices_them) {
                assert!(QUESTIONS.iter().any(|q| q.offers(*c)), "{}: {c:?} is no option", w.lang);
            }
            assert!(w.exit.label.contains("Exit"), "the quick exit can always be found by its name");
        }
    }

    #[test]
    fn a_host_can_re_word_each_of_its_keys() {
        for key in crate::config::TEXT_KEYS {
            let mut w = ENGLISH.clone();
            *w.host_text(key).expect(key) = "Changed";
            assert_ne!(w, ENGLISH, "{key}");
        }
        assert!(ENGLISH.clone().host_text("nothing").is_none());
    }
}
