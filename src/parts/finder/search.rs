//! The helpline finder: free-text search and filters over the services, and "open now".
//!
//! Pure: it is handed the services, the query and (for "open now") the UK time, and returns the
//! matches in order. Search forgives case, punctuation and accents, and knows the everyday words
//! people use for the same thing ("revenge porn" and "intimate images").

use crate::data::{area, area_covers, holidays_for, label, need, role, ChannelKind, Hours, Service};
use crate::kit::clock::{open_state, OpenState, UkTime};
use crate::kit::place::depth;
use crate::kit::set::Set;
use crate::words::DataWords;

/// Lower case, accents removed, punctuation turned into spaces, spaces collapsed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars() {
        if c == '\'' || c == '\u{2019}' {
            // "don't" and "don’t" both become "dont".
        } else if let Some(c) = fold(c) {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The plain letter under each of U+00C0..U+00DF (and, but for ÿ, U+00E0..U+00FF): `_` is not a
/// letter (× and ÷), `*` is a letter of its own (æ, þ).
const LATIN_1: &[u8; 32] = b"aaaaaa*ceeeeiiiidnooooo_ouuuuy*s";
/// The plain letter under each of U+0100..U+017F (Latin Extended-A); `*` as above (ĳ, œ).
const LATIN_EXT_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// One character as search compares it: lower case and without its accent, `None` for
/// punctuation, spaces, symbols and emoji. Letters of other scripts are kept (Greek and Cyrillic
/// capitals lower-cased), so a host's own services can be found in any language. Written out
/// rather than using the standard library's Unicode tables, which would add about 20 KB to the
/// download for letters no one searches this list with.
fn fold(c: char) -> Option<char> {
    let n = u32::from(c);
    let plain = match n {
        0x30..=0x39 | 0x61..=0x7a => return Some(c),
        0x41..=0x5a => return Some(c.to_ascii_lowercase()),
        0xff => b'y',
        0xc0..=0xfe => LATIN_1[(n & 0x1f) as usize],
        0x100..=0x17f => LATIN_EXT_A[(n - 0x100) as usize],
        // Greek, Cyrillic and full-width capitals.
        0x391..=0x3a9 | 0x410..=0x42f | 0xff21..=0xff3a => return char::from_u32(n + 0x20),
        0x400..=0x40f => return char::from_u32(n + 0x50),
        // Controls, ASCII and Latin-1 punctuation, general punctuation to dingbats and arrows,
        // CJK and full-width punctuation, variation selectors, emoji and tags.
        0..=0xbf
        | 0x2000..=0x2bff
        | 0x3000..=0x303f
        | 0xfe00..=0xfe0f
        | 0xfe30..=0xfe6f
        | 0xff00..=0xff0f
        | 0xff1a..=0xff20
        | 0xff3b..=0xff40
        | 0xff5b..=0xff65
        | 0x1f000..=0x1faff
        | 0xe0000..=0xe007f => return None,
        _ => return Some(c),
    };
    match plain {
        b'_' => None,
        // Æ → æ, Þ → þ, Ĳ → ĳ, Œ → œ; the small letters stay.
        b'*' if n < 0x100 => char::from_u32(n | 0x20),
        b'*' => char::from_u32(n | 1),
        letter => Some(char::from(letter)),
    }
}

/// One thing the query asks for: any of these words or phrases will do.
type Term = Vec<String>;

/// Splits a normalised query into terms, recognising the synonym phrases first (`synonyms`: a
/// group per entry, its words separated by commas, as the catalogue keeps them).
fn terms(query: &str, synonyms: &[&str]) -> Vec<Term> {
    let groups: Vec<Vec<String>> =
        synonyms.iter().map(|g| g.split(',').map(normalise).filter(|w| !w.is_empty()).collect()).collect();
    let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    'words: while i < words.len() {
        // The longest synonym phrase starting here.
        for len in (1..=4.min(words.len() - i)).rev() {
            let phrase = words[i..i + len].join(" ");
            if let Some(group) = groups.iter().find(|g| g.contains(&phrase)) {
                // A word another in the group starts already matches nothing more ("stalk"
                // finds whatever "stalking" would), so it is not searched for again.
                let needed = group.iter().filter(|w| !group.iter().any(|o| o != *w && w.starts_with(o.as_str())));
                out.push(needed.cloned().collect());
                i += len;
                continue 'words;
            }
        }
        out.push(vec![words[i].to_string()]);
        i += 1;
    }
    out
}

