//! The result's vocabulary: the pattern it could be, the marks of stalking, how soon to act, the
//! reasons, the next steps, and the assessment that holds them. Words for each are in
//! [`super::words`]; the rules that choose them are in [`super::assess`](mod@super::assess).

use crate::kit::place::Jurisdiction;

use super::{Choice, Risk};

/// What the answers suggest is happening. Worded in the UI as "could be", never "is".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// Too little was answered to say.
    Unclear,
    /// It happened once: it can still be a crime or antisocial behaviour.
    SingleIncident,
    /// Unwanted behaviour two or more times.
    Harassment,
    /// Repeated unwanted behaviour with signs of fixation.
    Stalking,
    /// Someone worried about their own behaviour: no label, only help to change.
    OwnBehaviour,
}

crate::kit::listed! {
    /// The four signs of stalking specialists look for (FOUR): fixated, obsessive, unwanted,
    /// repeated. The result says which of them the answers show, and why that matters.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[allow(missing_docs)]
    pub enum Four {
        Fixated,
        Obsessive,
        Unwanted,
        Repeated,
    }
}

/// How soon to act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Report, keep a record, get support.
    Standard,
    /// Call the police today and a specialist stalking service.
    High,
    /// Call 999 now.
    Emergency,
}

impl Urgency {
    /// The CSS classes the result's urgency box is styled by.
    pub fn class(self) -> &'static str {
        match self {
            Urgency::Standard => "urgency urgency-standard",
            Urgency::High => "urgency urgency-high",
            Urgency::Emergency => "urgency urgency-emergency",
        }
    }
}

/// An answer that shaped the result, for the "Because you said…" list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// They are in danger now.
    InDangerNow,
    /// It happened two or more times.
    Repeated,
    /// It happened once.
    Once,
    /// An answer quoted back as it was given: a behaviour, a warning sign, a mark of stalking.
    Said(Choice),
    /// Part of it is online.
    Online,
    /// An ex-partner who has made threats.
    ExPartnerThreats,
    /// Several warning signs together.
    SeveralRisks(usize),
    /// Private images shared or threatened.
    Images,
    /// Sexual comments from someone at work, school or college.
    WorkplaceSexualHarassment,
    /// About their own behaviour: someone is in danger now.
    SomeoneInDanger,
}

/// Something to do next, shown as a short instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum NextStep {
    Call999Now,
    CallPoliceToday,
    CallSpecialist,
    /// How to report online where the person lives (each nation's police has its own way).
    ReportOnline(Jurisdiction),
    /// The orders that can stop the person, as they exist where the person lives.
    AskAboutOrders(Jurisdiction),
    /// Where the person has not said where they live: the self-check cannot say which police
    /// or law apply, and says how to find out.
    SayWhereYouLive,
    DontEngage,
    KeepRecord,
    TellSomeone,
    ProtectInformation,
    TrustInstincts,
    Call999InEmergency,
    ReportWhenReady,
    TalkToSomeoneAnyway,
    ListenAndBelieve,
    /// For someone helping: never try to sort it out between the two of them.
    NoMediation,
    /// For someone helping: they need support too.
    LookAfterYourself,
    /// About their own behaviour: someone is in danger now.
    OwnCall999Now,
    /// About their own behaviour: stop the contact now.
    OwnStopNow,
    /// About their own behaviour: the helpline for people who want to change.
    OwnCallHelpline,
    /// About their own behaviour towards someone who is not a partner or ex: the GP.
    OwnTalkToGp,
    /// About their own behaviour: if they fear what they might do.
    OwnIfYouMightHurt,
    /// At work: believe them and reassure them.
    ProBelieve,
    /// At work, at high risk: act today.
    ProActToday,
    /// At work: agree the next steps with them, at their pace.
    ProAgree,
    /// At work: write down what they said and what you saw.
    ProRecord,
    /// At work: their consent, and when to share without it.
    ProConsent,
    /// At work: a specialist can advise professionals.
    ProAskSpecialist,
    /// At work, for someone under 18: child protection.
    ProUnder18,
    /// At a school: the safeguarding lead.
    SchoolLead,
    /// At a school: getting to and from school safely.
    SchoolTravel,
    /// At a school: when the person doing it is a pupil.
    SchoolPupil,
    /// At a workplace: reception and security.
    WorkReception,
    /// At a workplace: changes to how and where they work.
    WorkChanges,
    /// At a workplace: who else needs to know.
    WorkWhoKnows,
    /// At a workplace in Great Britain, for sexual harassment: the employer's duty.
    WorkDuty,
    /// For the police: record it and look for earlier reports.
    PoliceRecord,
    /// For the police: the force's screening and risk process.
    PoliceScreen,
    /// Elsewhere: the organisation's safeguarding policy.
    ElsewhereSafeguarding,
}

