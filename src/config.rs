//! What a host page can configure, checked before anything reads it.
//!
//! Settings come, in this order, from the frozen defaults, the mount element's `data-`
//! attributes, and an optional `<script type="application/json" data-config>` block inside it;
//! the last one given wins. Each value is validated here: a bad value is reported (the caller
//! logs it to the console) with the setting, the value and what is accepted, and the safe
//! default is used, so a typo never breaks the widget or, worse, turns the exit link into a
//! script. Unknown settings are reported as likely typos.
//!
//! Pure: it is handed the settings as text and never touches the DOM itself.

use crate::data::validate::{self, NumberUse, ParsedHours, Ymd};
use crate::data::{area, service_id, Channel, ChannelKind, Hours, Service, Slot, AREAS, AUDIENCES, NEEDS, SERVICES};

/// Where the quick exit goes unless the host says otherwise: a neutral, widely used page.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The longest text a host may put in place of one of the widget's own.
pub const MAX_TEXT: usize = 300;

/// The parts of the widget a host can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "Am I being stalked?"
    Checker,
    /// The helpline finder.
    Finder,
    /// Guidance: what stalking and harassment are, what to do, the law.
    Guidance,
}

impl Part {
    fn from_name(name: &str) -> Option<Part> {
        match name {
            "checker" => Some(Part::Checker),
            "finder" => Some(Part::Finder),
            "guidance" => Some(Part::Guidance),
            _ => None,
        }
    }
}

/// The widget's own words a host may replace, by key (`data-i18n.KEY="…"`). The `exit-…` ones
/// are the quick exit's, which www/quick-exit.js reads and checks by the same rule.
pub const TEXT_KEYS: [&str; 12] = [
    "title",
    "intro",
    "exit-label",
    "exit-hint",
    "exit-count-one",
    "exit-count-other",
    "exit-leaving",
    "exit-cover",
    "leaving-safely",
    "strip-999",
    "strip-101",
    "strip-silent",
];

/// Every setting, by attribute name (the JSON block uses the same names in camelCase, without
/// `data-`). `data-i18n.KEY` settings are also accepted for each of [`TEXT_KEYS`].
pub const SETTINGS: [&str; 9] = [
    "data-exit-url",
    "data-exit-new-tab",
    "data-safety-url",
    "data-region",
    "data-hide-services",
    "data-parts",
    "data-heading-level",
    "data-title",
    "data-base",
];

/// Set on the mount element by the quick exit (www/quick-exit.js): which of the host's exit
/// addresses it chose for this visit, so the link and the shortcut go to the same place.
pub const CHOSEN_EXIT: &str = "data-stalking-help-exit";

/// Attributes the widget itself uses on the mount element; never reported as unknown.
const OWN_ATTRIBUTES: [&str; 4] =
    ["data-stalking-help", "data-stalking-help-init", "data-stalking-help-fallback", CHOSEN_EXIT];

/// The settings the widget runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The neutral page the quick exit leaves for on this visit: one of [`Config::exit_urls`],
    /// the one the quick exit chose. Always an absolute `https:` or `http:` address.
    pub exit_url: String,
    /// Every neutral page the host named (one is chosen per visit, so leaving does not always
    /// land on the same site). Never empty.
    pub exit_urls: Vec<String>,
    /// Also open the neutral page in a new tab when leaving.
    pub exit_new_tab: bool,
    /// The host's own page about staying safe online, if it has one.
    pub safety_url: Option<String>,
    /// The area the host serves: the widget starts with it as where the visitor lives (the
    /// visitor can change it), and it is the default area of the host's own services.
    pub region: Option<&'static str>,
    /// Bundled services the host does not want shown.
    pub hidden: Vec<&'static str>,
    /// Services the host adds (its own unit, a local victims' service), already checked.
    pub local: Vec<&'static Service>,
    /// The parts to show, in order.
    pub parts: Vec<Part>,
    /// The level of the widget's own heading (2 to 5), to fit the host page's outline.
    pub heading_level: u8,
    /// Texts the host has replaced, by key from [`TEXT_KEYS`], each key once.
    pub texts: Vec<(&'static str, String)>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            exit_url: DEFAULT_EXIT_URL.to_string(),
            exit_urls: vec![DEFAULT_EXIT_URL.to_string()],
            exit_new_tab: false,
            safety_url: None,
            region: None,
            hidden: Vec::new(),
            local: Vec::new(),
            parts: vec![Part::Checker, Part::Finder, Part::Guidance],
            heading_level: 2,
            texts: Vec::new(),
        }
    }
}

