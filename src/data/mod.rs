//! The bundled dataset: services, their contact routes and hours, and the vocabulary they are
//! sorted by.
//!
//! # Data generation
//! The facts live in three files a person can review and edit: `src/data/services.toml` (services,
//! and the needs, audiences and areas they are sorted by), `src/data/guidance.toml` (what stalking
//! and harassment are, what to do, the law), and `src/data/bank_holidays.toml`. At build time
//! `build.rs` reads them with the `source` module's loaders, checks every fact with [`validate`],
//! and writes static Rust that is included here. So the `.wasm` carries no TOML parser, reading the data costs
//! nothing at start-up, and a bad entry fails the build naming the file, entry and field.

pub mod model;
pub mod validate;

#[cfg(test)]
#[allow(unreachable_pub, dead_code)]
mod source;

pub use model::{Block, Channel, ChannelKind, Hours, Service, Slot, Tag, Topic};
use validate::Ymd;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The service with this id, if the dataset has one.
pub fn service(id: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.id == id)
}

/// The guidance topic with this id, if the dataset has one.
pub fn topic(id: &str) -> Option<&'static Topic> {
    GUIDANCE.iter().find(|t| t.id == id)
}

/// The bank holidays of a calendar (see [`BANK_HOLIDAYS`]); empty for an unknown id.
pub fn bank_holidays(calendar: &str) -> &'static [Ymd] {
    BANK_HOLIDAYS.iter().find(|(id, _)| *id == calendar).map_or(&[], |(_, dates)| dates)
}

/// The bank holidays a service follows: those of the calendar of its area.
pub fn holidays_for(service: &Service) -> &'static [Ymd] {
    bank_holidays(AREAS.iter().find(|a| a.id == service.area).map_or("england-wales", |a| a.calendar))
}

