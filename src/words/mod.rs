//! The catalogue's core: how a part declares its words ([`declare`]), how a language's texts
//! fill them ([`walk`]), the dataset's words in a language ([`DataWords`]), the days, months and
//! clock ([`time`]), and how numbers, dates and times are put into words ([`format`](mod@format)).
//!
//! Each part declares its own words beside its view (`parts/*/words.rs`, with the English
//! beside each entry), and the shell gathers them into one catalogue per language
//! (`shell::catalogue`). Each part is given its own section in its props, and the view kit takes
//! its own through Yew context (`view::use_kit`); no component writes a sentence of its own, so a
//! host can re-word it and a language can be added as one file. This core words no part's types.
//!
//! To add a language: write `words/TAG.json` with every key of the template (`prerender
//! --template`, shipped as `dist/lang/en.json`; `cy.json` is Welsh) and list it in
//! `shell::keys::BUILT_IN`. It is not compiled into the widget: the build checks it and packages
//! it as `lang/TAG.HASH.json`, which the loader fetches for a page in that language and hands
//! over as texts in the walk's order.

pub mod declare;
pub mod format;
pub mod time;
pub mod walk;

pub(crate) use declare::words;
pub use declare::{English, Entry, Key, Section, Visit};
pub use time::{Clock, TimeWords};

use std::any::Any;

use crate::data::{Service, Tag, Topic};

/// A catalogue in one language, as the layers below the shell see it: its language. What it
/// holds is the shell's (see `shell::catalogue`).
pub trait Catalogue: 'static {
    /// The language tag, for the widget's `lang` attribute.
    fn lang(&self) -> &'static str;
    /// The catalogue itself, for the shell that made it.
    fn as_any(&self) -> &dyn Any;
}

/// A catalogue made once and shared for the page's life, compared by where it lives (comparing
/// every word would cost time at each drawing, and bytes in the download).
#[derive(Clone, Copy)]
pub struct Shared(pub &'static dyn Catalogue);

/// Names the language only: a catalogue's whole text would be a long read, and formatting it
/// would put every section's formatting code in the download.
impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Shared({})", self.0.lang())
    }
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::addr_eq(self.0, other.0)
    }
}

impl Eq for Shared {}

/// A section of words as a component is given it, in its props: compared by where it lives, as
/// a catalogue is.
#[derive(Debug)]
pub struct Given<T: 'static>(pub &'static T);

impl<T> Clone for Given<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Given<T> {}

impl<T> PartialEq for Given<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> std::ops::Deref for Given<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.0
    }
}

/// The dataset's words in one language: copies of the bundled services, guidance topics and
/// labels with their texts in that language (every fact, number and address unchanged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataWords {
    /// Needs, as the finder's filter names them.
    pub needs: &'static [Tag],
    /// Audiences.
    pub audiences: &'static [Tag],
    /// Areas: the nations and places.
    pub areas: &'static [Tag],
    /// The bundled services.
    pub services: &'static [Service],
    /// The guidance topics.
    pub topics: &'static [Topic],
}

impl DataWords {
    /// The dataset as bundled, in English.
    pub const BUNDLED: DataWords = DataWords {
        needs: crate::data::NEEDS,
        audiences: crate::data::AUDIENCES,
        areas: crate::data::AREAS,
        services: crate::data::SERVICES,
        topics: crate::data::GUIDANCE,
    };

    /// A service in this language: the bundled one with the same id, or `s` itself (a host's own
    /// service, written in the host's words).
    pub fn service(&self, s: &'static Service) -> &'static Service {
        self.services.iter().find(|t| t.id == s.id).unwrap_or(s)
    }

    /// The guidance topic with this id.
    pub fn topic(&self, id: &str) -> Option<&'static Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// An area's name, falling back to its id.
    pub fn area(&self, id: &'static str) -> &'static str {
        crate::data::label(self.areas, id)
    }
}

/// Whether a character can be read on its own: not a space, a control, ASCII or Latin-1
/// punctuation or symbol, general punctuation (dashes, ellipses, zero-width and direction
/// marks), a combining mark, a variation selector or a blank filler. Plain ranges, the same as
/// the quick exit's `READABLE` in src/exit/quick-exit.js, so both judge every text alike (and the
/// widget carries no Unicode tables for it).
fn readable(c: char) -> bool {
    !(crate::data::plain::is_host_space(c)
        || matches!(c,
            '\0'..='/' | ':'..='@' | '['..='`' | '{'..='\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{300}'..='\u{36f}'
            | '\u{115f}' | '\u{1160}' | '\u{180e}' | '\u{2000}'..='\u{206f}' | '\u{2800}' | '\u{3000}'..='\u{303f}'
            | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}'))
}

/// The longest text a host may put in place of one of the widget's own.
pub const MAX_TEXT: usize = 300;

/// Why a host's text for `key` (a `data-i18n` re-wording, or one of the quick exit's texts in a
/// language's catalogue) cannot be used, or `None`. `text` is already trimmed. The quick exit's
/// script holds the same rule (`checkText` in src/exit/quick-exit.js), and both read the cases in
/// src/exit/cases/host-texts.json. `any_language`: from a catalogue, whose exit label need not
/// hold the English "Exit".
pub fn text_problem(key: &str, text: &str, any_language: bool) -> Option<String> {
    Some(if text.is_empty() {
        "it is empty".to_string()
    } else if !text.chars().any(readable) {
        "it has nothing to read (no letter, digit or other visible character), so it would look blank".to_string()
    } else if text.chars().count() > MAX_TEXT {
        format!("it is longer than {MAX_TEXT} characters")
    } else if key == "exit-label" && !any_language && !text.to_ascii_lowercase().contains("exit") {
        "the quick exit's label must contain the word \"Exit\", so it can always be found".to_string()
    } else if key == "exit-count-other" && !text.contains("{n}") {
        "it must contain {n}, where the number of presses goes".to_string()
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_readable_rule_is_the_shared_one_for_every_character() {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Fixture {
            not_readable: Vec<String>,
        }
        let fixture: Fixture = serde_json::from_str(include_str!("../exit/cases/host-texts.json")).unwrap();
        let mut ranges = Vec::new();
        let mut start = None;
        for n in 0..=0x1_0000u32 {
            let unreadable = n < 0x1_0000 && char::from_u32(n).is_some_and(|c| !super::readable(c));
            let surrogate = (0xd800..=0xdfff).contains(&n);
            match (unreadable, start) {
                (true, None) => start = Some(n),
                (false, Some(s)) if !surrogate => {
                    ranges.push(if s == n - 1 { format!("{s:x}") } else { format!("{s:x}-{:x}", n - 1) });
                    start = None;
                }
                _ => {}
            }
        }
        assert_eq!(ranges, fixture.not_readable);
    }
}
