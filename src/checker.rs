//! The "Am I being stalked?" self-check: its questions as data, the answers a person gives, the
//! steps between them, and the assessment those answers lead to.
//!
//! Pure: no browser, no Yew. The UI turns clicks into [`Action`]s and shows [`State`]; the
//! assessment is a plain function of the answers, so every rule is tested natively. It is not a
//! risk assessment and the result says so; it helps a person see a pattern and find help.
//! Answers live only in memory and are dropped by [`Action::StartAgain`] or the quick exit.

use crate::set::Set;

use crate::data::{audience, need, role, service_id, topic_id, Service, SERVICES};
use crate::place::{self, depth, Jurisdiction};

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

/// The groups of [`Behaviour`], in the order the first step shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BehaviourGroup {
    InPerson,
    Contact,
    Online,
    ThroughOthers,
    Property,
    Threats,
    Assault,
}

impl BehaviourGroup {
    /// Every group, in order.
    pub const ALL: [BehaviourGroup; 7] = [
        BehaviourGroup::InPerson,
        BehaviourGroup::Contact,
        BehaviourGroup::Online,
        BehaviourGroup::ThroughOthers,
        BehaviourGroup::Property,
        BehaviourGroup::Threats,
        BehaviourGroup::Assault,
    ];

    /// The behaviours in this group.
    pub fn behaviours(self) -> &'static [Behaviour] {
        use Behaviour::*;
        match self {
            BehaviourGroup::InPerson => &[Following, TurningUp, Loitering, Watching, DrivingPast],
            BehaviourGroup::Contact => &[Calls, Messages, Letters, UnwantedGifts, SexualComments],
            BehaviourGroup::Online => &[
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
            ],
            BehaviourGroup::ThroughOthers => &[ContactingPeopleAroundYou, GettingOthersToJoinIn],
            BehaviourGroup::Property => &[DamagingProperty, BreakingIn],
            BehaviourGroup::Threats => {
                &[ThreatOfViolence, ThreatOfSexualViolence, ThreatToKill, ThreatToHarmThemselves]
            }
            BehaviourGroup::Assault => &[PhysicalAssault, SexualAssault],
        }
    }
}

impl Behaviour {
    /// The group this behaviour belongs to.
    pub fn group(self) -> BehaviourGroup {
        *BehaviourGroup::ALL.iter().find(|g| g.behaviours().contains(&self)).expect("every behaviour has a group")
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Frequency {
    Once,
    TwoOrMore,
    Many,
    NotSure,
}

/// How long it has been going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Duration {
    Days,
    Weeks,
    Months,
    Years,
    NotSure,
}

/// A yes, a no, or a "not sure".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum YesNo {
    Yes,
    No,
    NotSure,
}

/// Who is doing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

