//! Reads the human-edited dataset files and checks every fact (build time only: nothing here
//! ships). build.rs includes this file beside `generate.rs`, which writes the checked data out as
//! static Rust: a bad entry stops the build with the file, the entry, the field and the reason,
//! so a wrong number can never reach a visitor. The crate also compiles both under `cfg(test)`
//! (as `data::load` and `data::generate`), so each rule is tested against small bad fixtures.

use std::collections::BTreeSet;
use std::fmt;

use serde::Deserialize;

use super::plain::Plain;
use super::record::{self, is_slug, CheckedService, Rules, ServiceRecord};
use super::validate::{self, Ymd};

/// One problem found in the dataset, located as precisely as the file allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file it was found in.
    pub file: String,
    /// The entry, such as `service "victim-support"`, or `file` for the file as a whole.
    pub entry: String,
    /// The field, such as `channels[1].number`.
    pub field: String,
    /// What is wrong, in words a data editor can act on.
    pub reason: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}, field `{}`: {}", self.file, self.entry, self.field, self.reason)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTag {
    id: String,
    label: String,
    /// Areas only: which bank holiday calendar services there follow.
    calendar: Option<String>,
    /// Areas only: the larger area this one is part of.
    within: Option<String>,
}

/// A checked tag, ready to be written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedTag {
    /// Identifier.
    pub id: String,
    /// Label.
    pub label: String,
    /// Areas only: the bank holiday calendar.
    pub calendar: Option<String>,
    /// Areas only: the larger area this one is part of.
    pub within: Option<String>,
}

/// The whole dataset, every fact checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    /// Needs vocabulary.
    pub needs: Vec<CheckedTag>,
    /// Audiences vocabulary.
    pub audiences: Vec<CheckedTag>,
    /// Roles vocabulary.
    pub roles: Vec<CheckedTag>,
    /// Areas vocabulary.
    pub areas: Vec<CheckedTag>,
    /// Services in file order.
    pub services: Vec<CheckedService>,
}

struct Errors<'a> {
    file: &'a str,
    list: Vec<DataError>,
}

impl Errors<'_> {
    fn push(&mut self, entry: &str, field: &str, reason: impl Into<String>) {
        self.list.push(DataError {
            file: self.file.to_string(),
            entry: entry.to_string(),
            field: field.to_string(),
            reason: reason.into(),
        });
    }
}

/// Reads and checks a dataset file. `today` is the build date: a "last checked" date after it is
/// a typo. Every problem is reported, not just the first.
pub fn load(file: &str, text: &str, today: Ymd) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Errors { file, list: Vec::new() };
    let table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            errors.push("file", "-", format!("is not valid TOML: {}", e.message()));
            return Err(errors.list);
        }
    };
    for key in table.keys() {
        if !matches!(key.as_str(), "need" | "audience" | "role" | "area" | "service") {
            errors.push("file", key, "is not a section this file knows (need, audience, role, area, service)");
        }
    }
    let needs = tags(&table, "need", &mut errors);
    let audiences = tags(&table, "audience", &mut errors);
    let roles = tags(&table, "role", &mut errors);
    let areas = tags(&table, "area", &mut errors);
    check_area_tree(&areas, &mut errors);

    let mut services: Vec<CheckedService> = Vec::new();
    fn list(tags: &[CheckedTag]) -> Vec<&str> {
        tags.iter().map(|t| t.id.as_str()).collect()
    }
    let (need_ids, audience_ids, role_ids, area_ids) = (list(&needs), list(&audiences), list(&roles), list(&areas));
    let mut taken: Vec<String> = Vec::new();
    for (i, value) in array(&table, "service").iter().enumerate() {
        let entry = entry_name(value, "service", i);
        let raw = match ServiceRecord::deserialize(value.clone()) {
            Ok(raw) => raw,
            Err(e) => {
                // toml's message names the key itself; we add the entry it belongs to.
                errors.push(&entry, "-", e.message());
                continue;
            }
        };
        let rules = Rules {
            needs: &need_ids,
            audiences: &audience_ids,
            roles: &role_ids,
            areas: &area_ids,
            taken: &|id| taken.iter().any(|t| t == id),
            today,
            default_area: None,
        };
        match record::check(&raw, &rules) {
            Ok(service) => {
                taken.push(service.id.clone());
                services.push(service);
            }
            Err(problems) => {
                if let Some(Plain::Text(id)) = &raw.id {
                    taken.push(id.clone());
                }
                for p in problems {
                    errors.push(&entry, &p.field, p.reason);
                }
            }
        }
    }
    if errors.list.is_empty() {
        Ok(Dataset { needs, audiences, roles, areas, services })
    } else {
        Err(errors.list)
    }
}

