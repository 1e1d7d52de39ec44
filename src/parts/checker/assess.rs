//! What the answers suggest: the pattern it could be, how soon to act and why, what to do
//! next, what to read, and which services fit. A plain function of the answers and where the
//! person lives, so every rule is tested natively (see `tests.rs`).

use crate::data::{audience, need, role, service_id, topic_id, Service, SERVICES};
use crate::kit::place::{self, depth, Jurisdiction};
use crate::kit::set::Set;

use super::{AboutMe, Answers, Behaviour, Choice, Duration, Frequency, Mark, Path, Risk, Role, Towards, Who, YesNo};

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

impl Four {
    /// In the order of the acronym.
    pub const ALL: [Four; 4] = [Four::Fixated, Four::Obsessive, Four::Unwanted, Four::Repeated];
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

impl Reason {
    /// The reasons worded on their own (the others quote an answer back, or count signs).
    pub const WORDED: [Reason; 8] = [
        Reason::InDangerNow,
        Reason::Repeated,
        Reason::Once,
        Reason::Online,
        Reason::ExPartnerThreats,
        Reason::Images,
        Reason::WorkplaceSexualHarassment,
        Reason::SomeoneInDanger,
    ];
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

/// Signs that show a fixation on the person, whatever else is happening.
const FIXATION_SIGNS: [Risk; 3] = [Risk::LastResort, Risk::FixedOnOthers, Risk::VisitsOften];

/// How many warning signs together make a case high urgency.
const SEVERAL: usize = 3;

impl Answers {
    /// Every warning sign the answers give, each with the answer that gave it (a sign counts
    /// wherever the person gave it: a threat ticked among the behaviours is the same sign as a
    /// threat on the safety page). Each sign once, in the order found.
    pub fn signs(&self) -> Vec<(Risk, Choice)> {
        let mut out: Vec<(Risk, Choice)> = self.risks.iter().map(|r| (*r, Choice::Risk(*r))).collect();
        let mut add = |risk: Risk, answer: Choice| {
            if !out.iter().any(|(r, _)| *r == risk) {
                out.push((risk, answer));
            }
        };
        if self.getting_worse == Some(YesNo::Yes) {
            add(Risk::GettingWorse, Choice::GettingWorse(YesNo::Yes));
        }
        if self.who == Some(Who::ExPartner) && self.recent_separation == Some(YesNo::Yes) {
            add(Risk::RecentSeparation, Choice::RecentSeparation(YesNo::Yes));
        }
        for b in self.behaviours.iter().copied() {
            let sign = match b {
                Behaviour::ThreatOfViolence | Behaviour::ThreatOfSexualViolence => Risk::ThreatenedViolence,
                Behaviour::ThreatToKill => Risk::ThreatenedToKill,
                Behaviour::DamagingProperty | Behaviour::BreakingIn => Risk::DamagedProperty,
                Behaviour::PhysicalAssault | Behaviour::SexualAssault => Risk::BeenViolent,
                Behaviour::GettingOthersToJoinIn => Risk::GetsOthersInvolved,
                Behaviour::ContactingPeopleAroundYou => Risk::HarassesPeopleAroundYou,
                Behaviour::Loitering | Behaviour::TurningUp => Risk::HangsAroundHomeOrWork,
                _ => continue,
            };
            add(sign, Choice::Behaviour(b));
        }
        out
    }

    /// The warning signs alone.
    pub fn all_risks(&self) -> Set<Risk> {
        self.signs().into_iter().map(|(r, _)| r).collect()
    }

    fn did(&self, b: Behaviour) -> bool {
        self.behaviours.contains(&b)
    }

    fn online(&self) -> bool {
        self.behaviours.iter().any(|b| b.is_online())
    }

    fn in_person(&self) -> bool {
        self.behaviours
            .iter()
            .any(|b| matches!(b.question(), super::QuestionId::InPerson | super::QuestionId::Property))
    }

