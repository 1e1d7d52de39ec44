//! Every entry of a catalogue under a stable key, such as `check.title`,
//! `check.choice.behaviour.following` or `time.month.3`: the list a translator works from
//! (exported as `dist/lang/en.json` by the build), and the test that every built-in catalogue
//! has every key with the same placeholders as English.
//!
//! Table entries are keyed by their enum's name in snake case (`NextStep::ReportOnline(Scotland)`
//! becomes `report_online.scotland`), so a key never depends on the order of a table.

use super::{Clock, Words};

/// `Behaviour(ThreatToKill)` → `behaviour.threat_to_kill`.
fn key_of(debug: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in debug.chars() {
        match c {
            '(' => {
                out.push('.');
                previous_lower = false;
            }
            ')' | ' ' => {}
            c if c.is_ascii_uppercase() => {
                if previous_lower {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
                previous_lower = false;
            }
            c => {
                out.push(c);
                previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            }
        }
    }
    out
}

/// Every entry of `w`, by key, in the catalogue's own order.
pub fn entries(w: &Words) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    macro_rules! fields {
        ($prefix:literal, $s:expr, [$($f:ident),* $(,)?]) => {
            $(out.push((format!("{}.{}", $prefix, stringify!($f)), $s.$f));)*
        };
    }
    macro_rules! table {
        ($prefix:literal, $t:expr) => {
            for (k, v) in $t.iter() {
                out.push((format!("{}.{}", $prefix, key_of(&format!("{k:?}"))), *v));
            }
        };
    }
    let x = &w.widget;
    fields!(
        "widget",
        x,
        [title, intro, leaving_safely, host_safety_link, strip_999, strip_101, strip_silent, call_999]
    );
    let x = &w.exit;
    fields!("exit", x, [label, hint, count_one, count_other, leaving, cover, hint_framed, blocked]);
    let x = &w.card;
    fields!(
        "card",
        x,
        [
            local_badge,
            for_people_in,
            checked,
            hours_not_confirmed,
            open_not_confirmed,
            hours_always,
            open_always,
            closed_on_bank_holidays,
            open_until,
            open_until_tomorrow,
            opens_today,
            opens_tomorrow,
            opens_on,
            closed_now,
            ages_between,
            ages_from,
            ages_up_to,
            text_word,
        ]
    );
    table!("card.contact", x.contact);
    let t = &w.time;
    for (i, d) in t.weekdays.iter().enumerate() {
        out.push((format!("time.weekday.{}", i + 1), d));
    }
    for (i, d) in t.weekdays_short.iter().enumerate() {
        out.push((format!("time.weekday_short.{}", i + 1), d));
    }
    for (i, m) in t.months.iter().enumerate() {
        out.push((format!("time.month.{}", i + 1), m));
    }
    out.push(("time.clock".into(), if t.clock == Clock::TwelveHour { "12-hour" } else { "24-hour" }));
    fields!("time", t, [date, am, pm, midnight, midday]);
    let x = &w.find;
    fields!(
        "find",
        x,
        [
            title,
            search_label,
            search_hint,
            open_now,
            need,
            audience,
            channel,
            reset,
            empty,
            filters,
            filters_one,
            filters_other,
            count_none,
            count_one,
            count_other,
            more_one,
            more_other,
            more_page,
        ]
    );
    table!("find.channel_kind", x.channel_kinds);
    let x = &w.place;
    fields!("place", x, [question, hint, unsaid]);
    let c = &w.check;
    fields!(
        "check",
        c,
        [
            title,
            intro,
            not_saved,
            start_me,
            start_other,
            start_own,
            start_pro,
            pro_title,
            pro_intro,
            pro_signs_heading,
            pro_no_signs,
            pro_note,
            pro_summary_title,
            next,
            back,
            see_result,
            skip_note,
            danger_button,
            danger_title,
            danger_text,
            danger_button_them,
            danger_text_them,
            danger_close,
            progress,
            ticked,
            four_heading,
            four_intro,
            four_why,
            own_danger,
            see_help,
            own_note,
            online,
            because,
            said,
            in_danger_them,
            several_risks,
            not_a_risk_assessment,
            next_steps_heading,
            read_more,
            services_heading,
            keep_title,
            keep_warning,
            save,
            print,
            start_again,
            start_again_note,
            file_name,
            summary_answers,
            record_heading,
            record_entry,
        ]
    );
    for p in c.pages {
        let step = key_of(&format!("{:?}", p.step));
        for (field, v) in [
            ("title", p.title),
            ("hint", p.hint),
            ("title_them", p.title_them),
            ("hint_them", p.hint_them),
            ("title_pro", p.title_pro),
            ("hint_pro", p.hint_pro),
            ("note_pro", p.note_pro),
        ] {
            out.push((format!("check.page.{step}.{field}"), v));
        }
    }
    table!("check.question", c.questions);
    table!("check.question_them", c.questions_them);
    table!("check.choice", c.choices);
    table!("check.choice_them", c.choices_them);
    table!("check.group", c.groups);
    table!("check.four", c.four);
    table!("check.reason", c.reasons);
    table!("check.next_step", c.next_steps);
    table!("check.next_step_them", c.next_steps_them);
    table!("check.urgency_pro", c.urgencies_pro);
    for (p, title, text) in c.patterns {
        let p = key_of(&format!("{p:?}"));
        out.push((format!("check.pattern.{p}.title"), title));
        out.push((format!("check.pattern.{p}.text"), text));
    }
    for (u, title, me, them) in c.urgencies {
        let u = key_of(&format!("{u:?}"));
        out.push((format!("check.urgency.{u}.title"), title));
        out.push((format!("check.urgency.{u}.text"), me));
        out.push((format!("check.urgency.{u}.text_them"), them));
    }
    let r = &w.record;
    fields!(
        "record",
        r,
        [
            title,
            intro,
            privacy,
            add,
            form_title_new,
            form_title_change,
            change,
            remove,
            remove_confirm,
            remove_yes,
            remove_no,
            save_entry,
            cancel,
            date,
            time,
            what,
            place,
            who,
            witnesses,
            feelings,
            evidence,
            evidence_hint,
            reported,
            reported_yes,
            reported_ref,
            reference,
            crime_reference,
            what_missing,
            count_none,
            count_one,
            count_other,
            between,
            on,
            no_date,
            save,
            open,
            print,
            file_name,
            file_title,
            keep_warning,
            block_note,
            opened_none,
            opened_one,
            opened_other,
            saved_entry,
            removed,
            not_a_record,
            newer,
            cut_short,
            changed,
            too_large,
            unreadable,
            offer,
            offer_button,
        ]
    );
    for (i, tip) in r.privacy_tips.iter().enumerate() {
        out.push((format!("record.privacy_tip.{}", i + 1), tip));
    }
    out.push(("guide_title".into(), w.guide_title));
    out.push(("fallback_heading".into(), w.fallback_heading));
    out
}