/// How an entry is named in a message: by its id, or by its place in the file when it has none.
fn entry_name(value: &toml::Value, kind: &str, index: usize) -> String {
    match value.get("id").and_then(toml::Value::as_str) {
        Some(id) => format!("{kind} {id:?}"),
        None => format!("{kind} #{}", index + 1),
    }
}

fn array<'t>(table: &'t toml::Table, key: &str) -> &'t [toml::Value] {
    table.get(key).and_then(toml::Value::as_array).map_or(&[], Vec::as_slice)
}

fn tags(table: &toml::Table, kind: &str, errors: &mut Errors<'_>) -> Vec<CheckedTag> {
    let mut out: Vec<CheckedTag> = Vec::new();
    for (i, value) in array(table, kind).iter().enumerate() {
        let entry = format!("{kind} #{}", i + 1);
        match RawTag::deserialize(value.clone()) {
            Ok(raw) => {
                let entry = format!("{kind} {:?}", raw.id);
                if !is_slug(&raw.id) {
                    errors.push(&entry, "id", "must be lower-case letters, digits and single dashes");
                }
                if out.iter().any(|t| t.id == raw.id) {
                    errors.push(&entry, "id", format!("is used by an earlier {kind}; ids must be unique"));
                }
                if raw.label.trim().is_empty() {
                    errors.push(&entry, "label", "is empty");
                }
                match (kind, &raw.calendar) {
                    ("area", None) => {
                        errors.push(&entry, "calendar", "is missing: say which bank holidays apply there")
                    }
                    ("area", Some(_)) | (_, None) => {}
                    (_, Some(_)) => {
                        errors.push(&entry, "calendar", format!("only an area takes a calendar, not a {kind}"))
                    }
                }
                if kind != "area" && raw.within.is_some() {
                    errors.push(&entry, "within", format!("only an area can be within another, not a {kind}"));
                }
                out.push(CheckedTag { id: raw.id, label: raw.label, calendar: raw.calendar, within: raw.within });
            }
            Err(e) => errors.push(&entry, "-", e.message()),
        }
    }
    out
}

/// Every `within` names a defined area, and following them never goes round in a circle.
fn check_area_tree(areas: &[CheckedTag], errors: &mut Errors<'_>) {
    for area in areas {
        let entry = format!("area {:?}", area.id);
        let mut seen = vec![area.id.as_str()];
        let mut current = area;
        while let Some(parent) = &current.within {
            match areas.iter().find(|a| &a.id == parent) {
                None => {
                    errors.push(&entry, "within", format!("{parent:?} is not a defined area ({})", ids(areas)));
                    break;
                }
                Some(_) if seen.contains(&parent.as_str()) => {
                    errors.push(&entry, "within", format!("goes round in a circle: {} → {parent}", seen.join(" → ")));
                    break;
                }
                Some(next) => {
                    seen.push(parent);
                    current = next;
                }
            }
        }
    }
}

/// Whether `inner` is `outer` or lies inside it, following each area's `within`.
fn within(areas: &[CheckedTag], inner: &str, outer: &str) -> bool {
    let mut current = inner;
    for _ in 0..=areas.len() {
        if current == outer {
            return true;
        }
        match areas.iter().find(|a| a.id == current).and_then(|a| a.within.as_deref()) {
            Some(parent) => current = parent,
            None => return false,
        }
    }
    false
}

fn check_sources(sources: &[String], entry: &str, errors: &mut Errors<'_>) {
    if sources.is_empty() {
        errors.push(entry, "sources", "is empty: every fact needs a public page it comes from");
    }
    for (i, url) in sources.iter().enumerate() {
        if let Err(e) = validate::web_url(url, false) {
            errors.push(entry, &format!("sources[{i}]"), e);
        }
    }
}

/// A TOML value that must be a plain calendar date.
fn plain_date(value: &toml::value::Datetime) -> Result<Ymd, String> {
    record::plain_date(&value.to_string())
}

/// A "last checked" date: a plain date, not after today.
fn checked_date(value: &toml::value::Datetime, today: Ymd) -> Result<Ymd, String> {
    record::checked_date(&value.to_string(), today)
}

