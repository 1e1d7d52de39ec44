//! The self-check's long tables of words: each page's heading and hint, the questions and
//! options where someone helping is asked in other words (the questions' own words are in their
//! rows in `questions.rs`), and each next step, for the person and for someone helping them.

use super::words::PageWords;
use super::{AboutMe, Behaviour, Choice, Feeling, Mark, NextStep, QuestionId, Risk, Step, Who};
use crate::kit::place::Jurisdiction;

pub(super) const PAGES: &[PageWords] = &[
    PageWords {
        step: Step::Role,
        title: "Your role",
        hint: "This fits the advice to where you work. Nothing is saved or sent.",
        title_them: "Your role",
        hint_them: "This fits the advice to where you work. Nothing is saved or sent.",
        title_pro: "Your role",
        hint_pro: "This fits the advice to where you work. Nothing is saved or sent.",
        note_pro: "",
    },
    PageWords {
        step: Step::WhatHappened,
        title: "What has been happening?",
        hint: "Open any group that fits and tick what has happened to you.",
        title_them: "What has been happening to them?",
        hint_them: "Open any group that fits and tick what has happened to them.",
        title_pro: "What has the person told you?",
        hint_pro: "Let them tell it in their own words. Ask open questions, such as ‘What has been happening?’, and tick what they describe.",
        note_pro: "Stalking is often a pattern of small things that add up. Ask about contact online and through other people too.",
    },
    PageWords {
        step: Step::HowOften,
        title: "How often, and for how long?",
        hint: "Your best guess is fine.",
        title_them: "How often, and for how long?",
        hint_them: "Your best guess is fine.",
        title_pro: "How often, and for how long?",
        hint_pro: "Ask when it started, and how often it happens now.",
        note_pro: "Unwanted behaviour on two or more occasions can be a crime. If it is getting worse or happening more often, that is a warning sign.",
    },
    PageWords {
        step: Step::WhatItIsLike,
        title: "What is it like?",
        hint: "Stalking specialists look for four signs: fixated, obsessive, unwanted and repeated.",
        title_them: "What is it like?",
        hint_them: "Stalking specialists look for four signs: fixated, obsessive, unwanted and repeated.",
        title_pro: "What is it like?",
        hint_pro: "Listen for the four signs of stalking: fixated, obsessive, unwanted and repeated.",
        note_pro: "Harassment is often about one issue, and stops if that is sorted. Stalking is about the person. It counts as unwanted even if they never told the person to stop.",
    },
    PageWords {
        step: Step::Who,
        title: "Who is doing it?",
        hint: "Choose the closest answer.",
        title_them: "Who is doing it?",
        hint_them: "Choose the closest answer.",
        title_pro: "Who is doing it?",
        hint_pro: "Ask whether they know who it is.",
        note_pro: "If it is an ex-partner, the risk of serious harm is highest in the months after they split up.",
    },
    PageWords {
        step: Step::Feelings,
        title: "How does it make you feel?",
        hint: "There is no right answer. Younger people may not feel scared, even when something is serious.",
        title_them: "How does it seem to make them feel?",
        hint_them: "Younger people may not feel scared, even when something is serious.",
        title_pro: "How is it affecting them?",
        hint_pro: "Ask how it makes them feel, and what they have changed because of it.",
        note_pro: "People under 25 may not recognise fear, and may play things down even when the risk is serious. Judge the risk by what is happening, not only by how scared they seem.",
    },
    PageWords {
        step: Step::Safety,
        title: "Your safety",
        hint: "These questions help show if you need help quickly.",
        title_them: "Their safety",
        hint_them: "These questions help show if they need help quickly.",
        title_pro: "Their safety",
        hint_pro: "Ask about each of these gently. It can help to say that you ask everyone.",
        note_pro: "Fear of serious harm, ‘last resort’ talk, threats, violence, things getting worse or a recent split each mean a high risk. So do three or more signs together. If they are in danger now, call 999.",
    },
    PageWords {
        step: Step::AboutYou,
        title: "About you (optional)",
        hint: "This only helps us suggest services that fit you. You can skip it.",
        title_them: "About them (optional)",
        hint_them: "This only helps us suggest services that fit them. You can skip it.",
        title_pro: "About them (optional)",
        hint_pro: "Only to suggest services that fit them.",
        note_pro: "If they are under 18, follow your child protection procedures.",
    },
    PageWords {
        step: Step::OwnBehaviour,
        title: "Worried about how you behave",
        hint: "Thank you for looking at this. There are no wrong answers, and nothing you choose is saved or sent.",
        title_them: "Worried about how you behave",
        hint_them:
            "Thank you for looking at this. There are no wrong answers, and nothing you choose is saved or sent.",
        title_pro: "Worried about how you behave",
        hint_pro: "Thank you for looking at this.",
        note_pro: "",
    },
];

