//! Reads the human-edited dataset file, checks every fact, and writes it out as static Rust.
//!
//! Runs at build time (build.rs includes this file): a bad entry stops the build with the file,
//! the entry, the field and the reason, so a wrong number can never reach a visitor. The crate
//! also compiles it under `cfg(test)` so each rule is tested against small bad fixtures.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use serde::Deserialize;

use super::validate::{self, NumberUse, ParsedHours, Ymd};

/// One problem found in the dataset, located as precisely as the file allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file it was found in.
    pub file: String,
    /// The entry, such as `service "victim-support"`, or `file` for the file as a whole.
    pub entry: String,
    /// The field, such as `channel[1].number`.
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
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChannel {
    kind: String,
    number: Option<String>,
    keyword: Option<String>,
    address: Option<String>,
    url: Option<String>,
    hours: Option<OneOrMany>,
    #[serde(default)]
    closed_on_bank_holidays: bool,
    cost: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: String,
    name: String,
    summary: String,
    needs: Vec<String>,
    audiences: Vec<String>,
    area: String,
    #[serde(default, rename = "channel")]
    channels: Vec<RawChannel>,
    sources: Vec<String>,
    checked: toml::value::Datetime,
}

/// A checked tag, ready to be written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedTag {
    /// Identifier.
    pub id: String,
    /// Label.
    pub label: String,
}

/// A checked contact route, with its link target worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedChannel {
    /// The `ChannelKind` variant name.
    pub kind: &'static str,
    /// What a person reads.
    pub display: String,
    /// The link target.
    pub href: String,
    /// Text keyword.
    pub keyword: Option<String>,
    /// Parsed hours.
    pub hours: ParsedHours,
    /// Closed on bank holidays.
    pub closed_on_bank_holidays: bool,
    /// Cost, where known.
    pub cost: Option<String>,
    /// Note.
    pub note: Option<String>,
}

/// A checked service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedService {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: String,
    /// Summary.
    pub summary: String,
    /// Need ids.
    pub needs: Vec<String>,
    /// Audience ids.
    pub audiences: Vec<String>,
    /// Area id.
    pub area: String,
    /// Contact routes.
    pub channels: Vec<CheckedChannel>,
    /// Source addresses.
    pub sources: Vec<String>,
    /// Last checked.
    pub checked: Ymd,
}

