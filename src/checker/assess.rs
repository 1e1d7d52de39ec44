//! What the answers suggest: the pattern it could be, how soon to act and why, what to do
//! next, what to read, and which services fit. A plain function of the answers and where the
//! person lives, so every rule is tested natively (see `tests.rs`).

use crate::data::{audience, need, role, service_id, topic_id, Service, SERVICES};
use crate::place::{self, depth, Jurisdiction};
use crate::set::Set;

use super::{AboutMe, Answers, Behaviour, Duration, Frequency, QuestionId, Risk, Who, YesNo};

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
    /// A behaviour that shows fixation.
    Fixation(Behaviour),
    /// Part of it is online.
    Online,
    /// A threat to kill, or an assault.
    Serious(Behaviour),
    /// A warning sign.
    Risk(Risk),
    /// An ex-partner who has made threats.
    ExPartnerThreats,
    /// Several warning signs together.
    SeveralRisks(usize),
    /// Private images shared or threatened.
    Images,
    /// Sexual comments from someone at work, school or college.
    WorkplaceSexualHarassment,
}

impl Reason {
    /// The reasons worded on their own (the others quote an answer back, or count signs).
    pub const WORDED: [Reason; 7] = [
        Reason::InDangerNow,
        Reason::Repeated,
        Reason::Once,
        Reason::Online,
        Reason::ExPartnerThreats,
        Reason::Images,
        Reason::WorkplaceSexualHarassment,
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
}

impl NextStep {
    /// Every next step, in the order they can appear.
    pub const ALL: [NextStep; 19] = [
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
    ];
}

/// The result of the self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// What it could be.
    pub pattern: Pattern,
    /// Whether part of it happens online.
    pub online: bool,
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

/// Risk signs that make a case high urgency on their own.
pub(super) const SERIOUS_RISKS: [Risk; 5] =
    [Risk::FearSeriousHarm, Risk::GettingWorse, Risk::RecentSeparation, Risk::BeenViolent, Risk::CantHaveYou];

/// How many warning signs together make a case high urgency.
const SEVERAL: usize = 3;

impl Answers {
    /// Warning signs, including those that follow from other answers (an answer "getting worse"
    /// is the same sign as ticking it among the safety questions).
    pub fn all_risks(&self) -> Set<Risk> {
        let mut risks = self.risks.clone();
        if self.getting_worse == Some(YesNo::Yes) {
            risks.insert(Risk::GettingWorse);
        }
        if self.who == Some(Who::ExPartner) && self.recent_separation == Some(YesNo::Yes) {
            risks.insert(Risk::RecentSeparation);
        }
        let threats = [Behaviour::ThreatOfViolence, Behaviour::ThreatOfSexualViolence, Behaviour::ThreatToKill];
        if threats.iter().any(|b| self.behaviours.contains(b)) {
            risks.insert(Risk::ThreatenedViolence);
        }
        if self.behaviours.contains(&Behaviour::DamagingProperty) || self.behaviours.contains(&Behaviour::BreakingIn) {
            risks.insert(Risk::DamagedProperty);
        }
        if self.behaviours.contains(&Behaviour::PhysicalAssault) || self.behaviours.contains(&Behaviour::SexualAssault)
        {
            risks.insert(Risk::BeenViolent);
        }
        if self.behaviours.contains(&Behaviour::GettingOthersToJoinIn) {
            risks.insert(Risk::GetsOthersInvolved);
        }
        if self.behaviours.contains(&Behaviour::ContactingPeopleAroundYou) {
            risks.insert(Risk::HarassesPeopleAroundYou);
        }
        risks
    }

    fn did(&self, b: Behaviour) -> bool {
        self.behaviours.contains(&b)
    }

    fn online(&self) -> bool {
        self.behaviours.iter().any(|b| b.question() == QuestionId::Online)
    }

    fn in_person(&self) -> bool {
        self.behaviours.iter().any(|b| matches!(b.question(), QuestionId::InPerson | QuestionId::Property))
    }

    /// Two or more occasions: said outright, implied by how long it has lasted, or by several
    /// different things having happened.
    fn repeated(&self) -> Option<bool> {
        match self.frequency {
            Some(Frequency::TwoOrMore | Frequency::Many) => Some(true),
            Some(Frequency::Once) => Some(false),
            Some(Frequency::NotSure) | None => {
                if matches!(self.duration, Some(Duration::Weeks | Duration::Months | Duration::Years))
                    || self.behaviours.len() >= 2
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
/// visitor; `None` when not known). Every rule here has a test below.
pub fn assess(a: &Answers, place: Option<&str>) -> Assessment {
    let jurisdiction = place.and_then(Jurisdiction::of);
    let mut reasons = Vec::new();
    let risks = a.all_risks();

    // Pattern.
    let fixation: Vec<Behaviour> = a.behaviours.iter().copied().filter(|b| b.shows_fixation()).collect();
    let pattern = match a.repeated() {
        Some(true) if !fixation.is_empty() || risks.contains(&Risk::ThreeTimesAWeek) => {
            reasons.push(Reason::Repeated);
            reasons.extend(fixation.iter().take(3).map(|b| Reason::Fixation(*b)));
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
        None => Pattern::SingleIncident,
    };
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

    // Urgency.
    let mut urgency = Urgency::Standard;
    let mut urgent = Vec::new();
    if a.in_danger_now == Some(YesNo::Yes) {
        urgency = Urgency::Emergency;
        urgent.push(Reason::InDangerNow);
    }
    for b in [Behaviour::ThreatToKill, Behaviour::PhysicalAssault, Behaviour::SexualAssault] {
        if a.did(b) {
            urgency = urgency.max(Urgency::High);
            urgent.push(Reason::Serious(b));
        }
    }
    for r in SERIOUS_RISKS {
        if risks.contains(&r) {
            urgency = urgency.max(Urgency::High);
            urgent.push(Reason::Risk(r));
        }
    }
    let ex_partner = a.who == Some(Who::ExPartner);
    if ex_partner && risks.contains(&Risk::ThreatenedViolence) {
        urgency = urgency.max(Urgency::High);
        urgent.push(Reason::ExPartnerThreats);
    }
    if risks.len() >= SEVERAL {
        urgency = urgency.max(Urgency::High);
        urgent.push(Reason::SeveralRisks(risks.len()));
    }
    // The reasons for urgency come first: they matter most.
    urgent.extend(reasons);
    let reasons = urgent;

    // Next steps.
    let mut next_steps = Vec::new();
    if a.for_someone_else {
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

    // Guidance to read.
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

    let services = match_services(a, place, pattern, urgency, online, images, at_work);
    Assessment { pattern, online, urgency, reasons, next_steps, topics, services }
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
    if service.audiences == [audience::YOUNG_PEOPLE] && !under_25 {
        return false;
    }
    // Only people worried about their own behaviour.
    !service.audiences.iter().all(|x| *x == audience::OWN_BEHAVIOUR || *x == audience::PROFESSIONALS)
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
        if online && serves(need::ONLINE_ABUSE) {
            score += 25;
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
        if a.about.contains(&AboutMe::UnderTwentyFive) && s.audiences.contains(&audience::YOUNG_PEOPLE) {
            score += 35;
        }
        if a.for_someone_else && s.audiences.contains(&audience::FRIENDS_FAMILY) {
            score += 10;
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