/// The questions, where someone helping is asked them differently.
pub(super) const QUESTIONS_THEM: &[(QuestionId, &str)] = &[
    (QuestionId::Property, "Their home and things"),
    (QuestionId::Who, "The person doing it is:"),
    (QuestionId::RecentSeparation, "Did they split up in the last few months?"),
    (QuestionId::InDangerNow, "Is any of this happening right now, or are they in danger now?"),
];

/// The options, where someone helping is offered them differently: about "them", and "the
/// person" for whoever is doing it.
pub(super) const CHOICES_THEM: &[(Choice, &str)] = {
    use Behaviour::*;
    use Choice::Behaviour as B;
    &[
        (B(Following), "Following them"),
        (B(TurningUp), "Turning up at their home, work, school or college"),
        (B(Loitering), "Waiting or hanging around places they go"),
        (B(Watching), "Watching them"),
        (B(DrivingPast), "Driving past their home or work"),
        (B(AbuseToMyFace), "Shouting at them, swearing at them or insulting them to their face"),
        (B(Intimidating), "Acting in a way that is meant to scare them"),
        (B(Calls), "Phone calls they don't want"),
        (B(Messages), "Texts, messages or emails they don't want"),
        (B(Letters), "Letters or notes they don't want"),
        (B(UnwantedGifts), "Gifts or flowers they don't want"),
        (B(SexualComments), "Sexual comments, jokes or touching they don't want"),
        (B(PostingAbout), "Posting about them online"),
        (B(MonitoringAccounts), "Checking their messages, emails or what they do online"),
        (B(AccessingAccounts), "Getting into their accounts"),
        (B(Tracking), "Tracking where they are, with an app or a device"),
        (B(FindingOutAbout), "Finding things out about them, or people close to them, online"),
        (B(FakeProfiles), "Fake profiles, or pretending to be them"),
        (B(SigningUp), "Signing them up to things, or buying things in their name"),
        (B(ThreatenToShareImages), "Threatening to share private photos or videos of them"),
        (B(SharedImages), "Sharing private photos or videos of them"),
        (B(UnwantedSexualImages), "Sending them sexual pictures they didn't ask for"),
        (B(ContactingPeopleAroundYou), "Contacting their family, friends or workmates"),
        (B(SpreadingLies), "Telling lies about them to their work, friends or family"),
        (B(DamagingProperty), "Damaging their things, car or home"),
        (B(BreakingIn), "Breaking into, or stealing from, their home, car or workplace"),
        (B(ThreatOfViolence), "Threatening to hurt them or people close to them"),
        (B(ThreatToKill), "Threatening to kill them"),
        (B(ThreatToHarmThemselves), "Threatening to hurt themselves to make them do things"),
        (B(PhysicalAssault), "Hitting, pushing or hurting them"),
        (Choice::Who(Who::Partner), "Their partner"),
        (Choice::Who(Who::ExPartner), "Their ex-partner"),
        (Choice::Who(Who::KnowALittle), "Someone they know a little"),
        (Choice::Who(Who::DontKnow), "We don't know who it is"),
        (Choice::Feeling(Feeling::ChangedRoutine), "They have changed what they do, or where they go"),
        (Choice::Feeling(Feeling::NotSleeping), "They can't sleep well"),
        (Choice::Feeling(Feeling::NotSure), "I'm not sure how they feel"),
        (Choice::Risk(Risk::FearSeriousHarm), "They are afraid the person will seriously hurt or kill them"),
        (
            Choice::Risk(Risk::LastResort),
            "The person has said things like ‘if I can’t have you, no one can’, or acts as if they have \
            nothing to lose",
        ),
        (Choice::Risk(Risk::BeenViolent), "The person has been violent before, to them or to anyone else"),
        (Choice::Risk(Risk::DoneItBefore), "The person has done this to them, or to someone else, before"),
        (Choice::Risk(Risk::VisitsOften), "The person turns up where they live or work more than three times a week"),
        (Choice::Risk(Risk::FixedOnOthers), "The person is fixed on their new partner, family or friends as well"),
        (Choice::Mark(Mark::Fixated), "It is about them, not about one problem that could be sorted out"),
        (Choice::Mark(Mark::Obsessive), "The person won't let it go, whatever they do or say"),
        (Choice::Mark(Mark::Unwanted), "They don't want it, whether or not they have said so"),
        (Choice::About(AboutMe::Woman), "They are a woman"),
        (Choice::About(AboutMe::Man), "They are a man"),
        (Choice::About(AboutMe::UnderEighteen), "They are under 18"),
        (Choice::About(AboutMe::UnderTwentyFive), "They are under 25"),
        (Choice::About(AboutMe::Muslim), "They are a Muslim woman"),
        (Choice::About(AboutMe::Lgbt), "They are lesbian, gay, bisexual, trans or queer (LGBT+)"),
        (Choice::About(AboutMe::Honour), "It's about family \"honour\", or them being made to marry"),
        (Choice::About(AboutMe::Deaf), "They are deaf or hard of hearing, or find it hard to speak on the phone"),
    ]
};

