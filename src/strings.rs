//! Every sentence a visitor reads that does not come from the dataset.
//!
//! Components take their words from here, never from string literals of their own, so the
//! wording can be reviewed in one place and a host can re-word it or add a language later.
//! Plain, warm and blame-free: short sentences, everyday words, no jargon.

use crate::data::validate::Ymd;
use crate::data::{ChannelKind, Hours};

/// The words of the widget in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strings {
    /// The widget's heading.
    pub title: &'static str,
    /// The first words under the heading.
    pub intro: &'static str,
    /// The quick-exit link's text (its accessible name must contain "Exit").
    pub exit_label: &'static str,
    /// Under the exit link: the keyboard shortcut, and when it does not count.
    pub exit_hint: &'static str,
    /// Announced after a counted Shift press when one more is needed.
    pub exit_count_one: &'static str,
    /// Announced after a counted Shift press when `{n}` more are needed.
    pub exit_count_other: &'static str,
    /// Announced on the last press, as the page is left.
    pub exit_leaving: &'static str,
    /// The one neutral word on the cover shown while leaving.
    pub exit_cover: &'static str,
    /// The disclosure about what leaving quickly does and does not do.
    pub leaving_safely: &'static str,
    /// The link to the host's own online-safety page.
    pub host_safety_link: &'static str,
    /// Shown when no current source confirms a line's opening hours.
    pub hours_not_confirmed: &'static str,
    /// The same, where a card says whether a line is open now.
    pub open_not_confirmed: &'static str,
    /// Shown for lines that are always open.
    pub hours_always: &'static str,
    /// Before the date the facts were last checked.
    pub checked_prefix: &'static str,
    /// Marks a service the host page added.
    pub local_badge: &'static str,
    /// The emergency strip.
    pub strip_999: &'static str,
    /// The emergency strip.
    pub strip_101: &'static str,
    /// The emergency strip's disclosure.
    pub strip_silent: &'static str,
    /// Short names of the weekdays, Monday first.
    pub weekdays: [&'static str; 7],
    /// Month names, January first.
    pub months: [&'static str; 12],
}

/// British English, the default.
pub const ENGLISH: Strings = Strings {
    title: "Help with stalking and harassment",
    intro: "If someone keeps contacting, following or watching you, and it makes you feel scared or upset, \
            you don't have to deal with it alone. It is not your fault. You can talk to someone even if you \
            are not sure what is happening.",
    exit_label: "Exit this page",
    exit_hint: "Or press either Shift key 3 times, when you are not typing in a box.",
    exit_count_one: "Shift, press 1 more time to exit",
    exit_count_other: "Shift, press {n} more times to exit",
    exit_leaving: "Exiting page",
    exit_cover: "Loading",
    leaving_safely: "Leaving quickly and staying private",
    host_safety_link: "More about staying safe online",
    hours_not_confirmed: "Check their website for current opening times",
    open_not_confirmed: "Hours not confirmed – check their website for current opening times",
    hours_always: "Open 24 hours, every day",
    checked_prefix: "Details checked",
    local_badge: "Local service",
    strip_999: "In danger now? Call 999",
    strip_101: "Not an emergency? Call 101",
    strip_silent: "Can't speak? Call 999, then press 55 on a mobile.",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};

impl Default for Strings {
    fn default() -> Self {
        ENGLISH
    }
}

impl Strings {
    /// The quick exit's words, by the key a host re-words each with (`data-i18n.KEY`). The quick
    /// exit's script (www/quick-exit.js) carries these, filled in when the widget is packaged,
    /// so the loader, the static version and the widget all say the same.
    pub fn quick_exit_words(&self) -> [(&'static str, &'static str); 6] {
        [
            ("exit-label", self.exit_label),
            ("exit-hint", self.exit_hint),
            ("exit-count-one", self.exit_count_one),
            ("exit-count-other", self.exit_count_other),
            ("exit-leaving", self.exit_leaving),
            ("exit-cover", self.exit_cover),
        ]
    }

    /// The words on a contact link, e.g. "Call 0808 802 0300" or "Text ‘THEMIX’ to 85258". The
    /// word to send is quoted, so "Text ‘support’ to …" reads as an instruction, not a phrase.
    pub fn channel_action(&self, kind: ChannelKind, display: &str, keyword: Option<&str>) -> String {
        if let (ChannelKind::Text, Some(word)) = (kind, keyword) {
            return format!("Text \u{2018}{word}\u{2019} to {display}");
        }
        let verb = match kind {
            ChannelKind::Phone => "Call",
            ChannelKind::Text => "Text",
            ChannelKind::Textphone => "Textphone",
            ChannelKind::Email => "Email",
            ChannelKind::Website => "Website:",
            ChannelKind::Form => "Online form:",
            ChannelKind::Chat => "Web chat:",
        };
        format!("{verb} {display}")
    }

    /// When a line is answered, in words, e.g. "Mon–Fri 9:30am–4pm". `None` for a website or
    /// mailbox that is simply always there.
    pub fn hours(&self, kind: ChannelKind, hours: &Hours) -> Option<String> {
        let answered_by_people =
            matches!(kind, ChannelKind::Phone | ChannelKind::Text | ChannelKind::Textphone | ChannelKind::Chat);
        match hours {
            Hours::Always if answered_by_people => Some(self.hours_always.to_string()),
            Hours::Always => None,
            Hours::NotConfirmed => Some(self.hours_not_confirmed.to_string()),
            Hours::Weekly { slots, closed_on_bank_holidays } => {
                let mut parts: Vec<String> = slots
                    .iter()
                    .map(|s| format!("{} {}–{}", self.day_runs(s.days), clock(s.open), clock(s.close)))
                    .collect();
                if *closed_on_bank_holidays {
                    parts.push("closed on bank holidays".to_string());
                }
                Some(parts.join("; "))
            }
        }
    }

    /// Whether a line is open, in words: "Open now · closes 4pm", "Opens tomorrow at 9:30am".
    pub fn open_state(&self, state: crate::clock::OpenState) -> String {
        use crate::clock::OpenState;
        const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        match state {
            OpenState::Always => "Open 24 hours".into(),
            OpenState::NotConfirmed => self.open_not_confirmed.into(),
            OpenState::OpenUntil { closes, days_ahead: 0 } => format!("Open now · closes {}", clock(closes)),
            OpenState::OpenUntil { closes, .. } => format!("Open now · closes {} tomorrow", clock(closes)),
            OpenState::OpensAt { opens, days_ahead: 0, .. } => format!("Closed now · opens today at {}", clock(opens)),
            OpenState::OpensAt { opens, days_ahead: 1, .. } => {
                format!("Closed now · opens tomorrow at {}", clock(opens))
            }
            OpenState::OpensAt { weekday, opens, .. } => {
                format!("Closed now · opens {} at {}", DAYS[usize::from(weekday % 7)], clock(opens))
            }
            OpenState::Closed => "Closed now".into(),
        }
    }

    /// Who a service helps by age, where a source gives a limit: "For people aged 18 and over".
    pub fn ages(&self, min: Option<u8>, max: Option<u8>) -> Option<String> {
        match (min, max) {
            (Some(min), Some(max)) => Some(format!("For people aged {min} to {max}")),
            (Some(min), None) => Some(format!("For people aged {min} and over")),
            (None, Some(max)) => Some(format!("For people aged {max} and under")),
            (None, None) => None,
        }
    }

    /// A date as people write it, e.g. "21 November 2026".
    pub fn date(&self, d: Ymd) -> String {
        format!("{} {} {}", d.day, self.months[usize::from(d.month.clamp(1, 12)) - 1], d.year)
    }

    /// Days as runs, e.g. bits for Mon, Tue, Wed, Fri → "Mon–Wed, Fri".
    fn day_runs(&self, days: u8) -> String {
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
                0 => self.weekdays[start].to_string(),
                1 => format!("{}, {}", self.weekdays[start], self.weekdays[d]),
                _ => format!("{}–{}", self.weekdays[start], self.weekdays[d]),
            });
            d += 1;
        }
        runs.join(", ")
    }
}