/// Whether a service for `service_area` can help someone in `place`: the same area, or any area
/// `place` is part of (a UK-wide service helps in Devon; a Scottish one does not).
pub fn area_covers(service_area: &str, place: &str) -> bool {
    let mut current = place;
    // The tree is checked for loops at build time; the bound is a second guard.
    for _ in 0..=AREAS.len() {
        if current == service_area {
            return true;
        }
        match AREAS.iter().find(|a| a.id == current) {
            Some(a) if !a.within.is_empty() => current = a.within,
            _ => return false,
        }
    }
    false
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
                    ChannelKind::Text => c.href.starts_with("sms:") && !c.href.contains(['<', '"', ' ']),
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

    fn phone(id: &str) -> &'static str {
        let s = service(id).unwrap_or_else(|| panic!("{id} must be bundled"));
        s.channels.iter().find(|c| c.kind == ChannelKind::Phone).map(|c| c.href).unwrap_or("")
    }

    #[test]
    fn known_facts_are_right() {
        assert_eq!(phone("national-stalking-helpline"), "tel:+448088020300");
        assert_eq!(phone("victim-support"), "tel:+448081689111");
        assert_eq!(phone("paladin"), "tel:+442038664107");
        assert_eq!(phone("crimestoppers"), "tel:+44800555111");
        assert_eq!(phone("national-domestic-abuse-helpline"), "tel:+448082000247");
        // The seeds give 0845 6000 459, which is out of date; the helpline's own pages give 0345.
        assert_eq!(phone("revenge-porn-helpline"), "tel:+443456000459");
        let rph = service("revenge-porn-helpline").unwrap();
        assert!(matches!(rph.channels[0].hours, Hours::Weekly { closed_on_bank_holidays: true, .. }));
    }

    #[test]
    fn no_bundled_number_is_an_old_0845_line() {
        for s in SERVICES {
            for c in s.channels {
                assert!(!c.href.starts_with("tel:+44845"), "{}: {}", s.id, c.href);
            }
        }
    }

    #[test]
    fn every_organisation_the_sources_name_is_bundled() {
        for id in [
            "police-emergency",
            "police-non-emergency",
            "police-online",
            "crimestoppers",
            "national-stalking-helpline",
            "paladin",
            "protection-against-stalking",
            "victim-support",
            "revenge-porn-helpline",
            "citizens-advice",
            "rights-of-women",
            "equality-advisory-support-service",
            "mwn-helpline",
            "support-line",
            "get-safe-online",
            "the-mix",
            "cyber-helpline",
            "respect-phoneline",
            "mens-advice-line",
            "national-domestic-abuse-helpline",
            "tech-safety",
            "streetsafe",
            "ncsc-advice",
        ] {
            assert!(service(id).is_some(), "{id} missing");
        }
    }

    #[test]
    fn every_tag_in_the_vocabulary_is_used_by_some_service() {
        for (vocabulary, used) in [
            (NEEDS, SERVICES.iter().flat_map(|s| s.needs.iter().copied()).collect::<Vec<_>>()),
            (AUDIENCES, SERVICES.iter().flat_map(|s| s.audiences.iter().copied()).collect()),
        ] {
            for tag in vocabulary {
                assert!(used.contains(&tag.id), "{} is never used: a filter on it would always be empty", tag.id);
            }
        }
    }

    /// Easter Sunday (the anonymous Gregorian algorithm).
    fn easter(year: u16) -> Ymd {
        let y = i32::from(year);
        let (a, b, c) = (y % 19, y / 100, y % 100);
        let (d, e) = (b / 4, b % 4);
        let g = (8 * b + 13) / 25;
        let h = (19 * a + b - d - g + 15) % 30;
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 19 * l) / 433;
        let month = (h + l - 7 * m + 90) / 25;
        let day = (h + l - 7 * m + 33 * month + 19) % 32;
        Ymd::new(year, month as u8, day as u8).unwrap()
    }

    fn first_monday(year: u16, month: u8) -> Ymd {
        let first = Ymd::new(year, month, 1).unwrap();
        first.plus_days(i64::from((7 - first.weekday()) % 7))
    }

    fn last_monday(year: u16, month: u8) -> Ymd {
        let next = if month == 12 { Ymd::new(year + 1, 1, 1) } else { Ymd::new(year, month + 1, 1) }.unwrap();
        let last = next.plus_days(-1);
        last.plus_days(-i64::from(last.weekday()))
    }

    /// Fixed-date holidays falling at a weekend move to the next free weekday.
    fn substituted(fixed: &[Ymd], taken: &mut Vec<Ymd>) {
        for &day in fixed {
            let mut d = day;
            while d.weekday() >= 5 || taken.contains(&d) {
                d = d.plus_days(1);
            }
            taken.push(d);
        }
    }

    fn expected(calendar: &str, year: u16) -> Vec<Ymd> {
        let ymd = |m, d| Ymd::new(year, m, d).unwrap();
        let mut days = vec![easter(year).plus_days(-2), first_monday(year, 5), last_monday(year, 5)];
        match calendar {
            "scotland" => {
                days.push(first_monday(year, 8));
                substituted(&[ymd(1, 1), ymd(1, 2), ymd(11, 30), ymd(12, 25), ymd(12, 26)], &mut days);
            }
            _ => {
                days.extend([easter(year).plus_days(1), last_monday(year, 8)]);
                let mut fixed = vec![ymd(1, 1), ymd(12, 25), ymd(12, 26)];
                if calendar == "northern-ireland" {
                    fixed.extend([ymd(3, 17), ymd(7, 12)]);
                }
                substituted(&fixed, &mut days);
            }
        }
        days.sort();
        days
    }

    #[test]
    fn bank_holidays_follow_the_usual_rules() {
        assert_eq!(easter(2026), Ymd::new(2026, 4, 5).unwrap());
        assert_eq!(easter(2027), Ymd::new(2027, 3, 28).unwrap());
        for (calendar, dates) in BANK_HOLIDAYS {
            for year in 2026..=2028 {
                let listed: Vec<Ymd> = dates.iter().copied().filter(|d| d.year == year).collect();
                assert_eq!(listed, expected(calendar, year), "{calendar} {year}");
            }
        }
        assert_eq!(BANK_HOLIDAYS.len(), 3);
    }

    #[test]
    fn services_follow_the_bank_holidays_of_their_area() {
        let christmas_substitute = Ymd::new(2026, 12, 28).unwrap();
        assert!(holidays_for(service("victim-support").unwrap()).contains(&christmas_substitute));
        assert!(bank_holidays("scotland").contains(&Ymd::new(2026, 11, 30).unwrap()));
        assert!(bank_holidays("mars").is_empty());
    }

    #[test]
    fn the_topics_the_widget_shows_exist() {
        assert!(topic("leaving-safely").is_some());
        assert!(topic("silent-999").is_some());
    }

    #[test]
    fn areas_cover_the_places_inside_them() {
        assert!(area_covers(area::UK, area::DEVON_CORNWALL));
        assert!(area_covers(area::ENGLAND_WALES, area::WALES));
        assert!(area_covers(area::GREAT_BRITAIN, area::SCOTLAND));
        assert!(!area_covers(area::GREAT_BRITAIN, area::NORTHERN_IRELAND));
        assert!(!area_covers(area::ENGLAND_WALES, area::SCOTLAND));
        assert!(!area_covers(area::DEVON_CORNWALL, area::ENGLAND), "a local service does not cover its whole nation");
        assert!(area_covers(area::SCOTLAND, area::SCOTLAND));
        assert!(AREAS.iter().all(|a| area_covers(area::UK, a.id)), "every area is in the UK");
    }

    #[test]
    fn labels_resolve() {
        assert_eq!(label(NEEDS, "stalking"), "Stalking");
        assert_eq!(label(AREAS, "nowhere"), "nowhere");
    }
}
