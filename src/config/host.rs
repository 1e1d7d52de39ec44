//! What a host page writes as JSON: the `data-config` settings block, and its own services
//! (`data-local-services`). Pure: serde reads the page's JSON (by serde-wasm-bindgen in `embed`,
//! by serde_json in the tests) into [`Fields`] and [`ServiceRecord`]s, and this module checks
//! them: settings by the settings table, services by the same record rules as the bundled data.

use std::collections::BTreeSet;

use crate::data::plain::{Fields, Plain};
use crate::data::record::{self, Problem, Rules, ServiceRecord};
use crate::data::validate::Ymd;
use crate::data::{area, Service, Tag, AREAS, AUDIENCES, NEEDS, ROLES, SERVICES};

use super::settings;

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
pub fn settings_from_json(block: &Fields) -> (Vec<(String, String)>, Vec<String>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (key, value) in &block.0 {
        match (key.as_str(), value) {
            ("strings", Plain::Object(texts)) => {
                for (k, v) in texts {
                    match v.as_setting() {
                        Some(v) => out.push((format!("data-i18n.{}", &attribute_name(k)["data-".len()..]), v)),
                        None => problems.push(format!(
                            "the data-config text {k:?} must be text in quotes, not {}; it was not used.",
                            v.kind()
                        )),
                    }
                }
            }
            (_, Plain::Object(_)) if settings::find_json(key).is_some() => problems
                .push(format!("the data-config setting {key:?} must not be an object ({{ … }}); it was not used.")),
            (_, Plain::Object(_)) => problems
                .push(format!("the data-config setting {key:?} was not used: {}", settings::json_suggestion(key))),
            (_, value) => match (settings::find_json(key), value.as_setting()) {
                (Some(setting), Some(v)) => out.push((setting.attribute.to_string(), v)),
                (Some(_), None) => problems
                    .push(format!("the data-config setting {key:?} cannot be {}; it was not used.", value.kind())),
                (None, _) => problems
                    .push(format!("the data-config setting {key:?} was not used: {}", settings::json_suggestion(key))),
            },
        }
    }
    (out, problems)
}

fn ids(tags: &[Tag]) -> Vec<&'static str> {
    tags.iter().map(|t| t.id).collect()
}

/// Checks one of a host's services by the same rules as the bundled data, against the
/// dataset's vocabulary; `taken` holds the ids of the host's earlier services. Every problem is
/// listed. A service that passes is ready to show; with no area given, it is the host's region.
pub fn host_service(
    record: &ServiceRecord,
    region: Option<&'static str>,
    taken: &BTreeSet<&str>,
    today: Ymd,
) -> Result<&'static Service, Vec<Problem>> {
    let (needs, audiences, roles, areas) = (ids(NEEDS), ids(AUDIENCES), ids(ROLES), ids(AREAS));
    let rules = Rules {
        needs: &needs,
        audiences: &audiences,
        roles: &roles,
        areas: &areas,
        taken: &|id| taken.contains(id) || SERVICES.iter().any(|s| s.id == id),
        today,
        default_area: Some(region.unwrap_or(area::UK)),
    };
    record::check(record, &rules).map(Service::from_checked)
}