/// The whole dataset, every fact checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    /// Needs vocabulary.
    pub needs: Vec<CheckedTag>,
    /// Audiences vocabulary.
    pub audiences: Vec<CheckedTag>,
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
        if !matches!(key.as_str(), "need" | "audience" | "area" | "service") {
            errors.push("file", key, "is not a section this file knows (need, audience, area, service)");
        }
    }
    let needs = tags(&table, "need", &mut errors);
    let audiences = tags(&table, "audience", &mut errors);
    let areas = tags(&table, "area", &mut errors);

    let mut services = Vec::new();
    let mut ids = BTreeSet::new();
    for (i, value) in array(&table, "service").iter().enumerate() {
        let fallback = format!("service #{}", i + 1);
        let entry = match value.get("id").and_then(toml::Value::as_str) {
            Some(id) => format!("service {id:?}"),
            None => fallback,
        };
        let raw = match RawService::deserialize(value.clone()) {
            Ok(raw) => raw,
            Err(e) => {
                // toml's message names the key itself; we add the entry it belongs to.
                errors.push(&entry, "-", e.message());
                continue;
            }
        };
        if !ids.insert(raw.id.clone()) {
            errors.push(&entry, "id", "is used by an earlier service; ids must be unique");
        }
        if let Some(s) = service(raw, &entry, &needs, &audiences, &areas, today, &mut errors) {
            services.push(s);
        }
    }
    if errors.list.is_empty() {
        Ok(Dataset { needs, audiences, areas, services })
    } else {
        Err(errors.list)
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
                out.push(CheckedTag { id: raw.id, label: raw.label });
            }
            Err(e) => errors.push(&entry, "-", e.message()),
        }
    }
    out
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn service(
    raw: RawService,
    entry: &str,
    needs: &[CheckedTag],
    audiences: &[CheckedTag],
    areas: &[CheckedTag],
    today: Ymd,
    errors: &mut Errors<'_>,
) -> Option<CheckedService> {
    let before = errors.list.len();
    if !is_slug(&raw.id) {
        errors.push(entry, "id", "must be lower-case letters, digits and single dashes");
    }
    for (field, text) in [("name", &raw.name), ("summary", &raw.summary)] {
        if text.trim().is_empty() {
            errors.push(entry, field, "is empty");
        }
    }
    for (field, used, known) in [("needs", &raw.needs, needs), ("audiences", &raw.audiences, audiences)] {
        if used.is_empty() {
            errors.push(entry, field, "lists nothing; give at least one");
        }
        for id in used {
            if !known.iter().any(|t| &t.id == id) {
                errors.push(entry, field, format!("{id:?} is not defined ({})", ids(known)));
            }
        }
    }
    if !areas.iter().any(|t| t.id == raw.area) {
        errors.push(entry, "area", format!("{:?} is not defined ({})", raw.area, ids(areas)));
    }
    if raw.channels.is_empty() {
        errors.push(entry, "channel", "lists no way to get in touch");
    }
    let channels: Vec<CheckedChannel> = raw
        .channels
        .into_iter()
        .enumerate()
        .filter_map(|(i, c)| channel(c, entry, &format!("channel[{i}]"), errors))
        .collect();
    if raw.sources.is_empty() {
        errors.push(entry, "sources", "is empty: every fact needs a public source");
    }
    for (i, url) in raw.sources.iter().enumerate() {
        if let Err(e) = validate::web_url(url, false) {
            errors.push(entry, &format!("sources[{i}]"), e);
        }
    }
    let checked = match (raw.checked.date, raw.checked.time) {
        (Some(d), None) => match Ymd::new(d.year, d.month, d.day) {
            Ok(ymd) if ymd > today => {
                errors.push(entry, "checked", format!("{ymd} is in the future (today is {today})"));
                None
            }
            Ok(ymd) => Some(ymd),
            Err(e) => {
                errors.push(entry, "checked", e);
                None
            }
        },
        _ => {
            errors.push(entry, "checked", "must be a plain date such as 2026-11-21");
            None
        }
    };
    if errors.list.len() > before {
        return None;
    }
    Some(CheckedService {
        id: raw.id,
        name: raw.name,
        summary: raw.summary,
        needs: raw.needs,
        audiences: raw.audiences,
        area: raw.area,
        channels,
        sources: raw.sources,
        checked: checked?,
    })
}

fn ids(tags: &[CheckedTag]) -> String {
    let list: Vec<&str> = tags.iter().map(|t| t.id.as_str()).collect();
    format!("known: {}", list.join(", "))
}

fn channel(raw: RawChannel, entry: &str, at: &str, errors: &mut Errors<'_>) -> Option<CheckedChannel> {
    let before = errors.list.len();
    let field = |name: &str| format!("{at}.{name}");
    let (kind, wanted): (&'static str, &str) = match raw.kind.as_str() {
        "phone" => ("Phone", "number"),
        "text" => ("Text", "number"),
        "textphone" => ("Textphone", "number"),
        "email" => ("Email", "address"),
        "website" => ("Website", "url"),
        "form" => ("Form", "url"),
        "chat" => ("Chat", "url"),
        other => {
            errors.push(
                entry,
                &field("kind"),
                format!("{other:?} is not a channel kind (phone, text, textphone, email, website, form, chat)"),
            );
            return None;
        }
    };
    for (name, present) in
        [("number", raw.number.is_some()), ("address", raw.address.is_some()), ("url", raw.url.is_some())]
    {
        if name != wanted && present {
            errors.push(
                entry,
                &field(name),
                format!("does not belong on a {} channel (it takes `{wanted}`)", raw.kind),
            );
        }
    }
    if raw.keyword.is_some() && kind != "Text" {
        errors.push(entry, &field("keyword"), "only a text channel takes a keyword");
    }
    let value = match wanted {
        "number" => raw.number.as_deref(),
        "address" => raw.address.as_deref(),
        _ => raw.url.as_deref(),
    };
    let Some(value) = value else {
        errors.push(entry, &field(wanted), format!("is missing: a {} channel needs it", raw.kind));
        return None;
    };
    let (display, href) = match wanted {
        "number" => {
            let usage = if kind == "Text" { NumberUse::Text } else { NumberUse::Call };
            match validate::uk_phone(value, usage) {
                Ok(p) => (p.display, p.href),
                Err(e) => {
                    errors.push(entry, &field("number"), e);
                    return None;
                }
            }
        }
        "address" => {
            if let Err(e) = validate::email(value) {
                errors.push(entry, &field("address"), e);
            }
            (value.to_string(), format!("mailto:{value}"))
        }
        _ => {
            if let Err(e) = validate::web_url(value, false) {
                errors.push(entry, &field("url"), e);
            }
            (short_url(value), value.to_string())
        }
    };
    let hours = match raw.hours {
        Some(OneOrMany::One(line)) => validate::hours(&[line]),
        Some(OneOrMany::Many(lines)) => validate::hours(&lines),
        // A page or a mailbox can be used at any time; a person answering cannot.
        None if matches!(kind, "Email" | "Website" | "Form") => Ok(ParsedHours::Always),
        None => Err(format!("is missing: say when the {} channel is answered, or \"not confirmed\"", raw.kind)),
    };
    let hours = hours.map_err(|e| errors.push(entry, &field("hours"), e)).ok();
    if raw.closed_on_bank_holidays && !matches!(hours, Some(ParsedHours::Weekly(_))) {
        errors.push(entry, &field("closed_on_bank_holidays"), "only applies to weekly hours");
    }
    for (name, text) in [("cost", &raw.cost), ("note", &raw.note), ("keyword", &raw.keyword)] {
        if text.as_deref().is_some_and(|t| t.trim().is_empty()) {
            errors.push(entry, &field(name), "is empty; leave it out instead");
        }
    }
    if errors.list.len() > before {
        return None;
    }
    Some(CheckedChannel {
        kind,
        display,
        href,
        keyword: raw.keyword,
        hours: hours?,
        closed_on_bank_holidays: raw.closed_on_bank_holidays,
        cost: raw.cost,
        note: raw.note,
    })
}