pub(super) const NEXT_STEPS: &[(NextStep, &str)] = &[
    (
        NextStep::Call999Now,
        "Call 999 now. If you cannot speak, follow the steps under \"If you cannot speak on a 999 call\".",
    ),
    (NextStep::CallPoliceToday, "Call the police today on 101. If you are in danger, call 999."),
    (NextStep::CallSpecialist, "Talk to a stalking specialist about staying safe."),
    (NextStep::DontEngage, "Do not reply to them or meet them, even to ask them to stop."),
    (NextStep::KeepRecord, "Keep a record of what happens, with dates and times, and keep any messages."),
    (NextStep::TellSomeone, "Tell someone you trust what is happening."),
    (NextStep::ProtectInformation, "Check what people can find out about you, online and offline."),
    (NextStep::TrustInstincts, "Trust your feelings. If something feels wrong, act on it."),
    (NextStep::Call999InEmergency, "If you are ever in danger, call 999."),
    (NextStep::ReportWhenReady, "You can report it to the police on 101 or online, when you are ready."),
    (
        NextStep::ReportOnline(Jurisdiction::EnglandWales),
        "To report online, use your local police force's website, or police.uk to find it.",
    ),
    (
        NextStep::ReportOnline(Jurisdiction::Scotland),
        "Police Scotland has an online form for reporting stalking. A friend, family member or workmate can \
        also use it to report for you.",
    ),
    (
        NextStep::ReportOnline(Jurisdiction::NorthernIreland),
        "To report online, go to the PSNI website and choose Report a crime.",
    ),
    (
        NextStep::AskAboutOrders(Jurisdiction::EnglandWales),
        "Ask the police about a stalking protection order. A court can use one to stop the person contacting \
        you or coming near you.",
    ),
    (
        NextStep::AskAboutOrders(Jurisdiction::NorthernIreland),
        "Ask the police about a stalking protection order. A court can use one to stop the person contacting \
        you or coming near you.",
    ),
    (
        NextStep::AskAboutOrders(Jurisdiction::Scotland),
        "Ask a solicitor about a non-harassment order or an interdict. A court can use these to stop the \
        person contacting you or coming near you.",
    ),
    (
        NextStep::SayWhereYouLive,
        "The police, the law and some helplines are different in each part of the UK. Choose where you live, \
        below, to see what applies to you.",
    ),
    (NextStep::TalkToSomeoneAnyway, "You can talk to a helpline even if you are not sure what this is."),
    (
        NextStep::ListenAndBelieve,
        "Listen, believe them, and let them decide what to do. Offer to help them keep a record or make a call.",
    ),
    (
        NextStep::NoMediation,
        "Do not try to sort it out between them, or speak to the person doing it for them. It can make things \
        more dangerous.",
    ),
    (
        NextStep::LookAfterYourself,
        "Look after yourself too. Many of the helplines below also advise friends, family and workmates.",
    ),
    (NextStep::OwnCall999Now, "If anyone is in danger now, call 999."),
    (NextStep::OwnIfYouMightHurt, "If you ever feel you might hurt someone, or yourself, call 999 straight away."),
    (
        NextStep::OwnStopNow,
        "If the other person does not want contact, stop now. Do not call, message, follow or visit them, or \
        ask other people to.",
    ),
    (
        NextStep::OwnCallHelpline,
        "Talk to the Respect Phoneline. It is a confidential helpline for people worried about how they treat \
        a partner or ex-partner, and it can help you change.",
    ),
    (
        NextStep::OwnTalkToGp,
        "If this is about someone who is not a partner or ex-partner, your GP can help you find support to \
        change.",
    ),
    (
        NextStep::ProBelieve,
        "Tell them you believe them, that it is not their fault, and that they have a right to feel safe at home \
        and at work.",
    ),
    (
        NextStep::ProActToday,
        "Act today. Help them call the police on 101, or call with them, and refer them to the services below. \
        If they are in danger, call 999.",
    ),
    (NextStep::ProAgree, "Agree the next steps with them, at their pace, and offer a referral to the services below."),
    (
        NextStep::ProUnder18,
        "They are under 18: follow your child protection procedures, and tell your safeguarding lead today.",
    ),
    (
        NextStep::ProRecord,
        "Write down what they told you, in their words, with the date and time, and anything you have seen \
        yourself.",
    ),
    (
        NextStep::ProConsent,
        "Ask before you share what they told you. Share it without their agreement only when someone is at risk \
        of serious harm, following your organisation's policy.",
    ),
    (
        NextStep::ProAskSpecialist,
        "If you are unsure what to do, a stalking specialist can advise you as a professional.",
    ),
    (NextStep::SchoolLead, "Tell your designated safeguarding lead, or child protection lead, today."),
    (
        NextStep::SchoolTravel,
        "Agree a safe way to and from school or college, and what staff should do if the person doing it turns up.",
    ),
    (
        NextStep::SchoolPupil,
        "If the person doing it is a pupil or student, follow your behaviour and safeguarding policies, and keep \
        the two apart.",
    ),
    (
        NextStep::WorkReception,
        "With their agreement, give reception and security a photo or description of the person doing it, and \
        ask them to keep that person out.",
    ),
    (
        NextStep::WorkChanges,
        "Offer changes that make them safer, such as a new work phone number or email address, different hours, \
        or working from another place for a while.",
    ),
    (
        NextStep::WorkWhoKnows,
        "Tell them who else at work needs to know, and when what they say might have to be shared.",
    ),
    (
        NextStep::WorkDuty,
        "Sexual harassment at work is against the law, and employers must take reasonable steps to prevent it. \
        Use your policies, and act to stop it happening again.",
    ),
    (
        NextStep::PoliceRecord,
        "Record what was reported, and check your systems for earlier reports about the same person.",
    ),
    (
        NextStep::PoliceScreen,
        "Use your force's stalking screening questions and risk assessment, and consider the high-risk services \
        below.",
    ),
    (
        NextStep::ElsewhereSafeguarding,
        "Follow your organisation's safeguarding policy, and ask your safeguarding lead for advice.",
    ),
];

