//! The self-check's questions as data: every answer a person can give ([`Choice`]), every
//! question with its options and the page it is asked on ([`QUESTIONS`]), and the answers
//! given so far ([`Answers`]). The pages, the summary a person can save, the readability report
//! and the tests all read this table; the words for each question and option are in the
//! catalogue (`crate::words`).
//!
//! To add a question: add its options' type and a [`Choice`] for them, its row in
//! [`QUESTIONS`] and its field in [`Answers`] here; its words in `words/english.rs`; and what it
//! changes in the result in `assess.rs`.

use crate::set::Set;

use super::Step;

/// Things that may have been happening, grouped as the first step shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Behaviour {
    // In person.
    Following,
    TurningUp,
    Loitering,
    Watching,
    DrivingPast,
    // Contact.
    Calls,
    Messages,
    Letters,
    UnwantedGifts,
    SexualComments,
    // Online.
    MonitoringAccounts,
    AccessingAccounts,
    Tracking,
    FakeProfiles,
    SigningUp,
    ThreatenToShareImages,
    SharedImages,
    UnwantedSexualImages,
    SpamOrViruses,
    PostingAbout,
    // Through other people.
    ContactingPeopleAroundYou,
    GettingOthersToJoinIn,
    // Property.
    DamagingProperty,
    BreakingIn,
    // Threats.
    ThreatOfViolence,
    ThreatOfSexualViolence,
    ThreatToKill,
    ThreatToHarmThemselves,
    // Assault.
    PhysicalAssault,
    SexualAssault,
}

impl Behaviour {
    /// The question (the group on the first page) this behaviour is offered under.
    pub fn question(self) -> QuestionId {
        QUESTIONS.iter().find(|q| q.choices.contains(&Choice::Behaviour(self))).map_or(QuestionId::InPerson, |q| q.id)
    }

    /// Behaviours that show a fixation on the person: the mark of stalking rather than harassment.
    pub fn shows_fixation(self) -> bool {
        use Behaviour::*;
        matches!(
            self,
            Following
                | TurningUp
                | Loitering
                | Watching
                | DrivingPast
                | UnwantedGifts
                | MonitoringAccounts
                | AccessingAccounts
                | Tracking
                | ContactingPeopleAroundYou
                | GettingOthersToJoinIn
                | BreakingIn
        )
    }
}

/// How often it has happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Frequency {
    Once,
    TwoOrMore,
    Many,
    NotSure,
}

/// How long it has been going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Duration {
    Days,
    Weeks,
    Months,
    Years,
    NotSure,
}

/// A yes, a no, or a "not sure".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum YesNo {
    Yes,
    No,
    NotSure,
}

/// Who is doing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Who {
    Partner,
    ExPartner,
    Family,
    WorkOrSchool,
    Neighbour,
    KnowALittle,
    Stranger,
    DontKnow,
}

/// How it makes the person feel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Feeling {
    Scared,
    Upset,
    Anxious,
    ChangedRoutine,
    NotSleeping,
    NotSure,
}

/// Recognised warning signs, asked in our own words (never the wording of any licensed form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Risk {
    FearSeriousHarm,
    ThreatenedViolence,
    DoneItBefore,
    DamagedProperty,
    ThreeTimesAWeek,
    HangsAroundHomeOrWork,
    HarassesPeopleAroundYou,
    BeenViolent,
    GetsOthersInvolved,
    GettingWorse,
    CantHaveYou,
    RecentSeparation,
}

/// About the person, so the services suggested fit them. All optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum AboutMe {
    Woman,
    Man,
    UnderEighteen,
    UnderTwentyFive,
    Muslim,
}

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
    Risk(Risk),
    About(AboutMe),
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
    Who,
    RecentSeparation,
    Feelings,
    InDangerNow,
    Risks,
    About,
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

const YES_NO_UNSURE: [YesNo; 3] = [YesNo::Yes, YesNo::No, YesNo::NotSure];

macro_rules! choices {
    ($variant:ident: $($value:expr),* $(,)?) => {
        &[$(Choice::$variant($value)),*]
    };
}

