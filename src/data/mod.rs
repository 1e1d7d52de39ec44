//! The bundled dataset: services, their contact routes and hours, and the vocabulary they are
//! sorted by.
//!
//! # Data generation
//! The facts live in `src/data/services.toml`, a file a person can review and edit. At build time
//! `build.rs` reads it with [`source`]'s loader, checks every fact with [`validate`], and writes
//! static Rust that is included here. So the `.wasm` carries no TOML parser, reading the data costs
//! nothing at start-up, and a bad entry fails the build naming the file, entry and field.

pub mod model;
pub mod validate;

#[cfg(test)]
#[allow(unreachable_pub, dead_code)]
mod source;

pub use model::{Channel, ChannelKind, Hours, Service, Slot, Tag};
use validate::Ymd;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The service with this id, if the dataset has one.
pub fn service(id: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.id == id)
}

/// The label of a tag id in a vocabulary, falling back to the id itself.
pub fn label(vocabulary: &'static [Tag], id: &'static str) -> &'static str {
    vocabulary.iter().find(|t| t.id == id).map_or(id, |t| t.label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique() {
        let ids: BTreeSet<_> = SERVICES.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), SERVICES.len());
    }

    #[test]
    fn every_phone_link_dials_and_every_web_link_is_https() {
        for s in SERVICES {
            for c in s.channels {
                let ok = match c.kind {
                    ChannelKind::Phone | ChannelKind::Textphone => {
                        c.href.starts_with("tel:") && c.href[4..].chars().all(|ch| ch == '+' || ch.is_ascii_digit())
                    }
                    ChannelKind::Text => c.href.starts_with("sms:"),
                    ChannelKind::Email => c.href.starts_with("mailto:"),
                    ChannelKind::Website | ChannelKind::Form | ChannelKind::Chat => c.href.starts_with("https://"),
                };
                assert!(ok, "{}: {:?} has link {}", s.id, c.kind, c.href);
            }
        }
    }

    #[test]
    fn the_emergency_routes_are_present() {
        let nine = service("police-emergency").expect("999 must be bundled");
        assert_eq!(nine.channels[0].href, "tel:999");
        assert_eq!(nine.channels[0].hours, Hours::Always);
        assert_eq!(service("police-non-emergency").unwrap().channels[0].href, "tel:101");
    }

    #[test]
    fn known_facts_are_right() {
        let nsh = service("national-stalking-helpline").unwrap();
        assert_eq!(nsh.channels[0].display, "0808 802 0300");
        let vs = service("victim-support").unwrap();
        assert_eq!(vs.channels[0].href, "tel:+448081689111");
    }

    #[test]
    fn labels_resolve() {
        assert_eq!(label(NEEDS, "stalking"), "Stalking");
        assert_eq!(label(AREAS, "nowhere"), "nowhere");
    }
}