fn ids(tags: &[CheckedTag]) -> String {
    let list: Vec<&str> = tags.iter().map(|t| t.id.as_str()).collect();
    format!("known: {}", list.join(", "))
}

/// The bank holiday calendars, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holidays {
    /// Where the dates come from.
    pub sources: Vec<String>,
    /// The last year an official list confirmed; later years are worked out from the rules
    /// (and a test checks them against those rules) until the official list catches up.
    pub confirmed_until: u16,
    /// When they were last checked.
    pub checked: Ymd,
    /// Calendar id and its dates, in ascending order.
    pub calendars: Vec<(String, Vec<Ymd>)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHolidays {
    sources: Vec<String>,
    checked: toml::value::Datetime,
    confirmed_until: u16,
    calendar: std::collections::BTreeMap<String, RawCalendar>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCalendar {
    dates: Vec<toml::value::Datetime>,
}

/// Reads and checks the bank holiday file: known calendars, real dates, in order, no repeats.
pub fn load_holidays(file: &str, text: &str, today: Ymd) -> Result<Holidays, Vec<DataError>> {
    let mut errors = Errors { file, list: Vec::new() };
    let raw: RawHolidays = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            errors.push("file", "-", format!("is not valid: {}", e.message()));
            return Err(errors.list);
        }
    };
    check_sources(&raw.sources, "file", &mut errors);
    let checked = checked_date(&raw.checked, today).map_err(|e| errors.push("file", "checked", e)).ok();
    let mut calendars = Vec::new();
    for (id, calendar) in raw.calendar {
        let entry = format!("calendar {id:?}");
        if !CALENDARS.contains(&id.as_str()) {
            errors.push(&entry, "-", format!("is not a calendar this widget knows ({})", CALENDARS.join(", ")));
        }
        if calendar.dates.is_empty() {
            errors.push(&entry, "dates", "is empty");
        }
        let mut dates: Vec<Ymd> = Vec::new();
        for (i, value) in calendar.dates.iter().enumerate() {
            match plain_date(value) {
                Ok(date) if dates.last().is_some_and(|last| *last >= date) => {
                    errors.push(&entry, &format!("dates[{i}]"), format!("{date} is out of order or repeated"));
                }
                Ok(date) => dates.push(date),
                Err(e) => errors.push(&entry, &format!("dates[{i}]"), e),
            }
        }
        if dates.last().is_some_and(|last| last.year < raw.confirmed_until) {
            errors.push(&entry, "dates", format!("stop before `confirmed_until` ({})", raw.confirmed_until));
        }
        calendars.push((id, dates));
    }
    let last_years: BTreeSet<u16> = calendars.iter().filter_map(|(_, d)| d.last().map(|d| d.year)).collect();
    if last_years.len() > 1 {
        errors.push("file", "calendar", "the calendars end in different years; list the same years in each");
    }
    match (errors.list.is_empty(), checked) {
        (true, Some(checked)) => {
            Ok(Holidays { sources: raw.sources, confirmed_until: raw.confirmed_until, checked, calendars })
        }
        _ => Err(errors.list),
    }
}

/// The bank holiday calendars of the UK's jurisdictions.
pub const CALENDARS: [&str; 3] = ["england-wales", "scotland", "northern-ireland"];

/// A piece of guidance, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedTopic {
    /// Identifier.
    pub id: String,
    /// Heading.
    pub title: String,
    /// Area id the topic is true for.
    pub area: String,
    /// Paragraphs and lists.
    pub body: Vec<Block>,
    /// Sources.
    pub sources: Vec<String>,
    /// Last checked.
    pub checked: Ymd,
}

/// A paragraph, a bulleted list, or a paragraph true in one area only.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Block {
    /// A paragraph.
    Para(String),
    /// A list of short items.
    List(Vec<String>),
    /// `{ area = "scotland", text = "…" }`: a paragraph for one area.
    Local {
        /// Area id.
        area: String,
        /// The paragraph.
        text: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: String,
    title: String,
    area: String,
    body: Vec<Block>,
    sources: Vec<String>,
    checked: toml::value::Datetime,
}