impl Config {
    /// The services to show: the bundled ones the host has not hidden, then the host's own.
    pub fn services(&self) -> Vec<(&'static Service, bool)> {
        SERVICES
            .iter()
            .filter(|s| !self.hidden.contains(&s.id))
            .map(|s| (s, false))
            .chain(self.local.iter().map(|s| (*s, true)))
            .collect()
    }

    /// The host's text for `key`, or the widget's own.
    pub fn text<'a>(&'a self, key: &str, own: &'a str) -> &'a str {
        self.texts.iter().find(|(k, _)| *k == key).map_or(own, |(_, text)| text.as_str())
    }
}

/// A host setting that was refused, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigIssue {
    /// The setting as the host wrote it, e.g. `data-exit-url`.
    pub attribute: String,
    /// The value that was refused.
    pub value: String,
    /// What is accepted instead, and what is used now.
    pub reason: String,
}

impl std::fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: String = self.value.chars().take(80).collect();
        let more = if self.value.chars().count() > 80 { "…" } else { "" };
        write!(f, "Stalking help widget: {}=\"{shown}{more}\" was not used: {}", self.attribute, self.reason)
    }
}

/// How many single-letter edits turn `a` into `b` (for "did you mean").
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

fn suggestion(name: &str) -> String {
    let known = SETTINGS.iter().map(|s| s.to_string()).chain(TEXT_KEYS.iter().map(|k| format!("data-i18n.{k}")));
    match known.min_by_key(|k| distance(name, k)).filter(|k| distance(name, k) <= 3) {
        Some(k) => format!("it is not a setting this widget knows; did you mean {k}?"),
        None => format!("it is not a setting this widget knows. Settings: {}", SETTINGS.join(", ")),
    }
}

