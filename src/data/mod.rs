//! The bundled dataset: services, their contact routes and hours, and the vocabulary they are
//! sorted by.
//!
//! # Data generation
//! The facts live in three files a person can review and edit: `src/data/services.toml` (services,
//! and the needs, audiences and areas they are sorted by), `src/data/guidance.toml` (what stalking
//! and harassment are, what to do, the law), and `src/data/bank_holidays.toml`. At build time
//! `build.rs` reads them with the loaders in `build/load.rs`, checks every fact with [`validate`],
//! and writes static Rust (`build/generate.rs`) that is included here. So the `.wasm` carries no TOML parser, reading the data costs
//! nothing at start-up, and a bad entry fails the build naming the file, entry and field.

pub mod model;
pub mod plain;
pub mod record;
pub mod validate;

// The build-time loader and generator (build/), compiled here only for their tests.
#[cfg(test)]
#[allow(unreachable_pub, dead_code)]
#[path = "../../build/generate.rs"]
mod generate;
#[cfg(test)]
#[allow(unreachable_pub, dead_code)]
#[path = "../../build/load.rs"]
mod load;

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
                if let Some((_, welsh)) = c.welsh {
                    let https = matches!(c.kind, ChannelKind::Website | ChannelKind::Form | ChannelKind::Chat);
                    let ok = if https { welsh.starts_with("https://") } else { welsh.starts_with("mailto:") };
                    assert!(ok, "{}: {:?} has Welsh link {welsh}", s.id, c.kind);
                }
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

    fn channel(id: &str, kind: ChannelKind) -> &'static Channel {
        let s = service(id).unwrap_or_else(|| panic!("{id} must be bundled"));
        s.channels.iter().find(|c| c.kind == kind).unwrap_or_else(|| panic!("{id} has no {kind:?} channel"))
    }

    // --- Facts once shipped wrong, each kept out by a test. ---

    #[test]
    fn calling_101_is_free_everywhere_in_the_uk() {
        // The 15p charge ended on 1 April 2020.
        let line = channel("police-non-emergency", ChannelKind::Phone);
        assert_eq!(line.cost, Some("Free"));
        assert_eq!(service("police-non-emergency").unwrap().area, area::UK);
    }

    #[test]
    fn the_national_stalking_helpline_serves_the_whole_uk_with_its_published_hours() {
        let nsh = service("national-stalking-helpline").unwrap();
        assert_eq!(nsh.area, area::UK, "Scottish Government and PSNI pages refer people to it");
        let Hours::Weekly { slots, closed_on_bank_holidays } = channel(nsh.id, ChannelKind::Phone).hours else {
            panic!("its hours are published");
        };
        assert!(closed_on_bank_holidays);
        let wednesday = slots.iter().find(|s| s.days & (1 << 2) != 0).unwrap();
        assert_eq!((wednesday.open, wednesday.close), (13 * 60, 16 * 60), "Wednesdays from 1pm");
        let monday = slots.iter().find(|s| s.days & 1 != 0).unwrap();
        assert_eq!((monday.open, monday.close), (9 * 60 + 30, 16 * 60));
    }

    #[test]
    fn crimestoppers_answers_day_and_night() {
        assert_eq!(channel("crimestoppers", ChannelKind::Phone).hours, Hours::Always);
    }

    #[test]
    fn the_revenge_porn_helpline_is_for_adults_and_under_18s_have_their_own_route() {
        assert_eq!(service("revenge-porn-helpline").unwrap().min_age, Some(18));
        let for_children: Vec<_> = SERVICES
            .iter()
            .filter(|s| s.max_age.is_some_and(|m| m < 18 + 1) && s.needs.contains(&need::INTIMATE_IMAGES))
            .map(|s| s.id)
            .collect();
        assert_eq!(for_children, ["childline"]);
        assert_eq!(channel("childline", ChannelKind::Phone).href, "tel:+448001111");
    }

    #[test]
    fn the_rights_of_women_number_is_labelled_as_the_work_line_and_not_given_for_family_law() {
        let line = channel("rights-of-women", ChannelKind::Phone);
        assert!(line.note.is_some_and(|n| n.contains("sexual harassment at work")), "{:?}", line.note);
        for t in GUIDANCE {
            for block in t.body {
                let text = match block {
                    Block::Para(p) | Block::Local { text: p, .. } => p.to_string(),
                    Block::List(items) => items.join(" "),
                };
                assert!(!text.contains("7490"), "{}: the work line given in guidance", t.id);
            }
        }
    }

    #[test]
    fn the_orders_say_domestic_abuse_protection_orders_are_replacing_the_old_ones() {
        let orders = topic("protective-orders").unwrap();
        let text: Vec<&str> = orders
            .body
            .iter()
            .filter_map(|b| if let Block::Local { text, .. } = b { Some(*text) } else { None })
            .collect();
        assert!(text.iter().any(|t| t
            .contains("Domestic abuse protection orders are taking the place of domestic violence protection orders")));
        let scottish = orders.body.iter().filter(|b| matches!(b, Block::Local { area: area::SCOTLAND, .. }));
        assert!(
            !scottish
                .clone()
                .any(|b| matches!(b, Block::Local { text, .. } if text.contains("stalking protection order"))),
            "Scotland has no stalking protection orders"
        );
        assert!(scottish.count() > 0, "Scotland's own orders are described");
    }

    #[test]
    fn the_respect_phoneline_number_is_listed() {
        assert_eq!(channel("respect-phoneline", ChannelKind::Phone).href, "tel:+448088024040");
    }

    /// Whether a service is one of a nation's own (not UK-wide) and serves `place`.
    fn own(s: &Service, place: &str) -> bool {
        s.area != area::UK && s.area != area::GREAT_BRITAIN && area_covers(s.area, place)
    }

    #[test]
    fn every_nation_has_its_reporting_route_24_hour_line_and_victim_support() {
        for nation in crate::kit::place::NATIONS {
            let serving: Vec<&Service> = SERVICES.iter().filter(|s| own(s, nation)).collect();
            let has = |what: &str, test: &dyn Fn(&Service) -> bool| {
                assert!(serving.iter().any(|s| test(s)), "{nation} has no {what} of its own");
            };
            has("online reporting route", &|s| {
                s.needs.contains(&need::REPORTING)
                    && s.channels.iter().any(|c| matches!(c.kind, ChannelKind::Form | ChannelKind::Website))
            });
            has("24-hour abuse line", &|s| {
                s.needs.contains(&need::DOMESTIC_ABUSE)
                    && s.channels.iter().any(|c| c.kind == ChannelKind::Phone && c.hours == Hours::Always)
            });
            has("victims' service", &|s| s.roles.contains(&role::VICTIM_SUPPORT));
            // A stalking specialist reaches every nation; Scotland has one of its own.
            assert!(SERVICES
                .iter()
                .any(|s| s.roles.contains(&role::STALKING_SPECIALIST) && area_covers(s.area, nation)));
        }
        assert!(SERVICES.iter().any(|s| s.roles.contains(&role::STALKING_SPECIALIST) && s.area == area::SCOTLAND));
    }

    #[test]
    fn police_uk_online_reporting_is_offered_only_in_england_and_wales() {
        let online = service("police-online").unwrap();
        assert_eq!(online.area, area::ENGLAND_WALES);
        let police_uk = |c: &Channel| c.href.starts_with("https://www.police.uk/");
        assert!(online.channels.iter().any(police_uk));
        for s in SERVICES {
            if s.channels.iter().any(police_uk) && s.id != "police-online" {
                assert!(area_covers(area::ENGLAND_WALES, s.area), "{} links police.uk outside England and Wales", s.id);
            }
        }
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
    fn every_organisation_the_sources_name_is_bundled_or_left_out_for_a_reason() {
        for id in [
            "police-emergency",
            "police-non-emergency",
            "police-online",
            "crimestoppers",
            "national-stalking-helpline",
            "paladin",
            "victim-support",
            "revenge-porn-helpline",
            "citizens-advice",
            "rights-of-women",
            "equality-advisory-support-service",
            "mwn-helpline",
            "get-safe-online",
            "the-mix",
            "cyber-helpline",
            "respect-phoneline",
            "mens-advice-line",
            "national-domestic-abuse-helpline",
            "ncsc-advice",
        ] {
            assert!(service(id).is_some(), "{id} missing");
        }
        // Named in the source texts but not shipped; the README's "Left out" list says why.
        for (id, why) in [
            ("tech-safety", "a US site that points to US hotlines; Refuge Tech Safety is the UK equivalent"),
            ("support-line", "no current page of theirs confirms the website, number or hours"),
            ("streetsafe", "no page since 2023 shows it still running"),
            (
                "protection-against-stalking",
                "an awareness, training and campaigning charity with no current way to ask for help",
            ),
        ] {
            assert!(service(id).is_none(), "{id} is back, although it was left out because it is {why}");
        }
        assert!(service("refuge-tech-safety").is_some());
    }

    #[test]
    fn every_tag_in_the_vocabulary_is_used_by_some_service() {
        for (vocabulary, used) in [
            (NEEDS, SERVICES.iter().flat_map(|s| s.needs.iter().copied()).collect::<Vec<_>>()),
            (AUDIENCES, SERVICES.iter().flat_map(|s| s.audiences.iter().copied()).collect()),
            (ROLES, SERVICES.iter().flat_map(|s| s.roles.iter().copied()).collect()),
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
            let (first, last) = (dates[0].year, dates[dates.len() - 1].year);
            assert!(last >= BANK_HOLIDAYS_CONFIRMED_UNTIL, "{calendar} stops before the confirmed years");
            for year in first..=last {
                let listed: Vec<Ymd> = dates.iter().copied().filter(|d| d.year == year).collect();
                assert_eq!(listed, expected(calendar, year), "{calendar} {year}");
            }
        }
        assert_eq!(BANK_HOLIDAYS.len(), 3);
    }

    #[test]
    fn bank_holidays_for_2029_are_listed_in_every_calendar() {
        assert!(bank_holidays("england-wales").contains(&Ymd::new(2029, 8, 27).unwrap()));
        assert!(bank_holidays("scotland").contains(&Ymd::new(2029, 8, 6).unwrap()));
        // St Patrick's Day 2029 is a Saturday; the holiday moves to Monday 19 March.
        assert!(bank_holidays("northern-ireland").contains(&Ymd::new(2029, 3, 19).unwrap()));
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
