//! One service record and one set of rules for it, used alike by the build (each `[[service]]`
//! in `services.toml`) and by the widget (each service a host page adds in its
//! `data-local-services` block). The rules list every problem at once, each naming its field;
//! a service that passes is ready to show.
//!
//! To add a field to a service: add it here (record, rules and [`CheckedService`]), to the
//! model the widget reads (`model.rs`), and to the generator (`build/generate.rs`).

use super::plain::{nearest, record, Many, Plain};
use super::validate::{self, NumberUse, ParsedHours, Ymd};

record! {
    /// A service as written, field by field. Every field may be missing or of the wrong kind
    /// here: the rules say so, naming it, alongside every other problem.
    pub struct ServiceRecord {
        /// Lower-case words joined by dashes, unique.
        pub id: Option<Plain>,
        /// The name people know it by.
        pub name: Option<Plain>,
        /// One plain sentence: what they do and for whom.
        pub summary: Option<Plain>,
        /// A few plain sentences (optional).
        pub description: Option<Plain>,
        /// Need ids.
        pub needs: Option<Plain>,
        /// Audience ids.
        pub audiences: Option<Plain>,
        /// Role ids (optional).
        pub roles: Option<Plain>,
        /// The youngest age helped, where a source gives one.
        pub min_age: Option<Plain>,
        /// The oldest age helped, where a source gives one.
        pub max_age: Option<Plain>,
        /// Area id; a host's services default to the host's region.
        pub area: Option<Plain>,
        /// The ways to get in touch (`[[service.channels]]` in TOML, `"channels": [ … ]` in JSON).
        pub channels: Many<ChannelRecord>,
        /// The public pages the facts come from.
        pub sources: Option<Plain>,
        /// When a person last checked them, as a date like 2026-11-21.
        pub checked: Option<Plain>,
    }
}

record! {
    /// One way to get in touch, as written.
    pub struct ChannelRecord {
        /// phone, text, textphone, email, website, form or chat.
        pub kind: Option<Plain>,
        /// For phone, text and textphone.
        pub number: Option<Plain>,
        /// For text: the word to send.
        pub keyword: Option<Plain>,
        /// For email.
        pub address: Option<Plain>,
        /// For website, form and chat.
        pub url: Option<Plain>,
        /// For email, website, form and chat: the same in Welsh (a Welsh page or mailbox),
        /// given to visitors reading the widget in Welsh.
        pub welsh: Option<Plain>,
        /// "24/7", "not confirmed", or lines like "Mon-Fri 09:00-17:00".
        pub hours: Option<Plain>,
        /// Closed on the bank holidays where the service is.
        pub closed_on_bank_holidays: Option<Plain>,
        /// What it costs, only where a source says.
        pub cost: Option<Plain>,
        /// A short note.
        pub note: Option<Plain>,
    }
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
    /// The Welsh page or mailbox, as (what a person reads, link target), where there is one.
    pub welsh: Option<(String, String)>,
    /// Parsed hours.
    pub hours: ParsedHours,
    /// Closed on bank holidays.
    pub closed_on_bank_holidays: bool,
    /// Cost, where known.
    pub cost: Option<String>,
    /// Note.
    pub note: Option<String>,
}

/// A service that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedService {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: String,
    /// Summary.
    pub summary: String,
    /// Longer description (empty when none was given).
    pub description: String,
    /// Need ids.
    pub needs: Vec<String>,
    /// Audience ids.
    pub audiences: Vec<String>,
    /// Role ids.
    pub roles: Vec<String>,
    /// Youngest age helped.
    pub min_age: Option<u8>,
    /// Oldest age helped.
    pub max_age: Option<u8>,
    /// Area id.
    pub area: String,
    /// Contact routes.
    pub channels: Vec<CheckedChannel>,
    /// Source addresses.
    pub sources: Vec<String>,
    /// Last checked.
    pub checked: Ymd,
}