/// The site as a person would say it: the host name without `www.`. The link itself keeps the
/// full address.
fn short_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host).to_string()
}

impl Dataset {
    /// Writes the dataset as Rust statics for `include!` in `crate::data`, where the model types
    /// are in scope. String literals use Rust's own escaping, so no text can break out of them.
    pub fn to_rust(&self, source_file: &str) -> String {
        let mut out = format!("// Generated from {source_file} by build.rs. Edit that file, not this one.\n\n");
        for (name, tags) in [("NEEDS", &self.needs), ("AUDIENCES", &self.audiences), ("AREAS", &self.areas)] {
            let _ = writeln!(out, "/// Generated from the dataset.\npub static {name}: &[Tag] = &[");
            for t in tags {
                let _ = writeln!(out, "    Tag {{ id: {:?}, label: {:?} }},", t.id, t.label);
            }
            out.push_str("];\n\n");
        }
        out.push_str("/// Generated from the dataset.\npub static SERVICES: &[Service] = &[\n");
        for s in &self.services {
            let _ = writeln!(
                out,
                "    Service {{\n        id: {:?},\n        name: {:?},\n        summary: {:?},",
                s.id, s.name, s.summary
            );
            let _ = writeln!(
                out,
                "        needs: &{:?},\n        audiences: &{:?},\n        area: {:?},",
                s.needs, s.audiences, s.area
            );
            out.push_str("        channels: &[\n");
            for c in &s.channels {
                let _ = writeln!(
                    out,
                    "            Channel {{ kind: ChannelKind::{}, display: {:?}, href: {:?}, keyword: {:?}, hours: {}, cost: {:?}, note: {:?} }},",
                    c.kind,
                    c.display,
                    c.href,
                    c.keyword,
                    hours_rust(&c.hours, c.closed_on_bank_holidays),
                    c.cost,
                    c.note
                );
            }
            let _ = writeln!(
                out,
                "        ],\n        sources: &{:?},\n        checked: Ymd {{ year: {}, month: {}, day: {} }},\n    }},",
                s.sources, s.checked.year, s.checked.month, s.checked.day
            );
        }
        out.push_str("];\n");
        out
    }
}

