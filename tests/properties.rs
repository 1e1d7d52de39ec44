//! Bad input in bulk: many thousands of random host settings, settings blocks, host services,
//! search queries and self-check journeys thrown at the pure code. A panic would stop the widget
//! for the person using it, so nothing may panic; every refusal must name what it refused; and
//! what is accepted must be safe to show (an exit address is always plain http(s), a contact
//! link is always tel:, sms:, mailto: or https:).
//!
//! The inputs come from a small seeded generator, so a failure names its seed and case and can
//! be run again exactly: `PROPERTY_SEED=… cargo test --test properties`.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use stalking_help_widget::config::{local_services, settings, settings_from_json, Config, TEXT_KEYS};
use stalking_help_widget::data::plain::Fields;
use stalking_help_widget::data::record::ServiceRecord;
use stalking_help_widget::data::validate::{self, Ymd};
use stalking_help_widget::data::{service, AREAS, AUDIENCES, NEEDS, SERVICES};
use stalking_help_widget::kit::clock::uk_time;
use stalking_help_widget::parts::checker::{assess, reduce, Action, Choice, Path, State, Step, QUESTIONS};
use stalking_help_widget::parts::finder::{search, search_text, Query};
use stalking_help_widget::shell::ENGLISH;

const CASES: usize = 5_000;

/// SplitMix64: small, fast and the same on every machine.
struct Random(u64);