/// Reads and checks the guidance file. Area ids are checked against the services file's areas;
/// `areas` is `None` when the services file itself failed, so its errors are not repeated here.
pub fn load_guidance(
    file: &str,
    text: &str,
    today: Ymd,
    areas: Option<&[CheckedTag]>,
) -> Result<Vec<CheckedTopic>, Vec<DataError>> {
    let mut errors = Errors { file, list: Vec::new() };
    let table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            errors.push("file", "-", format!("is not valid TOML: {}", e.message()));
            return Err(errors.list);
        }
    };
    let mut topics: Vec<CheckedTopic> = Vec::new();
    for (i, value) in array(&table, "topic").iter().enumerate() {
        let entry = entry_name(value, "topic", i);
        let raw = match RawTopic::deserialize(value.clone()) {
            Ok(raw) => raw,
            Err(e) => {
                errors.push(&entry, "-", e.message());
                continue;
            }
        };
        let before = errors.list.len();
        if !is_slug(&raw.id) {
            errors.push(&entry, "id", "must be lower-case letters, digits and single dashes");
        }
        if topics.iter().any(|t| t.id == raw.id) {
            errors.push(&entry, "id", "is used by an earlier topic; ids must be unique");
        }
        if raw.title.trim().is_empty() {
            errors.push(&entry, "title", "is empty");
        }
        if let Some(areas) = areas.filter(|areas| !areas.iter().any(|a| a.id == raw.area)) {
            errors.push(&entry, "area", format!("{:?} is not defined ({})", raw.area, ids(areas)));
        }
        if raw.body.is_empty() {
            errors.push(&entry, "body", "is empty");
        }
        for (j, block) in raw.body.iter().enumerate() {
            let empty = match block {
                Block::Para(p) | Block::Local { text: p, .. } => p.trim().is_empty(),
                Block::List(items) => items.is_empty() || items.iter().any(|t| t.trim().is_empty()),
            };
            if empty {
                errors.push(&entry, &format!("body[{j}]"), "is empty");
            }
            if let (Block::Local { area, .. }, Some(areas)) = (block, areas) {
                let field = format!("body[{j}].area");
                if !areas.iter().any(|a| &a.id == area) {
                    errors.push(&entry, &field, format!("{area:?} is not defined ({})", ids(areas)));
                } else if !within(areas, area, &raw.area) {
                    errors.push(
                        &entry,
                        &field,
                        format!(
                            "{area:?} is not part of the topic's own area {:?}, so no visitor would see it",
                            raw.area
                        ),
                    );
                }
            }
        }
        check_sources(&raw.sources, &entry, &mut errors);
        let checked = checked_date(&raw.checked, today).map_err(|e| errors.push(&entry, "checked", e)).ok();
        if let (true, Some(checked)) = (errors.list.len() == before, checked) {
            topics.push(CheckedTopic {
                id: raw.id,
                title: raw.title,
                area: raw.area,
                body: raw.body,
                sources: raw.sources,
                checked,
            });
        }
    }
    if errors.list.is_empty() {
        Ok(topics)
    } else {
        Err(errors.list)
    }
}

