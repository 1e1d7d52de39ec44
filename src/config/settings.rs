//! Every host setting in one table: its attribute, its name in the JSON block, what it takes,
//! its default, what it does, an example, and how its value is read. The table drives reading
//! and refusing values, "did you mean", the JSON block's names, and the README's options table
//! (generated from it by tests/readme.rs, which keeps the two in step). To add a setting, add a
//! row here and a field to [`Config`].

use crate::data::plain::nearest;
use crate::data::validate;
use crate::data::{service_id, AREAS, SERVICES};
use crate::parts::checker::Role;

use super::{Config, Part, DEFAULT_EXIT_URL, TEXT_KEYS};

/// The README's words for a setting: kept in the table beside the rules, but left out of the
/// WebAssembly, which never shows them (they would cost a visitor's download about 2 KB).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! doc {
    ($text:expr) => {
        $text
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! doc {
    ($text:expr) => {
        ""
    };
}

/// A value refused: the value (or the part of it) and why, with what is used instead.
pub type Refusal = (String, String);

/// One host setting.
pub struct Setting {
    /// The mount element's attribute, e.g. `data-exit-url` (`data-i18n.KEY` for the texts).
    pub attribute: &'static str,
    /// Its name in the JSON block (`strings.KEY` for the texts).
    pub json: &'static str,
    /// What it takes, for the README.
    pub kind: &'static str,
    /// What is used when it is not set, for the README.
    pub default: &'static str,
    /// What it does, for the README.
    pub description: &'static str,
    /// An example value, for the README.
    pub example: &'static str,
    /// Reads a value (already trimmed) into the configuration, or says why not. `name` is the
    /// attribute as written (for the texts, which key).
    pub apply: fn(&mut Config, name: &str, value: &str) -> Vec<Refusal>,
}

/// Refuses the whole value with one reason.
fn no(value: &str, reason: impl Into<String>) -> Vec<Refusal> {
    vec![(value.to_string(), reason.into())]
}

/// Reads a `true` / `false` setting into `to` ("true" or empty turns it on, as the quick exit
/// reads data-exit-new-tab); anything else is refused with `why`, leaving `to` as it was.
fn flag(value: &str, to: &mut bool, why: &str) -> Vec<Refusal> {
    match value {
        "true" | "" => *to = true,
        "false" => *to = false,
        _ => return no(value, why),
    }
    vec![]
}

fn ids<'a>(list: impl Iterator<Item = &'a str>) -> String {
    list.collect::<Vec<_>>().join(", ")
}

