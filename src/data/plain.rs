//! One plain value as an editor or a host writes it (a TOML file, a JSON block): text, a list
//! of texts, a number or true/false. Anything else is kept as a note of what it was, so that the
//! rules can name the field and go on checking the rest, instead of stopping at the first value
//! of the wrong kind. Read through serde from TOML at build time and from the page's JSON (by
//! serde-wasm-bindgen) at run time.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Space around and between a host's values: Unicode's white space and U+FEFF, the same set as
/// the quick exit's (`SPACES` in src/exit/quick-exit.js: JavaScript's `\s` and U+0085), so the widget
/// and the script never read one value two ways.
pub fn is_host_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// A host's value without the space around it (see [`is_host_space`]).
pub fn host_trim(text: &str) -> &str {
    text.trim_matches(is_host_space)
}

/// A value a record field or a setting may hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Plain {
    /// Text in quotes (a TOML date arrives as its text, `2026-11-21`).
    Text(String),
    /// A list of texts.
    Texts(Vec<String>),
    /// A number.
    Number(f64),
    /// `true` or `false`.
    Flag(bool),
    /// An object, its values plain too, in the order written (a settings block's `strings`).
    Object(Vec<(String, Plain)>),
    /// Something no field takes, described for the message ("an object", "null").
    Other(&'static str),
}

impl Plain {
    /// What was written, in words for a message.
    pub fn kind(&self) -> &'static str {
        match self {
            Plain::Text(_) => "text",
            Plain::Texts(_) => "a list of texts",
            Plain::Number(_) => "a number",
            Plain::Flag(_) => "true or false",
            Plain::Object(_) => "an object ({ … })",
            Plain::Other(what) => what,
        }
    }

    /// The value as a setting's text: text as it is, true/false, whole numbers, and lists of
    /// texts joined by spaces.
    pub fn as_setting(&self) -> Option<String> {
        match self {
            Plain::Text(t) => Some(t.clone()),
            Plain::Texts(items) => Some(items.join(" ")),
            // Whole numbers only; formatting fractions would cost the widget a float printer.
            Plain::Number(n) if n.fract() == 0.0 && n.abs() < 1e9 => Some((*n as i64).to_string()),
            Plain::Flag(b) => Some(if *b { "true" } else { "false" }.into()),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Plain {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PlainVisitor)
    }
}

struct PlainVisitor;

