//! What a host page writes as JSON: the `data-config` settings block, and its own services
//! (`data-local-services`), each checked with the same rules as the bundled data. Pure: the
//! browser's own JSON parser reads the text (see `embed`), and this module reads what it made.

use crate::data::validate::{self, NumberUse, ParsedHours, Ymd};
use crate::data::{area, Channel, ChannelKind, Hours, Service, Slot, AREAS, AUDIENCES, NEEDS, SERVICES};

use super::settings;

fn ids<'a>(list: impl Iterator<Item = &'a str>) -> String {
    list.collect::<Vec<_>>().join(", ")
}

/// A service a host page adds, as written in its JSON block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HostService {
    /// A short id, unique on the page.
    pub id: String,
    /// The name.
    pub name: String,
    /// One plain sentence.
    pub summary: String,
    /// A few plain sentences.
    pub description: Option<String>,
    /// A UK phone number.
    pub phone: Option<String>,
    /// When the phone is answered: "24/7", "not confirmed" or lines like "Mon-Fri 09:00-17:00".
    pub hours: Option<Vec<String>>,
    /// A mobile number or short code to text.
    pub text: Option<String>,
    /// The word to text, if any.
    pub keyword: Option<String>,
    /// An email address.
    pub email: Option<String>,
    /// An https web address.
    pub website: Option<String>,
    /// Need ids from the dataset.
    pub needs: Vec<String>,
    /// Audience ids from the dataset.
    pub audiences: Vec<String>,
    /// Area id from the dataset; the host's region (or the UK) if left out.
    pub area: Option<String>,
    /// The public page the details come from.
    pub source: String,
    /// When the host last checked them, as YYYY-MM-DD.
    pub checked: String,
}

/// A JSON value as a host's block holds it (read from the browser's own JSON parser, so the
/// widget carries no parser of its own).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    Text(String),
    /// `[ … ]`
    List(Vec<Json>),
    /// `{ … }`, in the order written.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value as a setting's text: strings as they are, true/false, whole numbers, and lists
    /// of those joined by spaces. `None` for anything else.
    pub fn as_setting(&self) -> Option<String> {
        match self {
            Json::Bool(b) => Some(if *b { "true" } else { "false" }.into()),
            // Whole numbers only; formatting fractions would cost the widget a float printer.
            Json::Number(n) if n.fract() == 0.0 && n.abs() < 1e9 => Some((*n as i64).to_string()),
            Json::Text(t) => Some(t.clone()),
            Json::List(items) => items.iter().map(Json::as_setting).collect::<Option<Vec<_>>>().map(|v| v.join(" ")),
            _ => None,
        }
    }

    fn text(&self, field: &str) -> Result<String, String> {
        match self {
            Json::Text(t) => Ok(t.clone()),
            _ => Err(format!("{field}: must be text in quotes")),
        }
    }

    fn texts(&self, field: &str) -> Result<Vec<String>, String> {
        match self {
            Json::Text(t) => Ok(vec![t.clone()]),
            Json::List(items) => items.iter().map(|i| i.text(field)).collect(),
            _ => Err(format!("{field}: must be a list of texts")),
        }
    }
}