/// The next steps, where someone helping gets them differently.
pub(super) const NEXT_STEPS_THEM: &[(NextStep, &str)] = &[
    (
        NextStep::Call999Now,
        "Call 999 now. If they cannot speak on the call, the steps under \"If you cannot speak on a 999 call\" \
        can help.",
    ),
    (
        NextStep::CallPoliceToday,
        "Help them call the police today on 101, or call with them. If they are in danger, call 999.",
    ),
    (
        NextStep::CallSpecialist,
        "A stalking specialist can help them plan how to stay safe. You can call for advice too.",
    ),
    (NextStep::DontEngage, "Suggest they do not reply to the person or meet them, even to ask them to stop."),
    (
        NextStep::KeepRecord,
        "Help them keep a record of what happens, with dates and times, and keep any messages. Write down \
        anything you see yourself.",
    ),
    (NextStep::TellSomeone, "Encourage them to tell other people they trust, such as family or someone at work."),
    (NextStep::ProtectInformation, "Help them check what people can find out about them, online and offline."),
    (
        NextStep::TrustInstincts,
        "Take their feelings seriously. If something feels wrong to them, it is worth acting on.",
    ),
    (NextStep::Call999InEmergency, "If they are ever in danger, call 999."),
    (
        NextStep::ReportWhenReady,
        "They can report it to the police on 101 or online when they are ready, and you can go with them.",
    ),
    (
        NextStep::ReportOnline(Jurisdiction::Scotland),
        "Police Scotland has an online form for reporting stalking. You can also use it to report for them.",
    ),
    (
        NextStep::AskAboutOrders(Jurisdiction::EnglandWales),
        "They can ask the police about a stalking protection order. A court can use one to stop the person \
        contacting them or coming near them.",
    ),
    (
        NextStep::AskAboutOrders(Jurisdiction::NorthernIreland),
        "They can ask the police about a stalking protection order. A court can use one to stop the person \
        contacting them or coming near them.",
    ),
    (
        NextStep::AskAboutOrders(Jurisdiction::Scotland),
        "They can ask a solicitor about a non-harassment order or an interdict. A court can use these to stop \
        the person contacting them or coming near them.",
    ),
    (
        NextStep::SayWhereYouLive,
        "The police, the law and some helplines are different in each part of the UK. Choose where they live, \
        below, to see what applies to them.",
    ),
];