    /// Two or more occasions: said outright, implied by how long it has lasted, by its getting
    /// worse, or by several different things having happened.
    fn repeated(&self) -> Option<bool> {
        match self.frequency {
            Some(Frequency::TwoOrMore | Frequency::Many) => Some(true),
            Some(Frequency::Once) => Some(false),
            Some(Frequency::NotSure) | None => {
                if matches!(self.duration, Some(Duration::Weeks | Duration::Months | Duration::Years))
                    || self.behaviours.len() >= 2
                    || self.getting_worse == Some(YesNo::Yes)
                {
                    Some(true)
                } else {
                    None
                }
            }
        }
    }
}

/// Works out what the answers suggest for someone in `place` (an area id, from the host or the
/// visitor; `None` when not known). Every rule here has a test in `tests.rs`.
pub fn assess(a: &Answers, place: Option<&str>) -> Assessment {
    if a.path == Path::OwnBehaviour {
        return assess_own(a, place);
    }
    let jurisdiction = place.and_then(Jurisdiction::of);
    let mut reasons = Vec::new();
    let signs = a.signs();
    let has = |r: Risk| signs.iter().any(|(s, _)| *s == r);

    // Pattern: repeated, with something that shows a fixation on the person (a behaviour, a
    // mark the person recognises, or a sign such as "last resort" thinking).
    let mut fixation: Vec<Choice> =
        a.behaviours.iter().copied().filter(|b| b.shows_fixation()).map(Choice::Behaviour).collect();
    fixation.extend([Mark::Fixated, Mark::Obsessive].into_iter().filter(|m| a.marks.contains(m)).map(Choice::Mark));
    fixation.extend(signs.iter().filter(|(r, _)| FIXATION_SIGNS.contains(r)).map(|(_, c)| *c));
    let repeated = a.repeated();
    let pattern = match repeated {
        Some(true) if !fixation.is_empty() => {
            reasons.push(Reason::Repeated);
            reasons.extend(fixation.iter().take(4).map(|c| Reason::Said(*c)));
            Pattern::Stalking
        }
        Some(true) => {
            reasons.push(Reason::Repeated);
            Pattern::Harassment
        }
        Some(false) => {
            reasons.push(Reason::Once);
            Pattern::SingleIncident
        }
        None if a.behaviours.is_empty() => Pattern::Unclear,
        None => {
            // What was ticked is what the answer rests on.
            reasons.extend(a.behaviours.iter().take(3).map(|b| Reason::Said(Choice::Behaviour(*b))));
            Pattern::SingleIncident
        }
    };
    if a.marks.contains(&Mark::Unwanted) && pattern != Pattern::Unclear {
        reasons.push(Reason::Said(Choice::Mark(Mark::Unwanted)));
    }
    let mut four = Vec::new();
    let fixed =
        a.marks.contains(&Mark::Fixated) || a.behaviours.iter().any(|b| b.shows_fixation()) || has(Risk::FixedOnOthers);
    let obsessive = a.marks.contains(&Mark::Obsessive) || has(Risk::LastResort) || has(Risk::VisitsOften);
    for (mark, shown) in [
        (Four::Fixated, fixed),
        (Four::Obsessive, obsessive),
        (Four::Unwanted, a.marks.contains(&Mark::Unwanted)),
        (Four::Repeated, repeated == Some(true)),
    ] {
        if shown {
            four.push(mark);
        }
    }
    let online = a.online();
    if online {
        reasons.push(Reason::Online);
    }
    let images = a.did(Behaviour::ThreatenToShareImages) || a.did(Behaviour::SharedImages);
    if images {
        reasons.push(Reason::Images);
    }
    let at_work = a.who == Some(Who::WorkOrSchool) && a.did(Behaviour::SexualComments);
    if at_work {
        reasons.push(Reason::WorkplaceSexualHarassment);
    }

    // Urgency: every sign that raised it is said back, as the person gave it.
    let mut urgency = Urgency::Standard;
    let mut urgent = Vec::new();
    if a.in_danger_now == Some(YesNo::Yes) {
        urgency = Urgency::Emergency;
        urgent.push(Reason::InDangerNow);
    }
    for (risk, answer) in &signs {
        if SERIOUS_RISKS.contains(risk) {
            urgency = urgency.max(Urgency::High);
            urgent.push(Reason::Said(*answer));
        }
    }
    let ex_partner = a.who == Some(Who::ExPartner);
    if ex_partner && (has(Risk::ThreatenedViolence) || has(Risk::ThreatenedToKill)) {
        urgent.push(Reason::ExPartnerThreats);
    }
    if signs.len() >= SEVERAL {
        urgency = urgency.max(Urgency::High);
        urgent.push(Reason::SeveralRisks(signs.len()));
        urgent.extend(signs.iter().map(|(_, c)| Reason::Said(*c)));
    }
    // The reasons for urgency come first: they matter most. Each answer once.
    urgent.extend(reasons);
    let mut reasons: Vec<Reason> = Vec::with_capacity(urgent.len());
    for r in urgent {
        if !reasons.contains(&r) {
            reasons.push(r);
        }
    }

    let next_steps = if a.path == Path::Professional {
        professional_steps(a, urgency, pattern, jurisdiction)
    } else {
        victim_steps(a, urgency, pattern, jurisdiction, online)
    };
    let topics = topics(a, urgency, online, jurisdiction);

    let services = match_services(a, place, pattern, urgency, online, images, at_work);
    Assessment { pattern, online, four, urgency, reasons, next_steps, topics, services }
}

/// What to do next, for the person or someone close to them.
fn victim_steps(
    a: &Answers,
    urgency: Urgency,
    pattern: Pattern,
    jurisdiction: Option<Jurisdiction>,
    online: bool,
) -> Vec<NextStep> {
    let mut next_steps = Vec::new();
    let helping = a.for_someone_else();
    if helping {
        next_steps.push(NextStep::ListenAndBelieve);
    }
    match urgency {
        Urgency::Emergency => next_steps.push(NextStep::Call999Now),
        Urgency::High => next_steps.extend([NextStep::CallPoliceToday, NextStep::CallSpecialist]),
        Urgency::Standard => next_steps.push(NextStep::ReportWhenReady),
    }
    match jurisdiction {
        Some(j) => {
            next_steps.push(NextStep::ReportOnline(j));
            if matches!(pattern, Pattern::Stalking | Pattern::Harassment) {
                next_steps.push(NextStep::AskAboutOrders(j));
            }
        }
        None => next_steps.push(NextStep::SayWhereYouLive),
    }
    next_steps.extend([NextStep::DontEngage, NextStep::KeepRecord, NextStep::TellSomeone]);
    if helping {
        next_steps.push(NextStep::NoMediation);
    }
    if online || a.in_person() {
        next_steps.push(NextStep::ProtectInformation);
    }
    next_steps.push(NextStep::TrustInstincts);
    if urgency != Urgency::Emergency {
        next_steps.push(NextStep::Call999InEmergency);
    }
    if matches!(pattern, Pattern::Unclear | Pattern::SingleIncident) {
        next_steps.push(NextStep::TalkToSomeoneAnyway);
    }
    if helping {
        next_steps.push(NextStep::LookAfterYourself);
    }
    next_steps
}

/// What to do next for someone helping as part of their job: the first response (believe,
/// safety, no mediation, a record, consent), what their setting can do, and where to refer.
fn professional_steps(
    a: &Answers,
    urgency: Urgency,
    pattern: Pattern,
    jurisdiction: Option<Jurisdiction>,
) -> Vec<NextStep> {
    let mut steps = vec![NextStep::ProBelieve];
    steps.push(match urgency {
        Urgency::Emergency => NextStep::Call999Now,
        Urgency::High => NextStep::ProActToday,
        Urgency::Standard => NextStep::ProAgree,
    });
    if a.about.contains(&AboutMe::UnderEighteen) {
        steps.push(NextStep::ProUnder18);
    }
    steps.extend([NextStep::NoMediation, NextStep::ProRecord, NextStep::ProConsent]);
    let sexual_at_work = a.did(Behaviour::SexualComments) && a.who == Some(Who::WorkOrSchool);
    match a.role {
        Some(Role::School) => steps.extend([NextStep::SchoolLead, NextStep::SchoolTravel, NextStep::SchoolPupil]),
        Some(Role::Workplace) => {
            steps.extend([NextStep::WorkReception, NextStep::WorkChanges, NextStep::WorkWhoKnows]);
            // The duty is Great Britain's (the Equality Act 2010 does not reach Northern Ireland).
            if sexual_at_work && jurisdiction != Some(Jurisdiction::NorthernIreland) {
                steps.push(NextStep::WorkDuty);
            }
        }
        Some(Role::Police) => steps.extend([NextStep::PoliceRecord, NextStep::PoliceScreen]),
        Some(Role::Elsewhere) | None => steps.push(NextStep::ElsewhereSafeguarding),
    }
    match jurisdiction {
        Some(j) => {
            if a.role != Some(Role::Police) {
                steps.push(NextStep::ReportOnline(j));
            }
            if matches!(pattern, Pattern::Stalking | Pattern::Harassment) {
                steps.push(NextStep::AskAboutOrders(j));
            }
        }
        None => steps.push(NextStep::SayWhereYouLive),
    }
    steps.push(NextStep::ProAskSpecialist);
    steps
}

/// Guidance worth reading, in order.
fn topics(a: &Answers, urgency: Urgency, online: bool, jurisdiction: Option<Jurisdiction>) -> Vec<&'static str> {
    let mut topics = Vec::new();
    if urgency >= Urgency::High {
        topics.push(topic_id::SILENT_999);
    }
    topics.extend([topic_id::KEEPING_A_LOG, topic_id::WHAT_TO_DO]);
    if a.in_person() {
        topics.push(topic_id::PHYSICAL_SAFETY);
    }
    if online {
        topics.push(topic_id::ONLINE_SAFETY);
    }
    topics.push(topic_id::HOW_TO_REPORT);
    topics.push(topic_id::PROTECTIVE_ORDERS);
    // The law of the place, when it lies in one jurisdiction; otherwise the guidance part has
    // all three, and the next steps ask where the person lives.
    if let Some(j) = jurisdiction {
        topics.push(match j {
            Jurisdiction::EnglandWales => topic_id::LAW_ENGLAND_WALES,
            Jurisdiction::Scotland => topic_id::LAW_SCOTLAND,
            Jurisdiction::NorthernIreland => topic_id::LAW_NORTHERN_IRELAND,
        });
    }

