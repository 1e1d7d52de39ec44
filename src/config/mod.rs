//! What a host page can configure, checked before anything reads it.
//!
//! Settings come, in this order, from the frozen defaults, the mount element's `data-`
//! attributes, and an optional `<script type="application/json" data-config>` block inside it;
//! the last one given wins. Each value is validated: a bad value is reported (the caller logs
//! it to the console) with the setting, the value and what is accepted, and the safe default is
//! used, so a typo never breaks the widget or, worse, turns the exit link into a script. Unknown
//! settings are reported as likely typos.
//!
//! - [`settings`]: the one table of settings (reading, refusing, "did you mean", the README);
//! - [`theme`]: the host's colours, checked for contrast;
//! - [`host`]: the host's JSON blocks and its own services.
//!
//! Pure: it is handed the settings as text and never touches the DOM itself.

pub mod host;
pub mod settings;
pub mod theme;

pub use host::{host_service, local_services, settings_from_json};
pub use theme::{accent_problem, contrast, parse_colour};

use crate::data::{Service, SERVICES};

/// Where the quick exit goes unless the host says otherwise: a neutral, widely used page.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

pub use crate::words::MAX_TEXT;

pub use crate::parts::Part;

/// The widget's own words a host may replace, by key (`data-i18n.KEY="…"`). The `exit-…` ones
/// are the quick exit's, which src/exit/quick-exit.js reads and checks by the same rule.
pub const TEXT_KEYS: [&str; 14] = [
    "title",
    "intro",
    "exit-label",
    "exit-hint",
    "exit-count-one",
    "exit-count-other",
    "exit-leaving",
    "exit-cover",
    "exit-hint-framed",
    "exit-blocked",
    "leaving-safely",
    "strip-999",
    "strip-101",
    "strip-silent",
];

/// Set on the mount element by the quick exit (src/exit/quick-exit.js): which of the host's exit
/// addresses it chose for this visit, so the link and the shortcut go to the same place.
pub const CHOSEN_EXIT: &str = "data-stalking-help-exit";

