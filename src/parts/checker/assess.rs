//! What the answers suggest: the pattern it could be, how soon to act and why, what to do
//! next, what to read, and which services fit. A plain function of the answers and where the
//! person lives, so every rule is tested natively (see `tests.rs`).

use crate::data::{service_id, topic_id};
use crate::kit::place::{self, Jurisdiction};
use crate::kit::set::Set;

use super::rank::match_services;
use super::result::SERIOUS_RISKS;
pub use super::result::{Assessment, Four, NextStep, Pattern, Reason, Urgency};
use super::{AboutMe, Answers, Behaviour, Choice, Duration, Frequency, Mark, Path, Risk, Role, Towards, Who, YesNo};

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

    pub(super) fn did(&self, b: Behaviour) -> bool {
        self.behaviours.contains(&b)
    }

    pub(super) fn online(&self) -> bool {
        self.behaviours.iter().any(|b| b.is_online())
    }

    pub(super) fn in_person(&self) -> bool {
        self.behaviours
            .iter()
            .any(|b| matches!(b.question(), super::QuestionId::InPerson | super::QuestionId::Property))
    }

    /// Two or more occasions: said outright, implied by how long it has lasted, by its getting
    /// worse, or by several different things having happened.
    pub(super) fn repeated(&self) -> Option<bool> {
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