impl Config {
    /// Builds the configuration from the mount element's attributes alone. `attribute` returns
    /// the value of an attribute by its full name.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> (Config, Vec<ConfigIssue>) {
        let names = SETTINGS.iter().map(|s| s.to_string()).chain(TEXT_KEYS.iter().map(|k| format!("data-i18n.{k}")));
        let settings: Vec<(String, String)> = names.filter_map(|n| attribute(&n).map(|v| (n, v))).collect();
        Config::from_settings(&settings)
    }

    /// Builds the configuration from settings in the order given (attributes, then the JSON
    /// block): a later value for the same setting wins. Refused values are listed; defaults stand
    /// in for them.
    pub fn from_settings(settings: &[(String, String)]) -> (Config, Vec<ConfigIssue>) {
        let mut config = Config::default();
        let mut issues = Vec::new();
        // Last wins: keep only the final value of each setting, in first-seen order.
        let mut last: Vec<(&str, &str)> = Vec::new();
        for (name, value) in settings {
            match last.iter_mut().find(|(n, _)| n == name) {
                Some(entry) => entry.1 = value,
                None => last.push((name, value)),
            }
        }
        let mut chosen_exit = None;
        for (name, raw) in last {
            let mut refuse = |reason: String| {
                issues.push(ConfigIssue { attribute: name.to_string(), value: raw.to_string(), reason })
            };
            let value = raw.trim();
            match name {
                "data-exit-url" => {
                    // One address, or several separated by spaces (addresses never hold one).
                    let mut good = Vec::new();
                    let all: Vec<&str> = value.split_ascii_whitespace().collect();
                    for address in all.iter().copied().chain(all.is_empty().then_some("")) {
                        match validate::web_url(address, true) {
                            Ok(()) => good.push(address.to_string()),
                            Err(e) => issues.push(ConfigIssue {
                                attribute: name.to_string(),
                                value: address.to_string(),
                                reason: if all.len() > 1 {
                                    format!("{e}. Only absolute https: or http: addresses are accepted; the others are used")
                                } else {
                                    format!("{e}. Only absolute https: or http: addresses are accepted; using {DEFAULT_EXIT_URL}")
                                },
                            }),
                        }
                    }
                    config.exit_urls = if good.is_empty() { vec![DEFAULT_EXIT_URL.to_string()] } else { good };
                }
                CHOSEN_EXIT => chosen_exit = Some(value),
                "data-exit-new-tab" => match value {
                    "true" | "" => config.exit_new_tab = true,
                    "false" => config.exit_new_tab = false,
                    _ => refuse("use \"true\" or \"false\"; the neutral site opens in this tab only".into()),
                },
                "data-safety-url" => match validate::web_url(value, true) {
                    Ok(()) if value.len() <= 2000 => config.safety_url = Some(value.to_string()),
                    Ok(()) => refuse("it is too long; no link is shown".into()),
                    Err(e) => {
                        refuse(format!("{e}. Only absolute https: or http: addresses are accepted; no link is shown"))
                    }
                },
                "data-region" => match AREAS.iter().find(|a| a.id == value) {
                    Some(a) => config.region = Some(a.id),
                    None => refuse(format!("it is not a known area. Accepted: {}", ids(AREAS.iter().map(|a| a.id)))),
                },
                "data-hide-services" => {
                    config.hidden.clear();
                    for id in value.split([' ', ',']).filter(|s| !s.is_empty()) {
                        match SERVICES.iter().find(|s| s.id == id) {
                            Some(s) if s.id == service_id::POLICE_EMERGENCY => issues.push(ConfigIssue {
                                attribute: name.to_string(),
                                value: id.to_string(),
                                reason: "999 is always shown".into(),
                            }),
                            Some(s) => config.hidden.push(s.id),
                            None => issues.push(ConfigIssue {
                                attribute: name.to_string(),
                                value: id.to_string(),
                                reason: format!(
                                    "no bundled service has this id. Accepted: {}",
                                    ids(SERVICES.iter().map(|s| s.id))
                                ),
                            }),
                        }
                    }
                }
                "data-parts" => {
                    let mut parts = Vec::new();
                    let mut bad = Vec::new();
                    for word in value.split([' ', ',']).filter(|s| !s.is_empty()) {
                        match Part::from_name(word) {
                            Some(p) if !parts.contains(&p) => parts.push(p),
                            Some(_) => {}
                            None => bad.push(word),
                        }
                    }
                    if parts.is_empty() || !bad.is_empty() {
                        refuse("list one or more of: checker, finder, guidance (in the order to show them); showing all three".into());
                    } else {
                        config.parts = parts;
                    }
                }
                "data-heading-level" => match value.parse::<u8>() {
                    Ok(level @ 2..=5) => config.heading_level = level,
                    _ => refuse("use a number from 2 to 5; using 2".into()),
                },
                "data-title" => set_text(&mut config, "title", value, &mut refuse),
                "data-base" => {}
                _ => match name.strip_prefix("data-i18n.").and_then(|k| TEXT_KEYS.iter().find(|t| **t == k)) {
                    Some(key) => set_text(&mut config, key, value, &mut refuse),
                    None if OWN_ATTRIBUTES.contains(&name) => {}
                    None => refuse(suggestion(name)),
                },
            }
        }
        // The quick exit's choice for this visit, if it is one of the host's; otherwise the first.
        config.exit_url = match chosen_exit {
            Some(chosen) if config.exit_urls.iter().any(|u| u == chosen) => chosen.to_string(),
            _ => config.exit_urls[0].clone(),
        };
        (config, issues)
    }
}