/// Minutes after midnight as a 12-hour time, e.g. 570 → "9:30am", 960 → "4pm", 0 → "midnight".
fn clock(minutes: u16) -> String {
    let (h, m) = (minutes / 60 % 24, minutes % 60);
    match (h, m) {
        (0, 0) => "midnight".into(),
        (12, 0) => "midday".into(),
        _ => {
            let suffix = if h < 12 { "am" } else { "pm" };
            let h12 = if h % 12 == 0 { 12 } else { h % 12 };
            if m == 0 {
                format!("{h12}{suffix}")
            } else {
                format!("{h12}:{m:02}{suffix}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Slot;

    #[test]
    fn times_read_naturally() {
        assert_eq!(clock(570), "9:30am");
        assert_eq!(clock(960), "4pm");
        assert_eq!(clock(0), "midnight");
        assert_eq!(clock(720), "midday");
        assert_eq!(clock(45), "12:45am");
    }

    #[test]
    fn weekly_hours_are_summarised() {
        static SLOTS: [Slot; 2] =
            [Slot { days: 0b11011, open: 570, close: 960 }, Slot { days: 0b100, open: 780, close: 960 }];
        let text = ENGLISH.hours(ChannelKind::Phone, &Hours::Weekly { slots: &SLOTS, closed_on_bank_holidays: true });
        assert_eq!(text.unwrap(), "Mon, Tue, Thu, Fri 9:30am–4pm; Wed 1pm–4pm; closed on bank holidays");
        static WEEKDAYS: [Slot; 1] = [Slot { days: 0b11111, open: 600, close: 0 }];
        let text =
            ENGLISH.hours(ChannelKind::Phone, &Hours::Weekly { slots: &WEEKDAYS, closed_on_bank_holidays: false });
        assert_eq!(text.unwrap(), "Mon–Fri 10am–midnight");
    }

    #[test]
    fn unconfirmed_hours_never_guess() {
        assert_eq!(ENGLISH.hours(ChannelKind::Phone, &Hours::NotConfirmed).unwrap(), ENGLISH.hours_not_confirmed);
        assert_eq!(ENGLISH.hours(ChannelKind::Website, &Hours::Always), None);
        assert_eq!(ENGLISH.hours(ChannelKind::Phone, &Hours::Always).unwrap(), ENGLISH.hours_always);
    }

    #[test]
    fn open_states_read_naturally() {
        use crate::clock::OpenState;
        assert_eq!(ENGLISH.open_state(OpenState::Always), "Open 24 hours");
        assert_eq!(ENGLISH.open_state(OpenState::OpenUntil { closes: 960, days_ahead: 0 }), "Open now · closes 4pm");
        assert_eq!(
            ENGLISH.open_state(OpenState::OpenUntil { closes: 120, days_ahead: 1 }),
            "Open now · closes 2am tomorrow"
        );
        assert_eq!(
            ENGLISH.open_state(OpenState::OpensAt { weekday: 0, opens: 570, days_ahead: 3 }),
            "Closed now · opens Monday at 9:30am"
        );
        assert_eq!(
            ENGLISH.open_state(OpenState::OpensAt { weekday: 4, opens: 600, days_ahead: 1 }),
            "Closed now · opens tomorrow at 10am"
        );
        assert!(ENGLISH.open_state(OpenState::NotConfirmed).starts_with("Hours not confirmed – check their website"));
    }

    #[test]
    fn age_limits_read_naturally() {
        assert_eq!(ENGLISH.ages(Some(18), None).unwrap(), "For people aged 18 and over");
        assert_eq!(ENGLISH.ages(None, Some(18)).unwrap(), "For people aged 18 and under");
        assert_eq!(ENGLISH.ages(Some(13), Some(25)).unwrap(), "For people aged 13 to 25");
        assert_eq!(ENGLISH.ages(None, None), None);
    }

    #[test]
    fn actions_and_dates_read_naturally() {
        assert_eq!(ENGLISH.channel_action(ChannelKind::Phone, "999", None), "Call 999");
        assert_eq!(ENGLISH.channel_action(ChannelKind::Text, "85258", Some("THEMIX")), "Text ‘THEMIX’ to 85258");
        assert_eq!(
            ENGLISH.channel_action(ChannelKind::Text, "07797 805839", Some("support")),
            "Text ‘support’ to 07797 805839"
        );
        assert_eq!(ENGLISH.date(Ymd { year: 2026, month: 11, day: 21 }), "21 November 2026");
    }
}

/// The self-check's words. Kept apart from [`Strings`] because there are many of them; the same
/// rules apply: plain, warm, blame-free, and never "you are being stalked", only "could be".
pub mod check {
    use crate::checker::{
        AboutMe, Behaviour, BehaviourGroup, Duration, Feeling, Frequency, NextStep, Pattern, Reason, Risk, Step,
        Urgency, Who, YesNo,
    };
    use crate::place::Jurisdiction;

    /// The heading that opens the self-check.
    pub const TITLE: &str = "Am I being stalked?";
    /// What the self-check is, and is not.
    pub const INTRO: &str = "Answer a few short questions about what is happening. At the end you will see what it \
        could be, what you can do, and who can help. It takes about 5 minutes. You can skip any question.";
    /// Said before the start buttons.
    pub const NOT_SAVED: &str = "Nothing you choose here is saved or sent anywhere.";
    /// Start for yourself.
    pub const START_ME: &str = "Start the check";
    /// Start for someone else.
    pub const START_OTHER: &str = "I'm worried about someone else";
    /// Step buttons.
    pub const NEXT: &str = "Next";
    /// Step buttons.
    pub const BACK: &str = "Back";
    /// Step buttons.
    pub const SEE_RESULT: &str = "See what it could be";
    /// Under the step buttons.
    pub const SKIP_NOTE: &str = "You can leave any question blank.";
    /// The danger control on every step.
    pub const DANGER_BUTTON: &str = "I'm in danger now";
    /// The danger panel.
    pub const DANGER_TITLE: &str = "Call 999 now";
    /// The danger panel.
    pub const DANGER_TEXT: &str = "If you are in danger, call 999 and ask for the police.";
    /// The danger panel.
    pub const DANGER_CLOSE: &str = "Close";
    /// The progress line.
    pub fn progress(step: Step) -> Option<String> {
        step.number().map(|n| format!("Step {n} of {}", Step::QUESTIONS.len()))
    }

    /// A question step's heading and hint, for the person or for someone helping them.
    pub fn question(step: Step, for_someone_else: bool) -> (&'static str, &'static str) {
        match (step, for_someone_else) {
            (Step::WhatHappened, false) => ("What has been happening?", "Tick anything that has happened to you."),
            (Step::WhatHappened, true) => {
                ("What has been happening to them?", "Tick anything that has happened to them.")
            }
            (Step::HowOften, false) => ("How often, and for how long?", "Your best guess is fine."),
            (Step::HowOften, true) => ("How often, and for how long?", "Your best guess is fine."),
            (Step::Who, false) => ("Who is doing it?", "Choose the closest answer."),
            (Step::Who, true) => ("Who is doing it?", "Choose the closest answer."),
            (Step::Feelings, false) => (
                "How does it make you feel?",
                "There is no right answer. Younger people may not feel scared, even when something is serious.",
            ),
            (Step::Feelings, true) => (
                "How does it seem to make them feel?",
                "Younger people may not feel scared, even when something is serious.",
            ),
            (Step::Safety, false) => ("Your safety", "These questions help show if you need help quickly."),
            (Step::Safety, true) => ("Their safety", "These questions help show if they need help quickly."),
            (Step::AboutYou, false) => {
                ("About you (optional)", "This only helps us suggest services that fit you. You can skip it.")
            }
            (Step::AboutYou, true) => {
                ("About them (optional)", "This only helps us suggest services that fit them. You can skip it.")
            }
            (Step::Start | Step::Result, _) => ("", ""),
        }
    }

    /// A group of behaviours.
    pub fn group(g: BehaviourGroup) -> &'static str {
        match g {
            BehaviourGroup::InPerson => "In person",
            BehaviourGroup::Contact => "Calls, messages and gifts",
            BehaviourGroup::Online => "Online and on phones",
            BehaviourGroup::ThroughOthers => "Through other people",
            BehaviourGroup::Property => "Your home and things",
            BehaviourGroup::Threats => "Threats",
            BehaviourGroup::Assault => "Being hurt",
        }
    }

    /// A behaviour, as a tick-box label.
    pub fn behaviour(b: Behaviour) -> &'static str {
        use Behaviour::*;
        match b {
            Following => "Following me",
            TurningUp => "Turning up at my home, work, school or college",
            Loitering => "Waiting or hanging around places I go",
            Watching => "Watching me",
            DrivingPast => "Driving past my home or work",
            Calls => "Phone calls I don't want",
            Messages => "Texts, messages or emails I don't want",
            Letters => "Letters or notes I don't want",
            UnwantedGifts => "Gifts or flowers I don't want",
            SexualComments => "Sexual comments, jokes or touching I don't want",
            MonitoringAccounts => "Checking my messages, emails or what I do online",
            AccessingAccounts => "Getting into my accounts",
            Tracking => "Tracking where I am, with an app or a device",
            FakeProfiles => "Fake profiles, or pretending to be me",
            SigningUp => "Signing me up to things, or buying things in my name",
            ThreatenToShareImages => "Threatening to share private photos or videos of me",
            SharedImages => "Sharing private photos or videos of me",
            UnwantedSexualImages => "Sending me sexual pictures I didn't ask for",
            SpamOrViruses => "Sending lots of messages, or viruses",
            PostingAbout => "Posting about me online",
            ContactingPeopleAroundYou => "Contacting my family, friends or workmates",
            GettingOthersToJoinIn => "Getting other people to join in",
            DamagingProperty => "Damaging my things, car or home",
            BreakingIn => "Breaking into my home, car or workplace",
            ThreatOfViolence => "Threatening to hurt me or people close to me",
            ThreatOfSexualViolence => "Threatening sexual violence",
            ThreatToKill => "Threatening to kill me",
            ThreatToHarmThemselves => "Threatening to hurt themselves to make me do things",
            PhysicalAssault => "Hitting, pushing or hurting me",
            SexualAssault => "Sexual assault",
        }
    }

    /// How often.
    pub fn frequency(f: Frequency) -> &'static str {
        match f {
            Frequency::Once => "Once",
            Frequency::TwoOrMore => "Two or more times",
            Frequency::Many => "Many times",
            Frequency::NotSure => "I'm not sure",
        }
    }

    /// How long.
    pub fn duration(d: Duration) -> &'static str {
        match d {
            Duration::Days => "Days",
            Duration::Weeks => "Weeks",
            Duration::Months => "Months",
            Duration::Years => "Years",
            Duration::NotSure => "I'm not sure",
        }
    }

    /// Yes, no, not sure.
    pub fn yes_no(y: YesNo) -> &'static str {
        match y {
            YesNo::Yes => "Yes",
            YesNo::No => "No",
            YesNo::NotSure => "I'm not sure",
        }
    }

    /// Question labels on the "how often" and "who" steps.
    pub const HOW_OFTEN: &str = "How many times has it happened?";
    /// Question label.
    pub const HOW_LONG: &str = "How long has it been going on?";
    /// Question label.
    pub const GETTING_WORSE: &str = "Is it getting worse, or happening more often?";
    /// Question label.
    pub const WHO: &str = "The person is:";
    /// Question label.
    pub const RECENT_SEPARATION: &str = "Did you split up in the last few months?";
    /// Question label.
    pub const FEELINGS: &str = "Tick any that are true.";
    /// Question label.
    pub const RISKS: &str = "Tick any that are true.";
    /// Question label.
    pub const IN_DANGER_NOW: &str = "Is any of this happening right now, or are you in danger now?";
    /// Question label.
    pub const ABOUT: &str = "Tick any that are true.";

    /// Who.
    pub fn who(w: Who) -> &'static str {
        match w {
            Who::Partner => "My partner",
            Who::ExPartner => "My ex-partner",
            Who::Family => "A family member",
            Who::WorkOrSchool => "Someone from work, school or college",
            Who::Neighbour => "A neighbour",
            Who::KnowALittle => "Someone I know a little",
            Who::Stranger => "A stranger",
            Who::DontKnow => "I don't know who it is",
        }
    }

    /// How it feels.
    pub fn feeling(f: Feeling) -> &'static str {
        match f {
            Feeling::Scared => "Scared",
            Feeling::Upset => "Upset or distressed",
            Feeling::Anxious => "Anxious or on edge",
            Feeling::ChangedRoutine => "I have changed what I do, or where I go",
            Feeling::NotSleeping => "I can't sleep well",
            Feeling::NotSure => "I'm not sure how I feel",
        }
    }

    /// A warning sign, in our own words.
    pub fn risk(r: Risk) -> &'static str {
        match r {
            Risk::FearSeriousHarm => "I'm afraid they will seriously hurt or kill me",
            Risk::ThreatenedViolence => "They have threatened to hurt me, or threatened sexual violence",
            Risk::DoneItBefore => "They have done this to me, or to someone else, before",
            Risk::DamagedProperty => "They have damaged or destroyed my things",
            Risk::ThreeTimesAWeek => "They turn up or contact me more than three times a week",
            Risk::HangsAroundHomeOrWork => "They hang around my home or work",
            Risk::HarassesPeopleAroundYou => "They bother people close to me",
            Risk::BeenViolent => "They have been violent to me or someone else",
            Risk::GetsOthersInvolved => "They get other people to help them",
            Risk::GettingWorse => "It is getting worse, or happening more often",
            Risk::CantHaveYou => "They have said things like \"if I can't have you, no one can\"",
            Risk::RecentSeparation => "We split up recently",
        }
    }

    /// The order the safety step shows warning signs in.
    pub const RISKS_SHOWN: [Risk; 12] = [
        Risk::FearSeriousHarm,
        Risk::ThreatenedViolence,
        Risk::BeenViolent,
        Risk::CantHaveYou,
        Risk::GettingWorse,
        Risk::ThreeTimesAWeek,
        Risk::HangsAroundHomeOrWork,
        Risk::HarassesPeopleAroundYou,
        Risk::GetsOthersInvolved,
        Risk::DamagedProperty,
        Risk::DoneItBefore,
        Risk::RecentSeparation,
    ];

    /// About the person.
    pub fn about(x: AboutMe) -> &'static str {
        match x {
            AboutMe::Woman => "I'm a woman",
            AboutMe::Man => "I'm a man",
            AboutMe::UnderEighteen => "I'm under 18",
            AboutMe::UnderTwentyFive => "I'm under 25",
            AboutMe::Muslim => "I'm a Muslim woman",
        }
    }

    /// The result headline.
    pub fn headline(p: Pattern, for_someone_else: bool) -> &'static str {
        match (p, for_someone_else) {
            (Pattern::Stalking, false) => "What you've described could be stalking",
            (Pattern::Stalking, true) => "What you've described could be stalking",
            (Pattern::Harassment, _) => "What you've described could be harassment",
            (Pattern::SingleIncident, _) => "This could still be a crime",
            (Pattern::Unclear, _) => "You can still get help",
        }
    }

    /// The words under the headline.
    pub fn explanation(p: Pattern) -> &'static str {
        match p {
            Pattern::Stalking => {
                "Stalking is when someone is fixed on a person and keeps doing things they do not want. \
                It is a crime, and it is never the fault of the person it happens to."
            }
            Pattern::Harassment => {
                "Harassment is unwanted behaviour that happens two or more times and causes fear or \
                upset. It can be a crime."
            }
            Pattern::SingleIncident => {
                "It has happened once. It can still be a crime or antisocial behaviour, and you can \
                still report it. If it happens again, it may be harassment or stalking."
            }
            Pattern::Unclear => {
                "You didn't tell us much, and that's fine. If something feels wrong, it is worth talking \
                to someone."
            }
        }
    }

    /// Shown when part of it is online.
    pub const ONLINE: &str = "Part of it happens online. That can be just as serious as in person.";

    /// The urgency panel: heading and words.
    pub fn urgency(u: Urgency) -> (&'static str, &'static str) {
        match u {
            Urgency::Emergency => ("Call 999 now", "You said you are in danger now. Call 999 and ask for the police. \
                If you cannot speak, see below."),
            Urgency::High => ("Please get help today", "What you've told us includes signs that you could be at risk of \
                serious harm. Call the police today on 101, or 999 if you are in danger. A stalking specialist can also \
                help you plan how to stay safe."),
            Urgency::Standard => ("You can get help", "You can report it to the police, keep a record, and talk to \
                someone who can help. You can do this at your own pace."),
        }
    }

    /// Above the reasons list.
    pub const BECAUSE: &str = "Because you said:";

    /// One reason.
    pub fn reason(r: Reason) -> String {
        match r {
            Reason::InDangerNow => "you are in danger now".into(),
            Reason::Repeated => "it has happened more than once".into(),
            Reason::Once => "it has happened once".into(),
            Reason::Fixation(b) => format!("\"{}\"", behaviour(b)),
            Reason::Online => "part of it happens online".into(),
            Reason::Serious(b) => format!("\"{}\"", behaviour(b)),
            Reason::Risk(r) => format!("\"{}\"", risk(r)),
            Reason::ExPartnerThreats => "an ex-partner has made threats".into(),
            Reason::SeveralRisks(n) => format!("{n} of the safety signs are true"),
            Reason::Images => "private photos or videos are being shared, or threatened".into(),
            Reason::WorkplaceSexualHarassment => "it is sexual, and from someone at work, school or college".into(),
        }
    }

    /// The honest limits, always shown with the result.
    pub const NOT_A_RISK_ASSESSMENT: &str = "This is not a risk assessment and it cannot see everything. If you feel \
        unsafe, trust that feeling. It is not your fault, and you can talk to someone even if you are not sure.";

    /// Headings on the result page.
    pub const NEXT_STEPS: &str = "What you can do now";
    /// Heading.
    pub const READ_MORE: &str = "More help";
    /// Heading.
    pub const SERVICES: &str = "Who can help";

    /// One next step.
    pub fn next_step(s: NextStep) -> &'static str {
        match s {
            NextStep::Call999Now => {
                "Call 999 now. If you cannot speak, follow the steps under \"If you cannot speak on a 999 call\"."
            }
            NextStep::CallPoliceToday => "Call the police today on 101. If you are in danger, call 999.",
            NextStep::CallSpecialist => "Talk to a stalking specialist about staying safe.",
            NextStep::DontEngage => "Do not reply to them or meet them, even to ask them to stop.",
            NextStep::KeepRecord => "Keep a record of what happens, with dates and times, and keep any messages.",
            NextStep::TellSomeone => "Tell someone you trust what is happening.",
            NextStep::ProtectInformation => "Check what people can find out about you, online and offline.",
            NextStep::TrustInstincts => "Trust your feelings. If something feels wrong, act on it.",
            NextStep::Call999InEmergency => "If you are ever in danger, call 999.",
            NextStep::ReportWhenReady => "You can report it to the police on 101 or online, when you are ready.",
            NextStep::ReportOnline(Jurisdiction::EnglandWales) => {
                "To report online, use your local police force's website, or police.uk to find it."
            }
            NextStep::ReportOnline(Jurisdiction::Scotland) => {
                "Police Scotland has an online form for reporting stalking. A friend, family member or workmate \
                can also use it to report for you."
            }
            NextStep::ReportOnline(Jurisdiction::NorthernIreland) => {
                "To report online, go to the PSNI website and choose Report a crime."
            }
            NextStep::AskAboutOrders(Jurisdiction::EnglandWales | Jurisdiction::NorthernIreland) => {
                "Ask the police about a stalking protection order. A court can use one to stop the person \
                contacting you or coming near you."
            }
            NextStep::AskAboutOrders(Jurisdiction::Scotland) => {
                "Ask a solicitor about a non-harassment order or an interdict. A court can use these to stop \
                the person contacting you or coming near you."
            }
            NextStep::SayWhereYouLive => {
                "The police, the law and some helplines are different in each part of the UK. Choose where you \
                live, below, to see what applies to you."
            }
            NextStep::TalkToSomeoneAnyway => "You can talk to a helpline even if you are not sure what this is.",
            NextStep::ListenAndBelieve => {
                "Listen, believe them, and let them decide what to do. Offer to help them \
                keep a record or make a call."
            }
        }
    }

    /// The save-and-print section.
    pub const KEEP_TITLE: &str = "Keep a copy";
    /// Save-and-print warning.
    pub const KEEP_WARNING: &str = "A saved or printed copy could be found by someone else who uses this device or \
        printer. Only keep one if it is safe.";
    /// Save button.
    pub const SAVE: &str = "Save as a text file";
    /// Print button.
    pub const PRINT: &str = "Print";
    /// Start again.
    pub const START_AGAIN: &str = "Start again";
    /// Under "start again".
    pub const START_AGAIN_NOTE: &str = "This clears all your answers.";
    /// The name of the saved file: neutral, so it does not stand out.
    pub const FILE_NAME: &str = "notes.txt";

    /// A plain-text copy of the answers and the result, to take to the police or a helpline.
    /// It carries no name, and starts with the same warning the screen shows.
    pub fn summary_text(answers: &crate::checker::Answers, result: &crate::checker::Assessment) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let _ = writeln!(out, "{}\n\n{KEEP_WARNING}\n", TITLE);
        fn list(out: &mut String, title: &str, items: Vec<String>) {
            if !items.is_empty() {
                let _ = writeln!(out, "{title}");
                for item in items {
                    let _ = writeln!(out, "- {item}");
                }
                out.push('\n');
            }
        }
        list(
            &mut out,
            "What has been happening:",
            answers.behaviours.iter().map(|b| behaviour(*b).to_string()).collect(),
        );
        let mut when = Vec::new();
        when.extend(answers.frequency.map(|f| format!("{HOW_OFTEN} {}", frequency(f))));
        when.extend(answers.duration.map(|d| format!("{HOW_LONG} {}", duration(d))));
        when.extend(answers.getting_worse.map(|y| format!("{GETTING_WORSE} {}", yes_no(y))));
        list(&mut out, "How often:", when);
        list(&mut out, "Who:", answers.who.map(|w| who(w).to_string()).into_iter().collect());
        list(&mut out, "How it feels:", answers.feelings.iter().map(|f| feeling(*f).to_string()).collect());
        list(&mut out, "Safety:", answers.all_risks().iter().map(|r| risk(*r).to_string()).collect());
        let _ =
            writeln!(out, "{}.\n{}\n", headline(result.pattern, answers.for_someone_else), urgency(result.urgency).1);
        list(&mut out, NEXT_STEPS, result.next_steps.iter().map(|s| next_step(*s).to_string()).collect());
        list(
            &mut out,
            SERVICES,
            result
                .services
                .iter()
                .filter_map(|id| crate::data::service(id))
                .map(|s| {
                    let contacts: Vec<&str> = s.channels.iter().map(|c| c.display).collect();
                    format!("{}: {}", s.name, contacts.join(", "))
                })
                .collect(),
        );
        let _ = writeln!(out, "{NOT_A_RISK_ASSESSMENT}\n");
        let _ = writeln!(
            out,
            "Record of what happens (date, time, where, what happened, how it made me feel, who saw it):\n"
        );
        for _ in 0..5 {
            let _ = writeln!(
                out,
                "Date:        Time:        Where:\nWhat happened:\n\nHow it made me feel:\nWho saw it:\n"
            );
        }
        out
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::checker::{assess, Answers, Behaviour, Frequency};

        #[test]
        fn the_saved_copy_has_the_answers_the_result_and_the_warning() {
            let mut a = Answers::default();
            a.behaviours.insert(Behaviour::Following);
            a.frequency = Some(Frequency::Many);
            let text = summary_text(&a, &assess(&a, None));
            assert!(text.starts_with(TITLE));
            assert!(text.contains(KEEP_WARNING));
            assert!(text.contains("- Following me"));
            assert!(text.contains("could be stalking"));
            assert!(text.contains("National Stalking Helpline: 0808 802 0300"));
            assert!(text.contains(NOT_A_RISK_ASSESSMENT));
            assert!(text.contains("Date:"));
        }

        #[test]
        fn every_choice_has_words() {
            for g in BehaviourGroup::ALL {
                assert!(!group(g).is_empty());
                for b in g.behaviours() {
                    assert!(!behaviour(*b).is_empty());
                }
            }
            for r in RISKS_SHOWN {
                assert!(!risk(r).is_empty());
            }
            assert_eq!(progress(Step::Who).as_deref(), Some("Step 3 of 6"));
            assert_eq!(progress(Step::Result), None);
        }
    }
}