/// The rows, in the order the README lists them.
pub static SETTINGS: &[Setting] = &[
    Setting {
        attribute: "data-exit-url",
        json: "exitUrl",
        kind: doc!("absolute `https:` or `http:` URL, or several separated by spaces"),
        default: doc!("`https://www.bbc.co.uk/weather`"),
        description: doc!("Where **Exit this page** and the Shift shortcut go. With several, one is chosen for each visit, so \
            leaving does not always land on the same site; the link and the shortcut always go to the same one. \
            Anything else is refused: `javascript:`, `data:`, relative, a user name, a host name that is not plain \
            letters, digits and dashes (write `bücher.example` as `xn--bcher-kva.example`), a port outside \
            1–65535. With several widgets, the shortcut uses the first one's."),
        example: doc!("`https://www.google.co.uk/ https://www.gov.uk/`"),
        apply: |config, _, value| {
            // One address, or several separated by spaces (an address never holds one).
            let all: Vec<&str> = value.split(crate::data::plain::is_host_space).filter(|a| !a.is_empty()).collect();
            let instead = if all.len() > 1 { "the others are used".to_string() } else { format!("using {DEFAULT_EXIT_URL}") };
            let mut refused = Vec::new();
            let mut good = Vec::new();
            for address in all.iter().copied().chain(all.is_empty().then_some("")) {
                match validate::web_url(address, true) {
                    Ok(()) => good.push(address.to_string()),
                    Err(e) => refused.push((
                        address.to_string(),
                        format!("{e}. Only absolute https: or http: addresses are accepted; {instead}"),
                    )),
                }
            }
            config.exit_urls = if good.is_empty() { vec![DEFAULT_EXIT_URL.to_string()] } else { good };
            refused
        },
    },
    Setting {
        attribute: "data-exit-new-tab",
        json: "exitNewTab",
        kind: doc!("`true` / `false`"),
        default: doc!("`false`"),
        description: doc!("Also open the neutral site in a new tab when leaving."),
        example: doc!("`true`"),
        apply: |config, _, value| flag(value, &mut config.exit_new_tab, "use \"true\" or \"false\"; the neutral site opens in this tab only"),
    },
    Setting {
        attribute: "data-safety-url",
        json: "safetyUrl",
        kind: doc!("absolute `https:` or `http:` URL"),
        default: doc!("none"),
        description: doc!("Your own \"staying safe online\" page, linked from \"Leaving quickly and staying private\"."),
        example: doc!("`https://example.org/online-safety`"),
        apply: |config, _, value| match validate::web_url(value, true) {
            Ok(()) => {
                config.safety_url = Some(value.to_string());
                vec![]
            }
            Err(e) => no(value, format!("{e}. Only absolute https: or http: addresses are accepted; no link is shown")),
        },
    },
    Setting {
        attribute: "data-region",
        json: "region",
        kind: doc!("area id"),
        default: doc!("none"),
        description: doc!("The area you serve. The widget starts with it as \"where you live\" (visitors can change it): the \
            finder lists only services for there, and the self-check and guidance give that nation's reporting \
            routes, orders and law. Also the default area of your own services. Without it, visitors see the \
            UK-wide lines first and are asked."),
        example: doc!("`scotland`"),
        apply: |config, _, value| match AREAS.iter().find(|a| a.id == value) {
            Some(a) => {
                config.region = Some(a.id);
                vec![]
            }
            None => no(value, format!("it is not a known area. Accepted: {}", ids(AREAS.iter().map(|a| a.id)))),
        },
    },
    Setting {
        attribute: "data-hide-services",
        json: "hideServices",
        kind: doc!("service ids, space or comma separated"),
        default: doc!("none"),
        description: doc!("Bundled services not to show (ids in the services table). 999 cannot be hidden."),
        example: doc!("`paladin crimestoppers`"),
        apply: |config, _, value| {
            config.hidden.clear();
            let mut refused = Vec::new();
            for id in value.split([' ', ',']).filter(|s| !s.is_empty()) {
                match SERVICES.iter().find(|s| s.id == id) {
                    Some(s) if s.id == service_id::POLICE_EMERGENCY => {
                        refused.push((id.to_string(), "999 is always shown".to_string()))
                    }
                    Some(s) => config.hidden.push(s.id),
                    None => refused.push((
                        id.to_string(),
                        format!("no bundled service has this id. Accepted: {}", ids(SERVICES.iter().map(|s| s.id))),
                    )),
                }
            }
            refused
        },
    },
    Setting {
        attribute: "data-parts",
        json: "parts",
        kind: doc!(Part::CODES),
        default: doc!(Part::DEFAULT),
        description: doc!("Which parts show, in the order given (the first is the one seen first)."),
        example: doc!("`finder checker`"),
        apply: |config, _, value| {
            let mut parts = Vec::new();
            let mut bad = false;
            for word in value.split([' ', ',']).filter(|s| !s.is_empty()) {
                match Part::ALL.iter().find(|p| p.name() == word) {
                    Some(p) if !parts.contains(p) => parts.push(*p),
                    Some(_) => {}
                    None => bad = true,
                }
            }
            if parts.is_empty() || bad {
                return no(value, format!("list one or more of: {} (in the order to show them); showing them all", Part::NAMES));
            }
            config.parts = parts;
            vec![]
        },
    },
    Setting {
        attribute: "data-responder",
        json: "responder",
        kind: doc!("`school`, `workplace` or `police`"),
        default: doc!("none"),
        description: doc!("For a school, workplace or police intranet: the self-check offers \"I'm helping someone as part \
            of my job\" first, with the advice and measures for that setting (what to ask, what to do now, where to \
            refer). Without it, that path is offered after the others."),
        example: doc!("`school`"),
        apply: |config, _, value| match Role::ALL.iter().find(|(_, word)| *word == value) {
            Some((role, _)) => {
                config.responder = Some(*role);
                vec![]
            }
            None => no(value, "use school, workplace or police; the staff path is offered last"),
        },
    },
    Setting {
        attribute: "data-responder-only",
        json: "responderOnly",
        kind: doc!("`true` / `false`"),
        default: doc!("`false`"),
        description: doc!("Offer only the staff path in the self-check (for an intranet seen only by staff)."),
        example: doc!("`true`"),
        apply: |config, _, value| flag(value, &mut config.responder_only, "use \"true\" or \"false\"; every path is offered"),
    },
    Setting {
        attribute: "data-heading-level",
        json: "headingLevel",
        kind: doc!("2 to 5"),
        default: doc!("`2`"),
        description: doc!("The level of the widget's heading, to fit your page's outline; its other headings follow."),
        example: doc!("`3`"),
        apply: |config, _, value| match value.parse::<u8>() {
            Ok(level @ 2..=5) => {
                config.heading_level = level;
                vec![]
            }
            _ => no(value, "use a number from 2 to 5; using 2"),
        },
    },
    Setting {
        attribute: "data-preload",
        json: "preload",
        kind: doc!("`true` / `false`"),
        default: doc!("`false`"),
        description: doc!("Fetch the code of every part as soon as the widget has drawn, rather than when the visitor first opens \
            one (the self-check's questions, the record): for a page where most visitors use them all. Parts still open only \
            when the visitor asks."),
        example: doc!("`true`"),
        apply: |config, _, value| flag(value, &mut config.preload, "use \"true\" or \"false\"; each part's code is fetched when it is opened"),
    },
    Setting {
        attribute: "data-title",
        json: "strings.title",
        kind: doc!("text, up to 300 characters"),
        default: doc!("\"Help with stalking and harassment\""),
        description: doc!("A different visible title, for example one that does not say \"stalking\" in large letters."),
        example: doc!("`Getting help`"),
        apply: |config, _, value| set_text(config, "title", value),
    },
    Setting {
        attribute: "data-i18n.KEY",
        json: "strings.KEY",
        kind: doc!("text, up to 300 characters"),
        default: doc!("the widget's own"),
        description: doc!("Re-word one text (in the JSON block, the key in camelCase: `strings.exitLabel`). Keys: `title`, `intro`, `exit-label` (must contain \"Exit\"), `exit-hint`, \
            `exit-count-one`, `exit-count-other` (must contain `{n}`, the presses left), `exit-leaving`, \
            `exit-cover` (the one word on the cover while leaving), `exit-hint-framed` (the hint in the framed \
            version, where the shortcut works only while the frame has focus), `exit-blocked` (shown when a frame \
            may not leave the whole page), `leaving-safely`, `strip-999`, `strip-101`, \
            `strip-silent`. The `exit-…` texts reach the quick exit too, in the static version and the Shift \
            announcements. A text with nothing to read (only spaces, punctuation or invisible characters) is \
            refused. Shown as text, never as HTML."),
        example: doc!("`data-i18n.intro=\"…\"`"),
        apply: |config, name, value| {
            let key = name.strip_prefix("data-i18n.").and_then(|k| TEXT_KEYS.iter().find(|t| **t == k));
            match key {
                Some(key) => set_text(config, key, value),
                None => no(value, suggestion(name)),
            }
        },
    },
    Setting {
        attribute: "data-lang",
        json: "lang",
        kind: doc!("language tag"),
        default: doc!("the element's `lang`, then the page's `<html lang>`, then `en`"),
        description: doc!("The language to speak. `en` and `cy` (Welsh) are built in; any other needs a catalogue from you \
            (see Languages). Read by the loader, which fetches a language's words only when it is used."),
        example: doc!("`cy`"),
        apply: |_, _, value| language_tags(value, false),
    },
    Setting {
        attribute: "data-languages",
        json: "languages",
        kind: doc!("language tags separated by spaces"),
        default: doc!("none"),
        description: doc!("The languages you offer: the widget shows a switch between them, each named in its own language. \
            Switching changes every word in place: answers, notes and a search stay as they are."),
        example: doc!("`en cy`"),
        apply: |_, _, value| language_tags(value, true),
    },
    Setting {
        attribute: "data-base",
        json: "(on the script tag)",
        kind: doc!("URL of a folder"),
        default: doc!("the loader's own folder"),
        description: doc!("Set on the loader's `<script>` tag, not the mount element: where the widget's other files are, if \
            not next to the loader."),
        example: doc!("`https://cdn.example.org/widget/`"),
        apply: |_, _, _| vec![],
    },
];

