//! The self-check's questions as data: every answer a person can give ([`Choice`]), every
//! question with its options and the page it is asked on ([`QUESTIONS`]), and the answers
//! given so far ([`Answers`]). The pages, the summary a person can save, the readability report
//! and the tests all read this table; the words for each question and option are in the
//! catalogue (`crate::words`).
//!
//! To add a question: add its options' type and a [`Choice`] for them, its row in
//! [`QUESTIONS`] and its field in [`Answers`] here; its words in `words/english.rs` (for the
//! person, and where they differ, for someone helping them); and what it changes in the result in
//! `assess.rs`.

use crate::kit::set::Set;

use super::Step;

/// Who the self-check is for: where the person started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Path {
    /// Something is happening to them.
    #[default]
    Me,
    /// They are worried about someone else (a friend, relative, colleague or client).
    SomeoneElse,
    /// They are worried about their own behaviour towards someone.
    OwnBehaviour,
    /// They are helping someone as part of their job (a teacher, a manager, HR, a call-taker).
    Professional,
}

/// Where someone helping as part of their job works: it decides the measures they are offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Role {
    School,
    Workplace,
    Police,
    Elsewhere,
}

impl Role {
    /// Each role, with the word a host uses for it (`data-responder="school"`).
    pub const ALL: [(Role, &'static str); 3] =
        [(Role::School, "school"), (Role::Workplace, "workplace"), (Role::Police, "police")];
}

/// Things that may have been happening, grouped as the first step shows them (every behaviour
/// the source texts list, in person and online).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Behaviour {
    // In person.
    Following,
    TurningUp,
    Loitering,
    Watching,
    DrivingPast,
    AbuseToMyFace,
    Intimidating,
    // Contact.
    Calls,
    Messages,
    Letters,
    UnwantedGifts,
    SexualComments,
    // Online.
    SocialMedia,
    MonitoringAccounts,
    AccessingAccounts,
    Tracking,
    FindingOutAbout,
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
    SpreadingLies,
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
        Choice::Behaviour(self).question().map_or(QuestionId::InPerson, |q| q.id)
    }

    /// Whether it happens online or through a phone or computer: the online group, and messages
    /// and emails wherever they are listed.
    pub fn is_online(self) -> bool {
        self.question() == QuestionId::Online || matches!(self, Behaviour::Messages)
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
                | FindingOutAbout
                | SigningUp
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

/// The marks of stalking specialists look for (FOUR: Fixated, Obsessive, Unwanted, Repeated),
/// as the person can tell them. "Repeated" is how often it has happened, asked on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Mark {
    Fixated,
    Obsessive,
    Unwanted,
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

/// Recognised warning signs, in our own words (never the wording of any screening form). Each
/// is asked once: the first six on the safety page, the rest by other questions (a threat among
/// the behaviours, "getting worse" with how often), so a sign given anywhere counts the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Risk {
    // Asked on the safety page.
    FearSeriousHarm,
    LastResort,
    DoneItBefore,
    BeenViolent,
    VisitsOften,
    FixedOnOthers,
    // Given by other answers.
    ThreatenedViolence,
    ThreatenedToKill,
    DamagedProperty,
    HangsAroundHomeOrWork,
    HarassesPeopleAroundYou,
    GetsOthersInvolved,
    GettingWorse,
    RecentSeparation,
}

/// For someone worried about their own behaviour: who it is towards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Towards {
    Partner,
    ExPartner,
    SomeoneElse,
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
    /// Lesbian, gay, bisexual, trans or queer.
    Lgbt,
    /// It is about a family's "honour", or being made to marry.
    Honour,
    /// Deaf, hard of hearing, or finds it hard to speak on the phone.
    Deaf,
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

/// A behaviour group, a question of the "what has been happening" page.
const fn group(id: QuestionId, choices: &'static [Choice]) -> Question {
    Question { id, step: Step::WhatHappened, many: true, choices, shown: always }
}

const YES_NO_UNSURE: [YesNo; 3] = [YesNo::Yes, YesNo::No, YesNo::NotSure];

macro_rules! choices {
    ($variant:ident: $($value:expr),* $(,)?) => {
        &[$(Choice::$variant($value)),*]
    };
}

/// Every question, in the order asked.
pub static QUESTIONS: [Question; 20] = {
    use Behaviour::*;
    const fn many(id: QuestionId, step: Step, choices: &'static [Choice]) -> Question {
        Question { id, step, many: true, choices, shown: always }
    }
    const fn one(id: QuestionId, step: Step, choices: &'static [Choice]) -> Question {
        Question { id, step, many: false, choices, shown: always }
    }
    [
        one(QuestionId::Role, Step::Role, choices!(Role: Role::School, Role::Workplace, Role::Police, Role::Elsewhere)),
        group(
            QuestionId::InPerson,
            choices!(Behaviour: Following, TurningUp, Loitering, Watching, DrivingPast, AbuseToMyFace, Intimidating),
        ),
        group(QuestionId::Contact, choices!(Behaviour: Calls, Messages, Letters, UnwantedGifts, SexualComments)),
        group(
            QuestionId::Online,
            choices!(Behaviour: SocialMedia, PostingAbout, MonitoringAccounts, AccessingAccounts, Tracking,
                FindingOutAbout, FakeProfiles, SigningUp, ThreatenToShareImages, SharedImages, UnwantedSexualImages,
                SpamOrViruses),
        ),
        group(
            QuestionId::ThroughOthers,
            choices!(Behaviour: ContactingPeopleAroundYou, GettingOthersToJoinIn, SpreadingLies),
        ),
        group(QuestionId::Property, choices!(Behaviour: DamagingProperty, BreakingIn)),
        group(
            QuestionId::Threats,
            choices!(Behaviour: ThreatOfViolence, ThreatOfSexualViolence, ThreatToKill, ThreatToHarmThemselves),
        ),
        group(QuestionId::Assault, choices!(Behaviour: PhysicalAssault, SexualAssault)),
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
        many(QuestionId::Marks, Step::WhatItIsLike, choices!(Mark: Mark::Fixated, Mark::Obsessive, Mark::Unwanted)),
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
            choices!(Risk: Risk::FearSeriousHarm, Risk::LastResort, Risk::BeenViolent, Risk::DoneItBefore,
                Risk::VisitsOften, Risk::FixedOnOthers),
        ),
        many(
            QuestionId::About,
            Step::AboutYou,
            choices!(About: AboutMe::Woman, AboutMe::Man, AboutMe::UnderEighteen, AboutMe::UnderTwentyFive, AboutMe::Muslim,
                AboutMe::Lgbt, AboutMe::Honour, AboutMe::Deaf),
        ),
        one(QuestionId::AnyoneInDanger, Step::OwnBehaviour, choices!(InDangerNow: YesNo::Yes, YesNo::No)),
        one(
            QuestionId::Towards,
            Step::OwnBehaviour,
            choices!(Towards: Towards::Partner, Towards::ExPartner, Towards::SomeoneElse),
        ),
    ]
};

impl Choice {
    /// The question this answer is offered under (the first, for a yes or no two ask).
    pub fn question(self) -> Option<&'static Question> {
        QUESTIONS.iter().find(|q| q.choices.contains(&self))
    }
}

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
            Choice::InDangerNow(y) => self.in_danger_now == Some(y),
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
            Choice::Mark(m) => self.marks.toggle(m),
            Choice::Towards(t) => self.towards = Some(t),
            Choice::Role(r) => self.role = Some(r),
        }
    }
}