impl CheckedService {
    /// The service as the Rust the build writes into the widget (`data::SERVICES`): beside the
    /// checked record, so a new field is checked, kept and written out in this one file.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn to_rust(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "    Service {{\n        id: {:?},\n        name: {:?},\n        summary: {:?},\n        description: {:?},",
            self.id, self.name, self.summary, self.description
        );
        let _ = writeln!(
            out,
            "        needs: &{:?},\n        audiences: &{:?},\n        roles: &{:?},\n        min_age: {:?},\n        max_age: {:?},\n        area: {:?},",
            self.needs, self.audiences, self.roles, self.min_age, self.max_age, self.area
        );
        out.push_str("        channels: &[\n");
        for c in &self.channels {
            let _ = writeln!(
                out,
                "            Channel {{ kind: ChannelKind::{}, display: {:?}, href: {:?}, keyword: {:?}, welsh: {:?}, hours: {}, cost: {:?}, note: {:?} }},",
                c.kind,
                c.display,
                c.href,
                c.keyword,
                c.welsh,
                hours_rust(&c.hours, c.closed_on_bank_holidays),
                c.cost,
                c.note
            );
        }
        let _ = writeln!(
            out,
            "        ],\n        #[cfg(not(target_arch = \"wasm32\"))]\n        sources: &{:?},\n        checked: Ymd {{ year: {}, month: {}, day: {} }},\n    }},",
            self.sources, self.checked.year, self.checked.month, self.checked.day
        );
        out
    }
}

/// A line's hours as the Rust the build writes.
#[cfg(any(test, not(target_arch = "wasm32")))]
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

/// One thing wrong with a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field, such as `channels[1].number`.
    pub field: String,
    /// What is wrong, in words an editor can act on.
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.reason)
    }
}

/// What a record is checked against.
#[derive(Clone, Copy)]
pub struct Rules<'a> {
    /// Need ids that exist.
    pub needs: &'a [&'a str],
    /// Audience ids that exist.
    pub audiences: &'a [&'a str],
    /// Role ids that exist.
    pub roles: &'a [&'a str],
    /// Area ids that exist.
    pub areas: &'a [&'a str],
    /// Whether an id is already used by another service.
    pub taken: &'a dyn Fn(&str) -> bool,
    /// Today: a "last checked" date after it is a typo.
    pub today: Ymd,
    /// The area of a record that gives none (a host's region); `None` makes `area` required.
    pub default_area: Option<&'a str>,
}

/// The youngest and oldest ages a service may give: anything outside is surely a typo.
pub const AGES: std::ops::RangeInclusive<u8> = 5..=99;

/// The channel kinds: the word written, the model's variant, and the field that holds the
/// contact (number, address or url).
pub const CHANNEL_KINDS: [(&str, &str, &str); 7] = [
    ("phone", "Phone", "number"),
    ("text", "Text", "number"),
    ("textphone", "Textphone", "number"),
    ("email", "Email", "address"),
    ("website", "Website", "url"),
    ("form", "Form", "url"),
    ("chat", "Chat", "url"),
];

/// Whether `id` is lower-case letters, digits and single dashes.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A value given that is neither text nor a list of texts (already refused by [`Found::texts`]).
fn not_texts(value: &Option<Plain>) -> bool {
    value.as_ref().is_some_and(|v| !matches!(v, Plain::Text(_) | Plain::Texts(_)))
}

/// Collects problems while a record is read.
struct Found(Vec<Problem>);

impl Found {
    fn push(&mut self, field: &str, reason: impl Into<String>) {
        self.0.push(Problem { field: field.to_string(), reason: reason.into() });
    }

    /// Names written that the record does not have, each refused by name.
    fn unknown(&mut self, at: &str, names: &[String], known: &[&str]) {
        for name in names {
            let contact = ["phone", "text", "textphone", "email", "website", "hours", "keyword", "number", "url"];
            let reason = if at.is_empty() && contact.contains(&name.as_str()) {
                "is not a field of a service: ways to get in touch go in `channels`, each with its `kind` \
                 (phone, text, email, website…), its number, address or url, and for a line its `hours`"
                    .to_string()
            } else if let Some(meant) = nearest(name, known.iter().copied()) {
                format!("is not a field here; did you mean `{meant}`?")
            } else {
                format!("is not a field here (the fields are: {})", known.join(", "))
            };
            self.push(&format!("{at}{name}"), reason);
        }
    }

