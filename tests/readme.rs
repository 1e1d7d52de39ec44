//! The README's tables are generated, and these tests keep them in step: the bundled services
//! (from the dataset) and the host options (from the settings table). Each fails when its source
//! changes and the README does not.
//!
//! To refresh them after editing `src/data/services.toml` or `src/config/settings.rs`:
//! `UPDATE_README=1 cargo test --test readme`
#![cfg(not(target_arch = "wasm32"))]

use stalking_help_widget::data::{label, ChannelKind, AREAS, SERVICES};
use stalking_help_widget::shell::ENGLISH;

fn table() -> String {
    let mut out = String::from(
        "| service | how to contact | who for | sources | last checked |\n| --- | --- | --- | --- | --- |\n",
    );
    for s in SERVICES {
        let contacts: Vec<String> = s
            .channels
            .iter()
            .map(|c| {
                let web = matches!(c.kind, ChannelKind::Website | ChannelKind::Form | ChannelKind::Chat);
                let what = match c.kind {
                    _ if web => format!("{} <{}>", ENGLISH.card.contact(c.kind, "", None).trim(), c.href),
                    _ => ENGLISH.card.contact(c.kind, c.display, c.keyword),
                };
                let mut extras: Vec<String> = c.note.map(str::to_string).into_iter().collect();
                extras.extend(ENGLISH.card.hours(&ENGLISH.time, c.kind, &c.hours));
                extras.extend(c.cost.map(str::to_string));
                if let Some((display, href)) = c.welsh {
                    extras.push(if web { format!("in Welsh: <{href}>") } else { format!("in Welsh: {display}") });
                }
                if extras.is_empty() {
                    what
                } else {
                    format!("{what} ({})", extras.join("; "))
                }
            })
            .collect();
        let sources: Vec<String> = s.sources.iter().enumerate().map(|(i, url)| format!("[{}]({url})", i + 1)).collect();
        let who = match ENGLISH.card.ages(s.min_age, s.max_age) {
            Some(ages) => format!("{}; {}", label(AREAS, s.area), ages.to_lowercase()),
            None => label(AREAS, s.area).to_string(),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            s.name,
            contacts.join("<br>"),
            who,
            sources.join(" "),
            s.checked
        ));
    }
    out
}

/// Checks (or, with UPDATE_README set, rewrites) the README between two markers.
fn keep_in_step(start_marker: &str, end_marker: &str, table: String) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start =
        readme.find(start_marker).unwrap_or_else(|| panic!("README has no {start_marker}")) + start_marker.len();
    let end = readme.find(end_marker).unwrap_or_else(|| panic!("README has no {end_marker}"));
    let expected = format!("\n\n{table}\n");
    if readme[start..end] != expected {
        if std::env::var_os("UPDATE_README").is_some() {
            std::fs::write(path, format!("{}{expected}{}", &readme[..start], &readme[end..])).unwrap();
        } else {
            panic!(
                "The README's table after {start_marker} is out of date. Run: UPDATE_README=1 cargo test --test readme"
            );
        }
    }
}

#[test]
fn the_readme_lists_exactly_the_bundled_services() {
    keep_in_step(
        "<!-- services table: generated from src/data/services.toml by tests/readme.rs -->",
        "<!-- end of services table -->",
        table(),
    );
}

#[test]
fn the_readme_lists_exactly_the_host_options() {
    keep_in_step(
        "<!-- options table: generated from src/config/settings.rs by tests/readme.rs -->",
        "<!-- end of options table -->",
        stalking_help_widget::config::settings::readme_table(),
    );
}

/// The catalogue's keys, by group: how many each has and one example, from the same walk that
/// makes `lang/en.json`.
fn key_groups() -> String {
    let mut groups: Vec<(String, usize, String)> = Vec::new();
    for (key, _) in stalking_help_widget::shell::keys::entries(&ENGLISH) {
        let parts: Vec<&str> = key.split('.').collect();
        let group = match parts[0] {
            "check" | "data" | "card" | "find" | "time" if parts.len() > 2 => format!("{}.{}.…", parts[0], parts[1]),
            _ if parts.len() > 1 => format!("{}.…", parts[0]),
            _ => key.clone(),
        };
        match groups.iter_mut().find(|(g, _, _)| *g == group) {
            Some((_, count, _)) => *count += 1,
            None => groups.push((group, 1, key)),
        }
    }
    let mut out = String::from("| keys | how many | for example |\n| --- | --- | --- |\n");
    for (group, count, example) in groups {
        out.push_str(&format!("| `{group}` | {count} | `{example}` |\n"));
    }
    out
}

#[test]
fn the_readme_lists_the_catalogue_keys() {
    keep_in_step(
        "<!-- catalogue keys: generated from src/shell/catalogue.rs by tests/readme.rs -->",
        "<!-- end of catalogue keys -->",
        key_groups(),
    );
}
