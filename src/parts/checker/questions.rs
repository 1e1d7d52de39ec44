//! The self-check's questions as data: every answer a person can give ([`Choice`]), every
//! question with its words, its options' words and the page it is asked on ([`QUESTIONS`]), and
//! the answers given so far ([`Answers`]). The pages, the summary a person can save, the
//! readability report and the tests all read this table, and the catalogue takes its English
//! from it.
//!
//! To add a question: a [`Choice`] for its answers (their values are in `options.rs`; a yes or
//! no needs none new), its row in [`QUESTIONS`] with its English, and its field in [`Answers`],
//! all here; what it changes in the result in `assess.rs`; its words in each language's file
//! (`src/words/cy.json`). Where someone helping should be asked in other words, those are in
//! `tables.rs`.

use crate::kit::set::Set;

use super::{AboutMe, Behaviour, Duration, Feeling, Frequency, Mark, Path, Risk, Role, Step, Towards, Who, YesNo};

/// Every answer a person can give, whichever question it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Choice {
    Behaviour(Behaviour),
    Frequency(Frequency),
    Duration(Duration),
    GettingWorse(YesNo),
    Who(Who),
    RecentSeparation(YesNo),
    Feeling(Feeling),
    InDangerNow(YesNo),
    /// About one's own behaviour: whether anyone is in danger (the same answer as `InDangerNow`).
    AnyoneInDanger(YesNo),
    Risk(Risk),
    About(AboutMe),
    Mark(Mark),
    Towards(Towards),
    Role(Role),
}

/// Each question, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum QuestionId {
    // What has been happening, one group each.
    InPerson,
    Contact,
    Online,
    ThroughOthers,
    Property,
    Threats,
    Assault,
    HowOften,
    HowLong,
    GettingWorse,
    Marks,
    Who,
    RecentSeparation,
    Feelings,
    InDangerNow,
    Risks,
    About,
    // Someone worried about their own behaviour.
    AnyoneInDanger,
    Towards,
    // Someone helping as part of their job.
    Role,
}

/// One question: where it is asked, whether one answer or several, and its options in the
/// order they are shown.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    /// Its name.
    pub id: QuestionId,
    /// The page it is asked on.
    pub step: Step,
    /// Tick any (`true`) or choose one (`false`).
    pub many: bool,
    /// The options, in order.
    pub choices: &'static [Choice],
    /// Whether it is asked, given the answers so far.
    pub shown: fn(&Answers) -> bool,
}

fn always(_: &Answers) -> bool {
    true
}

fn after_a_split(a: &Answers) -> bool {
    a.who == Some(Who::ExPartner)
}

/// Declares every question once, in the order asked, with its words and its options' words in
/// English: the table the self-check runs on ([`QUESTIONS`]), and the English the catalogue takes
/// (other languages: `check.question.ID` and `check.choice.OPTION` in their files).
macro_rules! questions {
    ($(
        $kind:ident $id:ident on $step:ident $(if $shown:ident)?: $label:literal {
            $( $variant:ident($value:expr) => $words:literal ),* $(,)?
        }
    ),* $(,)?) => {
        /// Every question, in the order asked.
        pub static QUESTIONS: [Question; <[()]>::len(&[$(questions!(@unit $id)),*])] = [$(
            Question {
                id: QuestionId::$id,
                step: Step::$step,
                many: questions!(@many $kind),
                choices: &[$(Choice::$variant($value)),*],
                shown: questions!(@shown $($shown)?),
            }
        ),*];

        /// Each question's words in English, in the order asked.
        pub(super) const QUESTION_WORDS: &[(QuestionId, &str)] = &[$((QuestionId::$id, $label)),*];

        /// Each option's words in English, question by question.
        pub(super) const CHOICE_WORDS: &[(Choice, &str)] = &[$($((Choice::$variant($value), $words)),*),*];
    };
    (@unit $id:ident) => { () };
    (@many one) => { false };
    (@many many) => { true };
    (@shown) => { always };
    (@shown $shown:ident) => { $shown };
}