impl<'de> Visitor<'de> for PlainVisitor {
    type Value = Plain;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("text, a list of texts, a number or true/false")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Plain, E> {
        Ok(Plain::Text(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Plain, E> {
        Ok(Plain::Text(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Plain, E> {
        Ok(Plain::Flag(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Plain, E> {
        Ok(Plain::Number(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Plain, E> {
        Ok(Plain::Number(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Plain, E> {
        Ok(Plain::Number(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Plain, E> {
        Ok(Plain::Other("null"))
    }

    fn visit_none<E: de::Error>(self) -> Result<Plain, E> {
        Ok(Plain::Other("null"))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Plain, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Plain, A::Error> {
        let mut items = Vec::new();
        let mut all_text = true;
        while let Some(item) = seq.next_element::<Plain>()? {
            match item {
                Plain::Text(t) if all_text => items.push(t),
                _ => all_text = false,
            }
        }
        Ok(if all_text { Plain::Texts(items) } else { Plain::Other("a list with something other than text in it") })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Plain, A::Error> {
        let mut entries = Vec::new();
        if let Some(key) = map.next_key::<String>()? {
            // The toml crate hands a date over as a one-entry map under this name.
            if key == "$__toml_private_datetime" {
                return Ok(Plain::Text(map.next_value()?));
            }
            entries.push((key, map.next_value()?));
        }
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Plain::Object(entries))
    }
}

/// A JSON object whose values are plain, in the order written (a host's settings block). A
/// value of the wrong kind is kept for the caller to name, not a failure; anything but an object
/// is refused whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields(pub Vec<(String, Plain)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object ({ … })")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Fields, A::Error> {
                match PlainVisitor.visit_map(map)? {
                    Plain::Object(entries) => Ok(Fields(entries)),
                    _ => Ok(Fields::default()),
                }
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

/// Something that can stand for a value of the wrong kind (`"channels": "0800 …"`), so reading
/// goes on and the rules name the field.
pub trait Written: Sized {
    /// A stand-in for a value that was written as `kind`.
    fn written_as(kind: &'static str) -> Self;
}

/// The scalar `visit_` methods of a visitor whose value is [`Written`]: each records what was
/// written instead of failing.
macro_rules! written_as_scalars {
    () => {
        fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok(super::plain::Written::written_as("text"))
        }
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(super::plain::Written::written_as("true or false"))
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(super::plain::Written::written_as("a number"))
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(super::plain::Written::written_as("a number"))
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(super::plain::Written::written_as("a number"))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(super::plain::Written::written_as("null"))
        }
    };
}
pub(crate) use written_as_scalars;

/// A list of records, or a note of what was written instead.
#[derive(Debug, Clone, PartialEq)]
pub enum Many<T> {
    /// The records, in order.
    List(Vec<T>),
    /// What was written instead of a list.
    Other(&'static str),
}

impl<T> Default for Many<T> {
    fn default() -> Self {
        Many::List(Vec::new())
    }
}

impl<T> Written for Many<T> {
    fn written_as(kind: &'static str) -> Self {
        Many::Other(kind)
    }
}

impl<T> Many<T> {
    /// The records (none if something else was written).
    pub fn items(&self) -> &[T] {
        match self {
            Many::List(items) => items,
            Many::Other(_) => &[],
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Many<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ManyVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ManyVisitor<T> {
            type Value = Many<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Many<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Many::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Many<T>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Many::Other("an object ({ … })"))
            }
            written_as_scalars!();
        }
        deserializer.deserialize_any(ManyVisitor(std::marker::PhantomData))
    }
}

/// Declares a record: a struct whose fields are read by name from an object (TOML table, JSON
/// object), with every name it does not have kept in `unknown`, so the rules can refuse them
/// all at once, by name. Anything but an object is kept in `written_as`.
///
/// Not `#[derive(Deserialize)]` with `deny_unknown_fields`: serde-wasm-bindgen reads a derived
/// struct by looking up only the names it expects, so a typo in a host's JSON would pass
/// unseen. Read as a map, every name written is seen.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
            /// Names written that the record does not have.
            pub unknown: Vec<String>,
            /// What was written, when it was not an object at all.
            pub written_as: Option<&'static str>,
        }

        impl $name {
            /// The names of its fields.
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl super::plain::Written for $name {
            fn written_as(kind: &'static str) -> Self {
                $name { written_as: Some(kind), ..$name::default() }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct RecordVisitor;
                impl<'de> serde::de::Visitor<'de> for RecordVisitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("an object ({ … })")
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        let mut out = $name::default();
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $( stringify!($field) => out.$field = map.next_value()?, )*
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                    out.unknown.push(key);
                                }
                            }
                        }
                        Ok(out)
                    }
                    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<$name, A::Error> {
                        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                        Ok(super::plain::Written::written_as("a list"))
                    }
                    super::plain::written_as_scalars!();
                }
                deserializer.deserialize_any(RecordVisitor)
            }
        }
    };
}
pub(crate) use record;

/// How many single-letter edits turn `a` into `b`.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb)).min(row[j] + 1).min(row[j + 1] + 1);
            previous = here;
        }
    }
    row[b.len()]
}

/// The name among `known` that `name` was most likely meant to be, if one is close (for "did you
/// mean").
pub fn nearest<S: AsRef<str>>(name: &str, known: impl Iterator<Item = S>) -> Option<S> {
    known.map(|k| (distance(name, k.as_ref()), k)).filter(|(d, _)| *d <= 3).min_by_key(|(d, _)| *d).map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(json: &str) -> Plain {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn every_kind_is_read_and_nothing_fails() {
        assert_eq!(plain(r#""a""#), Plain::Text("a".into()));
        assert_eq!(plain(r#"["a","b"]"#), Plain::Texts(vec!["a".into(), "b".into()]));
        assert_eq!(plain("3"), Plain::Number(3.0));
        assert_eq!(plain("-2.5"), Plain::Number(-2.5));
        assert_eq!(plain("true"), Plain::Flag(true));
        assert_eq!(plain("null").kind(), "null");
        assert!(plain(r#"["a",1]"#).kind().starts_with("a list with"));
        assert!(plain(r#"{"a":[1,{"b":2}]}"#).kind().starts_with("an object"));
        assert_eq!(plain(r#"{"a":"b"}"#), Plain::Object(vec![("a".into(), Plain::Text("b".into()))]));
    }

    #[test]
    fn a_toml_date_arrives_as_its_text() {
        #[derive(serde::Deserialize)]
        struct Row {
            checked: Plain,
        }
        let row: Row = toml::from_str("checked = 2026-11-21").unwrap();
        assert_eq!(row.checked, Plain::Text("2026-11-21".into()));
    }

    #[test]
    fn fields_keep_their_order_and_one_level_of_objects() {
        let f: Fields = serde_json::from_str(r#"{"b":1,"a":{"x":"y","z":[1]},"c":null}"#).unwrap();
        assert_eq!(f.0[0], ("b".into(), Plain::Number(1.0)));
        let Plain::Object(inner) = &f.0[1].1 else { panic!("an object") };
        assert_eq!(inner[0], ("x".into(), Plain::Text("y".into())));
        assert!(matches!(inner[1].1, Plain::Other(_)));
        assert_eq!(f.0[2].1, Plain::Other("null"));
        assert!(serde_json::from_str::<Fields>("[1]").is_err(), "a list is no settings block");
    }
}