/// The helpline finder's words.
pub mod find {
    use crate::finder::ChannelKindKey;

    /// Heading.
    pub const TITLE: &str = "Find a helpline";
    /// Search box label.
    pub const SEARCH_LABEL: &str = "Search by name or what you need help with";
    /// Under the label.
    pub const SEARCH_HINT: &str = "For example: stalking, online, work, legal advice.";
    /// Filter.
    pub const OPEN_NOW: &str = "Open now";
    /// Filter group.
    pub const NEED: &str = "What you need help with";
    /// Filter group.
    pub const AUDIENCE: &str = "Who it is for";
    /// Filter group.
    pub const CHANNEL: &str = "How you want to get in touch";
    /// Button.
    pub const RESET: &str = "Clear search and filters";
    /// When nothing matches.
    pub const EMPTY: &str = "Nothing matches all of that. Try fewer filters. These lines are open 24 hours:";

    /// The summary line of the filters disclosure.
    pub fn filters_summary(used: usize) -> String {
        match used {
            0 => "More filters".into(),
            1 => "More filters (1 chosen)".into(),
            n => format!("More filters ({n} chosen)"),
        }
    }

    /// The results count, read out politely by screen readers.
    pub fn count(n: usize) -> String {
        match n {
            0 => "No services found".into(),
            1 => "1 service found".into(),
            n => format!("{n} services found"),
        }
    }