    /// A text field: `None` if missing (not a problem here) or of the wrong kind (a problem).
    fn text(&mut self, field: &str, value: &Option<Plain>) -> Option<String> {
        match value {
            None => None,
            Some(Plain::Text(t)) if t.trim().is_empty() => {
                self.push(field, "is empty; write it, or leave the field out");
                None
            }
            Some(Plain::Text(t)) => Some(t.clone()),
            Some(other) => {
                self.push(field, format!("must be text in quotes, not {}", other.kind()));
                None
            }
        }
    }

    /// A text field that must be there.
    fn required(&mut self, field: &str, value: &Option<Plain>) -> Option<String> {
        if value.is_none() {
            self.push(field, "is missing");
        }
        self.text(field, value)
    }

    /// One text or a list of texts.
    fn texts(&mut self, field: &str, value: &Option<Plain>) -> Vec<String> {
        match value {
            None => Vec::new(),
            Some(Plain::Text(t)) => vec![t.clone()],
            Some(Plain::Texts(list)) => list.clone(),
            Some(other) => {
                self.push(field, format!("must be a list of texts, not {}", other.kind()));
                Vec::new()
            }
        }
    }

    /// A list of ids, each one that exists.
    fn ids(&mut self, field: &str, value: &Option<Plain>, known: &[&str], required: bool) -> Vec<String> {
        let list = self.texts(field, value);
        if list.is_empty() && required && !not_texts(value) {
            self.push(field, "lists nothing; give at least one");
        }
        for id in &list {
            if !known.contains(&id.as_str()) {
                self.push(field, format!("{id:?} is not one of: {}", known.join(", ")));
            }
        }
        list
    }

    fn age(&mut self, field: &str, value: &Option<Plain>) -> Option<u8> {
        match value {
            None => None,
            Some(Plain::Number(n))
                if n.fract() == 0.0 && (f64::from(*AGES.start())..=f64::from(*AGES.end())).contains(n) =>
            {
                Some(*n as u8)
            }
            // Said without the number: printing a fraction would cost the widget a float printer.
            Some(Plain::Number(_)) => {
                self.push(
                    field,
                    format!("is not an age a service would give (a whole number, {}–{})", AGES.start(), AGES.end()),
                );
                None
            }
            Some(other) => {
                self.push(field, format!("must be a whole number, not {}", other.kind()));
                None
            }
        }
    }
}