questions! {
    one Role on Role: "Where do you work?" {
        Role(Role::School) => "A school, college or university",
        Role(Role::Workplace) => "A workplace, as a manager, in HR or in support",
        Role(Role::Police) => "The police",
        Role(Role::Elsewhere) => "Somewhere else, such as health, housing or a charity",
    },
    many InPerson on WhatHappened: "In person" {
        Behaviour(Behaviour::Following) => "Following me",
        Behaviour(Behaviour::TurningUp) => "Turning up at my home, work, school or college",
        Behaviour(Behaviour::Loitering) => "Waiting or hanging around places I go",
        Behaviour(Behaviour::Watching) => "Watching me",
        Behaviour(Behaviour::DrivingPast) => "Driving past my home or work",
        Behaviour(Behaviour::AbuseToMyFace) => "Shouting at me, swearing at me or insulting me to my face",
        Behaviour(Behaviour::Intimidating) => "Acting in a way that is meant to scare me",
    },
    many Contact on WhatHappened: "Calls, messages and gifts" {
        Behaviour(Behaviour::Calls) => "Phone calls I don't want",
        Behaviour(Behaviour::Messages) => "Texts, messages or emails I don't want",
        Behaviour(Behaviour::Letters) => "Letters or notes I don't want",
        Behaviour(Behaviour::UnwantedGifts) => "Gifts or flowers I don't want",
        Behaviour(Behaviour::SexualComments) => "Sexual comments, jokes or touching I don't want",
    },
    many Online on WhatHappened: "Online and on phones" {
        Behaviour(Behaviour::SocialMedia) => "Messages or comments on social media, in apps or in games",
        Behaviour(Behaviour::PostingAbout) => "Posting about me online",
        Behaviour(Behaviour::MonitoringAccounts) => "Checking my messages, emails or what I do online",
        Behaviour(Behaviour::AccessingAccounts) => "Getting into my accounts",
        Behaviour(Behaviour::Tracking) => "Tracking where I am, with an app or a device",
        Behaviour(Behaviour::FindingOutAbout) => "Finding things out about me, or people close to me, online",
        Behaviour(Behaviour::FakeProfiles) => "Fake profiles, or pretending to be me",
        Behaviour(Behaviour::SigningUp) => "Signing me up to things, or buying things in my name",
        Behaviour(Behaviour::ThreatenToShareImages) => "Threatening to share private photos or videos of me",
        Behaviour(Behaviour::SharedImages) => "Sharing private photos or videos of me",
        Behaviour(Behaviour::UnwantedSexualImages) => "Sending me sexual pictures I didn't ask for",
        Behaviour(Behaviour::SpamOrViruses) => "Sending lots of messages, or viruses",
    },
    many ThroughOthers on WhatHappened: "Through other people" {
        Behaviour(Behaviour::ContactingPeopleAroundYou) => "Contacting my family, friends or workmates",
        Behaviour(Behaviour::GettingOthersToJoinIn) => "Getting other people to join in",
        Behaviour(Behaviour::SpreadingLies) => "Telling lies about me to my work, friends or family",
    },
    many Property on WhatHappened: "Your home and things" {
        Behaviour(Behaviour::DamagingProperty) => "Damaging my things, car or home",
        Behaviour(Behaviour::BreakingIn) => "Breaking into, or stealing from, my home, car or workplace",
    },
    many Threats on WhatHappened: "Threats" {
        Behaviour(Behaviour::ThreatOfViolence) => "Threatening to hurt me or people close to me",
        Behaviour(Behaviour::ThreatOfSexualViolence) => "Threatening sexual violence",
        Behaviour(Behaviour::ThreatToKill) => "Threatening to kill me",
        Behaviour(Behaviour::ThreatToHarmThemselves) => "Threatening to hurt themselves to make me do things",
    },
    many Assault on WhatHappened: "Being hurt" {
        Behaviour(Behaviour::PhysicalAssault) => "Hitting, pushing or hurting me",
        Behaviour(Behaviour::SexualAssault) => "Sexual assault",
    },
    one HowOften on HowOften: "How many times has it happened?" {
        Frequency(Frequency::Once) => "Once",
        Frequency(Frequency::TwoOrMore) => "Two or more times",
        Frequency(Frequency::Many) => "Many times",
        Frequency(Frequency::NotSure) => "I'm not sure",
    },
    one HowLong on HowOften: "How long has it been going on?" {
        Duration(Duration::Days) => "Days",
        Duration(Duration::Weeks) => "Weeks",
        Duration(Duration::Months) => "Months",
        Duration(Duration::Years) => "Years",
        Duration(Duration::NotSure) => "I'm not sure",
    },
    one GettingWorse on HowOften: "Is it getting worse, or happening more often?" {
        GettingWorse(YesNo::Yes) => "Yes",
        GettingWorse(YesNo::No) => "No",
        GettingWorse(YesNo::NotSure) => "I'm not sure",
    },
    many Marks on WhatItIsLike: "Tick any that fit." {
        Mark(Mark::Fixated) => "It is about me, not about one problem that could be sorted out",
        Mark(Mark::Obsessive) => "They won't let it go, whatever I do or say",
        Mark(Mark::Unwanted) => "I don't want it, whether or not I have told them",
    },
    one Who on Who: "The person is:" {
        Who(Who::Partner) => "My partner",
        Who(Who::ExPartner) => "My ex-partner",
        Who(Who::Family) => "A family member",
        Who(Who::WorkOrSchool) => "Someone from work, school or college",
        Who(Who::Neighbour) => "A neighbour",
        Who(Who::KnowALittle) => "Someone I know a little",
        Who(Who::Stranger) => "A stranger",
        Who(Who::DontKnow) => "I don't know who it is",
    },
    one RecentSeparation on Who if after_a_split: "Did you split up in the last few months?" {
        RecentSeparation(YesNo::Yes) => "Yes",
        RecentSeparation(YesNo::No) => "No",
        RecentSeparation(YesNo::NotSure) => "I'm not sure",
    },
    many Feelings on Feelings: "Tick any that are true." {
        Feeling(Feeling::Scared) => "Scared",
        Feeling(Feeling::Upset) => "Upset or distressed",
        Feeling(Feeling::Anxious) => "Anxious or on edge",
        Feeling(Feeling::ChangedRoutine) => "I have changed what I do, or where I go",
        Feeling(Feeling::NotSleeping) => "I can't sleep well",
        Feeling(Feeling::NotSure) => "I'm not sure how I feel",
    },
    one InDangerNow on Safety: "Is any of this happening right now, or are you in danger now?" {
        InDangerNow(YesNo::Yes) => "Yes",
        InDangerNow(YesNo::No) => "No",
    },
    many Risks on Safety: "Tick any that are true." {
        Risk(Risk::FearSeriousHarm) => "I'm afraid they will seriously hurt or kill me",
        Risk(Risk::LastResort) => "They have said things like ‘if I can’t have you, no one can’, or act as if they have nothing to lose",
        Risk(Risk::BeenViolent) => "They have been violent before, to me or to anyone else",
        Risk(Risk::DoneItBefore) => "They have done this to me, or to someone else, before",
        Risk(Risk::VisitsOften) => "They turn up where I live or work more than three times a week",
        Risk(Risk::FixedOnOthers) => "They are fixed on my new partner, my family or my friends as well",
    },
    many About on AboutYou: "Tick any that are true." {
        About(AboutMe::Woman) => "I'm a woman",
        About(AboutMe::Man) => "I'm a man",
        About(AboutMe::UnderEighteen) => "I'm under 18",
        About(AboutMe::UnderTwentyFive) => "I'm under 25",
        About(AboutMe::Muslim) => "I'm a Muslim woman",
        About(AboutMe::Lgbt) => "I'm lesbian, gay, bisexual, trans or queer (LGBT+)",
        About(AboutMe::Honour) => "It's about family \"honour\", or being made to marry",
        About(AboutMe::Deaf) => "I'm deaf or hard of hearing, or I find it hard to speak on the phone",
    },
    one AnyoneInDanger on OwnBehaviour: "Is anyone in danger right now?" {
        AnyoneInDanger(YesNo::Yes) => "Yes",
        AnyoneInDanger(YesNo::No) => "No",
    },
    one Towards on OwnBehaviour: "Who is it about?" {
        Towards(Towards::Partner) => "My partner",
        Towards(Towards::ExPartner) => "My ex-partner",
        Towards(Towards::SomeoneElse) => "Someone else",
    },
}

