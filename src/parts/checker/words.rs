//! The self-check's words: every heading, question, option and result, declared once with the
//! English beside it (the long tables of pages, questions, options and next steps are in
//! `tables.rs`).

use super::assess::Four;
use super::questions::{CHOICE_WORDS, QUESTION_WORDS};
use super::tables::{CHOICES_THEM, NEXT_STEPS, NEXT_STEPS_THEM, PAGES, QUESTIONS_THEM};
use super::{Choice, NextStep, Path, Pattern, QuestionId, Reason, Step, Urgency};
use crate::words::{declare::key_of, declare::leaked, words, Entry, Key, Visit};

words! {
    /// The self-check. Templates: `{n}`, `{total}`, `{answer}`.
    pub struct CheckWords in "check" {
        /// The heading that opens it.
        title: &'static str = "Am I being stalked?",
        /// What it is, and is not.
        intro: &'static str = "Answer a few short questions about what is happening. At the end you will see what it could be, \
            what you can do, and who can help. It takes about 5 minutes. You can skip any question.",
        /// Said before the start buttons.
        not_saved: &'static str = "Nothing you choose here is saved or sent anywhere.",
        /// Start for yourself.
        start_me: &'static str = "Start the check",
        /// Start for someone else.
        start_other: &'static str = "I'm worried about someone else",
        /// Start for someone worried about their own behaviour.
        start_own: &'static str = "I'm worried about my own behaviour",
        /// Start for someone helping as part of their job.
        start_pro: &'static str = "I'm helping someone as part of my job",
        /// The heading where only the path for staff is offered.
        pro_title: &'static str = "Helping someone who is being stalked or harassed",
        /// What the path for staff is, where only it is offered.
        pro_intro: &'static str = "A short guide for staff: what to ask, what to do now, and where to refer. It takes about 5 \
            minutes, and nothing you enter is saved or sent.",
        /// For staff: the urgency box's words, by urgency.
        urgencies_pro as "check.urgency_pro": &'static [(Urgency, &'static str)] = &[
            (Urgency::Emergency, "They are in danger now. Call 999, and stay with them if it is safe to."),
            (
                Urgency::High,
                "There are signs they could be at risk of serious harm. Act today, and refer them to a specialist \
                service.",
            ),
            (
                Urgency::Standard,
                "No sign of serious harm was recorded, but that does not mean there is no risk. Agree next steps \
                with them, at their pace.",
            ),
        ],
        /// For staff: above the warning signs present.
        pro_signs_heading: &'static str = "Warning signs present",
        /// For staff: when no warning sign was recorded.
        pro_no_signs: &'static str = "None of the warning signs were recorded. Things can change quickly, so ask again if anything \
            changes.",
        /// For staff: the honest limits, in place of `not_a_risk_assessment`.
        pro_note: &'static str = "This is not a risk assessment, and it cannot see everything. Follow your organisation's \
            safeguarding procedures and any risk assessment you use. A specialist stalking service can advise you.",
        /// For staff: the saved copy's title.
        pro_summary_title: &'static str = "Notes for a referral",
        /// Step button.
        next: &'static str = "Next",
        /// Step button.
        back: &'static str = "Back",
        /// The last page's button.
        see_result: &'static str = "See what it could be",
        /// Under the step buttons.
        skip_note: &'static str = "You can leave any question blank.",
        /// The danger control on every step.
        danger_button: &'static str = "I'm in danger now",
        /// The danger panel's heading.
        danger_title: &'static str = "Call 999 now",
        /// The danger panel's words.
        danger_text: &'static str = "If you are in danger, call 999 and ask for the police.",
        /// The danger control, for someone helping: "They are in danger now".
        danger_button_them: &'static str = "They are in danger now",
        /// The danger panel's words, for someone helping.
        danger_text_them: &'static str = "If they are in danger, call 999 and ask for the police.",
        /// Closes the danger panel.
        danger_close: &'static str = "Close",
        /// "Step {n} of {total}".
        progress: &'static str = "Step {n} of {total}",
        /// Each question page's heading and hint.
        pages as "check.page": &'static [PageWords] = PAGES,
        /// Each question's label.
        questions as "check.question": &'static [(QuestionId, &'static str)] = QUESTION_WORDS,
        /// Each option's label.
        choices as "check.choice": &'static [(Choice, &'static str)] = CHOICE_WORDS,
        /// The questions worded for someone helping, where that differs.
        questions_them as "check.question_them": &'static [(QuestionId, &'static str)] = QUESTIONS_THEM,
        /// The options worded for someone helping, where that differs.
        choices_them as "check.choice_them": &'static [(Choice, &'static str)] = CHOICES_THEM,
        /// What each behaviour group holds, under its name on the first page.
        groups as "check.group": &'static [(QuestionId, &'static str)] = &[
            (QuestionId::InPerson, "Following, turning up, watching, shouting"),
            (QuestionId::Contact, "Calls, texts, emails, letters, gifts"),
            (QuestionId::Online, "Social media, tracking, accounts, private photos"),
            (QuestionId::ThroughOthers, "Family, friends, workmates, lies"),
            (QuestionId::Property, "Damage, breaking in"),
            (QuestionId::Threats, "To hurt, to kill, sexual violence"),
            (QuestionId::Assault, "Physical or sexual"),
        ],
        /// A group's count of ticked options: "{n} ticked".
        ticked: &'static str = "{n} ticked",
        /// The result's FOUR section: its heading.
        four_heading: &'static str = "Signs of stalking in what you said",
        /// Above the marks the answers show.
        four_intro: &'static str = "Stalking specialists look for four signs, known as FOUR. What you said shows:",
        /// Each mark, explained.
        four: &'static [(Four, &'static str)] = &[
            (Four::Fixated, "Fixated: it is about the person, not one problem that could be sorted out"),
            (Four::Obsessive, "Obsessive: it does not stop, whatever is said or done"),
            (Four::Unwanted, "Unwanted: it is not wanted, whether or not anyone has said so"),
            (Four::Repeated, "Repeated: it has happened more than once"),
        ],
        /// Why the marks matter.
        four_why: &'static str = "The more of these there are, the more likely it is to be stalking. Stalking is a crime and it \
            often gets worse over time, so it is worth getting help early.",
        /// About one's own behaviour: the words of the call-999 box when someone is in danger.
        own_danger: &'static str = "You said someone is in danger now. Call 999 and ask for the police.",
        /// About one's own behaviour: the last page's button (nothing is labelled).
        see_help: &'static str = "See what can help",
        /// About one's own behaviour: the honest limits, in place of `not_a_risk_assessment`.
        own_note: &'static str = "This is not an assessment, and it cannot see everything. If you think someone could get hurt, call \
            999.",
        /// The result headline and explanation for each pattern.
        patterns as "check.pattern": &'static [(Pattern, &'static str, &'static str)] = &[
            (
                Pattern::Stalking,
                "What you've described could be stalking",
                "Stalking is when someone is fixed on a person and keeps doing things they do not want. It is a \
                crime, and it is never the fault of the person it happens to.",
            ),
            (
                Pattern::Harassment,
                "What you've described could be harassment",
                "Harassment is unwanted behaviour that happens two or more times and causes fear or upset. It can \
                be a crime.",
            ),
            (
                Pattern::SingleIncident,
                "This could still be a crime",
                "Even if it has happened only once, it can still be a crime or antisocial behaviour, and you can \
                still report it. If it happens again, it may be harassment or stalking.",
            ),
            (
                Pattern::Unclear,
                "You can still get help",
                "You didn't tell us much, and that's fine. If something feels wrong, it is worth talking to someone.",
            ),
            (
                Pattern::OwnBehaviour,
                "You can get help to change this",
                "Noticing how you behave, and wanting to change it, is an important step. Talking to someone \
                trained, in confidence, can help you stop and keep everyone safe.",
            ),
        ],
        /// Shown when part of it is online.
        online: &'static str = "Part of it happens online. That can be just as serious as in person.",
        /// The urgency panel's heading, and its words for the person and for someone helping.
        urgencies as "check.urgency": &'static [(Urgency, &'static str, &'static str, &'static str)] = &[
            (
                Urgency::Emergency,
                "Call 999 now",
                "You said you are in danger now. Call 999 and ask for the police. If you cannot speak, see below.",
                "You said they are in danger now. Call 999 and ask for the police.",
            ),
            (
                Urgency::High,
                "Please get help today",
                "What you've told us includes signs that you could be at risk of serious harm. Call the police \
                today on 101, or 999 if you are in danger. A stalking specialist can also help you plan how to stay \
                safe.",
                "What you've told us includes signs that they could be at risk of serious harm. Help them call the \
                police today on 101, or call 999 if they are in danger. A stalking specialist can help them plan \
                how to stay safe.",
            ),
            (
                Urgency::Standard,
                "You can get help",
                "You can report it to the police, keep a record, and talk to someone who can help. You can do this \
                at your own pace.",
                "They can report it to the police, keep a record, and talk to someone who can help, at their own \
                pace. You can help with each of these.",
            ),
        ],
        /// Above the reasons list.
        because: &'static str = "Because you said:",
        /// Reasons that are not an answer quoted back.
        reasons as "check.reason": &'static [(Reason, &'static str)] = &[
            (Reason::InDangerNow, "you are in danger now"),
            (Reason::SomeoneInDanger, "someone is in danger now"),
            (Reason::Repeated, "it has happened more than once"),
            (Reason::Once, "it has happened once"),
            (Reason::Online, "part of it happens online"),
            (Reason::ExPartnerThreats, "an ex-partner has made threats"),
            (Reason::Images, "private photos or videos are being shared, or threatened"),
            (Reason::WorkplaceSexualHarassment, "it is sexual, and from someone at work, school or college"),
        ],
        /// An answer quoted back as a reason: "\"{answer}\"".
        said: &'static str = "\"{answer}\"",
        /// "you are in danger now", for someone helping.
        in_danger_them: &'static str = "they are in danger now",
        /// "{n} warning signs are there together".
        several_risks: &'static str = "{n} warning signs are there together",
        /// The honest limits, always shown with the result.
        not_a_risk_assessment: &'static str = "This is not a risk assessment and it cannot see everything. If you feel unsafe, \
            trust that feeling. It is not your fault, and you can talk to someone even if you are not sure.",
        /// Result heading.
        next_steps_heading: &'static str = "What you can do now",
        /// Result heading.
        read_more: &'static str = "More help",
        /// Result heading.
        services_heading: &'static str = "Who can help",
        /// Each next step.
        next_steps as "check.next_step": &'static [(NextStep, &'static str)] = NEXT_STEPS,
        /// The next steps worded for someone helping, where that differs.
        next_steps_them as "check.next_step_them": &'static [(NextStep, &'static str)] = NEXT_STEPS_THEM,
        /// The save-and-print section's heading.
        keep_title: &'static str = "Keep a copy",
        /// Its warning.
        keep_warning: &'static str = "A saved or printed copy could be found by someone else who uses this device or printer. \
            Only keep one if it is safe.",
        /// Save button.
        save: &'static str = "Save as a text file",
        /// Print button.
        print: &'static str = "Print",
        /// Start again.
        start_again: &'static str = "Start again",
        /// Under "start again".
        start_again_note: &'static str = "This clears all your answers.",
        /// The saved file's name: neutral, so it does not stand out.
        file_name: &'static str = "notes.txt",
        /// In the saved copy, above the answers.
        summary_answers: &'static str = "What you said",
        /// In the saved copy, the record-keeping form's heading.
        record_heading: &'static str = "Record of what happens (date, time, where, what happened, how it made me feel, who saw it):",
        /// In the saved copy, one empty entry of the form.
        record_entry: &'static str = "Date:        Time:        Where:\nWhat happened:\n\nHow it made me feel:\nWho saw it:",
        /// In the self-check's result: the offer to keep a record.
        record_offer as "record.offer": &'static str = "You can keep a record of what happens on this page. It stays only on screen until you save it as a \
            file.",
        /// Its button, which goes to the record.
        record_offer_button as "record.offer_button": &'static str = "Keep a record",
        /// A 999 call link.
        call_999 as "widget.call_999": &'static str = "Call 999",
    }
}