/// The row for an attribute as a host wrote it.
pub fn find(name: &str) -> Option<&'static Setting> {
    if name.starts_with("data-i18n.") {
        return SETTINGS.iter().find(|s| s.attribute == "data-i18n.KEY");
    }
    SETTINGS.iter().find(|s| s.attribute == name)
}

/// The row for a JSON block name (`exitUrl`); `strings` is handled by the caller.
pub fn find_json(name: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.json == name && s.attribute.starts_with("data-") && !s.json.starts_with("strings"))
}

/// Every attribute a host may write, the texts spelled out, for "did you mean".
pub fn every_attribute() -> impl Iterator<Item = String> {
    SETTINGS
        .iter()
        .filter(|s| s.attribute != "data-i18n.KEY")
        .map(|s| s.attribute.to_string())
        .chain(TEXT_KEYS.iter().map(|k| format!("data-i18n.{k}")))
}

/// Whether a value is a language tag (`cy`, `ur`, `pt-BR`), or several: the loader acts on them
/// (its `TAG` rule in www/stalking-help.js is this one), so here they are only checked, to name
/// a mistake.
fn language_tags(value: &str, several: bool) -> Vec<Refusal> {
    let tags: Vec<&str> = value.split_ascii_whitespace().collect();
    let well_formed = |t: &str| {
        let mut parts = t.split('-');
        let first = parts.next().unwrap_or_default();
        (2..=3).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_alphabetic())
            && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
    };
    if tags.is_empty() || (!several && tags.len() > 1) {
        return no(value, "give one language tag, such as cy; using the page's language");
    }
    tags.into_iter()
        .filter(|t| !well_formed(t))
        .map(|t| (t.to_string(), "it is not a language tag (such as cy, ur or pt-BR); it was left out".to_string()))
        .collect()
}

