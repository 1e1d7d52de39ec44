//! What a host page can configure, checked before anything reads it.
//!
//! Values come from the mount element's `data-` attributes. Each is validated here; a bad value
//! is reported (the caller logs it to the console) and the safe default is used, so a typo in a
//! host page never breaks the widget or, worse, turns the exit link into a script.
//!
//! Pure: it is handed a lookup function and never touches the DOM itself.

use serde::Deserialize;

use crate::data::validate::{self, NumberUse, ParsedHours, Ymd};
use crate::data::{area, Channel, ChannelKind, Hours, Service, Slot, AREAS, AUDIENCES, NEEDS, SERVICES};

/// Where the quick exit goes unless the host says otherwise: a neutral, widely used page.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The settings the widget runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The neutral page the quick exit leaves for. Always an absolute `https:` or `http:` address.
    pub exit_url: String,
    /// The host's own page about staying safe online, if it has one.
    pub safety_url: Option<String>,
    /// The area the host serves: the finder starts filtered to it.
    pub region: Option<&'static str>,
    /// Bundled services the host does not want shown.
    pub hidden: Vec<&'static str>,
    /// Services the host adds (its own unit, a local victims' service), already checked.
    pub local: Vec<&'static Service>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            exit_url: DEFAULT_EXIT_URL.to_string(),
            safety_url: None,
            region: None,
            hidden: Vec::new(),
            local: Vec::new(),
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
}

/// A host setting that was refused, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigIssue {
    /// The attribute as the host wrote it, e.g. `data-exit-url`.
    pub attribute: &'static str,
    /// The value that was refused.
    pub value: String,
    /// What is accepted instead, and what is used now.
    pub reason: String,
}

impl std::fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Stalking help widget: {}={:?} was not used: {}", self.attribute, self.value, self.reason)
    }
}

impl Config {
    /// Builds the configuration from the mount element's attributes. `attribute` returns the value
    /// of an attribute by its full name. Refused values are listed; defaults stand in for them.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> (Config, Vec<ConfigIssue>) {
        let mut config = Config::default();
        let mut issues = Vec::new();
        if let Some(raw) = attribute("data-exit-url") {
            let value = raw.trim();
            match validate::web_url(value, true) {
                Ok(()) => config.exit_url = value.to_string(),
                Err(e) => issues.push(ConfigIssue {
                    attribute: "data-exit-url",
                    value: raw.clone(),
                    reason: format!(
                        "{e}. Only absolute https: or http: addresses are accepted; using {DEFAULT_EXIT_URL}"
                    ),
                }),
            }
        }
        if let Some(raw) = attribute("data-safety-url") {
            let value = raw.trim();
            match validate::web_url(value, true) {
                Ok(()) => config.safety_url = Some(value.to_string()),
                Err(e) => issues.push(ConfigIssue {
                    attribute: "data-safety-url",
                    value: raw.clone(),
                    reason: format!("{e}. Only absolute https: or http: addresses are accepted; no link is shown"),
                }),
            }
        }
        if let Some(raw) = attribute("data-region") {
            match AREAS.iter().find(|a| a.id == raw.trim()) {
                Some(a) => config.region = Some(a.id),
                None => issues.push(ConfigIssue {
                    attribute: "data-region",
                    value: raw.clone(),
                    reason: format!("it is not a known area. Accepted: {}", ids(AREAS.iter().map(|a| a.id))),
                }),
            }
        }
        if let Some(raw) = attribute("data-hide-services") {
            for id in raw.split([' ', ',']).filter(|s| !s.is_empty()) {
                match SERVICES.iter().find(|s| s.id == id) {
                    Some(s) if s.id == "police-emergency" => issues.push(ConfigIssue {
                        attribute: "data-hide-services",
                        value: id.to_string(),
                        reason: "999 is always shown".into(),
                    }),
                    Some(s) => config.hidden.push(s.id),
                    None => issues.push(ConfigIssue {
                        attribute: "data-hide-services",
                        value: id.to_string(),
                        reason: format!(
                            "no bundled service has this id. Accepted: {}",
                            ids(SERVICES.iter().map(|s| s.id))
                        ),
                    }),
                }
            }
        }
        (config, issues)
    }
}

fn ids<'a>(list: impl Iterator<Item = &'a str>) -> String {
    list.collect::<Vec<_>>().join(", ")
}

/// A service a host page adds, as written in its JSON block. Field names follow JavaScript
/// habits (camelCase); unknown fields are refused so a typo does not go unnoticed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HostService {
    /// A short id, unique on the page.
    pub id: String,
    /// The name.
    pub name: String,
    /// One plain sentence.
    pub summary: String,
    /// A few plain sentences.
    #[serde(default)]
    pub description: Option<String>,
    /// A UK phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// When the phone is answered: "24/7", "not confirmed" or lines like "Mon-Fri 09:00-17:00".
    #[serde(default)]
    pub hours: Option<Vec<String>>,
    /// A mobile number or short code to text.
    #[serde(default)]
    pub text: Option<String>,
    /// The word to text, if any.
    #[serde(default)]
    pub keyword: Option<String>,
    /// An email address.
    #[serde(default)]
    pub email: Option<String>,
    /// An https web address.
    #[serde(default)]
    pub website: Option<String>,
    /// Need ids from the dataset.
    #[serde(default)]
    pub needs: Vec<String>,
    /// Audience ids from the dataset.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Area id from the dataset; the host's region (or the UK) if left out.
    #[serde(default)]
    pub area: Option<String>,
    /// The public page the details come from.
    pub source: String,
    /// When the host last checked them, as YYYY-MM-DD.
    pub checked: String,
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
        let keyword = match &raw.keyword {
            Some(k) if k.chars().all(|c| c.is_ascii_alphanumeric()) && !k.is_empty() => Some(leak(k.clone())),
            Some(_) => return Err("keyword: must be letters and digits only".into()),
            None => None,
        };
        let href = match keyword {
            Some(k) => format!("{}?&body={k}", p.href),
            None => p.href,
        };
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
        let host = url.split_once("://").map_or(url.as_str(), |(_, r)| r).split('/').next().unwrap_or("");
        channels.push(Channel {
            kind: ChannelKind::Website,
            display: leak(host.strip_prefix("www.").unwrap_or(host).to_string()),
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