/// A question page's heading and hint, for the person and for someone helping them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageWords {
    /// The page.
    pub step: Step,
    /// Heading, for the person.
    pub title: &'static str,
    /// Hint, for the person.
    pub hint: &'static str,
    /// Heading, for someone helping them.
    pub title_them: &'static str,
    /// Hint, for someone helping them.
    pub hint_them: &'static str,
    /// Heading, for someone helping as part of their job.
    pub title_pro: &'static str,
    /// How to ask, for someone helping as part of their job.
    pub hint_pro: &'static str,
    /// What the answers mean, for someone helping as part of their job ("" for none).
    pub note_pro: &'static str,
}

/// Each page's texts under `check.page.STEP.…`.
impl Entry for &'static [PageWords] {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        let pages = leaked(self);
        for p in pages.iter_mut() {
            let step = p.step;
            let at = |name: &str| format!("{}.{}.{name}", key(), key_of(&format!("{step:?}")));
            v.text(|| at("title"), &mut p.title);
            v.text(|| at("hint"), &mut p.hint);
            v.text(|| at("title_them"), &mut p.title_them);
            v.text(|| at("hint_them"), &mut p.hint_them);
            v.text(|| at("title_pro"), &mut p.title_pro);
            v.text(|| at("hint_pro"), &mut p.hint_pro);
            v.text(|| at("note_pro"), &mut p.note_pro);
        }
        *self = pages;
    }
}