impl AboutMe {
    /// Every choice, in the order the step shows them.
    pub const ALL: [AboutMe; 5] =
        [AboutMe::Woman, AboutMe::Man, AboutMe::UnderEighteen, AboutMe::UnderTwentyFive, AboutMe::Muslim];
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
    /// Warning signs.
    pub risks: Set<Risk>,
    /// Whether they are in danger right now.
    pub in_danger_now: Option<YesNo>,
    /// About them (optional).
    pub about: Set<AboutMe>,
}

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
const SERIOUS_RISKS: [Risk; 5] =
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

    fn has(&self, b: Behaviour) -> bool {
        self.behaviours.contains(&b)
    }

    fn online(&self) -> bool {
        self.behaviours.iter().any(|b| b.group() == BehaviourGroup::Online)
    }

    fn in_person(&self) -> bool {
        self.behaviours.iter().any(|b| matches!(b.group(), BehaviourGroup::InPerson | BehaviourGroup::Property))
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
    let images = a.has(Behaviour::ThreatenToShareImages) || a.has(Behaviour::SharedImages);
    if images {
        reasons.push(Reason::Images);
    }
    let at_work = a.who == Some(Who::WorkOrSchool) && a.has(Behaviour::SexualComments);
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
        if a.has(b) {
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
            a.has(Behaviour::Tracking) || a.has(Behaviour::MonitoringAccounts) || a.has(Behaviour::AccessingAccounts);
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
            && a.has(Behaviour::DamagingProperty)
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

/// The steps of the self-check, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Step {
    Start,
    WhatHappened,
    HowOften,
    Who,
    Feelings,
    Safety,
    AboutYou,
    Result,
}

impl Step {
    /// The question steps, in order (not the start or the result).
    pub const QUESTIONS: [Step; 6] =
        [Step::WhatHappened, Step::HowOften, Step::Who, Step::Feelings, Step::Safety, Step::AboutYou];

    /// "Step n of 6" for a question step.
    pub fn number(self) -> Option<usize> {
        Step::QUESTIONS.iter().position(|s| *s == self).map(|i| i + 1)
    }

    fn next(self) -> Step {
        match self {
            Step::Start => Step::WhatHappened,
            Step::Result => Step::Result,
            s => Step::QUESTIONS.get(s.number().unwrap_or(0)).copied().unwrap_or(Step::Result),
        }
    }

    fn back(self) -> Step {
        match self {
            Step::Start | Step::WhatHappened => Step::Start,
            Step::Result => Step::AboutYou,
            s => Step::QUESTIONS[s.number().unwrap_or(1) - 2],
        }
    }
}

/// Where the person is in the self-check, and what they have answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// The step on screen.
    pub step: Step,
    /// The answers so far.
    pub answers: Answers,
    /// Whether the "I'm in danger now" panel is open.
    pub danger_open: bool,
}

impl Default for State {
    fn default() -> Self {
        State { step: Step::Start, answers: Answers::default(), danger_open: false }
    }
}

/// Something the person did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Action {
    /// Begin, for themselves or for someone else.
    Begin {
        for_someone_else: bool,
    },
    Next,
    Back,
    /// Skip a step without answering.
    Skip,
    ToggleBehaviour(Behaviour),
    SetFrequency(Frequency),
    SetDuration(Duration),
    SetGettingWorse(YesNo),
    SetWho(Who),
    SetRecentSeparation(YesNo),
    ToggleFeeling(Feeling),
    ToggleRisk(Risk),
    SetInDangerNow(YesNo),
    ToggleAbout(AboutMe),
    OpenDanger,
    CloseDanger,
    /// Forget every answer and go back to the start.
    StartAgain,
}