/// Every question, in the order asked.
pub static QUESTIONS: [Question; 16] = {
    use Behaviour::*;
    const fn many(id: QuestionId, step: Step, choices: &'static [Choice]) -> Question {
        Question { id, step, many: true, choices, shown: always }
    }
    const fn one(id: QuestionId, step: Step, choices: &'static [Choice]) -> Question {
        Question { id, step, many: false, choices, shown: always }
    }
    [
        many(
            QuestionId::InPerson,
            Step::WhatHappened,
            choices!(Behaviour: Following, TurningUp, Loitering, Watching, DrivingPast),
        ),
        many(
            QuestionId::Contact,
            Step::WhatHappened,
            choices!(Behaviour: Calls, Messages, Letters, UnwantedGifts, SexualComments),
        ),
        many(
            QuestionId::Online,
            Step::WhatHappened,
            choices!(Behaviour: MonitoringAccounts, AccessingAccounts, Tracking, FakeProfiles, SigningUp,
                ThreatenToShareImages, SharedImages, UnwantedSexualImages, SpamOrViruses, PostingAbout),
        ),
        many(
            QuestionId::ThroughOthers,
            Step::WhatHappened,
            choices!(Behaviour: ContactingPeopleAroundYou, GettingOthersToJoinIn),
        ),
        many(QuestionId::Property, Step::WhatHappened, choices!(Behaviour: DamagingProperty, BreakingIn)),
        many(
            QuestionId::Threats,
            Step::WhatHappened,
            choices!(Behaviour: ThreatOfViolence, ThreatOfSexualViolence, ThreatToKill, ThreatToHarmThemselves),
        ),
        many(QuestionId::Assault, Step::WhatHappened, choices!(Behaviour: PhysicalAssault, SexualAssault)),
        one(
            QuestionId::HowOften,
            Step::HowOften,
            choices!(Frequency: Frequency::Once, Frequency::TwoOrMore, Frequency::Many, Frequency::NotSure),
        ),
        one(
            QuestionId::HowLong,
            Step::HowOften,
            choices!(Duration: Duration::Days, Duration::Weeks, Duration::Months, Duration::Years, Duration::NotSure),
        ),
        one(
            QuestionId::GettingWorse,
            Step::HowOften,
            choices!(GettingWorse: YES_NO_UNSURE[0], YES_NO_UNSURE[1], YES_NO_UNSURE[2]),
        ),
        one(
            QuestionId::Who,
            Step::Who,
            choices!(Who: Who::Partner, Who::ExPartner, Who::Family, Who::WorkOrSchool, Who::Neighbour,
                Who::KnowALittle, Who::Stranger, Who::DontKnow),
        ),
        Question {
            shown: after_a_split,
            ..one(
                QuestionId::RecentSeparation,
                Step::Who,
                choices!(RecentSeparation: YES_NO_UNSURE[0], YES_NO_UNSURE[1], YES_NO_UNSURE[2]),
            )
        },
        many(
            QuestionId::Feelings,
            Step::Feelings,
            choices!(Feeling: Feeling::Scared, Feeling::Upset, Feeling::Anxious, Feeling::ChangedRoutine,
                Feeling::NotSleeping, Feeling::NotSure),
        ),
        one(QuestionId::InDangerNow, Step::Safety, choices!(InDangerNow: YesNo::Yes, YesNo::No)),
        many(
            QuestionId::Risks,
            Step::Safety,
            choices!(Risk: Risk::FearSeriousHarm, Risk::ThreatenedViolence, Risk::BeenViolent, Risk::CantHaveYou,
                Risk::GettingWorse, Risk::ThreeTimesAWeek, Risk::HangsAroundHomeOrWork, Risk::HarassesPeopleAroundYou,
                Risk::GetsOthersInvolved, Risk::DamagedProperty, Risk::DoneItBefore, Risk::RecentSeparation),
        ),
        many(
            QuestionId::About,
            Step::AboutYou,
            choices!(About: AboutMe::Woman, AboutMe::Man, AboutMe::UnderEighteen, AboutMe::UnderTwentyFive, AboutMe::Muslim),
        ),
    ]
};

impl Question {
    /// The questions asked on `step`, in order.
    pub fn on(step: Step) -> impl Iterator<Item = &'static Question> {
        QUESTIONS.iter().filter(move |q| q.step == step)
    }

    /// The options of this question the person chose, in the order shown.
    pub fn chosen<'a>(&'static self, a: &'a Answers) -> impl Iterator<Item = Choice> + 'a {
        self.choices.iter().copied().filter(|c| a.has(*c))
    }
}

/// Everything a person has answered. Nothing here leaves memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// Answering on behalf of someone else (a friend, relative, colleague or client).
    pub for_someone_else: bool,
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
}

impl Answers {
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
            Choice::InDangerNow(y) => self.in_danger_now == Some(y),
            Choice::Risk(r) => self.risks.contains(&r),
            Choice::About(x) => self.about.contains(&x),
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
            Choice::InDangerNow(y) => self.in_danger_now = Some(y),
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
        }
    }
}