fn hours_rust(h: &ParsedHours, closed_on_bank_holidays: bool) -> String {
    match h {
        ParsedHours::Always => "Hours::Always".into(),
        ParsedHours::NotConfirmed => "Hours::NotConfirmed".into(),
        ParsedHours::Weekly(slots) => {
            let slots: Vec<String> = slots
                .iter()
                .map(|s| format!("Slot {{ days: {:#09b}, open: {}, close: {} }}", s.days, s.open, s.close))
                .collect();
            format!(
                "Hours::Weekly {{ slots: &[{}], closed_on_bank_holidays: {closed_on_bank_holidays} }}",
                slots.join(", ")
            )
        }
    }
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
"#;

    fn with_service(body: &str) -> String {
        format!("{VOCAB}\n[[service]]\n{body}")
    }

    const GOOD: &str = r#"id = "helpline"
name = "A helpline"
summary = "Helps."
needs = ["stalking"]
audiences = ["everyone"]
area = "uk"
sources = ["https://example.org/contact"]
checked = 2026-11-01
[[service.channel]]
kind = "phone"
number = "0808 802 0300"
hours = "24/7"
"#;

    #[test]
    fn a_good_file_loads_and_generates_rust() {
        let data = load("fixture.toml", &with_service(GOOD), TODAY).unwrap();
        assert_eq!(data.services[0].channels[0].href, "tel:+448088020300");
        let rust = data.to_rust("fixture.toml");
        assert!(rust.contains("pub static SERVICES: &[Service]"));
        assert!(rust.contains(r#"display: "0808 802 0300""#));
        assert!(rust.contains("Hours::Always"));
    }

    #[test]
    fn websites_are_shown_by_their_site_name() {
        assert_eq!(short_url("https://www.suzylamplugh.org/stalking-help-and-advice"), "suzylamplugh.org");
        assert_eq!(short_url("https://revengepornhelpline.org.uk/"), "revengepornhelpline.org.uk");
    }

    #[test]
    fn the_real_dataset_loads() {
        let text = include_str!("services.toml");
        if let Err(errors) = load("services.toml", text, TODAY) {
            panic!("{errors:#?}");
        }
    }

    #[test]
    fn strings_are_escaped_in_generated_code() {
        let body = GOOD.replace(r#"summary = "Helps.""#, r#"summary = "Say \"hi\" \\ ok""#);
        let rust = load("f", &with_service(&body), TODAY).unwrap().to_rust("f");
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
        assert_error(&text, &["fixture.toml", "service \"helpline\"", "`channel[0].number`", "10 digits"]);
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
        assert_error(&with_service(&body), &["`channel[0].address`", "not a valid email"]);
    }

    #[test]
    fn unknown_tags_are_refused() {
        let text = with_service(&GOOD.replace(r#"needs = ["stalking"]"#, r#"needs = ["stalkng"]"#));
        assert_error(&text, &["`needs`", "\"stalkng\" is not defined", "known: stalking"]);
        let text = with_service(&GOOD.replace(r#"area = "uk""#, r#"area = "mars""#));
        assert_error(&text, &["`area`", "\"mars\""]);
    }

    #[test]
    fn missing_source_or_date_is_refused() {
        let text = with_service(&GOOD.replace(r#"sources = ["https://example.org/contact"]"#, "sources = []"));
        assert_error(&text, &["`sources`", "needs a public source"]);
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
        assert_error(&text, &["`channel[0].hours`", "overlap"]);
        let text = with_service(&GOOD.replace(r#"hours = "24/7""#, r#"hours = "sometimes""#));
        assert_error(&text, &["`channel[0].hours`"]);
    }

    #[test]
    fn a_phone_line_must_say_its_hours() {
        let text = with_service(&GOOD.replace("hours = \"24/7\"\n", ""));
        assert_error(&text, &["`channel[0].hours`", "is missing"]);
        let body = GOOD.replace(
            "kind = \"phone\"\nnumber = \"0808 802 0300\"\nhours = \"24/7\"",
            "kind = \"website\"\nurl = \"https://example.org/\"",
        );
        assert!(load("f", &with_service(&body), TODAY).is_ok(), "a website needs no hours");
    }

    #[test]
    fn unknown_fields_and_kinds_are_refused() {
        let text = with_service(&GOOD.replace("area = \"uk\"", "area = \"uk\"\nphone = \"1\""));
        assert_error(&text, &["service \"helpline\"", "unknown field `phone`"]);
        let text = with_service(&GOOD.replace("kind = \"phone\"", "kind = \"pager\""));
        assert_error(&text, &["`channel[0].kind`", "\"pager\""]);
        let text = with_service(&GOOD.replace("kind = \"phone\"", "kind = \"website\""));
        assert_error(&text, &["`channel[0].number`", "does not belong"]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let body = GOOD.replace("0808 802 0300", "12").replace("2026-11-01", "2027-01-01");
        assert!(errors_of(&with_service(&body)).len() >= 2);
    }
}
