//! How a part declares its words: once, with the English beside each entry's name.
//!
//! ```text
//! words! {
//!     /// "Keep a record".
//!     pub struct RecordWords in "record" {
//!         /// The part's heading.
//!         title: &'static str = "Keep a record",
//!         privacy_tips as "record.privacy_tip": &'static [&'static str] = &["…", "…"],
//!     }
//! }
//! ```
//!
//! From that one declaration come the struct, its English (`RecordWords::ENGLISH`) and its walk
//! ([`Section::walk`]): the order a language's texts arrive in and the key each is named by
//! (`record.title`; `as` gives a key of its own). So an entry cannot be left out of a
//! translation, and adding a sentence is its line here and its line in each language's file.

use std::fmt::Debug;

/// What a walk does with each entry: `key` names it (called only when wanted), `slot` holds it.
pub trait Visit {
    /// One entry.
    fn text<K: FnOnce() -> String>(&mut self, key: K, slot: &mut &'static str);
}

/// A part's words: a struct made by `words!` (see the module).
pub trait Section: Clone + Debug + PartialEq + 'static {
    /// Every entry, in the declaration's order, each under its key.
    fn walk<V: Visit>(&mut self, v: &mut V);
}

/// Where a section's English lives for the page's life: in the one English catalogue, so the
/// download carries each English text table once. For a view drawn with no catalogue handed
/// down (a part drawn on its own).
pub trait English: Section {
    /// The English section.
    fn english() -> &'static Self;
}

/// An entry's key, given as a function so the widget, which never asks for a key, carries no
/// key text and passes nothing for it.
pub trait Key: Fn() -> &'static str + Copy {}

impl<F: Fn() -> &'static str + Copy> Key for F {}

/// One entry of a section: a text, a list of texts, or a table of texts keyed by an enum.
pub trait Entry {
    /// Visits the texts of this entry, named under `key`.
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V);
}

/// `Behaviour(ThreatToKill)` → `behaviour.threat_to_kill`.
pub fn key_of(debug: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in debug.chars() {
        match c {
            '(' => {
                out.push('.');
                previous_lower = false;
            }
            ')' | ' ' => {}
            c if c.is_ascii_uppercase() => {
                if previous_lower {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
                previous_lower = false;
            }
            c => {
                out.push(c);
                previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            }
        }
    }
    out
}

/// A copy of a table that lives as long as the page (a catalogue is made once per widget).
pub fn leaked<T: Clone>(items: &[T]) -> &'static mut [T] {
    Box::leak(items.to_vec().into_boxed_slice())
}

/// The key of a table's row: `check.choice` and `Behaviour(Following)` make
/// `check.choice.behaviour.following`.
fn row_key<K: Debug>(key: &str, k: &K) -> String {
    format!("{key}.{}", key_of(&format!("{k:?}")))
}

impl Entry for &'static str {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        v.text(|| key().to_string(), self);
    }
}

/// A list, its texts numbered from 1.
impl Entry for &'static [&'static str] {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        let copy = leaked(self);
        copy.as_mut().visit(key, v);
        *self = copy;
    }
}

impl Entry for &mut [&'static str] {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        for (i, text) in self.iter_mut().enumerate() {
            v.text(|| format!("{}.{}", key(), i + 1), text);
        }
    }
}

impl<const L: usize> Entry for [&'static str; L] {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        self.as_mut_slice().visit(key, v);
    }
}

/// A table, each text under its row's name.
impl<K: Copy + Debug + 'static> Entry for &'static [(K, &'static str)] {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        let copy = leaked(self);
        for (k, text) in copy.iter_mut() {
            v.text(|| row_key(key(), k), text);
        }
        *self = copy;
    }
}

impl<K: Copy + Debug, const L: usize> Entry for [(K, &'static str); L] {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        for (k, text) in self.iter_mut() {
            v.text(|| row_key(key(), k), text);
        }
    }
}

/// A table of a heading and its words: `KEY.ROW.title`, `KEY.ROW.text`.
impl<K: Copy + Debug + 'static> Entry for &'static [(K, &'static str, &'static str)] {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        let copy = leaked(self);
        for (k, title, text) in copy.iter_mut() {
            v.text(|| row_key(key(), k) + ".title", title);
            v.text(|| row_key(key(), k) + ".text", text);
        }
        *self = copy;
    }
}

/// A table of a heading, its words, and its words for someone helping: `KEY.ROW.title`,
/// `KEY.ROW.text`, `KEY.ROW.text_them`.
impl<K: Copy + Debug + 'static> Entry for &'static [(K, &'static str, &'static str, &'static str)] {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        let copy = leaked(self);
        for (k, title, text, them) in copy.iter_mut() {
            v.text(|| row_key(key(), k) + ".title", title);
            v.text(|| row_key(key(), k) + ".text", text);
            v.text(|| row_key(key(), k) + ".text_them", them);
        }
        *self = copy;
    }
}

/// Declares a section of words once: the struct, its English and its walk. See the module's
/// documentation.
macro_rules! words {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident in $prefix:literal {
            $(
                $(#[$field_meta:meta])*
                $field:ident $(as $key:literal)? : $ty:ty = $value:expr
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        $vis struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        impl $name {
            /// The English, declared with each entry.
            pub const ENGLISH: $name = $name { $( $field: $value, )* };
        }

        impl $crate::words::Section for $name {
            fn walk<V: $crate::words::Visit>(&mut self, v: &mut V) {
                $( $crate::words::Entry::visit(&mut self.$field, || $crate::words::words!(@key $prefix, $field $(, $key)?), v); )*
            }
        }
    };
    (@key $prefix:literal, $field:ident) => { concat!($prefix, ".", stringify!($field)) };
    (@key $prefix:literal, $field:ident, $key:literal) => { $key };
}

pub(crate) use words;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_made_from_names() {
        assert_eq!(key_of("Behaviour(ThreatToKill)"), "behaviour.threat_to_kill");
        assert_eq!(key_of("ReportOnline(NorthernIreland)"), "report_online.northern_ireland");
        assert_eq!(key_of("Risk(FixedOnOthers)"), "risk.fixed_on_others");
        assert_eq!(key_of("Sms"), "sms");
    }
}
