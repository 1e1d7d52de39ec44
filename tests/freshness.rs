//! The data freshness report: how old the bundled facts are, which are due to be checked again,
//! and how long the bank holiday calendar lasts. `./tests/run` prints it on every run:
//!
//! `cargo test --test freshness -- --nocapture`
//!
//! It reports; it never fails because of today's date (a build must not break on a calendar
//! day). The rules it reports by are tested below with fixed dates.
#![cfg(not(target_arch = "wasm32"))]

use stalking_help_widget::data::validate::Ymd;
use stalking_help_widget::data::{
    Hours, BANK_HOLIDAYS, BANK_HOLIDAYS_CHECKED, BANK_HOLIDAYS_CONFIRMED_UNTIL, GUIDANCE, SERVICES,
};

/// Facts not checked for this many days are listed as due.
const DUE_AFTER_DAYS: i64 = 365;

/// One dated entry of the dataset.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    what: String,
    checked: Ymd,
}

fn entries() -> Vec<Entry> {
    let services = SERVICES.iter().map(|s| Entry { what: format!("service {}", s.id), checked: s.checked });
    let topics = GUIDANCE.iter().map(|t| Entry { what: format!("guidance {}", t.id), checked: t.checked });
    let holidays = std::iter::once(Entry { what: "bank holidays".into(), checked: BANK_HOLIDAYS_CHECKED });
    services.chain(topics).chain(holidays).collect()
}

/// The entries not checked within [`DUE_AFTER_DAYS`] of `today`, oldest first.
fn due(entries: &[Entry], today: Ymd) -> Vec<Entry> {
    let mut out: Vec<Entry> =
        entries.iter().filter(|e| today.to_unix_days() - e.checked.to_unix_days() > DUE_AFTER_DAYS).cloned().collect();
    out.sort_by_key(|e| e.checked);
    out
}

/// What the bank holiday calendar covers, seen from `today`.
#[derive(Debug, PartialEq)]
struct Calendar {
    /// The last year every calendar lists.
    listed_until: u16,
    /// Whole years after this one still listed (0 in the last listed year).
    years_ahead: i32,
}

fn calendar(lists: &[(&str, &[Ymd])], today: Ymd) -> Calendar {
    let listed_until = lists.iter().map(|(_, d)| d.last().map_or(0, |d| d.year)).min().unwrap_or(0);
    Calendar { listed_until, years_ahead: i32::from(listed_until) - i32::from(today.year) }
}

fn today() -> Ymd {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    Ymd::from_unix_days(days as i64)
}

#[test]
fn print_the_freshness_report() {
    let today = today();
    let all = entries();
    let oldest = all.iter().min_by_key(|e| e.checked).expect("the dataset has entries");
    println!("Data freshness on {today} ({} services, {} guidance topics):", SERVICES.len(), GUIDANCE.len());
    println!("  Oldest check: {} ({}).", oldest.checked, oldest.what);
    let due = due(&all, today);
    if due.is_empty() {
        println!("  Every fact was checked within the last 12 months.");
    } else {
        println!("  Not checked for over 12 months ({}), oldest first:", due.len());
        for e in &due {
            println!("    {}  {}", e.checked, e.what);
        }
    }
    let unconfirmed: Vec<String> = SERVICES
        .iter()
        .flat_map(|s| {
            s.channels.iter().filter(|c| c.hours == Hours::NotConfirmed).map(move |c| format!("{} {}", s.id, c.display))
        })
        .collect();
    println!("  Lines whose hours no source confirms ({}, shown as \"check their website\"):", unconfirmed.len());
    println!("    {}", unconfirmed.join(", "));
    let cal = calendar(BANK_HOLIDAYS, today);
    let years = match cal.years_ahead {
        n if n < 0 => "it has RUN OUT: \"open now\" no longer guesses for lines closed on bank holidays".to_string(),
        0 => "this is the last listed year: add next year's dates now".to_string(),
        1 => "1 more year after this one".to_string(),
        n => format!("{n} more years after this one"),
    };
    println!("  Bank holidays listed until the end of {}: {years}.", cal.listed_until);
    println!(
        "  Bank holidays confirmed against GOV.UK until {}; later years follow the rules until GOV.UK publishes them.",
        BANK_HOLIDAYS_CONFIRMED_UNTIL
    );
}

fn ymd(y: u16, m: u8, d: u8) -> Ymd {
    Ymd::new(y, m, d).unwrap()
}

#[test]
fn a_fact_is_due_a_year_after_it_was_checked() {
    let entries = vec![
        Entry { what: "old".into(), checked: ymd(2025, 1, 10) },
        Entry { what: "fresh".into(), checked: ymd(2026, 6, 1) },
        Entry { what: "older".into(), checked: ymd(2024, 3, 1) },
    ];
    let due = due(&entries, ymd(2026, 11, 23));
    assert_eq!(due.iter().map(|e| e.what.as_str()).collect::<Vec<_>>(), ["older", "old"]);
}

#[test]
fn a_year_to_the_day_is_not_yet_due() {
    let e = vec![Entry { what: "x".into(), checked: ymd(2025, 11, 23) }];
    assert!(due(&e, ymd(2026, 11, 23)).is_empty());
    assert_eq!(due(&e, ymd(2026, 11, 24)).len(), 1);
}

#[test]
fn the_calendar_counts_the_years_left_by_its_shortest_list() {
    let a = [ymd(2028, 12, 26), ymd(2029, 12, 26)];
    let b = [ymd(2028, 12, 26)];
    let lists: [(&str, &[Ymd]); 2] = [("a", &a), ("b", &b)];
    assert_eq!(calendar(&lists, ymd(2026, 11, 23)), Calendar { listed_until: 2028, years_ahead: 2 });
    assert_eq!(calendar(&lists, ymd(2029, 1, 1)).years_ahead, -1, "run out");
}

#[test]
fn the_real_data_is_dated() {
    assert!(!entries().is_empty());
    assert!(calendar(BANK_HOLIDAYS, ymd(2026, 11, 23)).listed_until >= 2029);
}