/// Whether `needle` starts a word in `haystack` (both normalised): "work" finds "workplace".
fn has_word_starting(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, _)| at == 0 || haystack.as_bytes()[at - 1] == b' ')
}

/// What is searched for a service: its name, descriptions, and the labels of its needs and
/// audiences, normalised once.
pub fn search_text(s: &Service, data: &DataWords) -> String {
    let mut parts = vec![s.name, s.summary, s.description];
    parts.extend(s.needs.iter().map(|id| label(data.needs, id)));
    parts.extend(s.audiences.iter().map(|id| label(data.audiences, id)));
    normalise(&parts.join(" "))
}

/// The filters a person has chosen. Empty sets mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Free text.
    pub text: String,
    /// Need ids; a service must meet at least one.
    pub needs: Set<&'static str>,
    /// Audience ids; a service must serve at least one (services for everyone always do).
    pub audiences: Set<&'static str>,
    /// Ways of contact; a service must offer at least one.
    pub channels: Set<ChannelKind>,
    /// Only services a person can reach right now.
    pub open_now: bool,
}

/// A change to the query: the search box and the filters change it separately, so typing
/// never has to redraw the filters.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// New search text; the filters stay.
    Text(String),
    /// New filters (the text of the query given is ignored); the search text stays.
    Filters(Query),
    /// Start again from this query.
    Reset(Query),
}

impl Query {
    /// The query with `change` applied.
    pub fn apply(&self, change: Change) -> Query {
        match change {
            Change::Text(text) => Query { text, ..self.clone() },
            Change::Filters(filters) => Query { text: self.text.clone(), ..filters },
            Change::Reset(query) => query,
        }
    }

    /// The filters alone, without the search text.
    pub fn filters(&self) -> Query {
        Query { text: String::new(), ..self.clone() }
    }

    /// How many filters are chosen (for "More filters (2 chosen)").
    pub fn filters_chosen(&self) -> usize {
        self.needs.len() + self.audiences.len() + self.channels.len() + usize::from(self.open_now)
    }

    /// Whether any filter or search text is set.
    pub fn is_filtered(&self) -> bool {
        !self.text.trim().is_empty()
            || !self.needs.is_empty()
            || !self.audiences.is_empty()
            || !self.channels.is_empty()
            || self.open_now
    }
}

/// A channel a person can reach a human on, live.
fn is_live(kind: ChannelKind) -> bool {
    matches!(kind, ChannelKind::Phone | ChannelKind::Text | ChannelKind::Textphone | ChannelKind::Chat)
}

/// Whether someone can be reached on this service right now: a live channel that is open now
/// (lines whose hours are not confirmed do not count; the card says to check).
pub fn open_now(s: &Service, now: UkTime) -> bool {
    s.channels
        .iter()
        .filter(|c| is_live(c.kind))
        .any(|c| matches!(open_state(&c.hours, holidays_for(s), now), OpenState::Always | OpenState::OpenUntil { .. }))
}

/// A line a person can call or text at any hour.
fn answers_day_and_night(s: &Service) -> bool {
    s.channels.iter().any(|c| is_live(c.kind) && c.hours == Hours::Always)
}

/// How prominent a service is in the list: 999 first, then the stalking specialists, then the
/// routes people most often need (a 24-hour line that helps with stalking, victims' services,
/// reporting), then the rest. A 24-hour line for something else (after a sexual assault, for
/// young people, to talk to anyone) is with the rest: the filters and the self-check bring it
/// forward for the people it is for.
/// Within a tier, [`arrange`] puts the most local first, and then the lines open day and night.
/// An emergency route for one group only (999 by text, for deaf people) is not put first for
/// everyone: it is with the routes people most often need.
fn tier(s: &Service) -> u8 {
    let has_role = |r: &str| s.roles.contains(&r);
    if s.needs.contains(&need::EMERGENCY) && s.audiences.contains(&crate::data::audience::EVERYONE) {
        0
    } else if has_role(role::STALKING_SPECIALIST) {
        1
    } else if has_role(role::VICTIM_SUPPORT)
        || has_role(role::HIGH_RISK_STALKING)
        || s.needs.contains(&need::REPORTING)
        || (answers_day_and_night(s) && s.needs.contains(&need::STALKING))
    {
        2
    } else {
        3
    }
}

