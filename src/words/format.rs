//! Puts numbers, dates, times and answers into the catalogue's words: every `{name}` in a
//! template is filled here, and plurals, the clock and the calendar are worked out here, so the
//! words themselves hold no logic and a language only changes the words.

use super::{Clock, Words};
use crate::data::validate::Ymd;
use crate::data::{ChannelKind, Hours};
use crate::kit::clock::OpenState;
use crate::parts::checker::{Answers, Assessment, Question, Reason, Step, QUESTIONS};

/// Fills each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            let name = &after[..close];
            values.iter().find(|(k, _)| *k == name).map(|(_, v)| (close, *v))
        }) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// One of three words by count: none, one, or `{n}` of them.
pub fn count(n: usize, none: &str, one: &str, other: &str) -> String {
    match n {
        0 => none.to_string(),
        1 => one.to_string(),
        n => fill(other, &[("n", &n.to_string())]),
    }
}

/// Minutes after midnight as the language writes a time: 570 → "9:30am", 960 → "4pm", 0 →
/// "midnight" (or "09:30", "16:00" on a 24-hour clock).
pub fn time(w: &Words, minutes: u16) -> String {
    let t = &w.time;
    let (h, m) = (minutes / 60 % 24, minutes % 60);
    match t.clock {
        Clock::TwentyFourHour => format!("{h:02}:{m:02}"),
        Clock::TwelveHour => match (h, m) {
            (0, 0) => t.midnight.into(),
            (12, 0) => t.midday.into(),
            _ => {
                let suffix = if h < 12 { t.am } else { t.pm };
                let h12 = if h % 12 == 0 { 12 } else { h % 12 };
                if m == 0 {
                    format!("{h12}{suffix}")
                } else {
                    format!("{h12}:{m:02}{suffix}")
                }
            }
        },
    }
}

/// A date as people write it, e.g. "21 November 2026".
pub fn date(w: &Words, d: Ymd) -> String {
    let month = w.time.months[usize::from(d.month.clamp(1, 12)) - 1];
    fill(w.time.date, &[("day", &d.day.to_string()), ("month", month), ("year", &d.year.to_string())])
}

/// Days as runs, e.g. bits for Mon, Tue, Wed, Fri → "Mon–Wed, Fri".
fn day_runs(w: &Words, days: u8) -> String {
    let names = &w.time.weekdays_short;
    let mut runs: Vec<String> = Vec::new();
    let mut d = 0;
    while d < 7 {
        if days & (1 << d) == 0 {
            d += 1;
            continue;
        }
        let start = d;
        while d + 1 < 7 && days & (1 << (d + 1)) != 0 {
            d += 1;
        }
        runs.push(match d - start {
            0 => names[start].to_string(),
            1 => format!("{}, {}", names[start], names[d]),
            _ => format!("{}–{}", names[start], names[d]),
        });
        d += 1;
    }
    runs.join(", ")
}

/// When a line is answered, in words, e.g. "Mon–Fri 9:30am–4pm". `None` for a website or
/// mailbox that is simply always there.
pub fn hours(w: &Words, kind: ChannelKind, hours: &Hours) -> Option<String> {
    let answered_by_people =
        matches!(kind, ChannelKind::Phone | ChannelKind::Text | ChannelKind::Textphone | ChannelKind::Chat);
    match hours {
        Hours::Always if answered_by_people => Some(w.card.hours_always.to_string()),
        Hours::Always => None,
        Hours::NotConfirmed => Some(w.card.hours_not_confirmed.to_string()),
        Hours::Weekly { slots, closed_on_bank_holidays } => {
            let mut parts: Vec<String> = slots
                .iter()
                .map(|s| format!("{} {}–{}", day_runs(w, s.days), time(w, s.open), time(w, s.close)))
                .collect();
            if *closed_on_bank_holidays {
                parts.push(w.card.closed_on_bank_holidays.to_string());
            }
            Some(parts.join("; "))
        }
    }
}

