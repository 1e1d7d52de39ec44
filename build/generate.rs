//! Writes the checked dataset out as static Rust for `include!` in `crate::data` (build time
//! only: nothing here ships). String literals use Rust's own escaping, so no text can break out
//! of them.

use std::fmt::Write as _;

use super::load::{Block, CheckedTopic, Dataset, Holidays};
#[allow(unused_imports)]
use super::record::CheckedService;

/// `stalking` → `STALKING`, `emotional-support` → `EMOTIONAL_SUPPORT`.
fn const_name(id: &str) -> String {
    id.replace('-', "_").to_ascii_uppercase()
}

impl Dataset {
    /// Writes the dataset as Rust statics for `include!` in `crate::data`, where the model types
    /// are in scope. String literals use Rust's own escaping, so no text can break out of them.
    pub fn to_rust(&self, source_files: &str, holidays: &Holidays, guidance: &[CheckedTopic]) -> String {
        let mut out = format!("// Generated from {source_files} by build.rs. Edit those files, not this one.\n\n");
        for (name, module, tags) in [
            ("NEEDS", "need", &self.needs),
            ("AUDIENCES", "audience", &self.audiences),
            ("ROLES", "role", &self.roles),
            ("AREAS", "area", &self.areas),
        ] {
            let _ = writeln!(out, "/// Generated from the dataset.\npub static {name}: &[Tag] = &[");
            for t in tags {
                let _ = writeln!(
                    out,
                    "    Tag {{ id: {:?}, label: {:?}, calendar: {:?}, within: {:?} }},",
                    t.id,
                    t.label,
                    t.calendar.as_deref().unwrap_or(""),
                    t.within.as_deref().unwrap_or("")
                );
            }
            out.push_str("];\n\n");
            // Named ids, so code that relies on a tag stops compiling if the tag is removed.
            let _ = writeln!(out, "/// The {module} ids of the dataset, by name.\npub mod {module} {{");
            for t in tags {
                let _ = writeln!(out, "    /// {}\n    pub const {}: &str = {:?};", t.label, const_name(&t.id), t.id);
            }
            out.push_str("}\n\n");
        }
        let _ = writeln!(
            out,
            "/// Where the bank holiday dates come from.\npub const BANK_HOLIDAYS_SOURCES: &[&str] = &{:?};",
            holidays.sources
        );
        let _ = writeln!(
            out,
            "/// The last year an official list confirmed; later ones follow the rules.\npub const BANK_HOLIDAYS_CONFIRMED_UNTIL: u16 = {};",
            holidays.confirmed_until
        );
        let c = holidays.checked;
        let _ = writeln!(out, "/// When they were last checked.\npub const BANK_HOLIDAYS_CHECKED: Ymd = Ymd {{ year: {}, month: {}, day: {} }};", c.year, c.month, c.day);
        out.push_str("/// Bank holidays by calendar id, each list in date order.\npub static BANK_HOLIDAYS: &[(&str, &[Ymd])] = &[\n");
        for (id, dates) in &holidays.calendars {
            let dates: Vec<String> = dates
                .iter()
                .map(|d| format!("Ymd {{ year: {}, month: {}, day: {} }}", d.year, d.month, d.day))
                .collect();
            let _ = writeln!(out, "    ({id:?}, &[{}]),", dates.join(", "));
        }
        out.push_str("];\n\n");
        // Named ids for services and topics too, so code that names one stops compiling if it goes.
        out.push_str("/// The service ids of the dataset, by name.\npub mod service_id {\n");
        for sv in &self.services {
            let _ = writeln!(out, "    /// {}\n    pub const {}: &str = {:?};", sv.name, const_name(&sv.id), sv.id);
        }
        out.push_str("}\n\n/// The guidance topic ids of the dataset, by name.\npub mod topic_id {\n");
        for t in guidance {
            let _ = writeln!(out, "    /// {}\n    pub const {}: &str = {:?};", t.title, const_name(&t.id), t.id);
        }
        out.push_str("}\n\n/// The guidance topics.\npub static GUIDANCE: &[Topic] = &[\n");
        for t in guidance {
            let blocks: Vec<String> = t
                .body
                .iter()
                .map(|b| match b {
                    Block::Para(p) => format!("Block::Para({p:?})"),
                    Block::List(items) => format!("Block::List(&{items:?})"),
                    Block::Local { area, text } => format!("Block::Local {{ area: {area:?}, text: {text:?} }}"),
                })
                .collect();
            let _ = writeln!(
                out,
                "    Topic {{ id: {:?}, title: {:?}, area: {:?}, body: &[{}], #[cfg(not(target_arch = \"wasm32\"))] sources: &{:?}, checked: Ymd {{ year: {}, month: {}, day: {} }} }},",
                t.id, t.title, t.area, blocks.join(", "), t.sources, t.checked.year, t.checked.month, t.checked.day
            );
        }
        out.push_str("];\n\n");
        out.push_str("/// Generated from the dataset.\npub static SERVICES: &[Service] = &[\n");
        for s in &self.services {
            out.push_str(&s.to_rust());
        }
        out.push_str("];\n");
        out
    }
}
