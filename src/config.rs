//! What a host page can configure, checked before anything reads it.
//!
//! Values come from the mount element's `data-` attributes. Each is validated here; a bad value
//! is reported (the caller logs it to the console) and the safe default is used, so a typo in a
//! host page never breaks the widget or, worse, turns the exit link into a script.
//!
//! Pure: it is handed a lookup function and never touches the DOM itself.

use crate::data::validate;

/// Where the quick exit goes unless the host says otherwise: a neutral, widely used page.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The settings the widget runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The neutral page the quick exit leaves for. Always an absolute `https:` or `http:` address.
    pub exit_url: String,
    /// The host's own page about staying safe online, if it has one.
    pub safety_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config { exit_url: DEFAULT_EXIT_URL.to_string(), safety_url: None }
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
        (config, issues)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