/// The services for `place`, in the order the finder lists them.
///
/// With a place, only services that serve it, and within each tier (see `tier`) the most local
/// first: a Scottish visitor sees Scotland's stalking charity before the UK-wide helpline, and
/// Scotland's 24-hour line before the UK-wide ones. With no place, every service, the ones for
/// the whole UK first (each card names its area), so nobody is sent to a service for another
/// nation without being told. Ties keep the dataset's order.
pub fn arrange<'a>(services: &[&'a Service], place: Option<&str>) -> Vec<&'a Service> {
    type Key = (bool, u8, std::cmp::Reverse<usize>, bool, usize);
    let mut keyed: Vec<(Key, &'a Service)> = services
        .iter()
        .enumerate()
        .filter(|(_, s)| place.is_none_or(|p| area_covers(s.area, p)))
        .map(|(i, s)| {
            let elsewhere = place.is_none() && s.area != area::UK;
            ((elsewhere, tier(s), std::cmp::Reverse(depth(s.area)), !answers_day_and_night(s), i), *s)
        })
        .collect();
    // Every service has its own position, so the unstable sort gives one order.
    keyed.sort_unstable_by_key(|(key, _)| *key);
    keyed.into_iter().map(|k| k.1).collect()
}

/// The services that match, in the order given. `texts` holds [`search_text`] for each service
/// (worked out once, not on every keystroke).
pub fn search<'a>(
    services: &[&'a Service],
    texts: &[String],
    q: &Query,
    now: UkTime,
    synonyms: &[&str],
) -> Vec<&'a Service> {
    let wanted = terms(&normalise(&q.text), synonyms);
    services
        .iter()
        .zip(texts)
        .filter(|(s, text)| {
            wanted.iter().all(|term| term.iter().any(|alt| has_word_starting(text, alt)))
                && (q.needs.is_empty() || s.needs.iter().any(|n| q.needs.contains(n)))
                && (q.audiences.is_empty()
                    || s.audiences.iter().any(|a| *a == crate::data::audience::EVERYONE || q.audiences.contains(a)))
                && (q.channels.is_empty() || s.channels.iter().any(|c| q.channels.contains(&c.kind)))
                && (!q.open_now || open_now(s, now))
        })
        .map(|(s, _)| *s)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::validate::Ymd;
    use crate::data::{area, audience, need, service, SERVICES};
    use crate::kit::clock::uk_time;

    fn all() -> (Vec<&'static Service>, Vec<String>) {
        let list: Vec<&Service> = SERVICES.iter().collect();
        let texts = list.iter().map(|s| search_text(s, &DataWords::BUNDLED)).collect();
        (list, texts)
    }

    #[test]
    fn a_synonym_another_in_its_group_already_starts_is_not_searched_again() {
        let t = terms("stalking help", crate::shell::ENGLISH.parts.find.synonyms);
        assert_eq!(t[0], ["stalk", "following", "followed"]);
        assert_eq!(t[1], ["help"]);
    }

    /// A Wednesday in November, 11:00 UK time.
    fn weekday_morning() -> UkTime {
        uk_time(Ymd::new(2026, 11, 18).unwrap().to_unix_days() * 86_400 + 11 * 3_600)
    }

    fn ids(q: &Query) -> Vec<&'static str> {
        let (list, texts) = all();
        search(&list, &texts, q, weekday_morning(), crate::shell::ENGLISH.parts.find.synonyms)
            .iter()
            .map(|s| s.id)
            .collect()
    }

    fn text(t: &str) -> Query {
        Query { text: t.into(), ..Query::default() }
    }

    #[test]
    fn normalising_forgives_case_punctuation_and_accents() {
        assert_eq!(normalise("  Revenge-PORN!! "), "revenge porn");
        assert_eq!(normalise("Café  Zoë"), "cafe zoe");
        assert_eq!(normalise("don’t"), "dont");
        assert_eq!(normalise("🙂"), "");
        assert_eq!(normalise("ＡＢＣ"), "ａｂｃ", "other scripts are kept, only lower-cased");
        assert_eq!(normalise("ŁÓDŹ, Ærø — Œuvre"), "lodz æro œuvre");
        assert_eq!(normalise("ÀÉÎÕÜÝßÿ İstanbul ſ"), "aeiouysy istanbul s");
        assert_eq!(normalise("ПРИВЕТ Ёж ΑΘΗΝΑ"), "привет ёж αθηνα");
        assert_eq!(normalise("مرحبا  ١٢"), "مرحبا ١٢", "Arabic letters and digits are words too");
        assert_eq!(normalise("a×b÷c 1½ “quoted” 👩‍👧"), "a b c 1 quoted");
    }

    #[test]
    fn folding_agrees_with_the_unicode_tables_for_latin_letters() {
        for c in ('\u{c0}'..='\u{17f}').filter(|c| c.is_alphabetic()) {
            let folded = fold(c).unwrap_or_else(|| panic!("{c} is a letter"));
            let lower: String = c.to_lowercase().collect();
            let lower = lower.chars().next().unwrap();
            // Either the plain ASCII letter, or the Unicode lower case where there is none.
            assert!(folded.is_ascii_lowercase() || folded == lower, "{c} folded to {folded}, lower case is {lower}");
            assert!(fold(folded) == Some(folded), "{c}: folding {folded} again changes it");
        }
        assert_eq!(fold('\u{d7}'), None);
        assert_eq!(fold('\u{f7}'), None);
    }

    #[test]
    fn typing_keeps_the_filters_and_filtering_keeps_the_text() {
        let filtered = Query { needs: [need::STALKING].into(), open_now: true, ..Query::default() };
        let typed = filtered.apply(Change::Text("help".into()));
        assert_eq!(typed.text, "help");
        assert_eq!(typed.filters(), filtered, "the filters stay as they were");
        let refiltered = typed.apply(Change::Filters(Query { text: "ignored".into(), ..Query::default() }));
        assert_eq!(refiltered.text, "help", "the search text stays");
        assert!(refiltered.needs.is_empty() && !refiltered.open_now);
        assert_eq!(typed.filters_chosen(), 2);
        assert_eq!(typed.apply(Change::Reset(Query::default())), Query::default());
    }

    #[test]
    fn an_empty_or_blank_query_finds_everything() {
        assert_eq!(ids(&text("")).len(), SERVICES.len());
        assert_eq!(ids(&text("   \t ")).len(), SERVICES.len());
        assert_eq!(ids(&text("?!,")).len(), SERVICES.len());
    }

    #[test]
    fn names_are_found_whatever_the_case() {
        assert_eq!(ids(&text("VICTIM SUPPORT"))[0], "victim-support");
        assert!(ids(&text("paladin")).contains(&"paladin"));
    }

    #[test]
    fn revenge_porn_and_intimate_images_find_the_same_helpline() {
        for q in ["revenge porn", "intimate images", "Intimate image", "nudes", "private photos"] {
            assert!(ids(&text(q)).contains(&"revenge-porn-helpline"), "{q}");
        }
    }

    #[test]
    fn cyber_finds_online_help_and_work_finds_workplace_help() {
        let cyber = ids(&text("cyber"));
        assert!(cyber.contains(&"get-safe-online") && cyber.contains(&"cyber-helpline"));
        let online = ids(&text("online"));
        assert!(online.contains(&"cyber-helpline"));
        let work = ids(&text("work"));
        assert!(work.contains(&"equality-advisory-support-service") && work.contains(&"citizens-advice"));
    }

    #[test]
    fn every_word_must_match_somewhere() {
        assert!(ids(&text("stalking helpline")).contains(&"national-stalking-helpline"));
        assert!(ids(&text("stalking zebra")).is_empty());
    }

    #[test]
    fn odd_unicode_never_panics_and_matches_nothing_silly() {
        for q in ["\u{0}", "🙂🙂", "e\u{301}", "ﬁ", "İ", "\u{202e}abc", "a\u{200d}b", "　"] {
            let _ = ids(&text(q));
        }
        assert!(ids(&text("zzzzqqqq")).is_empty());
    }

    #[test]
    fn need_filter() {
        let q = Query { needs: [need::INTIMATE_IMAGES].into(), ..Query::default() };
        assert_eq!(ids(&q), ["revenge-porn-helpline", "childline", "stopncii"]);
        let q = Query { needs: [need::INTIMATE_IMAGES, need::ANONYMOUS_REPORTING].into(), ..Query::default() };
        assert_eq!(ids(&q), ["crimestoppers", "revenge-porn-helpline", "childline", "stopncii"]);
    }

    #[test]
    fn audience_filter_keeps_services_for_everyone() {
        let q = Query { audiences: [audience::MEN].into(), ..Query::default() };
        let found = ids(&q);
        assert!(found.contains(&"mens-advice-line"));
        assert!(found.contains(&"victim-support"), "a service for anyone serves men too");
        assert!(!found.contains(&"national-domestic-abuse-helpline"));
        assert!(!found.contains(&"rights-of-women"));
    }

    #[test]
    fn channel_filter() {
        let q = Query { channels: [ChannelKind::Text].into(), ..Query::default() };
        assert_eq!(
            ids(&q),
            ["live-fear-free", "scotland-domestic-abuse-helpline", "dsa-helpline", "emergency-sms", "the-mix"]
        );
        let q = Query { channels: [ChannelKind::Email].into(), ..Query::default() };
        assert_eq!(
            ids(&q),
            ["action-against-stalking", "scotland-domestic-abuse-helpline", "dsa-helpline", "samaritans", "galop"]
        );
        let q = Query { channels: [ChannelKind::Textphone].into(), ..Query::default() };
        assert_eq!(ids(&q), ["police-emergency", "police-non-emergency"]);
    }

    fn arranged(place: Option<&str>) -> Vec<&'static str> {
        let (list, _) = all();
        arrange(&list, place).iter().map(|s| s.id).collect()
    }

    #[test]
    fn a_place_lists_only_services_that_serve_it() {
        let scotland = arranged(Some(area::SCOTLAND));
        assert!(scotland.contains(&"police-emergency"));
        assert!(scotland.contains(&"equality-advisory-support-service"), "Great Britain includes Scotland");
        assert!(!scotland.contains(&"victim-support"), "England and Wales only");
        let devon = arranged(Some(area::DEVON_CORNWALL));
        assert!(devon.contains(&"victim-care-devon-cornwall") && devon.contains(&"victim-support"));
        let england = arranged(Some(area::ENGLAND));
        assert!(!england.contains(&"victim-care-devon-cornwall"));
        for place in crate::kit::place::NATIONS {
            for id in arranged(Some(place)) {
                let s = service(id).unwrap();
                assert!(crate::data::area_covers(s.area, place), "{place}: {id} is for {}", s.area);
            }
        }
    }

    #[test]
    fn each_nation_sees_its_own_specialist_and_24_hour_lines_first() {
        let first = |place, n| arranged(Some(place)).into_iter().take(n).collect::<Vec<_>>();
        assert_eq!(first(area::SCOTLAND, 1), ["police-emergency"], "999 always leads");
        let scotland = first(area::SCOTLAND, 5);
        for id in ["action-against-stalking", "national-stalking-helpline", "scotland-domestic-abuse-helpline"] {
            assert!(scotland.contains(&id), "{id} not in {scotland:?}");
        }
        assert_eq!(scotland[1], "action-against-stalking", "Scotland's own charity before the UK-wide helpline");
        let wales = first(area::WALES, 4);
        assert!(wales.contains(&"live-fear-free") && wales.contains(&"national-stalking-helpline"), "{wales:?}");
        let ni = first(area::NORTHERN_IRELAND, 4);
        assert!(ni.contains(&"dsa-helpline") && ni.contains(&"national-stalking-helpline"), "{ni:?}");
        let england = first(area::ENGLAND, 5);
        assert!(england.contains(&"national-domestic-abuse-helpline"), "{england:?}");
        assert!(england.contains(&"police-online"), "reporting, before lines for other needs: {england:?}");
        // A 24-hour line for another need (after a sexual assault) follows the routes for stalking.
        let position = |place, id| arranged(Some(place)).iter().position(|s| *s == id).unwrap();
        assert!(position(area::ENGLAND, "rape-crisis-england-wales") > position(area::ENGLAND, "police-online"));
        assert!(position(area::SCOTLAND, "sarcs-scotland") > position(area::SCOTLAND, "victim-support-scotland"));
        let devon = first(area::DEVON_CORNWALL, 6);
        assert!(devon.contains(&"victim-care-devon-cornwall"), "the host's own area leads its tier: {devon:?}");
    }

    #[test]
    fn with_no_place_the_uk_wide_lines_come_first_and_nothing_is_hidden() {
        let list = arranged(None);
        assert_eq!(list.len(), SERVICES.len());
        assert_eq!(list[0], "police-emergency");
        assert_eq!(list[1], "national-stalking-helpline");
        let first_local = list.iter().position(|id| service(id).unwrap().area != area::UK).unwrap();
        assert!(list[first_local..].iter().all(|id| service(id).unwrap().area != area::UK), "{list:?}");
    }

    #[test]
    fn open_now_counts_only_confirmed_live_lines() {
        let now = weekday_morning();
        assert!(open_now(service("victim-support").unwrap(), now), "24 hours");
        assert!(open_now(service("revenge-porn-helpline").unwrap(), now), "Mon–Fri 10–4, and it is Wednesday 11am");
        assert!(!open_now(service("national-stalking-helpline").unwrap(), now), "hours not confirmed");
        assert!(!open_now(service("get-safe-online").unwrap(), now), "a website has no one to answer");
        let q = Query { open_now: true, ..Query::default() };
        let found = ids(&q);
        assert!(found.contains(&"police-emergency") && found.contains(&"revenge-porn-helpline"));
        assert!(!found.contains(&"national-stalking-helpline"));
    }

    #[test]
    fn open_now_follows_the_clock_and_bank_holidays() {
        let rph = service("revenge-porn-helpline").unwrap();
        let evening = uk_time(Ymd::new(2026, 11, 18).unwrap().to_unix_days() * 86_400 + 17 * 3_600);
        assert!(!open_now(rph, evening));
        // Christmas Day 2026 is a Friday and a bank holiday.
        let christmas = uk_time(Ymd::new(2026, 12, 25).unwrap().to_unix_days() * 86_400 + 11 * 3_600);
        assert!(!open_now(rph, christmas));
        // 09:30 UTC in July is 10:30 BST: open.
        let summer = uk_time(Ymd::new(2026, 7, 1).unwrap().to_unix_days() * 86_400 + 9 * 3_600 + 1_800);
        assert!(open_now(rph, summer));
        // 09:30 UTC in January is 09:30 GMT: not yet open.
        let winter = uk_time(Ymd::new(2027, 1, 6).unwrap().to_unix_days() * 86_400 + 9 * 3_600 + 1_800);
        assert!(!open_now(rph, winter));
    }

    #[test]
    fn filters_combine() {
        let q = Query {
            text: "stalking".into(),
            needs: [need::STALKING].into(),
            channels: [ChannelKind::Phone].into(),
            open_now: true,
            ..Query::default()
        };
        let (list, _) = all();
        let wales = arrange(&list, Some(area::WALES));
        let texts: Vec<String> = wales.iter().map(|s| search_text(s, &DataWords::BUNDLED)).collect();
        let found: Vec<&str> = search(&wales, &texts, &q, weekday_morning(), crate::shell::ENGLISH.parts.find.synonyms)
            .iter()
            .map(|s| s.id)
            .collect();
        // The National Stalking Helpline opens at 1pm on Wednesdays.
        assert_eq!(found, ["live-fear-free", "victim-support", "police-non-emergency"]);
        assert!(q.is_filtered());
        assert!(!Query::default().is_filtered());
    }
}