/// Checks a record by every rule, listing every problem found.
pub fn check(record: &ServiceRecord, rules: &Rules<'_>) -> Result<CheckedService, Vec<Problem>> {
    let mut found = Found(Vec::new());
    let f = &mut found;
    if let Some(kind) = record.written_as {
        f.push("-", format!("a service must be an object ({{ … }}), not {kind}"));
        return Err(found.0);
    }
    f.unknown("", &record.unknown, ServiceRecord::FIELDS);
    let id = f.required("id", &record.id);
    if let Some(id) = &id {
        if !is_slug(id) {
            f.push("id", format!("{id:?} must be lower-case letters, digits and single dashes"));
        } else if (rules.taken)(id) {
            f.push("id", format!("{id:?} is used by another service; ids must be unique"));
        }
    }
    let name = f.required("name", &record.name);
    let summary = f.required("summary", &record.summary);
    let description = f.text("description", &record.description);
    let needs = f.ids("needs", &record.needs, rules.needs, true);
    let audiences = f.ids("audiences", &record.audiences, rules.audiences, true);
    let roles = f.ids("roles", &record.roles, rules.roles, false);
    let min_age = f.age("min_age", &record.min_age);
    let max_age = f.age("max_age", &record.max_age);
    if let (Some(min), Some(max)) = (min_age, max_age) {
        if min > max {
            f.push("max_age", format!("{max} is below min_age {min}"));
        }
    }
    // An adults-only service offered to children would send a child to a line that turns them
    // away (or that is not safe for them).
    if min_age.is_some_and(|min| min >= 18) && audiences.iter().any(|a| a == "young-people") {
        f.push(
            "audiences",
            "\"young-people\" cannot be offered a service for adults only (min_age 18 or more)".to_string(),
        );
    }
    let area = match (f.text("area", &record.area), rules.default_area) {
        (Some(area), _) if !rules.areas.contains(&area.as_str()) => {
            f.push("area", format!("{area:?} is not one of: {}", rules.areas.join(", ")));
            None
        }
        (Some(area), _) => Some(area),
        (None, Some(default)) if record.area.is_none() => Some(default.to_string()),
        (None, _) => {
            if record.area.is_none() {
                f.push("area", "is missing");
            }
            None
        }
    };
    match &record.channels {
        Many::Other(kind) => f.push("channels", format!("must be a list ([ … ]), not {kind}")),
        Many::List(list) if list.is_empty() => f.push("channels", "lists no way to get in touch; give at least one"),
        Many::List(_) => {}
    }
    let channels: Vec<Option<CheckedChannel>> =
        record.channels.items().iter().enumerate().map(|(i, c)| channel(c, &format!("channels[{i}]"), f)).collect();
    let sources = f.texts("sources", &record.sources);
    if sources.is_empty() && !not_texts(&record.sources) {
        f.push("sources", "is empty: every fact needs a public page it comes from");
    }
    for (i, url) in sources.iter().enumerate() {
        if let Err(e) = validate::web_url(url, false) {
            f.push(&format!("sources[{i}]"), e);
        }
    }
    let checked = f.required("checked", &record.checked).and_then(|text| match checked_date(&text, rules.today) {
        Ok(date) => Some(date),
        Err(e) => {
            f.push("checked", e);
            None
        }
    });
    if !found.0.is_empty() {
        return Err(found.0);
    }
    // With no problem found, every required value is there.
    let (Some(id), Some(name), Some(summary), Some(area), Some(checked)) = (id, name, summary, area, checked) else {
        return Err(vec![Problem { field: "-".into(), reason: "is incomplete".into() }]);
    };
    Ok(CheckedService {
        id,
        name,
        summary,
        description: description.unwrap_or_default(),
        needs,
        audiences,
        roles,
        min_age,
        max_age,
        area,
        channels: channels.into_iter().flatten().collect(),
        sources,
        checked,
    })
}

/// A plain date like 2026-11-21.
pub fn plain_date(text: &str) -> Result<Ymd, String> {
    let bad = || format!("{text:?} must be a plain date such as 2026-11-21");
    let parts: Vec<&str> = text.trim().split('-').collect();
    match parts.as_slice() {
        [y, m, d]
            if y.len() == 4
                && m.len() == 2
                && d.len() == 2
                && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            let number = |s: &str| s.parse::<u16>().map_err(|_| bad());
            Ymd::new(number(y)?, number(m)? as u8, number(d)? as u8)
        }
        _ => Err(bad()),
    }
}

/// A "last checked" date: a plain date, not after today.
pub fn checked_date(text: &str, today: Ymd) -> Result<Ymd, String> {
    let date = plain_date(text)?;
    if date > today {
        return Err(format!("{date} is in the future (today is {today})"));
    }
    Ok(date)
}