/// Whether a line is open, in words: "Open now · closes 4pm", "Closed now · opens tomorrow at
/// 9:30am".
pub fn open_state(w: &Words, state: OpenState) -> String {
    let c = &w.card;
    let at = |template: &str, minutes: u16| fill(template, &[("time", &time(w, minutes))]);
    match state {
        OpenState::Always => c.open_always.into(),
        OpenState::NotConfirmed => c.open_not_confirmed.into(),
        OpenState::OpenUntil { closes, days_ahead: 0 } => at(c.open_until, closes),
        OpenState::OpenUntil { closes, .. } => at(c.open_until_tomorrow, closes),
        OpenState::OpensAt { opens, days_ahead: 0, .. } => at(c.opens_today, opens),
        OpenState::OpensAt { opens, days_ahead: 1, .. } => at(c.opens_tomorrow, opens),
        OpenState::OpensAt { weekday, opens, .. } => {
            fill(c.opens_on, &[("day", w.time.weekdays[usize::from(weekday % 7)]), ("time", &time(w, opens))])
        }
        OpenState::Closed => c.closed_now.into(),
    }
}

/// Who a service helps by age, where a source gives a limit: "For people aged 18 and over".
pub fn ages(w: &Words, min: Option<u8>, max: Option<u8>) -> Option<String> {
    let (lo, hi) = (min.map(|m| m.to_string()), max.map(|m| m.to_string()));
    let template = match (min, max) {
        (Some(_), Some(_)) => w.card.ages_between,
        (Some(_), None) => w.card.ages_from,
        (None, Some(_)) => w.card.ages_up_to,
        (None, None) => return None,
    };
    Some(fill(template, &[("min", lo.as_deref().unwrap_or("")), ("max", hi.as_deref().unwrap_or(""))]))
}

/// The words on a contact link, e.g. "Call 0808 802 0300" or "Text ‘THEMIX’ to 85258".
pub fn contact(w: &Words, kind: ChannelKind, display: &str, keyword: Option<&str>) -> String {
    if let (ChannelKind::Text, Some(word)) = (kind, keyword) {
        return fill(w.card.text_word, &[("word", word), ("contact", display)]);
    }
    let template = w.card.contact.iter().find(|(k, _)| *k == kind).map_or("{contact}", |(_, t)| t);
    fill(template, &[("contact", display)])
}

/// "Step 2 of 7" on a question page of a path.
pub fn progress(w: &Words, step: Step, path: crate::parts::checker::Path) -> Option<String> {
    step.number(path).map(|(n, total)| fill(w.check.progress, &[("n", &n.to_string()), ("total", &total.to_string())]))
}

/// The finder's filters disclosure.
pub fn filters_summary(w: &Words, chosen: usize) -> String {
    count(chosen, w.find.filters, w.find.filters_one, w.find.filters_other)
}

/// The finder's results count.
pub fn results(w: &Words, n: usize) -> String {
    count(n, w.find.count_none, w.find.count_one, w.find.count_other)
}

/// The finder's "show more" button, which shows up to `page` more at a time.
pub fn more(w: &Words, hidden: usize, page: usize) -> String {
    if hidden > page {
        fill(w.find.more_page, &[("page", &page.to_string()), ("n", &hidden.to_string())])
    } else {
        count(hidden, w.find.more_other, w.find.more_one, w.find.more_other)
    }
}

/// One reason in the result's "Because you said" list, for the person (`them` false) or
/// someone helping them: an answer is quoted as it was offered to them.
pub fn reason(w: &Words, r: Reason, them: bool) -> String {
    let quote = |answer: &str| fill(w.check.said, &[("answer", answer)]);
    match r {
        Reason::Said(c) => match c.question() {
            // A choose-one answer reads with its question: "Is it getting worse…? Yes".
            Some(q) if !q.many => quote(&format!("{} {}", w.question_for(q.id, them), w.choice_for(c, them))),
            _ => quote(w.choice_for(c, them)),
        },
        Reason::SeveralRisks(n) => fill(w.check.several_risks, &[("n", &n.to_string())]),
        Reason::InDangerNow if them => w.check.in_danger_them.to_string(),
        other => w.check.reasons.iter().find(|(k, _)| *k == other).map_or("", |(_, t)| t).to_string(),
    }
}

