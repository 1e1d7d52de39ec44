//! The self-check's words put together: a reason in the result's "Because you said" list, the
//! answers as they were asked, and the plain-text copy a person can save or print.

use super::words::CheckWords;
use super::{Answers, Assessment, Question, Reason, Step, QUESTIONS};
use crate::words::format::fill;

/// "Step 2 of 7" on a question page of a path.
pub fn progress(w: &CheckWords, step: Step, path: crate::parts::checker::Path) -> Option<String> {
    step.number(path).map(|(n, total)| fill(w.progress, &[("n", &n.to_string()), ("total", &total.to_string())]))
}

/// One reason in the result's "Because you said" list, for the person (`them` false) or
/// someone helping them: an answer is quoted as it was offered to them.
pub fn reason(w: &CheckWords, r: Reason, them: bool) -> String {
    let quote = |answer: &str| fill(w.said, &[("answer", answer)]);
    match r {
        Reason::Said(c) => match c.question() {
            // A choose-one answer reads with its question: "Is it getting worse…? Yes".
            Some(q) if !q.many => quote(&format!("{} {}", w.question_for(q.id, them), w.choice_for(c, them))),
            _ => quote(w.choice_for(c, them)),
        },
        Reason::SeveralRisks(n) => fill(w.several_risks, &[("n", &n.to_string())]),
        Reason::InDangerNow if them => w.in_danger_them.to_string(),
        other => w.reasons.iter().find(|(k, _)| *k == other).map_or("", |(_, t)| t).to_string(),
    }
}

/// The answers a person gave, page by page, as the questions asked them: each page's heading,
/// then each answer ("How many times has it happened? Two or more times" for a choose-one
/// question, the option alone for a tick-any one).
pub fn answers(w: &CheckWords, a: &Answers) -> Vec<(&'static str, Vec<String>)> {
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
pub fn summary(w: &CheckWords, a: &Answers, result: &Assessment) -> String {
    use crate::parts::checker::Path;
    use std::fmt::Write as _;
    let c = w;
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