/// Checks that hold across files: every area's calendar is in the holidays file.
pub fn cross_check(data: &Dataset, holidays: &Holidays, services_file: &str) -> Vec<DataError> {
    let mut errors = Errors { file: services_file, list: Vec::new() };
    for area in &data.areas {
        if let Some(calendar) = &area.calendar {
            if !holidays.calendars.iter().any(|(id, _)| id == calendar) {
                let known: Vec<&str> = holidays.calendars.iter().map(|(id, _)| id.as_str()).collect();
                errors.push(
                    &format!("area {:?}", area.id),
                    "calendar",
                    format!("{calendar:?} has no bank holiday dates (known: {})", known.join(", ")),
                );
            }
        }
    }
    errors.list
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Ymd = Ymd { year: 2026, month: 11, day: 21 };

    fn errors_of(fixture: &str) -> Vec<String> {
        match load("fixture.toml", fixture, TODAY) {
            Ok(_) => panic!("the fixture should have been refused"),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    fn assert_error(fixture: &str, expected: &[&str]) {
        let errors = errors_of(fixture);
        assert!(
            errors.iter().any(|e| expected.iter().all(|part| e.contains(part))),
            "no error mentions all of {expected:?}; got {errors:#?}"
        );
    }

    const VOCAB: &str = r#"
[[need]]
id = "stalking"
label = "Stalking"
[[audience]]
id = "everyone"
label = "Everyone"
[[area]]
id = "uk"
label = "UK"
calendar = "england-wales"
"#;

    fn holidays() -> Holidays {
        Holidays {
            sources: vec!["https://example.org/".into()],
            confirmed_until: 2026,
            checked: TODAY,
            calendars: vec![("england-wales".into(), vec![TODAY])],
        }
    }

    fn with_service(body: &str) -> String {
        format!("{VOCAB}\n[[service]]\n{body}")
    }

    const GOOD: &str = r#"id = "helpline"
name = "A helpline"
summary = "Helps."
description = "Helps people."
needs = ["stalking"]
audiences = ["everyone"]
area = "uk"
sources = ["https://example.org/contact"]
checked = 2026-11-01
[[service.channels]]
kind = "phone"
number = "0808 802 0300"
hours = "24/7"
"#;

    #[test]
    fn a_good_file_loads_and_generates_rust() {
        let data = load("fixture.toml", &with_service(GOOD), TODAY).unwrap();
        assert_eq!(data.services[0].channels[0].href, "tel:+448088020300");
        let rust = data.to_rust("fixture.toml", &holidays(), &[]);
        assert!(rust.contains("pub static SERVICES: &[Service]"));
        assert!(rust.contains(r#"display: "0808 802 0300""#));
        assert!(rust.contains("Hours::Always"));
    }

    /// Today by the machine's clock, as the build itself judges "checked" dates: the real files
    /// are re-checked and re-dated all the time, so a fixed date here would soon call them
    /// "in the future".
    fn real_today() -> Ymd {
        let days =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
        Ymd::from_unix_days(days as i64)
    }

    #[test]
    fn the_real_files_load() {
        let today = real_today();
        let data = load("services.toml", include_str!("../src/data/services.toml"), today)
            .unwrap_or_else(|e| panic!("{e:#?}"));
        let holidays = load_holidays("bank_holidays.toml", include_str!("../src/data/bank_holidays.toml"), today)
            .unwrap_or_else(|e| panic!("{e:#?}"));
        load_guidance("guidance.toml", include_str!("../src/data/guidance.toml"), today, Some(&data.areas))
            .unwrap_or_else(|e| panic!("{e:#?}"));
        assert!(cross_check(&data, &holidays, "services.toml").is_empty());
    }

    #[test]
    fn strings_are_escaped_in_generated_code() {
        let body = GOOD.replace(r#"summary = "Helps.""#, r#"summary = "Say \"hi\" \\ ok""#);
        let rust = load("f", &with_service(&body), TODAY).unwrap().to_rust("f", &holidays(), &[]);
        assert!(rust.contains(r#"summary: "Say \"hi\" \\ ok""#));
    }

    #[test]
    fn invalid_toml_is_reported() {
        assert_error("[[service]\nid=", &["fixture.toml", "not valid TOML"]);
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let text = format!("{}\n[[service]]\n{GOOD}", with_service(GOOD));
        assert_error(&text, &["service \"helpline\"", "`id`", "unique"]);
    }

    #[test]
    fn a_bad_phone_number_names_entry_and_field() {
        let text = with_service(&GOOD.replace("0808 802 0300", "0808 802 030"));
        assert_error(&text, &["fixture.toml", "service \"helpline\"", "`channels[0].number`", "10 digits"]);
    }

    #[test]
    fn a_non_https_url_is_refused() {
        let text = with_service(&GOOD.replace("https://example.org/contact", "http://example.org/"));
        assert_error(&text, &["service \"helpline\"", "`sources[0]`", "https"]);
    }

    #[test]
    fn a_bad_email_is_refused() {
        let body =
            GOOD.replace("kind = \"phone\"\nnumber = \"0808 802 0300\"", "kind = \"email\"\naddress = \"help@\"");
        assert_error(&with_service(&body), &["`channels[0].address`", "not a valid email"]);
    }

    #[test]
    fn unknown_tags_are_refused() {
        let text = with_service(&GOOD.replace(r#"needs = ["stalking"]"#, r#"needs = ["stalkng"]"#));
        assert_error(&text, &["`needs`", "\"stalkng\" is not one of: stalking"]);
        let text = with_service(&GOOD.replace(r#"area = "uk""#, r#"area = "mars""#));
        assert_error(&text, &["`area`", "\"mars\""]);
    }

    #[test]
    fn missing_source_or_date_is_refused() {
        let text = with_service(&GOOD.replace(r#"sources = ["https://example.org/contact"]"#, "sources = []"));
        assert_error(&text, &["`sources`", "needs a public page"]);
        let text = with_service(&GOOD.replace("checked = 2026-11-01\n", ""));
        assert_error(&text, &["service \"helpline\"", "checked"]);
    }

    #[test]
    fn a_future_check_date_is_refused() {
        let text = with_service(&GOOD.replace("2026-11-01", "2026-12-01"));
        assert_error(&text, &["`checked`", "in the future"]);
    }

    #[test]
    fn bad_or_overlapping_hours_are_refused() {
        let text =
            with_service(&GOOD.replace(r#"hours = "24/7""#, r#"hours = ["Mon-Fri 09:00-17:00", "Fri 16:00-18:00"]"#));
        assert_error(&text, &["`channels[0].hours`", "overlap"]);
        let text = with_service(&GOOD.replace(r#"hours = "24/7""#, r#"hours = "sometimes""#));
        assert_error(&text, &["`channels[0].hours`"]);
    }

    #[test]
    fn a_cost_on_a_free_number_is_refused() {
        let text = with_service(&GOOD.replace("hours = \"24/7\"", "hours = \"24/7\"\ncost = \"15p per call\""));
        assert_error(&text, &["`channels[0].cost`", "\"15p per call\" is wrong", "free"]);
        let text101 = text.replace("0808 802 0300", "101");
        assert_error(&text101, &["`channels[0].cost`", "calls to 101 are free"]);
        let free = with_service(&GOOD.replace("hours = \"24/7\"", "hours = \"24/7\"\ncost = \"Free\""));
        assert!(load("f", &free, TODAY).is_ok());
        let landline =
            text.replace("0808 802 0300", "020 3866 4107").replace("15p per call", "Costs the same as a landline");
        assert!(load("f", &landline, TODAY).is_ok(), "other numbers can carry a cost");
    }

    #[test]
    fn a_text_keyword_goes_into_the_message() {
        let body = GOOD.replace(
            "kind = \"phone\"\nnumber = \"0808 802 0300\"",
            "kind = \"text\"\nnumber = \"85258\"\nkeyword = \"HELLO\"",
        );
        let data = load("f", &with_service(&body), TODAY).unwrap();
        assert_eq!(data.services[0].channels[0].href, "sms:85258?&body=HELLO");
        let bad = body.replace("HELLO", "HI <b>");
        assert_error(&with_service(&bad), &["`channels[0].keyword`", "letters and digits"]);
    }

    #[test]
    fn a_phone_line_must_say_its_hours() {
        let text = with_service(&GOOD.replace("hours = \"24/7\"\n", ""));
        assert_error(&text, &["`channels[0].hours`", "is missing"]);
        let body = GOOD.replace(
            "kind = \"phone\"\nnumber = \"0808 802 0300\"\nhours = \"24/7\"",
            "kind = \"website\"\nurl = \"https://example.org/\"",
        );
        assert!(load("f", &with_service(&body), TODAY).is_ok(), "a website needs no hours");
    }

    #[test]
    fn unknown_fields_and_kinds_are_refused() {
        let text = with_service(&GOOD.replace("area = \"uk\"", "area = \"uk\"\nphone = \"1\""));
        assert_error(&text, &["service \"helpline\"", "field `phone`: is not a field of a service"]);
        let text = with_service(&GOOD.replace("kind = \"phone\"", "kind = \"pager\""));
        assert_error(&text, &["`channels[0].kind`", "\"pager\""]);
        let text = with_service(&GOOD.replace("kind = \"phone\"", "kind = \"website\""));
        assert_error(&text, &["`channels[0].number`", "does not belong"]);
    }

    #[test]
    fn an_area_needs_a_calendar_and_only_an_area_takes_one() {
        let text = with_service(GOOD).replace("calendar = \"england-wales\"\n", "");
        assert_error(&text, &["area \"uk\"", "`calendar`", "is missing"]);
        let text = with_service(GOOD).replace("label = \"Stalking\"", "label = \"Stalking\"\ncalendar = \"scotland\"");
        assert_error(&text, &["need \"stalking\"", "`calendar`", "only an area"]);
    }

    #[test]
    fn areas_nest_without_loops_or_unknown_parents() {
        let text = with_service(GOOD)
            .replace("calendar = \"england-wales\"", "calendar = \"england-wales\"\nwithin = \"atlantis\"");
        assert_error(&text, &["area \"uk\"", "`within`", "\"atlantis\" is not a defined area"]);
        let text =
            with_service(GOOD).replace("calendar = \"england-wales\"", "calendar = \"england-wales\"\nwithin = \"uk\"");
        assert_error(&text, &["area \"uk\"", "`within`", "circle"]);
    }

    #[test]
    fn an_area_calendar_must_have_dates() {
        let data =
            load("services.toml", &with_service(GOOD).replace("\"england-wales\"", "\"scotland\""), TODAY).unwrap();
        let errors = cross_check(&data, &holidays(), "services.toml");
        assert!(
            errors[0].to_string().contains("area \"uk\", field `calendar`: \"scotland\" has no bank holiday dates"),
            "{errors:?}"
        );
    }

    const HOLIDAYS_GOOD: &str = "sources = [\"https://www.gov.uk/bank-holidays\"]\nchecked = 2026-11-01\nconfirmed_until = 2026\n[calendar.scotland]\ndates = [2026-01-01, 2026-01-02]\n";

    #[test]
    fn holiday_dates_must_be_real_ordered_and_in_a_known_calendar() {
        assert!(load_holidays("h", HOLIDAYS_GOOD, TODAY).is_ok());
        let errors = |text: &str| {
            load_holidays("h.toml", text, TODAY)
                .unwrap_err()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert!(errors(&HOLIDAYS_GOOD.replace("2026-01-02", "2025-12-31"))
            .contains("calendar \"scotland\", field `dates[1]`: 2025-12-31 is out of order"));
        assert!(errors(&HOLIDAYS_GOOD.replace("scotland", "wales")).contains("not a calendar this widget knows"));
        assert!(
            errors(&HOLIDAYS_GOOD.replace("2026-01-02", "2026-02-30")).starts_with("h.toml: file"),
            "TOML itself refuses it"
        );
        assert!(
            errors(&HOLIDAYS_GOOD.replace("https://www.gov.uk", "http://www.gov.uk")).contains("field `sources[0]`")
        );
        assert!(errors(&HOLIDAYS_GOOD.replace("confirmed_until = 2026", "confirmed_until = 2027"))
            .contains("stop before `confirmed_until` (2027)"));
        let two = format!("{HOLIDAYS_GOOD}[calendar.northern-ireland]\ndates = [2026-01-01, 2027-01-01]\n");
        assert!(errors(&two).contains("end in different years"));
        assert!(
            errors(&HOLIDAYS_GOOD.replace("checked = 2026-11-01", "checked = 2027-01-01")).contains("in the future")
        );
    }

    const TOPIC_GOOD: &str = "[[topic]]\nid = \"what\"\ntitle = \"What is it?\"\narea = \"uk\"\nbody = [\"A paragraph.\", [\"one\", \"two\"]]\nsources = [\"https://example.org/\"]\nchecked = 2026-11-01\n";

    fn topic_errors(text: &str) -> String {
        let areas = load("f", &with_service(GOOD), TODAY).unwrap().areas;
        match load_guidance("guidance.toml", text, TODAY, Some(&areas)) {
            Ok(_) => String::new(),
            Err(e) => e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
        }
    }

    #[test]
    fn guidance_topics_are_checked() {
        assert_eq!(topic_errors(TOPIC_GOOD), "");
        assert!(topic_errors(&TOPIC_GOOD.replace("area = \"uk\"", "area = \"narnia\""))
            .contains("topic \"what\", field `area`"));
        assert!(topic_errors(&TOPIC_GOOD.replace("\"A paragraph.\"", "\" \"")).contains("field `body[0]`: is empty"));
        assert!(topic_errors(&TOPIC_GOOD.replace("sources = [\"https://example.org/\"]", "sources = []"))
            .contains("needs a public page"));
        assert!(topic_errors(&format!("{TOPIC_GOOD}{TOPIC_GOOD}")).contains("unique"));
        assert!(topic_errors(&TOPIC_GOOD.replace("title", "heading")).contains("topic \"what\""));
    }

    #[test]
    fn generated_code_names_tags_and_carries_guidance() {
        let data = load("f", &with_service(GOOD), TODAY).unwrap();
        let areas = data.areas.clone();
        let topics = load_guidance("g", TOPIC_GOOD, TODAY, Some(&areas)).unwrap();
        let rust = data.to_rust("f", &holidays(), &topics);
        assert!(rust.contains("pub const STALKING: &str = \"stalking\";"));
        assert!(rust.contains("Block::List(&[\"one\", \"two\"])"));
        assert!(rust.contains("(\"england-wales\", &[Ymd { year: 2026, month: 11, day: 21 }])"));
    }

    #[test]
    fn roles_must_be_defined_and_ages_sensible() {
        let with_role = format!(
            "{VOCAB}\n[[role]]\nid = \"stalking-specialist\"\nlabel = \"Stalking specialist\"\n[[service]]\n{}",
            GOOD.replace("area = \"uk\"", "area = \"uk\"\nroles = [\"stalking-specialist\"]\nmin_age = 18")
        );
        let data = load("f", &with_role, TODAY).unwrap();
        assert_eq!(data.services[0].roles, ["stalking-specialist"]);
        assert_eq!(data.services[0].min_age, Some(18));
        let rust = data.to_rust("f", &holidays(), &[]);
        assert!(rust.contains("pub const STALKING_SPECIALIST: &str = \"stalking-specialist\";"));
        assert!(rust.contains("min_age: Some(18)"));
        let text = with_role.replace("roles = [\"stalking-specialist\"]", "roles = [\"stalking-expert\"]");
        assert_error(&text, &["`roles`", "\"stalking-expert\" is not one of: stalking-specialist"]);
        assert_error(&with_role.replace("min_age = 18", "min_age = 180"), &["`min_age`", "not an age"]);
        assert_error(
            &with_role.replace("min_age = 18", "min_age = 18\nmax_age = 12"),
            &["`max_age`", "below min_age 18"],
        );
        assert!(load("f", &with_service(GOOD), TODAY).unwrap().services[0].roles.is_empty(), "roles are optional");
    }

    #[test]
    fn an_adults_only_service_offered_to_children_stops_the_build() {
        let text = format!(
            "{VOCAB}\n[[audience]]\nid = \"young-people\"\nlabel = \"Young people\"\n[[service]]\n{}",
            GOOD.replace("audiences = [\"everyone\"]", "audiences = [\"everyone\", \"young-people\"]\nmin_age = 18")
        );
        assert_error(&text, &["`audiences`", "\"young-people\" cannot be offered a service for adults only"]);
        // The same service for adults alone, or for young people from 13, is fine.
        assert!(load("f", &text.replace(", \"young-people\"]", "]"), TODAY).is_ok());
        assert!(load("f", &text.replace("min_age = 18", "min_age = 13"), TODAY).is_ok());
    }

    #[test]
    fn a_local_paragraph_names_an_area_inside_its_topic() {
        let areas = load("f", &with_service(GOOD), TODAY).unwrap().areas;
        let mut areas = areas;
        areas.push(CheckedTag {
            id: "scotland".into(),
            label: "Scotland".into(),
            calendar: Some("scotland".into()),
            within: Some("uk".into()),
        });
        areas.push(CheckedTag {
            id: "wales".into(),
            label: "Wales".into(),
            calendar: Some("england-wales".into()),
            within: Some("uk".into()),
        });
        let local = TOPIC_GOOD.replace("[\"one\", \"two\"]", "{ area = \"scotland\", text = \"Only in Scotland.\" }");
        let topics = load_guidance("g", &local, TODAY, Some(&areas)).unwrap();
        assert_eq!(topics[0].body[1], Block::Local { area: "scotland".into(), text: "Only in Scotland.".into() });
        let rust = load("f", &with_service(GOOD), TODAY).unwrap().to_rust("f", &holidays(), &topics);
        assert!(rust.contains("Block::Local { area: \"scotland\", text: \"Only in Scotland.\" }"));
        let errors = |text: &str| match load_guidance("guidance.toml", text, TODAY, Some(&areas)) {
            Ok(_) => String::new(),
            Err(e) => e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
        };
        assert!(errors(&local.replace("\"scotland\"", "\"narnia\""))
            .contains("field `body[1].area`: \"narnia\" is not defined"));
        let inside_wales = local.replace("area = \"uk\"", "area = \"wales\"");
        assert!(
            errors(&inside_wales).contains("not part of the topic's own area \"wales\""),
            "{}",
            errors(&inside_wales)
        );
        assert!(errors(&local.replace("Only in Scotland.", " ")).contains("field `body[1]`: is empty"));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let body = GOOD.replace("0808 802 0300", "12").replace("2026-11-01", "2027-01-01");
        assert!(errors_of(&with_service(&body)).len() >= 2);
    }
}