impl Choice {
    /// The question this answer is offered under (the first, for a yes or no two ask).
    pub fn question(self) -> Option<&'static Question> {
        QUESTIONS.iter().find(|q| q.offers(self))
    }
}

impl Question {
    /// The questions asked on `step`, in order.
    pub fn on(step: Step) -> impl Iterator<Item = &'static Question> {
        QUESTIONS.iter().filter(move |q| q.step == step)
    }

    /// Its options, in the order shown.
    pub fn choices(&'static self) -> impl Iterator<Item = Choice> {
        self.choices.iter().copied()
    }

    /// Whether `c` is one of its options.
    pub fn offers(&self, c: Choice) -> bool {
        self.choices.contains(&c)
    }

    /// The options of this question the person chose, in the order shown.
    pub fn chosen<'a>(&'static self, a: &'a Answers) -> impl Iterator<Item = Choice> + 'a {
        self.choices().filter(|c| a.has(*c))
    }
}

/// Everything a person has answered. Nothing here leaves memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// Where they started: for themselves, for someone else, or about their own behaviour.
    pub path: Path,
    /// What has been happening.
    pub behaviours: Set<Behaviour>,
    /// How often.
    pub frequency: Option<Frequency>,
    /// For how long.
    pub duration: Option<Duration>,
    /// Whether it is getting worse or more frequent.
    pub getting_worse: Option<YesNo>,
    /// Who is doing it.
    pub who: Option<Who>,
    /// For an ex-partner: whether the separation was recent.
    pub recent_separation: Option<YesNo>,
    /// How it makes them feel.
    pub feelings: Set<Feeling>,
    /// Whether they are in danger right now.
    pub in_danger_now: Option<YesNo>,
    /// Warning signs.
    pub risks: Set<Risk>,
    /// About them (optional).
    pub about: Set<AboutMe>,
    /// The marks of stalking they recognise.
    pub marks: Set<Mark>,
    /// About their own behaviour: who it is towards.
    pub towards: Option<Towards>,
    /// Helping as part of their job: where they work.
    pub role: Option<Role>,
}