fn set_text(config: &mut Config, key: &'static str, value: &str) -> Vec<Refusal> {
    match crate::words::text_problem(key, value, false) {
        Some(reason) => no(value, format!("{reason}; the widget's own words are used")),
        None => {
            // The last value given wins.
            config.texts.retain(|(k, _)| *k != key);
            config.texts.push((key, value.to_string()));
            vec![]
        }
    }
}

/// What to say about a name that is no setting: the nearest one, if it is close.
pub fn suggestion(name: &str) -> String {
    match nearest(name, every_attribute()) {
        Some(k) => format!("it is not a setting this widget knows; did you mean {k}?"),
        None => {
            format!("it is not a setting this widget knows. Settings: {}", ids(SETTINGS.iter().map(|s| s.attribute)))
        }
    }
}

/// The same for a name in the JSON block.
pub fn json_suggestion(name: &str) -> String {
    let names = SETTINGS.iter().filter(|s| find_json(s.json).is_some()).map(|s| s.json);
    match nearest(name, names) {
        Some(k) => format!("it is not a setting this widget knows; did you mean \"{k}\"?"),
        None => "it is not a setting this widget knows; see the options table in the README".to_string(),
    }
}

/// The README's options table, as tests/readme.rs writes it.
pub fn readme_table() -> String {
    let mut out = String::from(
        "| attribute | JSON | type | default | description | example |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for s in SETTINGS {
        let json = if s.json.starts_with('(') { s.json.to_string() } else { format!("`{}`", s.json) };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            s.attribute,
            json,
            s.kind,
            s.default,
            s.description.split_whitespace().collect::<Vec<_>>().join(" "),
            s.example
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shared_language_tag_cases_are_judged_as_the_loader_judges_them() {
        #[derive(serde::Deserialize)]
        struct Case {
            tag: String,
            valid: bool,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            cases: Vec<Case>,
        }
        let list: Cases = serde_json::from_str(include_str!("../shell/cases/language-tags.json")).unwrap();
        assert!(list.cases.len() >= 15);
        for case in list.cases {
            assert_eq!(super::language_tags(&case.tag, false).is_empty(), case.valid, "{:?}", case.tag);
        }
    }
}