impl Random {
    fn seeded(test: &str) -> Random {
        let base = std::env::var("PROPERTY_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_2026_u64);
        Random(test.bytes().fold(base, |h, b| h.rotate_left(5) ^ u64::from(b)))
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    /// Text a host or a visitor might type, or anything but: letters, digits, punctuation,
    /// spaces, accents, right-to-left text, emoji, control characters and markup.
    fn text(&mut self, max: usize) -> String {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "0",
            "9",
            " ",
            "-",
            "_",
            ".",
            ":",
            "/",
            "?",
            "#",
            "&",
            "=",
            "%",
            "@",
            "+",
            "'",
            "\"",
            "<",
            ">",
            "{",
            "}",
            "[",
            "]",
            "é",
            "ß",
            "ğ",
            "ł",
            "ا",
            "\u{202e}",
            "😀",
            "\u{0}",
            "\n",
            "\t",
            "\u{feff}",
            "\u{301}",
            "https://",
            "http://",
            "javascript:",
            "data:",
            "tel:",
            "www.",
            ".uk",
            "0808",
            "999",
            "<script>",
            "Mon-Fri",
            "09:00",
            "24/7",
            "stalking",
            "Wales",
            "..",
            "//",
            "\\",
        ];
        let n = self.below(max + 1);
        (0..n).map(|_| *self.pick(PIECES)).collect()
    }
    /// A random JSON value, `depth` levels deep at most.
    fn json(&mut self, depth: usize) -> Value {
        match self.below(if depth == 0 { 5 } else { 7 }) {
            0 => Value::Null,
            1 => json!(self.chance(50)),
            2 => json!((self.next() % 2_000) as f64 / 7.0 - 100.0),
            3 | 4 => json!(self.text(30)),
            5 => Value::Array((0..self.below(4)).map(|_| self.json(depth - 1)).collect()),
            _ => {
                let mut map = serde_json::Map::new();
                for _ in 0..self.below(4) {
                    let key = self.text(8);
                    map.insert(key, self.json(depth - 1));
                }
                Value::Object(map)
            }
        }
    }
}

fn assert_safe_exit(url: &str, context: &str) {
    assert!(validate::web_url(url, true).is_ok(), "{context}: the exit address {url:?} is not plain http(s)");
}

#[test]
fn random_settings_never_panic_and_every_refusal_names_its_setting() {
    let mut r = Random::seeded("settings");
    let mut names: Vec<String> = settings::every_attribute().collect();
    names.extend(["data-", "data-exit", "data-i18n.", "data-i18n.nothing", "class", "data-regoin"].map(String::from));
    for case in 0..CASES {
        let given: Vec<(String, String)> = (0..r.below(6))
            .map(|_| {
                let name = if r.chance(80) { r.pick(&names).clone() } else { format!("data-{}", r.text(12)) };
                let value = match r.below(4) {
                    0 => r.text(40),
                    1 => format!("https://{}", r.text(20)),
                    2 => AREAS[r.below(AREAS.len())].id.to_string(),
                    _ => r.text(400),
                };
                (name, value)
            })
            .collect();
        let (config, issues) = Config::from_settings(&given);
        let context = format!("case {case}: {given:?}");
        assert_safe_exit(&config.exit_url, &context);
        assert!(config.exit_urls.iter().all(|u| validate::web_url(u, true).is_ok()), "{context}");
        assert!((2..=5).contains(&config.heading_level), "{context}");
        assert!(!config.parts.is_empty(), "{context}");
        for issue in &issues {
            assert!(given.iter().any(|(n, _)| *n == issue.attribute), "{context}: {issue} names no setting given");
            assert!(!issue.reason.is_empty(), "{context}");
        }
        // Re-worded texts land in the catalogue, and the quick exit keeps its name.
        let words = stalking_help_widget::shell::words_for(&config);
        assert!(words.exit.label.contains("Exit"), "{context}");
        for (key, _) in &config.texts {
            assert!(TEXT_KEYS.contains(key), "{context}");
        }
    }
}

#[test]
fn random_settings_blocks_never_panic_and_every_problem_names_its_key() {
    let mut r = Random::seeded("blocks");
    let keys = ["exitUrl", "exitUrls", "parts", "region", "headingLevel", "strings", "exitNewTab", "hide", "theme"];
    for case in 0..CASES {
        let mut block = serde_json::Map::new();
        for _ in 0..r.below(6) {
            let key = if r.chance(70) { r.pick(&keys).to_string() } else { r.text(10) };
            block.insert(key, r.json(2));
        }
        let value = Value::Object(block.clone());
        let fields: Fields = serde_json::from_value(value).expect("any object reads as a block");
        let (settings, problems) = settings_from_json(&fields);
        let context = format!("case {case}: {block:?}");
        for problem in &problems {
            let named = block.iter().any(|(k, v)| {
                problem.contains(&format!("{k:?}"))
                    || v.as_object().is_some_and(|o| o.keys().any(|inner| problem.contains(&format!("{inner:?}"))))
            });
            assert!(named, "{context}: {problem:?} names no key of the block");
        }
        let (config, _) = Config::from_settings(&settings);
        assert_safe_exit(&config.exit_url, &context);
        // Anything but an object is refused whole, not half-read.
        let other = r.json(1);
        if !other.is_object() {
            assert!(serde_json::from_value::<Fields>(other).is_err());
        }
    }
}

/// A host service as a host might write it, with some parts spoiled at random.
fn host_service_json(r: &mut Random) -> Value {
    let mut service = json!({
        "id": format!("local-{}", r.below(1000)),
        "name": "Local unit",
        "summary": "Helps people here.",
        "needs": [NEEDS[r.below(NEEDS.len())].id],
        "audiences": [AUDIENCES[r.below(AUDIENCES.len())].id],
        "channels": [{ "kind": "phone", "number": "01632 960123", "hours": ["Mon-Fri 09:00-17:00"] }],
        "sources": ["https://www.example.org/"],
        "checked": "2026-11-01"
    });
    let fields = [
        "id",
        "name",
        "summary",
        "description",
        "needs",
        "audiences",
        "roles",
        "min_age",
        "max_age",
        "area",
        "channels",
        "sources",
        "checked",
        "phone",
        "sumary",
    ];
    let object = service.as_object_mut().expect("an object");
    for _ in 0..r.below(4) {
        let field = *r.pick(&fields);
        if r.chance(30) {
            object.remove(field);
        } else {
            object.insert(field.to_string(), r.json(3));
        }
    }
    if r.chance(30) {
        let kinds = ["phone", "text", "textphone", "email", "website", "form", "chat", "pigeon"];
        let channel_fields =
            ["kind", "number", "keyword", "address", "url", "hours", "cost", "note", "closed_on_bank_holidays", "open"];
        let mut channel = serde_json::Map::new();
        channel.insert("kind".into(), json!(r.pick(&kinds)));
        for _ in 0..r.below(4) {
            let field = *r.pick(&channel_fields);
            let value = if r.chance(50) { json!(r.text(20)) } else { r.json(1) };
            channel.insert(field.into(), value);
        }
        object.insert("channels".into(), json!([Value::Object(channel)]));
    }
    if r.chance(5) {
        return r.json(2);
    }
    service
}

#[test]
fn random_host_services_never_panic_and_every_refusal_names_a_field() {
    let mut r = Random::seeded("services");
    let today = Ymd { year: 2026, month: 11, day: 23 };
    let (mut accepted, mut refused) = (0, 0);
    for case in 0..CASES / 5 {
        let items: Vec<Value> = (0..r.below(6)).map(|_| host_service_json(&mut r)).collect();
        let records = items
            .iter()
            .map(|item| {
                let id = item.get("id").and_then(Value::as_str).map(String::from);
                (id, serde_json::from_value::<ServiceRecord>(item.clone()).map_err(|e| e.to_string()))
            })
            .collect();
        let region = if r.chance(50) { Some(AREAS[r.below(AREAS.len())].id) } else { None };
        let (shown, problems) = local_services(records, region, today);
        let context = format!("case {case}: {items:?}");
        assert_eq!(shown.len() + problems.len(), items.len(), "{context}: each service is shown or refused");
        for problem in &problems {
            assert!(problem.starts_with("local service \""), "{context}: {problem}");
            assert!(problem.contains(": "), "{context}: {problem} names no field");
        }
        for s in &shown {
            assert!(service(s.id).is_none(), "{context}: {} takes a bundled service's id", s.id);
            for c in s.channels {
                let safe = ["tel:", "sms:", "mailto:", "https:"].iter().any(|p| c.href.starts_with(p));
                assert!(safe, "{context}: {} is not a safe link", c.href);
            }
        }
        accepted += shown.len();
        refused += problems.len();
    }
    assert!(accepted > 100 && refused > 100, "both paths are exercised: {accepted} accepted, {refused} refused");
}

#[test]
fn random_search_queries_never_panic_and_only_ever_narrow_the_list() {
    let mut r = Random::seeded("search");
    let all: Vec<_> = SERVICES.iter().collect();
    let texts: Vec<String> = all.iter().map(|s| search_text(s, &ENGLISH.data)).collect();
    for case in 0..CASES {
        let mut q = Query { text: r.text(30), open_now: r.chance(30), ..Query::default() };
        if r.chance(30) {
            q.needs.insert(NEEDS[r.below(NEEDS.len())].id);
        }
        if r.chance(30) {
            q.audiences.insert(AUDIENCES[r.below(AUDIENCES.len())].id);
        }
        if r.chance(30) {
            q.channels.insert(r.pick(&ENGLISH.parts.find.channel_kinds).0);
        }
        let now = uk_time(1_700_000_000 + (r.next() % 400_000_000) as i64);
        let found = search(&all, &texts, &q, now, ENGLISH.parts.find.synonyms);
        assert!(found.len() <= all.len(), "case {case}");
        let wider =
            search(&all, &texts, &Query { text: q.text.clone(), ..Query::default() }, now, ENGLISH.parts.find.synonyms);
        for s in &found {
            assert!(wider.iter().any(|w| w.id == s.id), "case {case}: filters only narrow ({q:?})");
        }
        let _ = ENGLISH.parts.find.results(found.len());
    }
}

#[test]
fn random_journeys_through_the_self_check_never_panic_and_always_end_in_help() {
    let mut r = Random::seeded("journeys");
    let choices: Vec<Choice> = QUESTIONS.iter().flat_map(|q| q.choices()).collect();
    let places: Vec<Option<&str>> = std::iter::once(None).chain(AREAS.iter().map(|a| Some(a.id))).collect();
    for case in 0..CASES {
        let mut state = State::default();
        for _ in 0..r.below(40) {
            let action = match r.below(10) {
                0 => Action::Begin(*r.pick(&[Path::Me, Path::SomeoneElse, Path::OwnBehaviour, Path::Professional])),
                1 => Action::Next,
                2 => Action::Back,
                3 => Action::Skip,
                4 => Action::OpenDanger,
                5 => Action::CloseDanger,
                6 if r.chance(10) => Action::StartAgain,
                _ => Action::Choose(*r.pick(&choices)),
            };
            state = reduce(state, action);
            assert!(
                state.step == Step::Start
                    || state.step == Step::Result
                    || state.step.number(state.answers.path).is_some()
            );
        }
        let a = &state.answers;
        let place = *r.pick(&places);
        let result = assess(a, place);
        let context = format!("case {case}: {a:?} in {place:?}");
        assert!(!result.next_steps.is_empty(), "{context}: always something to do");
        for id in &result.services {
            assert!(service(id).is_some(), "{context}: {id}");
        }
        if a.in_danger_now == Some(stalking_help_widget::parts::checker::YesNo::Yes) {
            assert_eq!(result.urgency, stalking_help_widget::parts::checker::Urgency::Emergency, "{context}");
        }
        let them = a.for_someone_else();
        for s in &result.next_steps {
            assert!(!ENGLISH.parts.check.next_step(*s, them).is_empty(), "{context}: {s:?} has words");
        }
        let copy = stalking_help_widget::parts::checker::summary::summary(&ENGLISH.parts.check, a, &result);
        assert!(copy.contains(ENGLISH.parts.check.keep_warning), "{context}: the copy carries its warning");
        for r in &result.reasons {
            assert!(
                !stalking_help_widget::parts::checker::summary::reason(&ENGLISH.parts.check, *r, them).is_empty(),
                "{context}: {r:?}"
            );
        }
    }
}