fn channel(raw: &ChannelRecord, at: &str, f: &mut Found) -> Option<CheckedChannel> {
    let before = f.0.len();
    let field = |name: &str| format!("{at}.{name}");
    if let Some(kind) = raw.written_as {
        f.push(at, format!("must be an object ({{ \"kind\": …, … }}), not {kind}"));
        return None;
    }
    f.unknown(&format!("{at}."), &raw.unknown, ChannelRecord::FIELDS);
    let kind_word = f.required(&field("kind"), &raw.kind)?;
    let Some(&(_, kind, wanted)) = CHANNEL_KINDS.iter().find(|(word, _, _)| *word == kind_word) else {
        let words: Vec<&str> = CHANNEL_KINDS.iter().map(|k| k.0).collect();
        f.push(&field("kind"), format!("{kind_word:?} is not one of: {}", words.join(", ")));
        return None;
    };
    for (name, value) in [("number", &raw.number), ("address", &raw.address), ("url", &raw.url)] {
        if name != wanted && value.is_some() {
            f.push(&field(name), format!("does not belong on a {kind_word} channel (it takes `{wanted}`)"));
        }
    }
    let keyword = f.text(&field("keyword"), &raw.keyword);
    if keyword.is_some() && kind != "Text" {
        f.push(&field("keyword"), "only a text channel takes a keyword");
    }
    let value = match wanted {
        "number" => &raw.number,
        "address" => &raw.address,
        _ => &raw.url,
    };
    let value = f.required(&field(wanted), value);
    let contact = value.and_then(|value| {
        let result = match wanted {
            "number" => {
                let usage = if kind == "Text" { NumberUse::Text } else { NumberUse::Call };
                validate::uk_phone(&value, usage).map_err(|e| (wanted, e)).and_then(|p| {
                    validate::sms_href(&p.href, keyword.as_deref())
                        .map(|href| (p.display, href))
                        .map_err(|e| ("keyword", e))
                })
            }
            "address" => {
                validate::email(&value).map(|()| (value.clone(), format!("mailto:{value}"))).map_err(|e| (wanted, e))
            }
            _ => validate::web_url(&value, false)
                .map(|()| (validate::site_name(&value).to_string(), value.clone()))
                .map_err(|e| (wanted, e)),
        };
        result.map_err(|(name, e)| f.push(&field(name), e)).ok()
    });
    let welsh = f.text(&field("welsh"), &raw.welsh).and_then(|value| {
        let result = match wanted {
            "number" => Err(format!(
                "only an email, website, form or chat channel takes a Welsh version, not a {kind_word} line"
            )),
            "address" => validate::email(&value).map(|()| (value.clone(), format!("mailto:{value}"))),
            _ => validate::web_url(&value, false).map(|()| (validate::site_name(&value).to_string(), value.clone())),
        };
        match result {
            Ok(pair) if contact.as_ref().is_some_and(|(_, href)| *href == pair.1) => {
                f.push(&field("welsh"), "is the same as the English; leave it out");
                None
            }
            Ok(pair) => Some(pair),
            Err(e) => {
                f.push(&field("welsh"), e);
                None
            }
        }
    });
    let lines = f.texts(&field("hours"), &raw.hours);
    let hours = match (&raw.hours, lines.is_empty()) {
        _ if not_texts(&raw.hours) => None,
        (Some(_), _) => validate::hours(&lines).map_err(|e| f.push(&field("hours"), e)).ok(),
        // A page or a mailbox can be used at any time; a person answering cannot.
        (None, _) if matches!(kind, "Email" | "Website" | "Form") => Some(ParsedHours::Always),
        (None, _) => {
            f.push(
                &field("hours"),
                format!("is missing: say when the {kind_word} line is answered, or \"not confirmed\""),
            );
            None
        }
    };
    let closed_on_bank_holidays = match &raw.closed_on_bank_holidays {
        None => false,
        Some(Plain::Flag(b)) => *b,
        Some(other) => {
            f.push(&field("closed_on_bank_holidays"), format!("must be true or false, not {}", other.kind()));
            false
        }
    };
    if closed_on_bank_holidays && !matches!(hours, Some(ParsedHours::Weekly(_))) && raw.hours.is_some() {
        f.push(&field("closed_on_bank_holidays"), "only applies to weekly hours");
    }
    let cost = f.text(&field("cost"), &raw.cost);
    let note = f.text(&field("note"), &raw.note);
    // 999, 101, 116 numbers and 0800/0808 freephone lines cost nothing from UK phones (101 since
    // April 2020): any other cost on them is out of date.
    if let (Some((display, href)), Some(cost)) = (&contact, &cost) {
        let free_by_law =
            ["tel:999", "tel:101", "tel:116", "tel:+44800", "tel:+44808"].iter().any(|p| href.starts_with(p));
        if free_by_law && cost != "Free" {
            f.push(&field("cost"), format!("{cost:?} is wrong: calls to {display} are free; write \"Free\""));
        }
    }
    if f.0.len() > before {
        return None;
    }
    let (display, href) = contact?;
    Some(CheckedChannel { kind, display, href, keyword, welsh, hours: hours?, closed_on_bank_holidays, cost, note })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Ymd = Ymd { year: 2026, month: 11, day: 21 };
    const RULES: Rules<'static> = Rules {
        needs: &["stalking", "harassment"],
        audiences: &["everyone", "women"],
        roles: &["victim-support"],
        areas: &["uk", "wales"],
        taken: &|id| id == "victim-support",
        today: TODAY,
        default_area: None,
    };

    fn record(json: &str) -> ServiceRecord {
        serde_json::from_str(json).unwrap()
    }

    const GOOD: &str = r#"{
        "id": "riverside-unit", "name": "Riverside Stalking Unit",
        "summary": "Our local officers for stalking cases.",
        "needs": ["stalking"], "audiences": ["everyone"], "area": "wales",
        "channels": [{ "kind": "phone", "number": "01234 567890", "hours": ["Mon-Fri 09:00-17:00"] }],
        "sources": ["https://www.example.org/unit"], "checked": "2026-11-01"
    }"#;

    #[test]
    fn a_good_record_passes() {
        let s = check(&record(GOOD), &RULES).unwrap();
        assert_eq!(s.channels[0].href, "tel:+441234567890");
        assert_eq!(s.channels[0].display, "01234 567890");
        assert_eq!(s.area, "wales");
        assert_eq!(s.description, "");
    }

    #[test]
    fn every_problem_is_listed_at_once_naming_its_field() {
        let bad = r#"{
            "id": "Riverside", "name": 3, "summary": "",
            "needs": ["flying"], "audiences": [], "area": "mars", "min_age": 200,
            "channels": [
                { "kind": "phone", "number": "0123" },
                { "kind": "pigeon" },
                { "kind": "website", "url": "javascript:alert(1)", "number": "0800 123 4567" },
                { "kind": "phone", "number": "0800 123 4567", "hours": "24/7", "cost": "5p a minute" }
            ],
            "sources": [], "checked": "2027-01-01"
        }"#;
        let problems = check(&record(bad), &RULES).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        for expected in [
            "id",
            "name",
            "summary",
            "needs",
            "audiences",
            "area",
            "min_age",
            "channels[0].number",
            "channels[0].hours",
            "channels[1].kind",
            "channels[2].number",
            "channels[2].url",
            "channels[3].cost",
            "sources",
            "checked",
        ] {
            assert!(fields.contains(&expected), "{expected} should be named in {problems:#?}");
        }
    }

    #[test]
    fn a_welsh_page_or_mailbox_is_checked_like_the_english_and_only_where_it_fits() {
        let with = |channel: &str| {
            let json = GOOD.replace(
                r#""channels": [{ "kind": "phone", "number": "01234 567890", "hours": ["Mon-Fri 09:00-17:00"] }]"#,
                &format!(r#""channels": [{channel}]"#),
            );
            check(&record(&json), &RULES)
        };
        let s = with(r#"{ "kind": "website", "url": "https://example.org/", "welsh": "https://example.org/cy/" }"#)
            .unwrap();
        assert_eq!(s.channels[0].welsh, Some(("example.org".into(), "https://example.org/cy/".into())));
        let s = with(r#"{ "kind": "email", "address": "help@example.org", "welsh": "cymorth@example.org" }"#).unwrap();
        assert_eq!(s.channels[0].welsh, Some(("cymorth@example.org".into(), "mailto:cymorth@example.org".into())));
        for (channel, reason) in [
            (r#"{ "kind": "website", "url": "https://example.org/", "welsh": "javascript:alert(1)" }"#, "https"),
            (
                r#"{ "kind": "website", "url": "https://example.org/", "welsh": "https://example.org/" }"#,
                "same as the English",
            ),
            (r#"{ "kind": "email", "address": "help@example.org", "welsh": "not an address" }"#, ""),
            (
                r#"{ "kind": "phone", "number": "01234 567890", "hours": "24/7", "welsh": "https://example.org/cy/" }"#,
                "only an email, website, form or chat",
            ),
        ] {
            let problems = with(channel).unwrap_err();
            assert_eq!(problems.len(), 1, "{channel}: {problems:#?}");
            assert_eq!(problems[0].field, "channels[0].welsh", "{channel}");
            assert!(problems[0].reason.contains(reason), "{channel}: {}", problems[0].reason);
        }
    }

    #[test]
    fn host_and_build_differ_only_in_the_default_area() {
        let mut r = record(GOOD);
        r.area = None;
        assert_eq!(check(&r, &RULES).unwrap_err()[0].to_string(), "area: is missing");
        let host = Rules { default_area: Some("uk"), ..RULES };
        assert_eq!(check(&r, &host).unwrap().area, "uk");
    }

    #[test]
    fn a_phone_line_without_hours_is_refused_for_everyone() {
        let r = record(&GOOD.replace(r#", "hours": ["Mon-Fri 09:00-17:00"]"#, ""));
        let problems = check(&r, &Rules { default_area: Some("uk"), ..RULES }).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].field == "channels[0].hours" && problems[0].reason.starts_with("is missing"));
    }

    #[test]
    fn unknown_fields_are_refused_by_name_all_at_once() {
        let typos = GOOD.replace("\"summary\"", "\"sumary\"").replace("\"hours\"", "\"open\"");
        let problems = check(&record(&typos), &RULES).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["sumary", "summary", "channels[0].open", "channels[0].hours"], "{problems:#?}");
        assert_eq!(problems[0].reason, "is not a field here; did you mean `summary`?");
        let problems = check(&record(r#"{ "phone": "0800 123 4567", "zzzzzzzz": 1 }"#), &RULES).unwrap_err();
        assert!(problems[0].reason.contains("ways to get in touch go in `channels`"));
        assert!(problems[1].reason.starts_with("is not a field here (the fields are: id, name, summary,"));
    }

    #[test]
    fn values_of_the_wrong_kind_are_named_not_fatal() {
        for (json, field) in [
            (r#"[1]"#, "-"),
            (r#""a service""#, "-"),
            (r#"{ "channels": "0800 123 4567" }"#, "channels"),
            (r#"{ "channels": ["0800 123 4567"] }"#, "channels[0]"),
            (r#"{ "channels": [{ "kind": ["phone"] }] }"#, "channels[0].kind"),
            (r#"{ "needs": { "a": 1 } }"#, "needs"),
            (
                r#"{ "channels": [{ "kind": "phone", "number": "0800 123 4567", "hours": { "a": 1 } }] }"#,
                "channels[0].hours",
            ),
            (r#"{ "min_age": "16" }"#, "min_age"),
        ] {
            let problems = check(&record(json), &RULES).unwrap_err();
            assert!(problems.iter().any(|p| p.field == field), "{json}: {problems:#?}");
            let named = problems.iter().filter(|p| p.field == field).count();
            assert_eq!(named, 1, "{json}: one problem for {field}, not one for each rule it then fails");
        }
    }

    #[test]
    fn ids_must_be_slugs_and_unused() {
        for (id, reason) in
            [("Victim Support", "lower-case"), ("victim-support", "used by another"), ("a--b", "lower-case")]
        {
            let r = record(&GOOD.replace("riverside-unit", id));
            let problems = check(&r, &RULES).unwrap_err();
            assert!(problems[0].reason.contains(reason), "{id}: {problems:?}");
        }
    }

    #[test]
    fn dates_are_plain_and_not_in_the_future() {
        assert_eq!(checked_date("2026-11-21", TODAY), Ok(TODAY));
        assert!(checked_date("2026-11-22", TODAY).unwrap_err().contains("future"));
        for bad in ["21/11/2026", "2026-1-1", "2026-11-21T10:00:00", "", "2026-02-30", "+026-11-21"] {
            assert!(checked_date(bad, TODAY).is_err(), "{bad}");
        }
    }
}