    /// The button under the first results.
    pub fn more(hidden: usize) -> String {
        match hidden {
            1 => "Show 1 more service".into(),
            n if n <= 10 => format!("Show {n} more services"),
            n => format!("Show 10 more services ({n} not shown yet)"),
        }
    }

    /// A contact kind in the filter.
    pub fn channel(k: ChannelKindKey) -> &'static str {
        match k {
            ChannelKindKey::Phone => "Phone",
            ChannelKindKey::Text => "Text message",
            ChannelKindKey::Email => "Email",
            ChannelKindKey::Chat => "Web chat",
            ChannelKindKey::Form => "Online form",
            ChannelKindKey::Textphone => "Textphone or Relay UK",
            ChannelKindKey::Website => "Website",
        }
    }
}

/// The words about where the visitor lives.
pub mod place {
    /// The question, wherever it is asked.
    pub const QUESTION: &str = "Where do you live?";
    /// Under the question at the top of the widget.
    pub const HINT: &str = "Help, the police and the law are different in each part of the UK. Choosing only \
        changes what you see here. It is not saved or sent anywhere.";
    /// The choice for not saying.
    pub const UNSAID: &str = "I'd rather not say";
    /// Before a service's area on its card, e.g. "For people in Scotland".
    pub const FOR_PEOPLE_IN: &str = "For people in";
}

/// The guidance part's words.
pub mod guide {
    /// Heading.
    pub const TITLE: &str = "Understanding stalking and harassment";
}

/// The fallback's words.
pub mod fallback {
    /// Above the main helplines.
    pub const HEADING: &str = "Who can help";
}