/// Checks a host's list of services, each already read (or refused by the reader, with its
/// reason). Returns the services that pass, and one message for each that does not, naming it
/// and every problem found.
pub fn local_services(
    items: Vec<(Option<String>, Result<ServiceRecord, String>)>,
    region: Option<&'static str>,
    today: Ymd,
) -> (Vec<&'static Service>, Vec<String>) {
    let mut services: Vec<&'static Service> = Vec::new();
    let mut problems = Vec::new();
    let mut taken = BTreeSet::new();
    for (i, (id, item)) in items.into_iter().enumerate() {
        let name = id.unwrap_or_else(|| format!("#{}", i + 1));
        match item
            .map_err(|e| vec![Problem { field: "-".into(), reason: e }])
            .and_then(|r| host_service(&r, region, &taken, today))
        {
            Ok(service) => {
                taken.insert(service.id);
                services.push(service);
            }
            Err(list) => {
                let list: Vec<String> =
                    list.iter().map(|p| if p.field == "-" { p.reason.clone() } else { p.to_string() }).collect();
                problems.push(format!("local service {name:?} was left out: {}.", list.join("; ")))
            }
        }
    }
    (services, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Ymd = Ymd { year: 2026, month: 11, day: 21 };

    const LOCAL: &str = r#"{
        "id": "riverside-unit", "name": "Riverside Stalking Unit",
        "summary": "Our local officers for stalking cases.",
        "needs": ["stalking"], "audiences": ["everyone"],
        "channels": [{ "kind": "phone", "number": "01234 567890", "hours": ["Mon-Fri 09:00-17:00"] }],
        "sources": ["https://www.example.org/unit"], "checked": "2026-11-01"
    }"#;

    fn read(json: &str) -> Result<ServiceRecord, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn a_json_block_becomes_settings() {
        let block: Fields = serde_json::from_str(
            r#"{ "exitUrl": "https://www.google.co.uk/", "exitNewTab": true, "headingLevel": 3,
                 "parts": ["finder", "checker"], "strings": { "exitLabel": "Exit now", "title": 4.5 },
                 "region": 2.5, "regoin": "wales", "theme": { "a": 1 } }"#,
        )
        .unwrap();
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
        assert_eq!(problems.len(), 4, "{problems:#?}");
        assert!(problems[0].contains("\"title\" must be text"));
        assert!(problems[1].contains("\"region\" cannot be a number"));
        assert!(problems[2].contains("\"regoin\"") && problems[2].contains("region"), "did you mean");
        assert!(problems[3].contains("\"theme\""));
    }

    #[test]
    fn a_good_host_service_is_accepted_with_the_same_rules_as_the_data() {
        let s = host_service(&read(LOCAL).unwrap(), Some(area::DEVON_CORNWALL), &BTreeSet::new(), TODAY).unwrap();
        assert_eq!(s.channels[0].href, "tel:+441234567890");
        assert_eq!(s.channels[0].display, "01234 567890");
        assert!(matches!(s.channels[0].hours, crate::data::Hours::Weekly { .. }));
        assert_eq!(s.area, area::DEVON_CORNWALL, "the host's region when no area is given");
    }

    #[test]
    fn a_bad_host_service_is_refused_naming_every_field() {
        let bad = LOCAL
            .replace("riverside-unit", "victim-support")
            .replace("01234 567890", "0123")
            .replace(r#""stalking""#, r#""flying""#)
            .replace("https://www.example.org/unit", "javascript:alert(1)")
            .replace("2026-11-01", "2027-01-01");
        let (shown, problems) = local_services(vec![(Some("victim-support".into()), read(&bad))], None, TODAY);
        assert!(shown.is_empty());
        let message = &problems[0];
        for field in ["id:", "needs:", "channels[0].number:", "sources[0]:", "checked:"] {
            assert!(message.contains(field), "{field} in {message}");
        }
    }

    #[test]
    fn a_phone_line_without_hours_is_refused_as_the_build_refuses_it() {
        let no_hours = LOCAL.replace(r#", "hours": ["Mon-Fri 09:00-17:00"]"#, "");
        let e = host_service(&read(&no_hours).unwrap(), None, &BTreeSet::new(), TODAY).unwrap_err();
        assert_eq!(e[0].field, "channels[0].hours");
    }

    #[test]
    fn typos_and_repeats_are_named_and_the_rest_still_show() {
        let typo = LOCAL.replace("\"summary\"", "\"sumary\"");
        let second = LOCAL.replace("riverside-unit", "riverside-unit-2");
        let (shown, problems) = local_services(
            vec![
                (Some("riverside-unit".into()), read(LOCAL)),
                (Some("riverside-unit".into()), read(LOCAL)),
                (Some("riverside-unit".into()), read(&typo)),
                (None, read("[1]")),
                (Some("riverside-unit-2".into()), read(&second)),
            ],
            None,
            TODAY,
        );
        assert_eq!(shown.iter().map(|s| s.id).collect::<Vec<_>>(), ["riverside-unit", "riverside-unit-2"]);
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(problems[0].contains("id: \"riverside-unit\" is used by another service"));
        assert!(problems[1].contains("sumary: is not a field here; did you mean `summary`?"), "{}", problems[1]);
        assert!(problems[2].starts_with("local service \"#4\""));
        let old = read(r#"{ "id": "x", "phone": "01632 960123" }"#);
        let (_, problems) = local_services(vec![(None, old)], None, TODAY);
        assert!(problems[0].contains("phone: is not a field of a service: ways to get in touch go in `channels`"));
    }
}