/// `exitLabel` → `data-exit-label` (the texts' keys in the JSON block are camelCase).
fn attribute_name(key: &str) -> String {
    let mut out = String::from("data-");
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Turns a `data-config` JSON block into settings by the settings table (`exitUrl` →
/// `data-exit-url`, `strings.exitLabel` → `data-i18n.exit-label`), with a problem for each value of
/// the wrong kind and each name that is no setting.
pub fn settings_from_json(block: &Json) -> (Vec<(String, String)>, Vec<String>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let Json::Object(entries) = block else {
        problems.push("the data-config block must be a JSON object ({ … }); its settings were not used.".into());
        return (out, problems);
    };
    for (key, value) in entries {
        match (key.as_str(), value) {
            ("strings", Json::Object(texts)) => {
                for (k, v) in texts {
                    match v.as_setting() {
                        Some(v) => out.push((format!("data-i18n.{}", &attribute_name(k)["data-".len()..]), v)),
                        None => problems
                            .push(format!("the data-config text {k:?} must be text in quotes; it was not used.")),
                    }
                }
            }
            (_, value) => match (settings::find_json(key), value.as_setting()) {
                (Some(setting), Some(v)) => out.push((setting.attribute.to_string(), v)),
                (Some(_), None) => problems
                    .push(format!("the data-config setting {key:?} has a value of the wrong kind; it was not used.")),
                (None, _) => problems
                    .push(format!("the data-config setting {key:?} was not used: {}", settings::json_suggestion(key))),
            },
        }
    }
    (out, problems)
}

impl HostService {
    /// Reads one service from a host's JSON list, refusing unknown fields (a typo would
    /// otherwise pass silently) and values of the wrong kind.
    pub fn from_json(value: &Json) -> Result<HostService, String> {
        let Json::Object(fields) = value else {
            return Err("each service must be a JSON object ({ … })".into());
        };
        let mut s = HostService::default();
        let has = |name: &str| fields.iter().any(|(k, _)| k == name);
        for required in ["id", "name", "summary", "source", "checked"] {
            if !has(required) {
                return Err(format!("{required}: is missing"));
            }
        }
        for (key, v) in fields {
            match key.as_str() {
                "id" => s.id = v.text(key)?,
                "name" => s.name = v.text(key)?,
                "summary" => s.summary = v.text(key)?,
                "description" => s.description = Some(v.text(key)?),
                "phone" => s.phone = Some(v.text(key)?),
                "hours" => s.hours = Some(v.texts(key)?),
                "text" => s.text = Some(v.text(key)?),
                "keyword" => s.keyword = Some(v.text(key)?),
                "email" => s.email = Some(v.text(key)?),
                "website" => s.website = Some(v.text(key)?),
                "needs" => s.needs = v.texts(key)?,
                "audiences" => s.audiences = v.texts(key)?,
                "area" => s.area = Some(v.text(key)?),
                "source" => s.source = v.text(key)?,
                "checked" => s.checked = v.text(key)?,
                other => {
                    return Err(format!(
                        "{other}: is not a field a service can have (id, name, summary, description, phone, hours, \
                         text, keyword, email, website, needs, audiences, area, source, checked)"
                    ))
                }
            }
        }
        Ok(s)
    }
}

fn leak(text: String) -> &'static str {
    // A host's services live as long as the page. They are checked once per mount, so the
    // memory given up here is small and bounded.
    Box::leak(text.into_boxed_str())
}

fn known(list: &'static [crate::data::Tag], id: &str, what: &str) -> Result<&'static str, String> {
    list.iter()
        .find(|t| t.id == id)
        .map(|t| t.id)
        .ok_or_else(|| format!("{what} {id:?} is not one of: {}", ids(list.iter().map(|t| t.id))))
}

/// Checks a host's service with the same rules as the bundled data. On success the service is
/// ready to show; otherwise the reason names the field.
pub fn host_service(raw: HostService, region: Option<&'static str>, today: Ymd) -> Result<&'static Service, String> {
    let field = |name: &str, e: String| format!("{name}: {e}");
    if raw.id.trim().is_empty() || SERVICES.iter().any(|s| s.id == raw.id) {
        return Err(format!("id: {:?} is empty or already used by a bundled service", raw.id));
    }
    for (name, text) in [("name", &raw.name), ("summary", &raw.summary)] {
        if text.trim().is_empty() {
            return Err(format!("{name}: is empty"));
        }
    }
    let hours = match raw.hours.as_deref() {
        None => Hours::NotConfirmed,
        Some(lines) => match validate::hours(lines).map_err(|e| field("hours", e))? {
            ParsedHours::Always => Hours::Always,
            ParsedHours::NotConfirmed => Hours::NotConfirmed,
            ParsedHours::Weekly(slots) => Hours::Weekly {
                slots: Box::leak(
                    slots
                        .into_iter()
                        .map(|s| Slot { days: s.days, open: s.open, close: s.close })
                        .collect::<Vec<_>>()
                        .into_boxed_slice(),
                ),
                closed_on_bank_holidays: false,
            },
        },
    };
    let mut channels = Vec::new();
    if let Some(number) = &raw.phone {
        let p = validate::uk_phone(number, NumberUse::Call).map_err(|e| field("phone", e))?;
        channels.push(Channel {
            kind: ChannelKind::Phone,
            display: leak(p.display),
            href: leak(p.href),
            keyword: None,
            hours,
            cost: None,
            note: None,
        });
    }
    if let Some(number) = &raw.text {
        let p = validate::uk_phone(number, NumberUse::Text).map_err(|e| field("text", e))?;
        let href = validate::sms_href(&p.href, raw.keyword.as_deref()).map_err(|e| field("keyword", e))?;
        let keyword = raw.keyword.clone().map(leak);
        channels.push(Channel {
            kind: ChannelKind::Text,
            display: leak(p.display),
            href: leak(href),
            keyword,
            hours,
            cost: None,
            note: None,
        });
    }
    if let Some(address) = &raw.email {
        validate::email(address).map_err(|e| field("email", e))?;
        channels.push(Channel {
            kind: ChannelKind::Email,
            display: leak(address.clone()),
            href: leak(format!("mailto:{address}")),
            keyword: None,
            hours: Hours::Always,
            cost: None,
            note: None,
        });
    }
    if let Some(url) = &raw.website {
        validate::web_url(url, false).map_err(|e| field("website", e))?;
        channels.push(Channel {
            kind: ChannelKind::Website,
            display: leak(validate::site_name(url).to_string()),
            href: leak(url.clone()),
            keyword: None,
            hours: Hours::Always,
            cost: None,
            note: None,
        });
    }
    if channels.is_empty() {
        return Err("phone, text, email or website: give at least one way to get in touch".into());
    }
    validate::web_url(&raw.source, false).map_err(|e| field("source", e))?;
    let checked = parse_date(&raw.checked).map_err(|e| field("checked", e))?;
    if checked > today {
        return Err(format!("checked: {checked} is in the future"));
    }
    let needs = raw.needs.iter().map(|n| known(NEEDS, n, "need")).collect::<Result<Vec<_>, _>>()?;
    let mut audiences = raw.audiences.iter().map(|a| known(AUDIENCES, a, "audience")).collect::<Result<Vec<_>, _>>()?;
    if audiences.is_empty() {
        audiences.push(crate::data::audience::EVERYONE);
    }
    let area = match &raw.area {
        Some(a) => known(AREAS, a, "area")?,
        None => region.unwrap_or(area::UK),
    };
    Ok(Box::leak(Box::new(Service {
        id: leak(raw.id),
        name: leak(raw.name),
        summary: leak(raw.summary),
        description: leak(raw.description.unwrap_or_default()),
        needs: Box::leak(needs.into_boxed_slice()),
        audiences: Box::leak(audiences.into_boxed_slice()),
        roles: &[],
        min_age: None,
        max_age: None,
        area,
        channels: Box::leak(channels.into_boxed_slice()),
        sources: Box::leak(vec![leak(raw.source)].into_boxed_slice()),
        checked,
    })))
}

fn parse_date(text: &str) -> Result<Ymd, String> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let bad = || format!("{text:?} is not a date like 2026-11-21");
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            Ymd::new(y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?)
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Ymd = Ymd { year: 2026, month: 11, day: 21 };

    fn local() -> HostService {
        HostService {
            id: "riverside-unit".into(),
            name: "Riverside Stalking Unit".into(),
            summary: "Our local officers for stalking cases.".into(),
            phone: Some("01234 567890".into()),
            hours: Some(vec!["Mon-Fri 09:00-17:00".into()]),
            needs: vec!["stalking".into()],
            source: "https://www.example.org/unit".into(),
            checked: "2026-11-01".into(),
            ..HostService::default()
        }
    }

    fn obj(pairs: &[(&str, Json)]) -> Json {
        Json::Object(pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    fn text(t: &str) -> Json {
        Json::Text(t.into())
    }

    #[test]
    fn a_json_block_becomes_settings() {
        let block = obj(&[
            ("exitUrl", text("https://www.google.co.uk/")),
            ("exitNewTab", Json::Bool(true)),
            ("headingLevel", Json::Number(3.0)),
            ("parts", Json::List(vec![text("finder"), text("checker")])),
            ("strings", obj(&[("exitLabel", text("Exit now"))])),
            ("region", Json::Number(2.5)),
        ]);
        let (settings, problems) = settings_from_json(&block);
        assert_eq!(
            settings,
            [
                ("data-exit-url".to_string(), "https://www.google.co.uk/".to_string()),
                ("data-exit-new-tab".into(), "true".into()),
                ("data-heading-level".into(), "3".into()),
                ("data-parts".into(), "finder checker".into()),
                ("data-i18n.exit-label".into(), "Exit now".into()),
            ]
        );
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("\"region\""));
        assert!(!settings_from_json(&Json::List(vec![])).1.is_empty());
    }
    #[test]
    fn host_services_read_from_json_refuse_typos_and_wrong_kinds() {
        let good = obj(&[
            ("id", text("unit")),
            ("name", text("Unit")),
            ("summary", text("Helps.")),
            ("phone", text("01632 960123")),
            ("hours", text("24/7")),
            ("source", text("https://example.org/")),
            ("checked", text("2026-11-01")),
        ]);
        let s = HostService::from_json(&good).unwrap();
        assert_eq!(s.hours, Some(vec!["24/7".to_string()]));
        let Json::Object(mut fields) = good.clone() else { unreachable!() };
        fields.push(("phoen".into(), text("0")));
        assert!(HostService::from_json(&Json::Object(fields)).unwrap_err().starts_with("phoen: is not a field"));
        let Json::Object(mut fields) = good else { unreachable!() };
        fields[3].1 = Json::Number(1632960123.0);
        assert!(HostService::from_json(&Json::Object(fields)).unwrap_err().contains("phone: must be text"));
        assert!(HostService::from_json(&obj(&[("id", text("x"))])).unwrap_err().contains("name: is missing"));
    }
    #[test]
    fn a_good_host_service_is_accepted_with_the_same_rules_as_the_data() {
        let s = host_service(local(), Some(area::DEVON_CORNWALL), TODAY).unwrap();
        assert_eq!(s.channels[0].href, "tel:+441234567890");
        assert_eq!(s.channels[0].display, "01234 567890");
        assert!(matches!(s.channels[0].hours, Hours::Weekly { .. }));
        assert_eq!(s.area, area::DEVON_CORNWALL, "the host's region when no area is given");
        assert_eq!(s.audiences, [crate::data::audience::EVERYONE]);
    }
    #[test]
    fn a_bad_host_service_is_refused_naming_the_field() {
        type Spoil = fn(&mut HostService);
        let cases: [(Spoil, &str); 10] = [
            (|s| s.phone = Some("0123".into()), "phone:"),
            (|s| s.website = Some("http://example.org".into()), "website:"),
            (|s| s.website = Some("javascript:alert(1)".into()), "website:"),
            (|s| s.email = Some("nobody@".into()), "email:"),
            (|s| s.hours = Some(vec!["Mon-Fri 9-5".into()]), "hours:"),
            (|s| s.needs = vec!["flying".into()], "need \"flying\""),
            (|s| s.source = "ftp://x".into(), "source:"),
            (|s| s.checked = "2027-01-01".into(), "in the future"),
            (|s| s.id = "victim-support".into(), "id:"),
            (|s| s.phone = None, "at least one way"),
        ];
        for (spoil, expected) in cases {
            let mut raw = local();
            spoil(&mut raw);
            let e = host_service(raw, None, TODAY).unwrap_err();
            assert!(e.contains(expected), "{e} should mention {expected}");
        }
    }
}
