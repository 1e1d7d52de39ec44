//! The README's table of bundled services is generated from the dataset, and this test keeps it
//! in step: it fails when the data changes and the README does not.
//!
//! To refresh the table after editing `src/data/services.toml`:
//! `UPDATE_README=1 cargo test --test readme`
#![cfg(not(target_arch = "wasm32"))]

use stalking_help_widget::data::{label, ChannelKind, AREAS, SERVICES};
use stalking_help_widget::strings::ENGLISH;

const START: &str = "<!-- services table: generated from src/data/services.toml by tests/readme.rs -->";
const END: &str = "<!-- end of services table -->";

fn table() -> String {
    let mut out = String::from(
        "| service | how to contact | who for | sources | last checked |\n| --- | --- | --- | --- | --- |\n",
    );
    for s in SERVICES {
        let contacts: Vec<String> = s
            .channels
            .iter()
            .map(|c| {
                let what = match c.kind {
                    ChannelKind::Website | ChannelKind::Form | ChannelKind::Chat => {
                        format!("{} <{}>", ENGLISH.channel_action(c.kind, "", None).trim(), c.href)
                    }
                    _ => ENGLISH.channel_action(c.kind, c.display, c.keyword),
                };
                let mut extras: Vec<String> = ENGLISH.hours(c.kind, &c.hours).into_iter().collect();
                extras.extend(c.cost.map(str::to_string));
                if extras.is_empty() {
                    what
                } else {
                    format!("{what} ({})", extras.join("; "))
                }
            })
            .collect();
        let sources: Vec<String> = s.sources.iter().enumerate().map(|(i, url)| format!("[{}]({url})", i + 1)).collect();
        let who = match ENGLISH.ages(s.min_age, s.max_age) {
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

#[test]
fn the_readme_lists_exactly_the_bundled_services() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme.find(START).expect("README has the services table start marker") + START.len();
    let end = readme.find(END).expect("README has the services table end marker");
    let expected = format!("\n\n{}\n", table());
    if readme[start..end] != expected {
        if std::env::var_os("UPDATE_README").is_some() {
            std::fs::write(path, format!("{}{expected}{}", &readme[..start], &readme[end..])).unwrap();
        } else {
            panic!("The README's services table is out of date. Run: UPDATE_README=1 cargo test --test readme");
        }
    }
}