/// The placeholders a text fills in, such as `{n}` and `{date}`, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        match rest[start..].find('}') {
            Some(end) => {
                out.push(&rest[start..start + end + 1]);
                rest = &rest[start + end + 1..];
            }
            None => break,
        }
    }
    out.sort_unstable();
    out
}

/// The catalogue as a JSON object of key → text, one entry a line, for translators.
pub fn to_json(w: &Words) -> String {
    let escape = |s: &str| {
        let mut out = String::with_capacity(s.len() + 2);
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out
    };
    let lines: Vec<String> =
        entries(w).iter().map(|(k, v)| format!("  \"{}\": \"{}\"", escape(k), escape(v))).collect();
    format!("{{\n  \"lang\": \"{}\",\n{}\n}}\n", escape(w.lang), lines.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{ENGLISH, LANGUAGES};

    #[test]
    fn keys_are_made_from_names() {
        assert_eq!(key_of("Behaviour(ThreatToKill)"), "behaviour.threat_to_kill");
        assert_eq!(key_of("ReportOnline(NorthernIreland)"), "report_online.northern_ireland");
        assert_eq!(key_of("Risk(FixedOnOthers)"), "risk.fixed_on_others");
        assert_eq!(key_of("Sms"), "sms");
    }

    #[test]
    fn every_entry_has_one_key_and_every_text_is_there() {
        let all = entries(&ENGLISH);
        let mut seen = std::collections::BTreeSet::new();
        for (key, text) in &all {
            assert!(seen.insert(key.clone()), "{key} twice");
            assert!(!text.trim().is_empty() || key.ends_with("note_pro"), "{key} is empty");
            assert!(
                key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_'),
                "{key}"
            );
        }
        assert!(all.len() > 400, "every word, not a sample: {}", all.len());
        // Every sentence the reading-ease report scores is among them.
        for sentence in ENGLISH.sentences() {
            assert!(all.iter().any(|(_, t)| *t == sentence), "{sentence:?} has no key");
        }
    }

    #[test]
    fn every_built_in_catalogue_has_every_key_with_the_same_placeholders() {
        let english = entries(&ENGLISH);
        for w in LANGUAGES {
            let theirs = entries(w);
            assert_eq!(theirs.len(), english.len(), "{}", w.lang);
            for ((key, en), (their_key, text)) in english.iter().zip(&theirs) {
                assert_eq!(key, their_key, "{}", w.lang);
                assert_eq!(placeholders(en), placeholders(text), "{}: {key}", w.lang);
            }
        }
    }

    #[test]
    fn the_catalogue_exports_as_json() {
        let json = to_json(&ENGLISH);
        assert!(json.starts_with("{\n  \"lang\": \"en-GB\",\n"));
        assert!(json.contains("\n  \"check.choice.behaviour.following\": \"Following me\","));
        assert!(json.contains(
            "\"record.keep_warning\": \"Anyone who uses this device could open this file. Keep it somewhere safe.\""
        ));
        assert!(json.trim_end().ends_with('}'));
        assert_eq!(json.matches("\n  \"").count(), entries(&ENGLISH).len() + 1);
    }
}