impl Answers {
    /// Answering about someone else, as a friend or as part of a job: the questions and the
    /// result speak of "them".
    pub fn for_someone_else(&self) -> bool {
        matches!(self.path, Path::SomeoneElse | Path::Professional)
    }

    /// Whether this answer was given.
    pub fn has(&self, c: Choice) -> bool {
        match c {
            Choice::Behaviour(b) => self.behaviours.contains(&b),
            Choice::Frequency(f) => self.frequency == Some(f),
            Choice::Duration(d) => self.duration == Some(d),
            Choice::GettingWorse(y) => self.getting_worse == Some(y),
            Choice::Who(w) => self.who == Some(w),
            Choice::RecentSeparation(y) => self.recent_separation == Some(y),
            Choice::Feeling(f) => self.feelings.contains(&f),
            Choice::InDangerNow(y) | Choice::AnyoneInDanger(y) => self.in_danger_now == Some(y),
            Choice::Risk(r) => self.risks.contains(&r),
            Choice::About(x) => self.about.contains(&x),
            Choice::Mark(m) => self.marks.contains(&m),
            Choice::Towards(t) => self.towards == Some(t),
            Choice::Role(r) => self.role == Some(r),
        }
    }

    /// Gives an answer: one of a tick-any question is ticked or unticked, one of a choose-one
    /// question replaces the last. An answer that no longer applies is forgotten.
    pub fn choose(&mut self, c: Choice) {
        match c {
            Choice::Behaviour(b) => self.behaviours.toggle(b),
            Choice::Frequency(f) => self.frequency = Some(f),
            Choice::Duration(d) => self.duration = Some(d),
            Choice::GettingWorse(y) => self.getting_worse = Some(y),
            Choice::Who(w) => {
                self.who = Some(w);
                if w != Who::ExPartner {
                    self.recent_separation = None;
                }
            }
            Choice::RecentSeparation(y) => self.recent_separation = Some(y),
            Choice::Feeling(f) => self.feelings.toggle(f),
            Choice::InDangerNow(y) | Choice::AnyoneInDanger(y) => self.in_danger_now = Some(y),
            Choice::Risk(r) => self.risks.toggle(r),
            Choice::About(x) => {
                self.about.toggle(x);
                // A person is not both; the later choice wins.
                let other = match x {
                    AboutMe::Woman => Some(AboutMe::Man),
                    AboutMe::Man => Some(AboutMe::Woman),
                    _ => None,
                };
                if let Some(other) = other.filter(|_| self.about.contains(&x)) {
                    self.about.remove(&other);
                }
            }
            Choice::Mark(m) => self.marks.toggle(m),
            Choice::Towards(t) => self.towards = Some(t),
            Choice::Role(r) => self.role = Some(r),
        }
    }
}