/// Attributes the widget itself uses on the mount element; never reported as unknown.
const OWN_ATTRIBUTES: [&str; 5] = [
    "data-stalking-help",
    "data-stalking-help-init",
    "data-stalking-help-fallback",
    "data-stalking-help-frame",
    CHOSEN_EXIT,
];

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
    /// A school, workplace or police host: the self-check offers the staff path first, for
    /// that setting.
    pub responder: Option<crate::parts::checker::Role>,
    /// Only the staff path is offered.
    pub responder_only: bool,
    /// Every part's piece is fetched as soon as the widget has drawn, not when it is opened.
    pub preload: bool,
    /// Texts the host has replaced, by key from [`TEXT_KEYS`], each key once.
    pub texts: Vec<(&'static str, String)>,
    /// The language to speak, when not English: a catalogue the loader brought.
    pub language: Option<crate::words::Shared>,
    /// Inside a frame (the framed version), where the Shift shortcut works only while the frame
    /// has focus: the exit's hint says so, unless the host has worded it.
    pub framed: bool,
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
            parts: Part::ALL.to_vec(),
            heading_level: 2,
            responder: None,
            responder_only: false,
            preload: false,
            texts: Vec::new(),
            language: None,
            framed: false,
        }
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

    /// Builds the configuration from the mount element's attributes alone. `attribute` returns
    /// the value of an attribute by its full name.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> (Config, Vec<ConfigIssue>) {
        let settings: Vec<(String, String)> =
            settings::every_attribute().filter_map(|n| attribute(&n).map(|v| (n, v))).collect();
        Config::from_settings(&settings)
    }

    /// Builds the configuration from settings in the order given (attributes, then the JSON
    /// block): a later value for the same setting wins. Refused values are listed; defaults stand
    /// in for them.
    pub fn from_settings(given: &[(String, String)]) -> (Config, Vec<ConfigIssue>) {
        let mut config = Config::default();
        let mut issues = Vec::new();
        // Last wins: keep only the final value of each setting, in first-seen order.
        let mut last: Vec<(&str, &str)> = Vec::new();
        for (name, value) in given {
            match last.iter_mut().find(|(n, _)| n == name) {
                Some(entry) => entry.1 = value,
                None => last.push((name, value)),
            }
        }
        let mut chosen_exit = None;
        for (name, raw) in last {
            let value = crate::data::plain::host_trim(raw);
            let refused = match settings::find(name) {
                Some(setting) => (setting.apply)(&mut config, name, value),
                None if name == CHOSEN_EXIT => {
                    chosen_exit = Some(value);
                    vec![]
                }
                None if OWN_ATTRIBUTES.contains(&name) => vec![],
                None => vec![(raw.to_string(), settings::suggestion(name))],
            };
            issues.extend(refused.into_iter().map(|(value, reason)| ConfigIssue {
                attribute: name.to_string(),
                value,
                reason,
            }));
        }
        // The quick exit's choice for this visit, if it is one of the host's; otherwise the first.
        config.exit_url = match chosen_exit {
            Some(chosen) if config.exit_urls.iter().any(|u| u == chosen) => chosen.to_string(),
            _ => config.exit_urls[0].clone(),
        };
        (config, issues)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::area;

    fn settings(pairs: &[(&str, &str)]) -> (Config, Vec<ConfigIssue>) {
        let owned: Vec<(String, String)> = pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
        Config::from_settings(&owned)
    }

    fn with(name: &'static str, value: &'static str) -> impl Fn(&str) -> Option<String> {
        move |n| (n == name).then(|| value.to_string())
    }

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
            ("data-preload", "all", "\"true\" or \"false\""),
            ("data-responder-only", "maybe", "\"true\" or \"false\""),
            ("data-safety-url", "vbscript:msgbox(1)", "not an absolute"),
            ("data-region", "atlantis", "not a known area"),
            ("data-region", "Scotland", "not a known area"),
            ("data-hide-services", "no-such-service", "no bundled service"),
            ("data-hide-services", "police-emergency", "999 is always shown"),
            ("data-parts", "checker, quiz", "checker, finder, record, guidance"),
            ("data-parts", "", "checker, finder, record, guidance"),
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
    #[test]
    fn html_in_texts_is_kept_as_text_for_the_ui_to_escape() {
        let (config, issues) = settings(&[("data-title", "<img src=x onerror=alert(1)>Help")]);
        assert!(issues.is_empty());
        assert_eq!(crate::shell::words_for(&config).widget.title, "<img src=x onerror=alert(1)>Help");
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
        assert_eq!(crate::shell::words_for(&config).widget.title, "Second");
        assert_eq!(crate::shell::words_for(&config).widget.intro, "Hello");
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
            ("data-preload", ""),
            ("data-stalking-help", ""),
        ]);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(config.exit_new_tab && config.preload, "true, or given empty, turns a flag on");
        assert_eq!(config.parts, [Part::Finder, Part::Checker]);
        assert_eq!(config.heading_level, 3);
        let words = crate::shell::words_for(&config);
        assert_eq!(words.widget.title, "Getting help");
        assert_eq!(words.exit.label, "Exit now");
        assert_eq!(words.widget.intro, crate::shell::ENGLISH.widget.intro, "the widget's own words elsewhere");
        assert!(config.exit_new_tab);
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
    #[test]
    fn nothing_set_gives_the_defaults() {
        let (config, issues) = Config::from_attributes(|_| None);
        assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
        assert!(issues.is_empty());
    }
    #[test]
    fn the_shared_text_cases_are_judged_as_listed() {
        #[derive(serde::Deserialize)]
        struct Case {
            key: String,
            value: String,
            accepted: bool,
            #[serde(default)]
            catalogue: bool,
            #[serde(default)]
            reason: String,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            cases: Vec<Case>,
        }
        let list: Cases = serde_json::from_str(include_str!("../exit/cases/host-texts.json")).unwrap();
        assert!(list.cases.len() > 20);
        let trimmed = |v: &str| crate::data::plain::host_trim(v).to_string();
        for case in list.cases {
            let value = case.value.replace("@@@LONG@@@", &"x".repeat(MAX_TEXT + 1));
            if case.catalogue {
                // A language's catalogue: the exit's text is put back to English when it breaks the rule.
                let mut words = crate::shell::ENGLISH.clone();
                let key = case.key.clone();
                *words.host_text(&key).unwrap() = Box::leak(value.clone().into_boxed_str());
                let kept =
                    words.with_usable_exit(&crate::shell::ENGLISH).host_text(&key).map(|t| t.to_string()).unwrap();
                assert_eq!(kept == value, case.accepted, "catalogue {key}={value:?}");
                let problem = crate::words::text_problem(&key, &trimmed(&value), true);
                assert_eq!(problem.is_none(), case.accepted, "catalogue {key}={value:?}: {problem:?}");
                if let Some(p) = problem {
                    assert!(p.contains(&case.reason), "{key}: {p} does not say {:?}", case.reason);
                }
                continue;
            }
            let name = format!("data-i18n.{}", case.key);
            let (config, issues) = settings(&[(&name, &value)]);
            let used = config.texts.iter().any(|(k, v)| *k == case.key && *v == trimmed(&value));
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
    fn the_shared_exit_setting_cases_give_the_listed_addresses() {
        #[derive(serde::Deserialize)]
        struct Case {
            attribute: Option<String>,
            json: Option<serde_json::Value>,
            urls: Vec<String>,
            refused: usize,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            cases: Vec<Case>,
        }
        let list: Cases = serde_json::from_str(include_str!("../exit/cases/exit-settings.json")).unwrap();
        assert!(list.cases.len() > 15);
        for case in list.cases {
            let mut given: Vec<(String, String)> = Vec::new();
            if let Some(a) = &case.attribute {
                given.push(("data-exit-url".into(), a.clone()));
            }
            if let Some(json) = &case.json {
                let block: crate::data::plain::Fields = serde_json::from_value(json.clone()).unwrap();
                given.extend(settings_from_json(&block).0);
            }
            let (config, issues) = Config::from_settings(&given);
            assert_eq!(config.exit_urls, case.urls, "{:?} {:?}", case.attribute, case.json);
            let refused = issues.iter().filter(|i| i.attribute == "data-exit-url").count();
            assert_eq!(refused, case.refused, "{:?} {:?}: {issues:?}", case.attribute, case.json);
        }
    }
    #[test]
    fn the_shared_precedence_cases_give_the_same_settings_as_the_quick_exit() {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Case {
            attributes: serde_json::Map<String, serde_json::Value>,
            json: Option<serde_json::Value>,
            urls: Vec<String>,
            words: std::collections::BTreeMap<String, String>,
            new_tab: bool,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            cases: Vec<Case>,
        }
        let list: Cases = serde_json::from_str(include_str!("../exit/cases/settings-precedence.json")).unwrap();
        assert!(list.cases.len() >= 10);
        for case in list.cases {
            let mut given: Vec<(String, String)> =
                case.attributes.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect();
            if let Some(json) = &case.json {
                let block: crate::data::plain::Fields = serde_json::from_value(json.clone()).unwrap();
                given.extend(settings_from_json(&block).0);
            }
            let (config, issues) = Config::from_settings(&given);
            let about = format!("{:?} {:?}: {issues:?}", case.attributes, case.json);
            assert!(issues.is_empty(), "{about}");
            assert_eq!(config.exit_urls, case.urls, "{about}");
            let words: std::collections::BTreeMap<String, String> = config
                .texts
                .iter()
                .filter(|(k, _)| k.starts_with("exit-"))
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect();
            assert_eq!(words, case.words, "{about}");
            assert_eq!(config.exit_new_tab, case.new_tab, "{about}");
        }
    }

    #[test]
    fn a_reworded_catalogue_is_made_once_for_each_wording() {
        let (config, _) = settings(&[("data-i18n.title", "Getting help")]);
        let first = crate::shell::words_for(&config);
        assert!(std::ptr::eq(first, crate::shell::words_for(&config)), "the same wording again is the same catalogue");
        let (other, _) = settings(&[("data-i18n.title", "Help here")]);
        assert!(!std::ptr::eq(first, crate::shell::words_for(&other)));
        assert!(std::ptr::eq(first, crate::shell::words_for(&config.clone())), "and back again, nothing new");
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