/// Applies an action. Moving between steps never loses answers; only `StartAgain` does.
pub fn reduce(mut state: State, action: Action) -> State {
    let a = &mut state.answers;
    match action {
        Action::Begin { for_someone_else } => {
            a.for_someone_else = for_someone_else;
            state.step = Step::WhatHappened;
        }
        Action::Next | Action::Skip => state.step = state.step.next(),
        Action::Back => state.step = state.step.back(),
        Action::ToggleBehaviour(b) => a.behaviours.toggle(b),
        Action::SetFrequency(f) => a.frequency = Some(f),
        Action::SetDuration(d) => a.duration = Some(d),
        Action::SetGettingWorse(y) => a.getting_worse = Some(y),
        Action::SetWho(w) => {
            a.who = Some(w);
            if w != Who::ExPartner {
                a.recent_separation = None;
            }
        }
        Action::SetRecentSeparation(y) => a.recent_separation = Some(y),
        Action::ToggleFeeling(f) => a.feelings.toggle(f),
        Action::ToggleRisk(r) => a.risks.toggle(r),
        Action::SetInDangerNow(y) => a.in_danger_now = Some(y),
        Action::ToggleAbout(x) => {
            a.about.toggle(x);
            // A person is not both; the later choice wins.
            match x {
                AboutMe::Woman if a.about.contains(&AboutMe::Woman) => {
                    a.about.remove(&AboutMe::Man);
                }
                AboutMe::Man if a.about.contains(&AboutMe::Man) => {
                    a.about.remove(&AboutMe::Woman);
                }
                _ => {}
            }
        }
        Action::OpenDanger => state.danger_open = true,
        Action::CloseDanger => state.danger_open = false,
        Action::StartAgain => return State::default(),
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::area;
    use Behaviour::*;

    /// Most situations below are told as if by someone in England.
    const ENGLAND: Option<&str> = Some(area::ENGLAND);

    fn answers(behaviours: &[Behaviour]) -> Answers {
        Answers { behaviours: behaviours.iter().copied().collect(), ..Answers::default() }
    }

    fn top(a: &Assessment, n: usize) -> Vec<&'static str> {
        a.services.iter().take(n).copied().collect()
    }

    // --- Scenarios from the situations the source texts describe. ---

    #[test]
    fn ex_partner_at_work_three_times_a_week_after_separation_with_threats() {
        let mut a = answers(&[TurningUp, ThreatOfViolence, Messages]);
        a.frequency = Some(Frequency::Many);
        a.who = Some(Who::ExPartner);
        a.recent_separation = Some(YesNo::Yes);
        a.risks = [Risk::ThreeTimesAWeek, Risk::HangsAroundHomeOrWork].into();
        a.about = [AboutMe::Woman].into();
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Stalking);
        assert_eq!(r.urgency, Urgency::High);
        assert!(r.reasons.contains(&Reason::ExPartnerThreats));
        assert!(r.reasons.contains(&Reason::Risk(Risk::RecentSeparation)));
        assert_eq!(top(&r, 1), ["police-non-emergency"]);
        let top4 = top(&r, 4);
        for id in ["paladin", "national-stalking-helpline", "national-domestic-abuse-helpline"] {
            assert!(top4.contains(&id), "{id} not in {top4:?}");
        }
        assert_eq!(r.next_steps[..2], [NextStep::CallPoliceToday, NextStep::CallSpecialist]);
        assert_eq!(r.topics[0], "silent-999");
    }

    #[test]
    fn a_stranger_sends_one_offensive_message() {
        let mut a = answers(&[Messages]);
        a.frequency = Some(Frequency::Once);
        a.who = Some(Who::Stranger);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::SingleIncident);
        assert_eq!(r.urgency, Urgency::Standard);
        assert_eq!(r.reasons, [Reason::Once]);
        assert_eq!(top(&r, 1), ["police-non-emergency"]);
        assert!(r.next_steps.contains(&NextStep::TalkToSomeoneAnyway));
    }

    #[test]
    fn a_colleagues_repeated_sexual_comments() {
        let mut a = answers(&[SexualComments]);
        a.frequency = Some(Frequency::Many);
        a.who = Some(Who::WorkOrSchool);
        a.about = [AboutMe::Woman].into();
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Harassment);
        assert_eq!(r.urgency, Urgency::Standard);
        assert!(r.reasons.contains(&Reason::WorkplaceSexualHarassment));
        let top3 = top(&r, 3);
        for id in ["equality-advisory-support-service", "citizens-advice", "rights-of-women"] {
            assert!(top3.contains(&id), "{id} not in {top3:?}");
        }
    }

    #[test]
    fn workplace_advice_for_a_man_leaves_out_the_womens_legal_line() {
        let mut a = answers(&[SexualComments]);
        a.frequency = Some(Frequency::TwoOrMore);
        a.who = Some(Who::WorkOrSchool);
        a.about = [AboutMe::Man].into();
        let r = assess(&a, ENGLAND);
        assert!(!r.services.contains(&"rights-of-women"));
        assert!(r.services.contains(&"equality-advisory-support-service"));
    }

    #[test]
    fn an_ex_threatening_to_share_intimate_photos() {
        let mut a = answers(&[ThreatenToShareImages, Messages]);
        a.who = Some(Who::ExPartner);
        let r = assess(&a, ENGLAND);
        assert!(r.online);
        assert!(r.reasons.contains(&Reason::Images));
        assert_eq!(top(&r, 1), ["revenge-porn-helpline"]);
        assert!(r.topics.contains(&"online-safety"));
    }

    #[test]
    fn images_already_shared_go_to_the_revenge_porn_helpline() {
        let mut a = answers(&[SharedImages]);
        a.frequency = Some(Frequency::Once);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::SingleIncident);
        assert_eq!(top(&r, 1), ["revenge-porn-helpline"]);
    }

    #[test]
    fn a_neighbour_dispute_with_property_damage() {
        let mut a = answers(&[DamagingProperty, Messages]);
        a.frequency = Some(Frequency::TwoOrMore);
        a.who = Some(Who::Neighbour);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Harassment, "damage alone is not fixation");
        assert_eq!(r.urgency, Urgency::Standard);
        assert_eq!(top(&r, 1), ["police-non-emergency"]);
        assert!(r.topics.contains(&"physical-safety"));
    }

    #[test]
    fn a_teenager_followed_home_from_school() {
        let mut a = answers(&[Following, Watching]);
        a.frequency = Some(Frequency::TwoOrMore);
        a.who = Some(Who::WorkOrSchool);
        a.about = [AboutMe::UnderTwentyFive].into();
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Stalking);
        assert!(r.reasons.contains(&Reason::Fixation(Following)));
        assert!(r.services.contains(&"the-mix"));
        assert!(r.services.contains(&"national-stalking-helpline"));
        assert!(r.topics.contains(&"physical-safety"));
    }

    #[test]
    fn the_mix_is_only_suggested_to_young_people() {
        let mut a = answers(&[Following, Watching]);
        a.frequency = Some(Frequency::TwoOrMore);
        assert!(!assess(&a, ENGLAND).services.contains(&"the-mix"));
    }

    #[test]
    fn a_muslim_woman_harassed_online() {
        let mut a = answers(&[PostingAbout, Messages]);
        a.frequency = Some(Frequency::Many);
        a.about = [AboutMe::Woman, AboutMe::Muslim].into();
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Harassment);
        assert_eq!(top(&r, 1), ["mwn-helpline"]);
        assert!(r.services.contains(&"cyber-helpline"));
    }

    #[test]
    fn a_man_abused_by_his_partner() {
        let mut a = answers(&[Calls, Messages, MonitoringAccounts]);
        a.frequency = Some(Frequency::Many);
        a.who = Some(Who::Partner);
        a.about = [AboutMe::Man].into();
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Stalking);
        assert_eq!(top(&r, 1), ["mens-advice-line"]);
        assert!(!r.services.contains(&"national-domestic-abuse-helpline"), "a women's line is not offered to a man");
    }

    #[test]
    fn a_woman_stalked_by_her_partner_is_offered_the_domestic_abuse_helpline() {
        let mut a = answers(&[Tracking, Calls]);
        a.frequency = Some(Frequency::Many);
        a.who = Some(Who::Partner);
        a.about = [AboutMe::Woman].into();
        let r = assess(&a, ENGLAND);
        assert!(top(&r, 3).contains(&"national-domestic-abuse-helpline"), "{:?}", r.services);
        assert!(!r.services.contains(&"mens-advice-line"));
    }

    #[test]
    fn someone_in_danger_now_is_told_to_call_999_first() {
        let mut a = answers(&[TurningUp]);
        a.in_danger_now = Some(YesNo::Yes);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.urgency, Urgency::Emergency);
        assert_eq!(r.reasons[0], Reason::InDangerNow);
        assert_eq!(r.next_steps[0], NextStep::Call999Now);
        assert_eq!(top(&r, 1), ["police-emergency"]);
        assert!(!r.next_steps.contains(&NextStep::Call999InEmergency), "not said twice");
    }

    #[test]
    fn a_threat_to_kill_is_high_urgency() {
        let mut a = answers(&[ThreatToKill]);
        a.frequency = Some(Frequency::Once);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.urgency, Urgency::High);
        assert!(r.reasons.contains(&Reason::Serious(ThreatToKill)));
    }

    #[test]
    fn an_assault_is_high_urgency() {
        for b in [PhysicalAssault, SexualAssault] {
            let r = assess(&answers(&[b]), ENGLAND);
            assert_eq!(r.urgency, Urgency::High, "{b:?}");
            assert!(r.reasons.contains(&Reason::Serious(b)));
        }
    }

    #[test]
    fn fear_of_serious_harm_alone_is_high_urgency() {
        let mut a = answers(&[Calls]);
        a.risks = [Risk::FearSeriousHarm].into();
        assert_eq!(assess(&a, ENGLAND).urgency, Urgency::High);
    }

    #[test]
    fn getting_worse_is_high_urgency_whichever_step_it_is_told_in() {
        let mut a = answers(&[Messages]);
        a.getting_worse = Some(YesNo::Yes);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.urgency, Urgency::High);
        assert!(r.reasons.contains(&Reason::Risk(Risk::GettingWorse)));
        let mut b = answers(&[Messages]);
        b.risks = [Risk::GettingWorse].into();
        assert_eq!(assess(&b, ENGLAND).urgency, Urgency::High);
    }

    #[test]
    fn if_i_cant_have_you_is_high_urgency() {
        let mut a = answers(&[Messages]);
        a.risks = [Risk::CantHaveYou].into();
        assert_eq!(assess(&a, ENGLAND).urgency, Urgency::High);
    }

    #[test]
    fn several_lesser_risks_together_are_high_urgency() {
        let mut a = answers(&[Calls]);
        a.risks = [Risk::DoneItBefore, Risk::HangsAroundHomeOrWork].into();
        assert_eq!(assess(&a, ENGLAND).urgency, Urgency::Standard, "two signs");
        a.risks.insert(Risk::HarassesPeopleAroundYou);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.urgency, Urgency::High, "three signs");
        assert!(r.reasons.contains(&Reason::SeveralRisks(3)));
    }

    #[test]
    fn a_recent_separation_counts_only_for_an_ex_partner() {
        let mut a = answers(&[Calls]);
        a.who = Some(Who::ExPartner);
        a.recent_separation = Some(YesNo::Yes);
        assert_eq!(assess(&a, ENGLAND).urgency, Urgency::High);
        let mut b = answers(&[Calls]);
        b.who = Some(Who::Neighbour);
        b.recent_separation = Some(YesNo::Yes);
        assert_eq!(assess(&b, ENGLAND).urgency, Urgency::Standard);
    }

    #[test]
    fn high_risk_stalking_suggests_paladin_and_the_police_today() {
        let mut a = answers(&[Following, Loitering]);
        a.frequency = Some(Frequency::Many);
        a.risks = [Risk::FearSeriousHarm].into();
        let r = assess(&a, ENGLAND);
        assert!(top(&r, 3).contains(&"paladin"));
        assert!(top(&r, 3).contains(&"police-non-emergency"));
    }

    #[test]
    fn standard_stalking_suggests_the_stalking_helpline_first() {
        let mut a = answers(&[UnwantedGifts, Letters]);
        a.frequency = Some(Frequency::TwoOrMore);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Stalking);
        assert_eq!(r.urgency, Urgency::Standard);
        assert_eq!(top(&r, 1), ["national-stalking-helpline"]);
        assert!(!r.services.contains(&"paladin"), "Paladin is for people at high risk");
    }

    #[test]
    fn tracking_and_account_access_bring_online_safety_help() {
        let mut a = answers(&[Tracking, AccessingAccounts]);
        a.frequency = Some(Frequency::TwoOrMore);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Stalking);
        assert!(r.online);
        assert!(r.services.contains(&"cyber-helpline"));
        assert!(r.services.iter().any(|id| ["get-safe-online", "tech-safety", "ncsc-advice"].contains(id)));
    }

    #[test]
    fn unwanted_sexual_images_are_online_abuse() {
        let mut a = answers(&[UnwantedSexualImages]);
        a.frequency = Some(Frequency::TwoOrMore);
        let r = assess(&a, ENGLAND);
        assert_eq!(r.pattern, Pattern::Harassment);
        assert!(r.online);
        assert!(r.services.contains(&"cyber-helpline"));
    }

    #[test]
    fn several_different_things_count_as_more_than_once_even_if_unsure_how_often() {
        let mut a = answers(&[Calls, Letters]);
        a.frequency = Some(Frequency::NotSure);
        assert_eq!(assess(&a, ENGLAND).pattern, Pattern::Harassment);
    }

    #[test]
    fn going_on_for_weeks_counts_as_more_than_once() {
        let mut a = answers(&[Watching]);
        a.duration = Some(Duration::Weeks);
        assert_eq!(assess(&a, ENGLAND).pattern, Pattern::Stalking);
    }

    #[test]
    fn turning_up_three_times_a_week_is_stalking_even_without_other_signs() {
        let mut a = answers(&[Calls]);
        a.frequency = Some(Frequency::Many);
        a.risks = [Risk::ThreeTimesAWeek].into();
        assert_eq!(assess(&a, ENGLAND).pattern, Pattern::Stalking);
    }

    #[test]
    fn nothing_answered_is_unclear_but_still_points_to_help() {
        let r = assess(&Answers::default(), ENGLAND);
        assert_eq!(r.pattern, Pattern::Unclear);
        assert_eq!(r.urgency, Urgency::Standard);
        assert!(r.next_steps.contains(&NextStep::TalkToSomeoneAnyway));
        assert!(r.next_steps.contains(&NextStep::Call999InEmergency));
        assert!(!r.services.is_empty());
    }

    #[test]
    fn one_thing_with_no_frequency_is_treated_as_a_single_incident() {
        assert_eq!(assess(&answers(&[Calls]), ENGLAND).pattern, Pattern::SingleIncident);
    }

    #[test]
    fn someone_worried_about_a_friend_gets_helper_wording_and_services_for_friends() {
        let mut a = answers(&[Following, Messages]);
        a.frequency = Some(Frequency::Many);
        a.for_someone_else = true;
        let r = assess(&a, ENGLAND);
        assert_eq!(r.next_steps[0], NextStep::ListenAndBelieve);
        assert_eq!(top(&r, 1), ["national-stalking-helpline"]);
    }

    #[test]
    fn the_law_reporting_orders_and_services_follow_the_place() {
        let mut a = answers(&[Following, Watching]);
        a.frequency = Some(Frequency::TwoOrMore);
        for (place, law, j) in [
            (area::SCOTLAND, "law-scotland", Jurisdiction::Scotland),
            (area::NORTHERN_IRELAND, "law-northern-ireland", Jurisdiction::NorthernIreland),
            (area::WALES, "law-england-wales", Jurisdiction::EnglandWales),
            (area::DEVON_CORNWALL, "law-england-wales", Jurisdiction::EnglandWales),
        ] {
            let r = assess(&a, Some(place));
            assert!(r.topics.contains(&law), "{place}: {:?}", r.topics);
            assert!(r.next_steps.contains(&NextStep::ReportOnline(j)), "{place}");
            assert!(r.next_steps.contains(&NextStep::AskAboutOrders(j)), "{place}");
            for id in &r.services {
                let s = crate::data::service(id).unwrap();
                assert!(crate::data::area_covers(s.area, place), "{id} ({}) does not serve {place}", s.area);
            }
        }
    }

    #[test]
    fn in_scotland_and_northern_ireland_nothing_is_for_england_and_wales_only() {
        // The checker's services for a whole range of situations, in each nation.
        let situations = [
            answers(&[Following, TurningUp, ThreatToKill]),
            answers(&[Messages, PostingAbout]),
            answers(&[SharedImages]),
            answers(&[SexualComments]),
            Answers::default(),
        ];
        for place in [area::SCOTLAND, area::NORTHERN_IRELAND] {
            for mut a in situations.clone() {
                for who in [None, Some(Who::ExPartner), Some(Who::WorkOrSchool)] {
                    a.who = who;
                    let r = assess(&a, Some(place));
                    for id in &r.services {
                        let s = crate::data::service(id).unwrap();
                        assert!(
                            !crate::data::area_covers(area::ENGLAND_WALES, s.area),
                            "{place}: {id} is for {}",
                            s.area
                        );
                    }
                    assert!(!r.topics.contains(&"law-england-wales"));
                }
            }
        }
    }

    #[test]
    fn a_scottish_visitor_at_high_risk_gets_scotlands_own_specialists() {
        let mut a = answers(&[TurningUp, ThreatOfViolence, Messages]);
        a.frequency = Some(Frequency::Many);
        a.who = Some(Who::ExPartner);
        a.recent_separation = Some(YesNo::Yes);
        let r = assess(&a, Some(area::SCOTLAND));
        assert_eq!(r.urgency, Urgency::High);
        let top5 = top(&r, 5);
        for id in [
            "police-non-emergency",
            "action-against-stalking",
            "national-stalking-helpline",
            "scotland-domestic-abuse-helpline",
        ] {
            assert!(top5.contains(&id), "{id} not in {top5:?}");
        }
        assert!(
            r.services.iter().position(|s| *s == "action-against-stalking")
                < r.services.iter().position(|s| *s == "national-stalking-helpline"),
            "Scotland's own charity first: {:?}",
            r.services
        );
        assert!(!r.services.contains(&"paladin"), "Paladin works in England and Wales only");
    }

    #[test]
    fn each_nations_24_hour_line_is_offered_for_abuse_by_a_partner() {
        for (place, line) in [
            (area::ENGLAND, "national-domestic-abuse-helpline"),
            (area::WALES, "live-fear-free"),
            (area::SCOTLAND, "scotland-domestic-abuse-helpline"),
            (area::NORTHERN_IRELAND, "dsa-helpline"),
        ] {
            let mut a = answers(&[Calls, Messages, TurningUp]);
            a.who = Some(Who::ExPartner);
            a.frequency = Some(Frequency::Many);
            a.about = [AboutMe::Woman].into();
            let r = assess(&a, Some(place));
            assert!(top(&r, 4).contains(&line), "{place}: {line} not near the top of {:?}", r.services);
        }
    }

    #[test]
    fn not_saying_where_gives_uk_wide_services_and_asks_where() {
        let mut a = answers(&[Following, Watching]);
        a.frequency = Some(Frequency::TwoOrMore);
        for place in [None, Some(area::UK), Some(area::GREAT_BRITAIN)] {
            let r = assess(&a, place);
            assert!(r.next_steps.contains(&NextStep::SayWhereYouLive), "{place:?}");
            assert!(!r.topics.iter().any(|t| t.starts_with("law-")), "no nation's law presented as theirs");
            assert!(r.services.contains(&"national-stalking-helpline"));
        }
        let r = assess(&a, None);
        for id in &r.services {
            assert_eq!(crate::data::service(id).unwrap().area, area::UK, "{id}");
        }
    }

    #[test]
    fn regional_services_only_show_in_their_region() {
        for place in [None, Some(area::ENGLAND), Some(area::SCOTLAND)] {
            let mut a = answers(&[Following, Watching]);
            a.frequency = Some(Frequency::TwoOrMore);
            assert!(!assess(&a, place).services.contains(&"victim-care-devon-cornwall"));
        }
        let mut a = answers(&[Calls]);
        a.frequency = Some(Frequency::Once);
        assert!(assess(&a, Some(area::DEVON_CORNWALL)).services.contains(&"victim-care-devon-cornwall"));
    }

    #[test]
    fn an_adults_only_line_is_never_offered_to_someone_under_18() {
        let mut a = answers(&[SharedImages]);
        a.about = [AboutMe::UnderEighteen].into();
        let r = assess(&a, ENGLAND);
        assert!(!r.services.contains(&"revenge-porn-helpline"));
        assert_eq!(top(&r, 1), ["childline"], "{:?}", r.services);
        a.about = [AboutMe::Woman].into();
        let r = assess(&a, ENGLAND);
        assert_eq!(top(&r, 1), ["revenge-porn-helpline"]);
        assert!(!r.services.contains(&"childline"), "a line for children only, when they said they are one");
    }

    #[test]
    fn services_for_people_worried_about_their_own_behaviour_are_never_suggested() {
        let mut a = answers(&[Calls, Messages]);
        a.who = Some(Who::Partner);
        a.frequency = Some(Frequency::Many);
        assert!(!assess(&a, ENGLAND).services.contains(&"respect-phoneline"));
    }

    #[test]
    fn every_topic_and_service_the_checker_can_name_exists() {
        let all = Answers {
            behaviours: BehaviourGroup::ALL.iter().flat_map(|g| g.behaviours().iter().copied()).collect(),
            risks: SERIOUS_RISKS.into_iter().collect(),
            ..Answers::default()
        };
        for place in [None, Some(area::WALES), Some(area::SCOTLAND), Some(area::NORTHERN_IRELAND)] {
            let r = assess(&all, place);
            for t in &r.topics {
                assert!(crate::data::topic(t).is_some(), "no topic {t}");
            }
            for s in &r.services {
                assert!(crate::data::service(s).is_some(), "no service {s}");
            }
            for step in &r.next_steps {
                assert!(NextStep::ALL.contains(step), "{step:?} is missing from NextStep::ALL");
            }
        }
    }

    #[test]
    fn every_behaviour_is_in_exactly_one_group() {
        let mut seen = std::collections::BTreeSet::new();
        for g in BehaviourGroup::ALL {
            for b in g.behaviours() {
                assert!(seen.insert(*b), "{b:?} twice");
                assert_eq!(b.group(), g);
            }
        }
        assert_eq!(seen.len(), 30);
    }

    // --- The steps. ---

    #[test]
    fn steps_go_forward_and_back_without_losing_answers() {
        let mut s = reduce(State::default(), Action::Begin { for_someone_else: false });
        assert_eq!(s.step, Step::WhatHappened);
        s = reduce(s, Action::ToggleBehaviour(Following));
        s = reduce(s, Action::Next);
        assert_eq!((s.step, s.step.number()), (Step::HowOften, Some(2)));
        s = reduce(s, Action::SetFrequency(Frequency::Many));
        s = reduce(s, Action::Back);
        assert_eq!(s.step, Step::WhatHappened);
        assert!(s.answers.behaviours.contains(&Following));
        assert_eq!(s.answers.frequency, Some(Frequency::Many));
        for _ in 0..10 {
            s = reduce(s, Action::Skip);
        }
        assert_eq!(s.step, Step::Result);
        s = reduce(s, Action::Back);
        assert_eq!(s.step, Step::AboutYou);
    }

    #[test]
    fn start_again_forgets_everything() {
        let mut s = reduce(State::default(), Action::Begin { for_someone_else: true });
        s = reduce(s, Action::ToggleBehaviour(Calls));
        s = reduce(s, Action::OpenDanger);
        assert_eq!(reduce(s, Action::StartAgain), State::default());
    }

    #[test]
    fn ticking_twice_unticks() {
        let s = reduce(State::default(), Action::ToggleRisk(Risk::DoneItBefore));
        let s = reduce(s, Action::ToggleRisk(Risk::DoneItBefore));
        assert!(s.answers.risks.is_empty());
    }

    #[test]
    fn changing_who_clears_an_answer_that_no_longer_applies() {
        let s = reduce(State::default(), Action::SetWho(Who::ExPartner));
        let s = reduce(s, Action::SetRecentSeparation(YesNo::Yes));
        let s = reduce(s, Action::SetWho(Who::Neighbour));
        assert_eq!(s.answers.recent_separation, None);
    }

    #[test]
    fn woman_and_man_are_exclusive_choices() {
        let s = reduce(State::default(), Action::ToggleAbout(AboutMe::Woman));
        let s = reduce(s, Action::ToggleAbout(AboutMe::Man));
        assert_eq!(s.answers.about, [AboutMe::Man].into());
    }

    #[test]
    fn the_danger_panel_opens_from_any_step_and_keeps_the_step() {
        let s = reduce(State::default(), Action::Begin { for_someone_else: false });
        let s = reduce(reduce(s, Action::Next), Action::OpenDanger);
        assert!(s.danger_open);
        assert_eq!(s.step, Step::HowOften);
        assert!(!reduce(s, Action::CloseDanger).danger_open);
    }
}
