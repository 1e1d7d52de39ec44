//! Puts numbers, dates, times and answers into the catalogue's words: every `{name}` in a
//! template is filled here, and plurals, the clock and the calendar are worked out here, so the
//! words themselves hold no logic and a language only changes the words.

use super::{Clock, TimeWords};
use crate::data::validate::Ymd;

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
pub fn time(t: &TimeWords, minutes: u16) -> String {
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
pub fn date(t: &TimeWords, d: Ymd) -> String {
    let month = t.months[usize::from(d.month.clamp(1, 12)) - 1];
    fill(t.date, &[("day", &d.day.to_string()), ("month", month), ("year", &d.year.to_string())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Slot;
    use crate::data::{ChannelKind, Hours};
    use crate::kit::clock::OpenState;
    use crate::parts::checker::summary::{progress, reason, summary};
    use crate::parts::checker::{Answers, Reason, Step, QUESTIONS};
    use crate::shell::ENGLISH;

    #[test]
    fn templates_fill_and_leave_unknown_braces_alone() {
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
        assert_eq!(fill("{a} {missing} {", &[("a", "x")]), "x {missing} {");
        assert_eq!(fill("no holes", &[]), "no holes");
    }

    #[test]
    fn times_read_naturally() {
        let w = &ENGLISH;
        assert_eq!(time(&w.time, 570), "9:30am");
        assert_eq!(time(&w.time, 960), "4pm");
        assert_eq!(time(&w.time, 0), "midnight");
        assert_eq!(time(&w.time, 720), "midday");
        assert_eq!(time(&w.time, 45), "12:45am");
        let mut h24 = ENGLISH.clone();
        h24.time.clock = Clock::TwentyFourHour;
        assert_eq!(time(&h24.time, 570), "09:30");
        assert_eq!(time(&h24.time, 960), "16:00");
    }

    #[test]
    fn weekly_hours_are_summarised() {
        static SLOTS: [Slot; 2] =
            [Slot { days: 0b11011, open: 570, close: 960 }, Slot { days: 0b100, open: 780, close: 960 }];
        let text = ENGLISH.card.hours(
            &ENGLISH.time,
            ChannelKind::Phone,
            &Hours::Weekly { slots: &SLOTS, closed_on_bank_holidays: true },
        );
        assert_eq!(text.unwrap(), "Mon, Tue, Thu, Fri 9:30am–4pm; Wed 1pm–4pm; closed on bank holidays");
        static WEEKDAYS: [Slot; 1] = [Slot { days: 0b11111, open: 600, close: 0 }];
        let text = ENGLISH.card.hours(
            &ENGLISH.time,
            ChannelKind::Phone,
            &Hours::Weekly { slots: &WEEKDAYS, closed_on_bank_holidays: false },
        );
        assert_eq!(text.unwrap(), "Mon–Fri 10am–midnight");
    }

    #[test]
    fn unconfirmed_hours_never_guess() {
        let w = &ENGLISH;
        assert_eq!(
            w.card.hours(&w.time, ChannelKind::Phone, &Hours::NotConfirmed).unwrap(),
            w.card.hours_not_confirmed
        );
        assert_eq!(w.card.hours(&w.time, ChannelKind::Website, &Hours::Always), None);
        assert_eq!(w.card.hours(&w.time, ChannelKind::Phone, &Hours::Always).unwrap(), w.card.hours_always);
    }

    #[test]
    fn open_states_read_naturally() {
        let w = &ENGLISH;
        assert_eq!(w.card.open_state(&w.time, OpenState::Always), "Open 24 hours");
        assert_eq!(
            w.card.open_state(&w.time, OpenState::OpenUntil { closes: 960, days_ahead: 0 }),
            "Open now · closes 4pm"
        );
        assert_eq!(
            w.card.open_state(&w.time, OpenState::OpenUntil { closes: 120, days_ahead: 1 }),
            "Open now · closes 2am tomorrow"
        );
        assert_eq!(
            w.card.open_state(&w.time, OpenState::OpensAt { weekday: 0, opens: 570, days_ahead: 3 }),
            "Closed now · opens Monday at 9:30am"
        );
        assert_eq!(
            w.card.open_state(&w.time, OpenState::OpensAt { weekday: 4, opens: 600, days_ahead: 1 }),
            "Closed now · opens tomorrow at 10am"
        );
        assert!(w
            .card
            .open_state(&w.time, OpenState::NotConfirmed)
            .starts_with("Hours not confirmed – check their website"));
    }

    #[test]
    fn age_limits_read_naturally() {
        let w = &ENGLISH;
        assert_eq!(w.card.ages(Some(18), None).unwrap(), "For people aged 18 and over");
        assert_eq!(w.card.ages(None, Some(18)).unwrap(), "For people aged 18 and under");
        assert_eq!(w.card.ages(Some(13), Some(25)).unwrap(), "For people aged 13 to 25");
        assert_eq!(w.card.ages(None, None), None);
    }

    #[test]
    fn contacts_counts_and_dates_read_naturally() {
        let w = &ENGLISH;
        assert_eq!(w.card.contact(ChannelKind::Phone, "999", None), "Call 999");
        assert_eq!(w.card.contact(ChannelKind::Text, "85258", Some("THEMIX")), "Text ‘THEMIX’ to 85258");
        assert_eq!(w.card.contact(ChannelKind::Website, "example.org", None), "Website: example.org");
        assert_eq!(date(&w.time, Ymd { year: 2026, month: 11, day: 21 }), "21 November 2026");
        assert_eq!(
            [w.parts.find.results(0), w.parts.find.results(1), w.parts.find.results(35)],
            ["No services found", "1 service found", "35 services found"]
        );
        assert_eq!(
            [w.parts.find.more(1, 10), w.parts.find.more(4, 10)],
            ["Show 1 more service", "Show 4 more services"]
        );
        assert_eq!(w.parts.find.more(25, 10), "Show 10 more services (25 not shown yet)");
        assert_eq!(w.parts.find.filters_summary(2), "More filters (2 chosen)");
        use crate::parts::checker::Path;
        assert_eq!(
            progress(&w.parts.check, Step::PAGES[1], Path::Me).unwrap(),
            format!("Step 2 of {}", Step::PAGES.len())
        );
        assert_eq!(progress(&w.parts.check, Step::OWN_PAGES[0], Path::OwnBehaviour).unwrap(), "Step 1 of 1");
        assert_eq!(progress(&w.parts.check, Step::PAGES[1], Path::Professional).unwrap(), "Step 3 of 8");
        assert_eq!(progress(&w.parts.check, Step::Result, Path::Me), None);
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
            let text = summary(&w.parts.check, &a, &assess(&a, None));
            let (page, _) = w.parts.check.page(q.step, false);
            assert!(text.contains(&format!("{page}\n")), "{:?}: {page} in {text}", q.id);
            assert!(text.contains(w.parts.check.choice(c)), "{c:?} in the copy");
            if !q.many {
                assert!(
                    text.contains(&format!("{} {}", w.parts.check.question(q.id), w.parts.check.choice(c))),
                    "{:?} asked",
                    q.id
                );
            }
        }
        let none = summary(&w.parts.check, &Answers::default(), &assess(&Answers::default(), None));
        assert!(none.starts_with(w.parts.check.title) && !none.contains(w.parts.check.summary_answers));
        assert!(none.contains(w.parts.check.not_a_risk_assessment));
    }

    #[test]
    fn reasons_quote_the_answer_given() {
        use crate::parts::checker::{Behaviour, Choice, Risk, YesNo};
        let w = &ENGLISH;
        let said = |c, them| reason(&w.parts.check, Reason::Said(c), them);
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
        assert_eq!(reason(&w.parts.check, Reason::SeveralRisks(4), false), "4 warning signs are there together");
        assert_eq!(reason(&w.parts.check, Reason::Once, true), "it has happened once");
        assert_eq!(reason(&w.parts.check, Reason::InDangerNow, false), "you are in danger now");
        assert_eq!(reason(&w.parts.check, Reason::InDangerNow, true), "they are in danger now");
    }
}
