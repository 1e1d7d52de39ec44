//! The values an answer can take: who the self-check is for, what has been happening, how often
//! and for how long, who is doing it, how it feels, the warning signs, and what the person says
//! about themselves. Each question's options are made of these (see [`super::questions`]).

use super::{Choice, QuestionId};

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