    if a.path == Path::Professional {
        topics.insert(0, topic_id::FOUR_SIGNS);
        if a.role == Some(Role::Workplace) {
            topics.insert(1, topic_id::AT_WORK);
        }
    }
    topics
}

/// For someone worried about their own behaviour: no label and no judging, only what to do now
/// and the helpline for people who want to stop (999 first if anyone is in danger).
fn assess_own(a: &Answers, place: Option<&str>) -> Assessment {
    let danger = a.in_danger_now == Some(YesNo::Yes);
    let partner = a.towards != Some(Towards::SomeoneElse);
    let mut next_steps = Vec::new();
    next_steps.push(if danger { NextStep::OwnCall999Now } else { NextStep::OwnIfYouMightHurt });
    next_steps.push(NextStep::OwnStopNow);
    if partner {
        next_steps.push(NextStep::OwnCallHelpline);
    }
    if a.towards != Some(Towards::Partner) && a.towards != Some(Towards::ExPartner) {
        next_steps.push(NextStep::OwnTalkToGp);
    }
    let wanted = [(danger, service_id::POLICE_EMERGENCY), (partner, service_id::RESPECT_PHONELINE)];
    let services = wanted
        .into_iter()
        .filter(|(fits, id)| *fits && crate::data::service(id).is_some_and(|s| place::serves(s, place)))
        .map(|(_, id)| id)
        .collect();
    Assessment {
        pattern: Pattern::OwnBehaviour,
        online: false,
        four: Vec::new(),
        urgency: if danger { Urgency::Emergency } else { Urgency::Standard },
        reasons: if danger { vec![Reason::SomeoneInDanger] } else { Vec::new() },
        next_steps,
        topics: Vec::new(),
        services,
    }
}

/// Whether a service is for people like this person (by what they told us, if anything).
fn suits(service: &Service, a: &Answers) -> bool {
    let under_18 = a.about.contains(&AboutMe::UnderEighteen);
    let under_25 = under_18 || a.about.contains(&AboutMe::UnderTwentyFive);
    // An age limit a source gives: an adults-only line is never offered to someone under 18,
    // and a line for children only to someone who said they are one.
    if under_18 && service.min_age.is_some_and(|min| min >= 18) {
        return false;
    }
    match service.max_age {
        Some(max) if max < 25 && !under_18 => return false,
        Some(_) if !under_25 => return false,
        _ => {}
    }
    let for_only = |group: &str| service.audiences.iter().all(|x| *x == group || *x == audience::FRIENDS_FAMILY);
    if for_only(audience::WOMEN) && a.about.contains(&AboutMe::Man) {
        return false;
    }
    if for_only(audience::MEN) && a.about.contains(&AboutMe::Woman) {
        return false;
    }
    if service.audiences.contains(&audience::MUSLIM_WOMEN) && !a.about.contains(&AboutMe::Muslim) {
        return false;
    }
    // Lines for one group are offered to people who said they are in it, and only then (the
    // finder still lists them for everyone).
    if for_only(audience::LGBT) && !a.about.contains(&AboutMe::Lgbt) {
        return false;
    }
    if for_only(audience::DEAF) && !a.about.contains(&AboutMe::Deaf) {
        return false;
    }
    if service.audiences == [audience::YOUNG_PEOPLE] && !under_25 {
        return false;
    }
    // Services only for people worried about their own behaviour (and those working with them)
    // are never suggested here; professionals' own lines are, to professionals.
    if service.audiences.contains(&audience::OWN_BEHAVIOUR) {
        return false;
    }
    a.path == Path::Professional || !service.audiences.iter().all(|x| *x == audience::PROFESSIONALS)
}

fn match_services(
    a: &Answers,
    place: Option<&str>,
    pattern: Pattern,
    urgency: Urgency,
    online: bool,
    images: bool,
    at_work: bool,
) -> Vec<&'static str> {
    let mut scored: Vec<(i32, usize, &'static str)> = Vec::new();
    let sexual = [
        Behaviour::SexualComments,
        Behaviour::ThreatOfSexualViolence,
        Behaviour::SexualAssault,
        Behaviour::UnwantedSexualImages,
        Behaviour::SharedImages,
        Behaviour::ThreatenToShareImages,
    ]
    .iter()
    .any(|b| a.did(*b));
    let only_messages_online = a.behaviours.iter().filter(|b| b.is_online()).all(|b| *b == Behaviour::Messages);
    let lgbt = a.about.contains(&AboutMe::Lgbt);
    let honour = a.about.contains(&AboutMe::Honour);
    let deaf = a.about.contains(&AboutMe::Deaf);
    for (order, s) in SERVICES.iter().enumerate() {
        if !place::serves(s, place) || !suits(s, a) {
            continue;
        }
        let has_role = |r: &str| s.roles.contains(&r);
        // Advocates for people at high risk (Paladin); suggesting them otherwise sends people to
        // a service that will pass them on.
        if has_role(role::HIGH_RISK_STALKING) && urgency < Urgency::High {
            continue;
        }
        let serves = |n: &str| s.needs.contains(&n);
        // Services for sexual violence, for what is sexual: not for every kind of harassment.
        // (A line for LGBT+ people that also takes sexual violence is theirs whatever happened.)
        let theirs = lgbt && s.audiences.contains(&audience::LGBT);
        if serves(need::SEXUAL_VIOLENCE) && !serves(need::STALKING) && !sexual && !theirs {
            continue;
        }
        // Honour-based abuse and forced marriage services, when that is what it is about (as for
        // sexual violence, a service that also takes stalking is not held back).
        if serves(need::HONOUR_ABUSE) && !serves(need::STALKING) && !honour {
            continue;
        }
        let mut score = 0;
        if urgency == Urgency::Emergency && s.id == service_id::POLICE_EMERGENCY {
            score += 100;
        }
        if urgency >= Urgency::High && s.id == service_id::POLICE_NON_EMERGENCY {
            score += 45;
        }
        if urgency >= Urgency::High && has_role(role::HIGH_RISK_STALKING) {
            score += 35;
        }
        // The stalking specialists: the first call for stalking, and for anyone unsure.
        if has_role(role::STALKING_SPECIALIST) {
            score += match (pattern, urgency) {
                (_, Urgency::High) => 25,
                (Pattern::Stalking, _) => 15,
                (Pattern::Unclear | Pattern::SingleIncident, _) => 10,
                _ => 0,
            };
        }
        if matches!(pattern, Pattern::Unclear | Pattern::SingleIncident) && has_role(role::VICTIM_SUPPORT) {
            score += 8;
        }
        if pattern == Pattern::Stalking && serves(need::STALKING) {
            score += 30;
        }
        if pattern == Pattern::Harassment && serves(need::HARASSMENT) {
            score += 20;
        }
        if images && serves(need::INTIMATE_IMAGES) {
            score += 50;
        }
        // Sexual violence, or a threat of it, is for the sexual violence services too (sexual
        // comments at work are for the workplace's routes first); after an assault, first among
        // them the ones that give care and keep evidence (each nation's referral centre).
        let violence = a.did(Behaviour::ThreatOfSexualViolence) || a.did(Behaviour::SexualAssault);
        if violence && serves(need::SEXUAL_VIOLENCE) {
            score += 25;
            if a.did(Behaviour::SexualAssault) {
                score += 20;
            }
        }
        if online && serves(need::ONLINE_ABUSE) {
            // Texts and emails alone are online, but less the online helplines' field than
            // social media, tracking or accounts.
            score += if only_messages_online { 10 } else { 25 };
        }
        let watched_online =
            a.did(Behaviour::Tracking) || a.did(Behaviour::MonitoringAccounts) || a.did(Behaviour::AccessingAccounts);
        if watched_online && serves(need::ONLINE_SAFETY) {
            score += 12;
        }
        if at_work && serves(need::WORKPLACE_HARASSMENT) {
            score += 45;
        }
        let close = matches!(a.who, Some(Who::Partner | Who::ExPartner | Who::Family));
        if close && serves(need::DOMESTIC_ABUSE) {
            score += 25;
        }
        if a.about.contains(&AboutMe::Man) && close && s.audiences.contains(&audience::MEN) {
            score += 45;
        }
        if a.about.contains(&AboutMe::Woman) && close && s.audiences.contains(&audience::WOMEN) {
            score += 10;
        }
        if a.about.contains(&AboutMe::Muslim) && s.audiences.contains(&audience::MUSLIM_WOMEN) {
            score += 40;
        }
        if lgbt && s.audiences.contains(&audience::LGBT) {
            score += 40;
        }
        if honour && serves(need::HONOUR_ABUSE) {
            score += 55;
        }
        // 999 by text, for someone who cannot call: always worth knowing, and first in danger.
        if deaf && s.audiences.contains(&audience::DEAF) {
            score += if urgency >= Urgency::High { 90 } else { 40 };
        }
        // With no place given, a line to talk to at any hour, wherever in the UK they are, so
        // someone who keeps where they live to themselves still has one that is not the police.
        if place.is_none() && has_role(role::LISTENING) {
            score += 20;
        }
        // Under 18 is under 25 too: a child is offered the lines for young people, and the ones
        // made for children (an age limit of 19 or less) first.
        let under_18 = a.about.contains(&AboutMe::UnderEighteen);
        if (under_18 || a.about.contains(&AboutMe::UnderTwentyFive)) && s.audiences.contains(&audience::YOUNG_PEOPLE) {
            score += 35;
            if under_18 && s.max_age.is_some_and(|max| max <= 19) {
                score += 10;
            }
        }
        if a.path == Path::SomeoneElse && s.audiences.contains(&audience::FRIENDS_FAMILY) {
            score += 10;
        }
        // Someone helping as part of their job refers on: specialists who advise professionals,
        // and victims' services, come forward.
        if a.path == Path::Professional {
            if s.audiences.contains(&audience::PROFESSIONALS) {
                score += 10;
            }
            if has_role(role::VICTIM_SUPPORT) {
                score += 8;
            }
        }
        if serves(need::EMOTIONAL_SUPPORT) {
            score += 3;
        }
        if matches!(pattern, Pattern::Unclear | Pattern::SingleIncident) && s.id == service_id::POLICE_NON_EMERGENCY {
            score += 15;
        }
        if a.who == Some(Who::Neighbour)
            && a.did(Behaviour::DamagingProperty)
            && s.id == service_id::POLICE_NON_EMERGENCY
        {
            score += 20;
        }
        // Between two that fit as well, the nation's own comes first (Scotland's stalking
        // charity before the UK-wide helpline); a service that fits nothing is not lifted.
        if score > 3 && depth(s.area) >= 2 {
            score += 4;
        }
        if score > 3 {
            scored.push((score, order, s.id));
        }
    }
    // Every service has its own place in the list, so ties are broken and an unstable sort
    // gives the same order (and needs less code in the download than a stable one).
    scored.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    scored.into_iter().take(6).map(|(_, _, id)| id).collect()
}