/// An sRGB colour written as `#rgb`, `#rrggbb` or `rgb(r, g, b)` (as browsers report them).
pub fn parse_colour(text: &str) -> Option<(u8, u8, u8)> {
    let t = text.trim().to_ascii_lowercase();
    if let Some(hex) = t.strip_prefix('#') {
        let digits: Vec<u8> = hex.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some((r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some((r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        };
    }
    let inner = t.strip_prefix("rgb(").or_else(|| t.strip_prefix("rgba("))?.strip_suffix(')')?;
    let parts: Vec<u8> = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] => Some((*r, *g, *b)),
        _ => None,
    }
}

/// The WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Checks a host's accent colour: text and buttons in it sit on white, so it needs at least
/// 4.5:1 against white (WCAG AA for text). `None` means it may be used.
pub fn accent_problem(value: &str) -> Option<String> {
    let Some(colour) = parse_colour(value) else {
        return Some("it is not a colour the widget can check (use #rrggbb); the widget's own colour is used".into());
    };
    let ratio = contrast(colour, (255, 255, 255));
    // Tenths, rounded down (so 4.46 never reads as 4.5), as whole numbers: printing the float
    // itself would link a 14 KB float formatter.
    let tenths = (ratio * 10.0) as u32;
    (ratio < 4.5).then(|| {
        format!(
            "its contrast with white is {}.{}:1, below the 4.5:1 that text needs; the widget's own colour is used",
            tenths / 10,
            tenths % 10
        )
    })
}

fn set_text(config: &mut Config, key: &'static str, value: &str, refuse: &mut impl FnMut(String)) {
    if value.is_empty() {
        refuse("it is empty; the widget's own words are used".into());
    } else if value.chars().count() > MAX_TEXT {
        refuse(format!("it is longer than {MAX_TEXT} characters; the widget's own words are used"));
    } else if key == "exit-label" && !value.to_ascii_lowercase().contains("exit") {
        refuse("the quick exit's label must contain the word \"Exit\", so it can always be found; the widget's own words are used".into());
    } else if key == "exit-count-other" && !value.contains("{n}") {
        refuse("it must contain {n}, where the number of presses goes; the widget's own words are used".into());
    } else {
        // The last value given wins.
        config.texts.retain(|(k, _)| *k != key);
        config.texts.push((key, value.to_string()));
    }
}

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

/// `exitUrl` → `data-exit-url`.
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

/// Turns a `data-config` JSON block into settings (`exitUrl` → `data-exit-url`, `strings.title`
/// → `data-i18n.title`), with a problem for each value of the wrong kind.
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
            (_, value) => match value.as_setting() {
                Some(v) => out.push((attribute_name(key), v)),
                None => problems
                    .push(format!("the data-config setting {key:?} has a value of the wrong kind; it was not used.")),
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

    fn settings(pairs: &[(&str, &str)]) -> (Config, Vec<ConfigIssue>) {
        let owned: Vec<(String, String)> = pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
        Config::from_settings(&owned)
    }

    /// At least twenty bad values, each refused with one message naming it, the default kept.
    #[test]
    fn bad_settings_are_refused_one_message_each_and_defaults_kept() {
        let long = "x".repeat(MAX_TEXT + 1);
        let long_url = format!("https://example.org/{}", "a".repeat(2000));
        let cases: Vec<(&str, &str, &str)> = vec![
            ("data-exit-url", "javascript:alert(1)", "not an absolute"),
            ("data-exit-url", "data:text/html,<script>alert(1)</script>", "not an absolute"),
            ("data-exit-url", "/relative/path", "not an absolute"),
            ("data-exit-url", "https://user:pass@evil.example/", "user name"),
            ("data-exit-url", "https://", "no valid host"),
            ("data-exit-url", &long_url, "longer than 2000"),
            ("data-exit-new-tab", "yes please", "\"true\" or \"false\""),
            ("data-safety-url", "vbscript:msgbox(1)", "not an absolute"),
            ("data-region", "atlantis", "not a known area"),
            ("data-region", "Scotland", "not a known area"),
            ("data-hide-services", "no-such-service", "no bundled service"),
            ("data-hide-services", "police-emergency", "999 is always shown"),
            ("data-parts", "checker, quiz", "checker, finder, guidance"),
            ("data-parts", "", "checker, finder, guidance"),
            ("data-heading-level", "1", "from 2 to 5"),
            ("data-heading-level", "7", "from 2 to 5"),
            ("data-heading-level", "two", "from 2 to 5"),
            ("data-title", "", "empty"),
            ("data-title", &long, "longer than"),
            ("data-i18n.exit-label", "Leave", "must contain the word"),
            ("data-i18n.nonsense", "x", "not a setting"),
            ("data-exitt-url", "https://www.google.co.uk/", "did you mean data-exit-url"),
            ("data-regoin", "scotland", "did you mean data-region"),
        ];
        assert!(cases.len() >= 20);
        for (name, value, expected) in &cases {
            let (config, issues) = settings(&[(name, value)]);
            assert_eq!(issues.len(), 1, "{name}={value:?}: {issues:?}");
            let message = issues[0].to_string();
            assert!(message.contains(name) && message.contains(expected), "{message} should mention {expected}");
            assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
            assert_eq!(config.region, None);
            assert_eq!(config.heading_level, 2);
            assert_eq!(config.parts, Config::default().parts);
            assert!(config.texts.is_empty());
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
    fn theme_colours_must_keep_text_readable() {
        assert_eq!(parse_colour("#1d5c63"), Some((0x1d, 0x5c, 0x63)));
        assert_eq!(parse_colour("#fff"), Some((255, 255, 255)));
        assert_eq!(parse_colour(" rgb(0, 0, 128) "), Some((0, 0, 128)));
        assert_eq!(parse_colour("rgb(0 0 128 / 50%)"), Some((0, 0, 128)));
        assert_eq!(parse_colour("tomato"), None);
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
        assert!(accent_problem("#1d5c63").is_none(), "the default accent passes");
        assert!(accent_problem("rgb(0, 0, 128)").is_none());
        assert!(accent_problem("#ffdd00").unwrap().contains("below the 4.5:1"));
        assert!(accent_problem("#777777").unwrap().contains("is 4.4:1"), "4.48:1 is not enough, and reads as such");
        assert!(accent_problem("#ffdd00").unwrap().contains("is 1.3:1"));
        assert!(accent_problem("calc(1px)").unwrap().contains("not a colour"));
    }

    #[test]
    fn html_in_texts_is_kept_as_text_for_the_ui_to_escape() {
        let (config, issues) = settings(&[("data-title", "<img src=x onerror=alert(1)>Help")]);
        assert!(issues.is_empty());
        assert_eq!(config.text("title", "own"), "<img src=x onerror=alert(1)>Help");
    }

    #[test]
    fn the_last_value_given_wins() {
        let (config, issues) = settings(&[
            ("data-exit-url", "https://www.google.co.uk/"),
            ("data-region", "wales"),
            ("data-exit-url", "https://www.bbc.co.uk/news"),
        ]);
        assert!(issues.is_empty());
        assert_eq!(config.exit_url, "https://www.bbc.co.uk/news");
        assert_eq!(config.region, Some(area::WALES));
        let (config, _) =
            settings(&[("data-exit-url", "https://www.google.co.uk/"), ("data-exit-url", "javascript:x")]);
        assert_eq!(config.exit_url, DEFAULT_EXIT_URL, "a bad last value is refused, not replaced by an earlier one");
        let (config, _) =
            settings(&[("data-i18n.title", "First"), ("data-i18n.intro", "Hello"), ("data-i18n.title", "Second")]);
        assert_eq!(config.text("title", "own"), "Second");
        assert_eq!(config.text("intro", "own"), "Hello");
        assert_eq!(config.texts.len(), 2, "each text is kept once");
    }

    #[test]
    fn good_settings_take_effect() {
        let (config, issues) = settings(&[
            ("data-parts", "finder checker"),
            ("data-heading-level", "3"),
            ("data-title", "Getting help"),
            ("data-i18n.exit-label", "Exit now"),
            ("data-exit-new-tab", "true"),
            ("data-stalking-help", ""),
        ]);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(config.parts, [Part::Finder, Part::Checker]);
        assert_eq!(config.heading_level, 3);
        assert_eq!(config.text("title", "own"), "Getting help");
        assert_eq!(config.text("exit-label", "own"), "Exit now");
        assert_eq!(config.text("intro", "own"), "own");
        assert!(config.exit_new_tab);
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

    #[test]
    fn hosts_can_hide_services_and_set_a_region_but_not_hide_999() {
        let attrs = |n: &str| match n {
            "data-hide-services" => Some("paladin, crimestoppers police-emergency nonsense".to_string()),
            "data-region" => Some("scotland".to_string()),
            _ => None,
        };
        let (config, issues) = Config::from_attributes(attrs);
        assert_eq!(config.hidden, ["paladin", "crimestoppers"]);
        assert_eq!(config.region, Some(area::SCOTLAND));
        assert_eq!(issues.len(), 2);
        assert!(issues[0].reason.contains("999 is always shown"));
        assert_eq!(issues[1].value, "nonsense");
        assert!(!config.services().iter().any(|(s, _)| s.id == "paladin"));
        let (_, issues) = Config::from_attributes(|n| (n == "data-region").then(|| "atlantis".to_string()));
        assert!(issues[0].to_string().contains("data-region"));
    }

    fn with(name: &'static str, value: &'static str) -> impl Fn(&str) -> Option<String> {
        move |n| (n == name).then(|| value.to_string())
    }

    #[test]
    fn nothing_set_gives_the_defaults() {
        let (config, issues) = Config::from_attributes(|_| None);
        assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
        assert!(issues.is_empty());
    }

    /// The one list of re-wording cases, shared with the quick exit's own tests.
    #[test]
    fn the_shared_text_cases_are_judged_as_listed() {
        #[derive(serde::Deserialize)]
        struct Case {
            key: String,
            value: String,
            accepted: bool,
            #[serde(default)]
            reason: String,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            cases: Vec<Case>,
        }
        let list: Cases = serde_json::from_str(include_str!("../tests/fixtures/host-texts.json")).unwrap();
        for case in list.cases {
            let value = case.value.replace("@@@LONG@@@", &"x".repeat(MAX_TEXT + 1));
            let name = format!("data-i18n.{}", case.key);
            let (config, issues) = settings(&[(&name, &value)]);
            let used = config.texts.iter().any(|(k, v)| *k == case.key && v == value.trim());
            assert_eq!(used, case.accepted, "{name}={value:?}: {issues:?}");
            if !case.accepted {
                assert!(
                    issues[0].reason.contains(&case.reason),
                    "{name}: {} does not say {:?}",
                    issues[0],
                    case.reason
                );
            }
        }
    }

    #[test]
    fn several_exit_urls_are_kept_and_the_quick_exits_choice_is_used() {
        let list = "https://www.bbc.co.uk/weather  https://www.google.co.uk/\nhttps://www.gov.uk/";
        let (config, issues) = settings(&[("data-exit-url", list)]);
        assert!(issues.is_empty());
        assert_eq!(config.exit_urls.len(), 3);
        assert_eq!(config.exit_url, "https://www.bbc.co.uk/weather", "the first when nothing chose");
        let (config, _) = settings(&[(CHOSEN_EXIT, "https://www.gov.uk/"), ("data-exit-url", list)]);
        assert_eq!(config.exit_url, "https://www.gov.uk/", "the quick exit's choice for this visit");
        let (config, issues) = settings(&[("data-exit-url", list), (CHOSEN_EXIT, "javascript:alert(1)")]);
        assert_eq!(config.exit_url, "https://www.bbc.co.uk/weather", "a choice not on the host's list is ignored");
        assert!(issues.is_empty(), "the widget's own attribute is not a typo");
        let (config, issues) = settings(&[("data-exit-url", "https://www.google.co.uk/ javascript:alert(1)")]);
        assert_eq!(config.exit_urls, ["https://www.google.co.uk/"]);
        assert_eq!(issues.len(), 1);
        assert!(issues[0].to_string().contains("the others are used"), "{}", issues[0]);
    }

    #[test]
    fn a_good_exit_url_is_used() {
        let (config, issues) = Config::from_attributes(with("data-exit-url", " https://www.google.co.uk/ "));
        assert_eq!(config.exit_url, "https://www.google.co.uk/");
        assert!(issues.is_empty());
        let (config, _) = Config::from_attributes(with("data-exit-url", "http://example.org/"));
        assert_eq!(config.exit_url, "http://example.org/");
    }

    #[test]
    fn a_safety_page_is_linked_only_when_it_is_a_real_address() {
        let (config, issues) =
            Config::from_attributes(with("data-safety-url", "https://www.example.org/online-safety"));
        assert_eq!(config.safety_url.as_deref(), Some("https://www.example.org/online-safety"));
        assert!(issues.is_empty());
        let (config, issues) = Config::from_attributes(with("data-safety-url", "javascript:void(0)"));
        assert_eq!(config.safety_url, None);
        assert_eq!(issues[0].attribute, "data-safety-url");
    }

    #[test]
    fn a_script_or_odd_exit_url_is_refused_and_named() {
        for bad in
            ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "/home", "", "vbscript:x", "https://"]
        {
            let (config, issues) = Config::from_attributes(move |n| (n == "data-exit-url").then(|| bad.to_string()));
            assert_eq!(config.exit_url, DEFAULT_EXIT_URL, "{bad:?} must not be used");
            assert_eq!(issues.len(), 1);
            let message = issues[0].to_string();
            assert!(message.contains("data-exit-url") && message.contains(DEFAULT_EXIT_URL), "{message}");
        }
    }
}