/// The answers a person gave, page by page, as the questions asked them: each page's heading,
/// then each answer ("How many times has it happened? Two or more times" for a choose-one
/// question, the option alone for a tick-any one).
pub fn answers(w: &Words, a: &Answers) -> Vec<(&'static str, Vec<String>)> {
    let mut out = Vec::new();
    let them = a.for_someone_else();
    for page in Step::pages(a.path).iter().copied() {
        let mut lines = Vec::new();
        for q in QUESTIONS.iter().filter(|q| q.step == page && (q.shown)(a)) {
            for c in Question::chosen(q, a) {
                lines.push(if q.many {
                    w.choice_for(c, them).to_string()
                } else {
                    format!("{} {}", w.question_for(q.id, them), w.choice_for(c, them))
                });
            }
        }
        if !lines.is_empty() {
            let title = if a.path == crate::parts::checker::Path::Professional {
                w.page_pro(page).0
            } else {
                w.page(page, them).0
            };
            out.push((title, lines));
        }
    }
    out
}

/// A plain-text copy of the answers and the result, to take to the police or a helpline. It
/// carries no name, and starts with the same warning the screen shows.
pub fn summary(w: &Words, a: &Answers, result: &Assessment) -> String {
    use crate::parts::checker::Path;
    use std::fmt::Write as _;
    let c = &w.check;
    let pro = a.path == Path::Professional;
    let title = if pro { c.pro_summary_title } else { c.title };
    let mut out = format!("{title}\n\n{}\n\n", c.keep_warning);
    fn list(out: &mut String, title: &str, items: &[String]) {
        if !items.is_empty() {
            let _ = writeln!(out, "{title}");
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
            out.push('\n');
        }
    }
    let given = answers(w, a);
    if !given.is_empty() {
        let _ = writeln!(out, "{}\n", c.summary_answers);
    }
    for (page, lines) in &given {
        list(&mut out, page, lines);
    }
    let them = a.for_someone_else();
    let (headline, _) = w.pattern(result.pattern);
    let _ = writeln!(out, "{headline}.\n{}\n", w.urgency_for(result.urgency, a.path).1);
    if !result.four.is_empty() {
        let marks: Vec<String> = result.four.iter().map(|f| w.four(*f).to_string()).collect();
        list(&mut out, c.four_intro, &marks);
    }
    if pro {
        let signs: Vec<String> = a.signs().iter().map(|(_, said)| reason(w, Reason::Said(*said), them)).collect();
        if signs.is_empty() {
            let _ = writeln!(out, "{}\n{}\n", c.pro_signs_heading, c.pro_no_signs);
        }
        list(&mut out, c.pro_signs_heading, &signs);
    }
    let steps: Vec<String> = result.next_steps.iter().map(|s| w.next_step(*s, them).to_string()).collect();
    list(&mut out, c.next_steps_heading, &steps);
    let services: Vec<String> = result
        .services
        .iter()
        .filter_map(|id| crate::data::service(id))
        .map(|s| {
            let contacts: Vec<&str> = s.channels.iter().map(|c| c.display).collect();
            format!("{}: {}", s.name, contacts.join(", "))
        })
        .collect();
    list(&mut out, c.services_heading, &services);
    let note = match a.path {
        Path::Professional => c.pro_note,
        Path::OwnBehaviour => c.own_note,
        _ => c.not_a_risk_assessment,
    };
    let _ = writeln!(out, "{note}\n");
    // The record form is for the person it is happening to, or someone helping them.
    if matches!(a.path, Path::Me | Path::SomeoneElse) {
        let _ = writeln!(out, "{}\n", c.record_heading);
        for _ in 0..5 {
            let _ = writeln!(out, "{}\n", c.record_entry);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Slot;
    use crate::words::ENGLISH;

    #[test]
    fn templates_fill_and_leave_unknown_braces_alone() {
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
        assert_eq!(fill("{a} {missing} {", &[("a", "x")]), "x {missing} {");
        assert_eq!(fill("no holes", &[]), "no holes");
    }

    #[test]
    fn times_read_naturally() {
        let w = &ENGLISH;
        assert_eq!(time(w, 570), "9:30am");
        assert_eq!(time(w, 960), "4pm");
        assert_eq!(time(w, 0), "midnight");
        assert_eq!(time(w, 720), "midday");
        assert_eq!(time(w, 45), "12:45am");
        let mut h24 = ENGLISH.clone();
        h24.time.clock = Clock::TwentyFourHour;
        assert_eq!(time(&h24, 570), "09:30");
        assert_eq!(time(&h24, 960), "16:00");
    }

    #[test]
    fn weekly_hours_are_summarised() {
        static SLOTS: [Slot; 2] =
            [Slot { days: 0b11011, open: 570, close: 960 }, Slot { days: 0b100, open: 780, close: 960 }];
        let text = hours(&ENGLISH, ChannelKind::Phone, &Hours::Weekly { slots: &SLOTS, closed_on_bank_holidays: true });
        assert_eq!(text.unwrap(), "Mon, Tue, Thu, Fri 9:30am–4pm; Wed 1pm–4pm; closed on bank holidays");
        static WEEKDAYS: [Slot; 1] = [Slot { days: 0b11111, open: 600, close: 0 }];
        let text =
            hours(&ENGLISH, ChannelKind::Phone, &Hours::Weekly { slots: &WEEKDAYS, closed_on_bank_holidays: false });
        assert_eq!(text.unwrap(), "Mon–Fri 10am–midnight");
    }

    #[test]
    fn unconfirmed_hours_never_guess() {
        let w = &ENGLISH;
        assert_eq!(hours(w, ChannelKind::Phone, &Hours::NotConfirmed).unwrap(), w.card.hours_not_confirmed);
        assert_eq!(hours(w, ChannelKind::Website, &Hours::Always), None);
        assert_eq!(hours(w, ChannelKind::Phone, &Hours::Always).unwrap(), w.card.hours_always);
    }

    #[test]
    fn open_states_read_naturally() {
        let w = &ENGLISH;
        assert_eq!(open_state(w, OpenState::Always), "Open 24 hours");
        assert_eq!(open_state(w, OpenState::OpenUntil { closes: 960, days_ahead: 0 }), "Open now · closes 4pm");
        assert_eq!(
            open_state(w, OpenState::OpenUntil { closes: 120, days_ahead: 1 }),
            "Open now · closes 2am tomorrow"
        );
        assert_eq!(
            open_state(w, OpenState::OpensAt { weekday: 0, opens: 570, days_ahead: 3 }),
            "Closed now · opens Monday at 9:30am"
        );
        assert_eq!(
            open_state(w, OpenState::OpensAt { weekday: 4, opens: 600, days_ahead: 1 }),
            "Closed now · opens tomorrow at 10am"
        );
        assert!(open_state(w, OpenState::NotConfirmed).starts_with("Hours not confirmed – check their website"));
    }

    #[test]
    fn age_limits_read_naturally() {
        let w = &ENGLISH;
        assert_eq!(ages(w, Some(18), None).unwrap(), "For people aged 18 and over");
        assert_eq!(ages(w, None, Some(18)).unwrap(), "For people aged 18 and under");
        assert_eq!(ages(w, Some(13), Some(25)).unwrap(), "For people aged 13 to 25");
        assert_eq!(ages(w, None, None), None);
    }

    #[test]
    fn contacts_counts_and_dates_read_naturally() {
        let w = &ENGLISH;
        assert_eq!(contact(w, ChannelKind::Phone, "999", None), "Call 999");
        assert_eq!(contact(w, ChannelKind::Text, "85258", Some("THEMIX")), "Text ‘THEMIX’ to 85258");
        assert_eq!(contact(w, ChannelKind::Website, "example.org", None), "Website: example.org");
        assert_eq!(date(w, Ymd { year: 2026, month: 11, day: 21 }), "21 November 2026");
        assert_eq!(
            [results(w, 0), results(w, 1), results(w, 35)],
            ["No services found", "1 service found", "35 services found"]
        );
        assert_eq!([more(w, 1, 10), more(w, 4, 10)], ["Show 1 more service", "Show 4 more services"]);
        assert_eq!(more(w, 25, 10), "Show 10 more services (25 not shown yet)");
        assert_eq!(filters_summary(w, 2), "More filters (2 chosen)");
        use crate::parts::checker::Path;
        assert_eq!(progress(w, Step::PAGES[1], Path::Me).unwrap(), format!("Step 2 of {}", Step::PAGES.len()));
        assert_eq!(progress(w, Step::OWN_PAGES[0], Path::OwnBehaviour).unwrap(), "Step 1 of 1");
        assert_eq!(progress(w, Step::PAGES[1], Path::Professional).unwrap(), "Step 3 of 8");
        assert_eq!(progress(w, Step::Result, Path::Me), None);
    }

    #[test]
    fn the_saved_copy_lists_every_answer_under_its_page_as_asked() {
        use crate::parts::checker::{assess, Choice};
        let w = &ENGLISH;
        for q in &QUESTIONS {
            let mut a = Answers::default();
            if q.step == Step::OwnBehaviour {
                a.path = crate::parts::checker::Path::OwnBehaviour;
            }
            if q.step == Step::Role {
                a.path = crate::parts::checker::Path::Professional;
            }
            let c = q.choices[0];
            a.choose(Choice::Who(crate::parts::checker::Who::ExPartner));
            a.choose(c);
            let text = summary(w, &a, &assess(&a, None));
            let (page, _) = w.page(q.step, false);
            assert!(text.contains(&format!("{page}\n")), "{:?}: {page} in {text}", q.id);
            assert!(text.contains(w.choice(c)), "{c:?} in the copy");
            if !q.many {
                assert!(text.contains(&format!("{} {}", w.question(q.id), w.choice(c))), "{:?} asked", q.id);
            }
        }
        let none = summary(w, &Answers::default(), &assess(&Answers::default(), None));
        assert!(none.starts_with(w.check.title) && !none.contains(w.check.summary_answers));
        assert!(none.contains(w.check.not_a_risk_assessment));
    }

    #[test]
    fn reasons_quote_the_answer_given() {
        use crate::parts::checker::{Behaviour, Choice, Risk, YesNo};
        let w = &ENGLISH;
        let said = |c, them| reason(w, Reason::Said(c), them);
        assert_eq!(said(Choice::Behaviour(Behaviour::Following), false), "\"Following me\"");
        assert_eq!(said(Choice::Behaviour(Behaviour::Following), true), "\"Following them\"");
        assert_eq!(said(Choice::Behaviour(Behaviour::Calls), true), "\"Phone calls they don't want\"");
        assert_eq!(said(Choice::Behaviour(Behaviour::SexualAssault), true), "\"Sexual assault\"");
        assert!(said(Choice::Risk(Risk::LastResort), false).contains("if I can’t have you"));
        assert_eq!(
            said(Choice::RecentSeparation(YesNo::Yes), false),
            "\"Did you split up in the last few months? Yes\""
        );
        assert_eq!(
            said(Choice::RecentSeparation(YesNo::Yes), true),
            "\"Did they split up in the last few months? Yes\""
        );
        assert_eq!(reason(w, Reason::SeveralRisks(4), false), "4 warning signs are there together");
        assert_eq!(reason(w, Reason::Once, true), "it has happened once");
        assert_eq!(reason(w, Reason::InDangerNow, false), "you are in danger now");
        assert_eq!(reason(w, Reason::InDangerNow, true), "they are in danger now");
    }
}