impl NextStep {
    /// Every next step, in the order they can appear.
    pub const ALL: [NextStep; 43] = [
        NextStep::ProBelieve,
        NextStep::ProActToday,
        NextStep::ProAgree,
        NextStep::ProRecord,
        NextStep::ProConsent,
        NextStep::ProAskSpecialist,
        NextStep::ProUnder18,
        NextStep::SchoolLead,
        NextStep::SchoolTravel,
        NextStep::SchoolPupil,
        NextStep::WorkReception,
        NextStep::WorkChanges,
        NextStep::WorkWhoKnows,
        NextStep::WorkDuty,
        NextStep::PoliceRecord,
        NextStep::PoliceScreen,
        NextStep::ElsewhereSafeguarding,
        NextStep::OwnCall999Now,
        NextStep::OwnStopNow,
        NextStep::OwnCallHelpline,
        NextStep::OwnTalkToGp,
        NextStep::OwnIfYouMightHurt,
        NextStep::ListenAndBelieve,
        NextStep::Call999Now,
        NextStep::CallPoliceToday,
        NextStep::CallSpecialist,
        NextStep::ReportWhenReady,
        NextStep::ReportOnline(Jurisdiction::EnglandWales),
        NextStep::ReportOnline(Jurisdiction::Scotland),
        NextStep::ReportOnline(Jurisdiction::NorthernIreland),
        NextStep::AskAboutOrders(Jurisdiction::EnglandWales),
        NextStep::AskAboutOrders(Jurisdiction::Scotland),
        NextStep::AskAboutOrders(Jurisdiction::NorthernIreland),
        NextStep::SayWhereYouLive,
        NextStep::DontEngage,
        NextStep::KeepRecord,
        NextStep::TellSomeone,
        NextStep::ProtectInformation,
        NextStep::TrustInstincts,
        NextStep::Call999InEmergency,
        NextStep::TalkToSomeoneAnyway,
        NextStep::NoMediation,
        NextStep::LookAfterYourself,
    ];
}

/// The result of the self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// What it could be.
    pub pattern: Pattern,
    /// Whether part of it happens online.
    pub online: bool,
    /// The marks of stalking the answers show, in the acronym's order.
    pub four: Vec<Four>,
    /// How soon to act.
    pub urgency: Urgency,
    /// The answers that led here, most important first.
    pub reasons: Vec<Reason>,
    /// What to do next, in order.
    pub next_steps: Vec<NextStep>,
    /// Guidance topic ids worth reading, in order.
    pub topics: Vec<&'static str>,
    /// Service ids that fit, best first.
    pub services: Vec<&'static str>,
}

/// Warning signs that make a case high urgency on their own: fear of serious harm, "last
/// resort" thinking, threats of violence (sexual violence included) or to kill, violence, things
/// getting worse, and a recent split from a partner.
pub(super) const SERIOUS_RISKS: [Risk; 7] = [
    Risk::FearSeriousHarm,
    Risk::LastResort,
    Risk::ThreatenedToKill,
    Risk::ThreatenedViolence,
    Risk::BeenViolent,
    Risk::GettingWorse,
    Risk::RecentSeparation,
];