fn find<K: PartialEq, V: Copy>(table: &[(K, V)], key: K, missing: V) -> V {
    table.iter().find(|(k, _)| *k == key).map_or(missing, |(_, v)| *v)
}

impl CheckWords {
    /// An option's label.
    pub fn choice(&self, c: Choice) -> &'static str {
        find(self.choices, c, "")
    }

    /// A question's label.
    pub fn question(&self, id: QuestionId) -> &'static str {
        find(self.questions, id, "")
    }

    /// An option's label, for the person (`them` false) or someone helping them.
    pub fn choice_for(&self, c: Choice, them: bool) -> &'static str {
        let own = if them { find(self.choices_them, c, "") } else { "" };
        if own.is_empty() {
            self.choice(c)
        } else {
            own
        }
    }

    /// A question's label, for the person or someone helping them.
    pub fn question_for(&self, id: QuestionId, them: bool) -> &'static str {
        let own = if them { find(self.questions_them, id, "") } else { "" };
        if own.is_empty() {
            self.question(id)
        } else {
            own
        }
    }

    /// What a behaviour group holds, in a few words.
    pub fn group(&self, id: QuestionId) -> &'static str {
        find(self.groups, id, "")
    }

    /// A mark of stalking, explained.
    pub fn four(&self, f: Four) -> &'static str {
        find(self.four, f, "")
    }

    /// A question page's heading, how to ask and what the answers mean, for someone helping as
    /// part of their job.
    pub fn page_pro(&self, step: Step) -> (&'static str, &'static str, &'static str) {
        match self.pages.iter().find(|p| p.step == step) {
            Some(p) => (p.title_pro, p.hint_pro, p.note_pro),
            None => ("", "", ""),
        }
    }

    /// A question page's heading and hint, for the person or for someone helping them.
    pub fn page(&self, step: Step, for_someone_else: bool) -> (&'static str, &'static str) {
        match self.pages.iter().find(|p| p.step == step) {
            Some(p) if for_someone_else => (p.title_them, p.hint_them),
            Some(p) => (p.title, p.hint),
            None => ("", ""),
        }
    }

    /// A result's headline and explanation.
    pub fn pattern(&self, p: Pattern) -> (&'static str, &'static str) {
        self.patterns.iter().find(|(k, _, _)| *k == p).map_or(("", ""), |(_, h, e)| (*h, *e))
    }

    /// An urgency's heading and words for someone on a path (staff have words of their own).
    pub fn urgency_for(&self, u: Urgency, path: Path) -> (&'static str, &'static str) {
        let Some((_, title, me, them)) = self.urgencies.iter().find(|(k, ..)| *k == u) else {
            return ("", "");
        };
        match path {
            Path::Me => (title, me),
            Path::Professional => (title, find(self.urgencies_pro, u, them)),
            _ => (title, them),
        }
    }

    /// A next step, for the person or someone helping them.
    pub fn next_step(&self, s: NextStep, them: bool) -> &'static str {
        let own = if them { find(self.next_steps_them, s, "") } else { "" };
        if own.is_empty() {
            find(self.next_steps, s, "")
        } else {
            own
        }
    }
}
