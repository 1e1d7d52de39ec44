//! British English, the default. Plain, warm and blame-free: short sentences, everyday words, no
//! jargon, and never "you are being stalked", only "could be".

use super::{
    CardWords, CheckWords, Clock, DataWords, ExitWords, FindWords, PageWords, PlaceWords, RecordWords, TimeWords,
    WidgetWords, Words,
};
use crate::data::ChannelKind;
use crate::kit::place::Jurisdiction;
use crate::parts::checker::assess::Four;
use crate::parts::checker::{
    AboutMe, Behaviour, Choice, Duration, Feeling, Frequency, Mark, NextStep, Pattern, QuestionId, Reason, Risk, Role,
    Step, Towards, Urgency, Who, YesNo,
};
use crate::parts::finder::ChannelKindKey;

/// British English.
pub static ENGLISH: Words = Words {
    lang: "en-GB",
    dir: "ltr",
    widget: WidgetWords {
        title: "Help with stalking and harassment",
        intro: "If someone keeps contacting, following or watching you, and it makes you feel scared or upset, \
            you don't have to deal with it alone. It is not your fault. You can talk to someone even if you \
            are not sure what is happening.",
        leaving_safely: "Leaving quickly and staying private",
        host_safety_link: "More about staying safe online",
        strip_999: "In danger now? Call 999",
        strip_101: "Not an emergency? Call 101",
        strip_silent: "Can't speak? Call 999. On a mobile, press 55 when asked.",
        call_999: "Call 999",
    },
    exit: ExitWords {
        label: "Exit this page",
        hint: "Or press either Shift key 3 times, when you are not typing in a box.",
        count_one: "Shift, press 1 more time to exit",
        count_other: "Shift, press {n} more times to exit",
        leaving: "Exiting page",
        cover: "Loading",
        hint_framed:
            "Or press either Shift key 3 times, after you tap or click in this box and when you are not typing.",
        blocked: "This box could not close the page around it. To leave, close this tab or window now.",
    },
    card: CardWords {
        traces: "A call stays in your phone's call list, a text in your messages, and a website in your \
            browser's history. If someone else might look, delete them afterwards.",
        local_badge: "Local service",
        for_people_in: "For people in {area}",
        checked: "Details checked {date}",
        hours_not_confirmed: "Check their website for current opening times",
        open_not_confirmed: "Hours not confirmed – check their website for current opening times",
        hours_always: "Open 24 hours, every day",
        open_always: "Open 24 hours",
        closed_on_bank_holidays: "closed on bank holidays",
        open_until: "Open now · closes {time}",
        open_until_tomorrow: "Open now · closes {time} tomorrow",
        opens_today: "Closed now · opens today at {time}",
        opens_tomorrow: "Closed now · opens tomorrow at {time}",
        opens_on: "Closed now · opens {day} at {time}",
        closed_now: "Closed now",
        ages_between: "For people aged {min} to {max}",
        ages_from: "For people aged {min} and over",
        ages_up_to: "For people aged {max} and under",
        contact: [
            (ChannelKind::Phone, "Call {contact}"),
            (ChannelKind::Text, "Text {contact}"),
            (ChannelKind::Textphone, "Textphone {contact}"),
            (ChannelKind::Email, "Email {contact}"),
            (ChannelKind::Website, "Website: {contact}"),
            (ChannelKind::Form, "Online form: {contact}"),
            (ChannelKind::Chat, "Web chat: {contact}"),
        ],
        // The word to send is quoted, so "Text ‘support’ to …" reads as an instruction.
        text_word: "Text \u{2018}{word}\u{2019} to {contact}",
    },
    time: TimeWords {
        weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        months: [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        date: "{day} {month} {year}",
        clock: Clock::TwelveHour,
        am: "am",
        pm: "pm",
        midnight: "midnight",
        midday: "midday",
    },
    find: FindWords {
        title: "Find a helpline",
        search_label: "Search by name or what you need help with",
        search_hint: "For example: stalking, online, work, legal advice.",
        open_now: "Open now",
        need: "What you need help with",
        audience: "Who it is for",
        channel: "How you want to get in touch",
        reset: "Clear search and filters",
        empty: "Nothing matches all of that. Try fewer filters. These lines are open 24 hours:",
        filters: "More filters",
        filters_one: "More filters (1 chosen)",
        filters_other: "More filters ({n} chosen)",
        count_none: "No services found",
        count_one: "1 service found",
        count_other: "{n} services found",
        more_one: "Show 1 more service",
        more_other: "Show {n} more services",
        more_page: "Show {page} more services ({n} not shown yet)",
        channel_kinds: [
            (ChannelKindKey::Phone, "Phone"),
            (ChannelKindKey::Text, "Text message"),
            (ChannelKindKey::Email, "Email"),
            (ChannelKindKey::Chat, "Web chat"),
            (ChannelKindKey::Form, "Online form"),
            (ChannelKindKey::Textphone, "Textphone or Relay UK"),
            (ChannelKindKey::Website, "Website"),
        ],
        // Everyday words for the same thing: "revenge porn" finds "intimate images".
        synonyms: &[
        "revenge porn, intimate image, intimate images, private photos, private photo, nudes, sexual images, sexual pictures",
        "cyber, online, internet, digital, phone, social media, app",
        "work, workplace, job, colleague, employer, office",
        "harass, harassment, harassed, harassing",
        "stalk, stalking, stalker, stalked, following, followed",
        "domestic, partner, ex, husband, wife, boyfriend, girlfriend",
        "police, report, reporting, crime",
        "anonymous, anonymously, without giving my name, no name",
        "talk, listen, someone to talk to, emotional, support, counselling",
        "legal, law, lawyer, solicitor, rights",
        "young, teenager, teen, student, under 25, young people",
        "muslim, islam, faith",
        "man, men, male",
        "woman, women, female",
        "text, sms",
        "chat, webchat",
        "deaf, textphone, relay, hard of hearing",
        "free, freephone",
        ],
    },
    place: PlaceWords {
        question: "Where do you live?",
        hint: "Help, the police and the law are different in each part of the UK. Choosing only changes what \
            you see here. It is not saved or sent anywhere.",
        unsaid: "I'd rather not say",
    },
    check: CHECK,
    record: RECORD,
    guide_title: "Understanding stalking and harassment",
    fallback_heading: "Who can help",
    fallback_failed: "Something went wrong, so this is a simpler version of this help. Exit this page, 999 and the \
        helplines below all still work.",
    switch_label: "Language",
    data: DataWords::BUNDLED,
};

const RECORD: RecordWords = RecordWords {
    title: "Keep a record",
    intro: "Writing down what happens, with the date and time, helps the police and the courts see the whole \
        pattern.",
    privacy: "Nothing you write here is kept by this page. It is gone when you close the page or press Exit this \
        page. To keep it, save it as a file.",
    privacy_tips: &[
        "A saved file can be found by anyone who uses this device. Give it a plain name, like notes.txt.",
        "If you can, save it on a device that is safer, or send a copy to someone you trust.",
        "You can open the file here again later to add to it.",
        "Your browser also keeps a list of the files it has saved, even after you move or delete one. Remove \
        the file from its downloads list too.",
        "The file cannot prove when you wrote each entry, or that nobody changed it. To show when you wrote \
        things, email a copy to yourself or to someone you trust from time to time.",
    ],
    add: "Add an entry",
    form_title_new: "New entry",
    form_title_change: "Change this entry",
    change: "Change",
    remove: "Remove",
    remove_confirm: "Remove this entry?",
    remove_yes: "Yes, remove it",
    remove_no: "Keep it",
    save_entry: "Save entry",
    cancel: "Cancel",
    date: "Date",
    time: "Time",
    what: "What happened",
    place: "Where",
    who: "Who did it, if you know",
    witnesses: "Who saw it",
    feelings: "How it made me feel",
    evidence: "Evidence kept",
    evidence_hint: "Describe it, for example: screenshots on my phone. Nothing is uploaded.",
    reported: "Reported to the police",
    reported_yes: "Yes",
    reported_ref: "Yes, reference {reference}",
    reference: "Police reference number, if you have one",
    crime_reference: "Crime reference number",
    what_missing: "Write what happened, even in a few words.",
    count_none: "No incidents yet",
    count_one: "1 incident",
    count_other: "{n} incidents",
    between: "{count} between {first} and {last}",
    on: "{count} on {date}",
    no_date: "Date not given",
    save: "Save as a file",
    open: "Open a saved record",
    print: "Print",
    file_name: "notes.txt",
    file_title: "My record",
    keep_warning: "Anyone who uses this device could open this file. Keep it somewhere safe.",
    block_note: "The lines below let the help page open this record again. Please do not change them.",
    opened_none: "Opened. Every entry in it was already here.",
    opened_one: "Opened. 1 entry added.",
    opened_other: "Opened. {n} entries added.",
    opened_full_one: "1 entry in the file was not added, because this record is full (1,000 entries). Save this \
        record, then open the file in a new page for the rest.",
    opened_full_other: "{n} entries in the file were not added, because this record is full (1,000 entries). Save \
        this record, then open the file in a new page for the rest.",
    full: "This record is full: 1,000 entries is the most it can hold, so this entry was not saved. Save the record \
        as a file, then start a new one in a new page. What you wrote is still in the form.",
    saved_entry: "Entry saved.",
    removed: "Entry removed.",
    not_a_record: "This file is not a record saved from this page, so it was not opened. Nothing here has changed.",
    newer: "This record was saved by a newer version of this page, so it could not be opened here. Nothing here \
        has changed.",
    cut_short: "Part of this file is missing, so it was not opened. Nothing here has changed. If you have another \
        copy, try that.",
    changed: "This file is damaged, or was edited after it was saved, so it was not opened. Nothing here has \
        changed. This check finds damage and most edits, but it cannot prove that a file that opens was never \
        changed.",
    too_large: "This file is too large to be a record, so it was not opened. Nothing here has changed.",
    unreadable: "This file could not be read, so it was not opened. Nothing here has changed.",
    offer: "You can keep a record of what happens on this page. It stays only on screen until you save it as a \
        file.",
    offer_button: "Keep a record",
    earlier_one: "Show 1 earlier entry",
    earlier_other: "Show earlier entries ({n} more)",
};

const CHECK: CheckWords = CheckWords {
    title: "Am I being stalked?",
    intro: "Answer a few short questions about what is happening. At the end you will see what it could be, \
        what you can do, and who can help. It takes about 5 minutes. You can skip any question.",
    not_saved: "Nothing you choose here is saved or sent anywhere.",
    start_me: "Start the check",
    start_other: "I'm worried about someone else",
    start_own: "I'm worried about my own behaviour",
    start_pro: "I'm helping someone as part of my job",
    pro_title: "Helping someone who is being stalked or harassed",
    pro_intro: "A short guide for staff: what to ask, what to do now, and where to refer. It takes about 5 \
        minutes, and nothing you enter is saved or sent.",
    urgencies_pro: &[
        (Urgency::Emergency, "They are in danger now. Call 999, and stay with them if it is safe to."),
        (
            Urgency::High,
            "There are signs they could be at risk of serious harm. Act today, and refer them to a specialist \
            service.",
        ),
        (
            Urgency::Standard,
            "No sign of serious harm was recorded, but that does not mean there is no risk. Agree next steps \
            with them, at their pace.",
        ),
    ],
    pro_signs_heading: "Warning signs present",
    pro_no_signs: "None of the warning signs were recorded. Things can change quickly, so ask again if anything \
        changes.",
    pro_note: "This is not a risk assessment, and it cannot see everything. Follow your organisation's \
        safeguarding procedures and any risk assessment you use. A specialist stalking service can advise you.",
    pro_summary_title: "Notes for a referral",
    next: "Next",
    back: "Back",
    see_result: "See what it could be",
    skip_note: "You can leave any question blank.",
    danger_button: "I'm in danger now",
    danger_title: "Call 999 now",
    danger_text: "If you are in danger, call 999 and ask for the police.",
    danger_button_them: "They are in danger now",
    danger_text_them: "If they are in danger, call 999 and ask for the police.",
    danger_close: "Close",
    progress: "Step {n} of {total}",
    pages: PAGES,
    questions: QUESTIONS,
    choices: CHOICES,
    questions_them: QUESTIONS_THEM,
    choices_them: CHOICES_THEM,
    groups: &[
        (QuestionId::InPerson, "Following, turning up, watching, shouting"),
        (QuestionId::Contact, "Calls, texts, emails, letters, gifts"),
        (QuestionId::Online, "Social media, tracking, accounts, private photos"),
        (QuestionId::ThroughOthers, "Family, friends, workmates, lies"),
        (QuestionId::Property, "Damage, breaking in"),
        (QuestionId::Threats, "To hurt, to kill, sexual violence"),
        (QuestionId::Assault, "Physical or sexual"),
    ],
    ticked: "{n} ticked",
    four_heading: "Signs of stalking in what you said",
    four_intro: "Stalking specialists look for four signs, known as FOUR. What you said shows:",
    four: &[
        (Four::Fixated, "Fixated: it is about the person, not one problem that could be sorted out"),
        (Four::Obsessive, "Obsessive: it does not stop, whatever is said or done"),
        (Four::Unwanted, "Unwanted: it is not wanted, whether or not anyone has said so"),
        (Four::Repeated, "Repeated: it has happened more than once"),
    ],
    four_why: "The more of these there are, the more likely it is to be stalking. Stalking is a crime and it \
        often gets worse over time, so it is worth getting help early.",
    own_danger: "You said someone is in danger now. Call 999 and ask for the police.",
    see_help: "See what can help",
    own_note: "This is not an assessment, and it cannot see everything. If you think someone could get hurt, call \
        999.",
    patterns: &[
        (
            Pattern::Stalking,
            "What you've described could be stalking",
            "Stalking is when someone is fixed on a person and keeps doing things they do not want. It is a \
            crime, and it is never the fault of the person it happens to.",
        ),
        (
            Pattern::Harassment,
            "What you've described could be harassment",
            "Harassment is unwanted behaviour that happens two or more times and causes fear or upset. It can \
            be a crime.",
        ),
        (
            Pattern::SingleIncident,
            "This could still be a crime",
            "Even if it has happened only once, it can still be a crime or antisocial behaviour, and you can \
            still report it. If it happens again, it may be harassment or stalking.",
        ),
        (
            Pattern::Unclear,
            "You can still get help",
            "You didn't tell us much, and that's fine. If something feels wrong, it is worth talking to someone.",
        ),
        (
            Pattern::OwnBehaviour,
            "You can get help to change this",
            "Noticing how you behave, and wanting to change it, is an important step. Talking to someone \
            trained, in confidence, can help you stop and keep everyone safe.",
        ),
    ],
    online: "Part of it happens online. That can be just as serious as in person.",
    urgencies: &[
        (
            Urgency::Emergency,
            "Call 999 now",
            "You said you are in danger now. Call 999 and ask for the police. If you cannot speak, see below.",
            "You said they are in danger now. Call 999 and ask for the police.",
        ),
        (
            Urgency::High,
            "Please get help today",
            "What you've told us includes signs that you could be at risk of serious harm. Call the police \
            today on 101, or 999 if you are in danger. A stalking specialist can also help you plan how to stay \
            safe.",
            "What you've told us includes signs that they could be at risk of serious harm. Help them call the \
            police today on 101, or call 999 if they are in danger. A stalking specialist can help them plan \
            how to stay safe.",
        ),
        (
            Urgency::Standard,
            "You can get help",
            "You can report it to the police, keep a record, and talk to someone who can help. You can do this \
            at your own pace.",
            "They can report it to the police, keep a record, and talk to someone who can help, at their own \
            pace. You can help with each of these.",
        ),
    ],
    because: "Because you said:",
    reasons: &[
        (Reason::InDangerNow, "you are in danger now"),
        (Reason::SomeoneInDanger, "someone is in danger now"),
        (Reason::Repeated, "it has happened more than once"),
        (Reason::Once, "it has happened once"),
        (Reason::Online, "part of it happens online"),
        (Reason::ExPartnerThreats, "an ex-partner has made threats"),
        (Reason::Images, "private photos or videos are being shared, or threatened"),
        (Reason::WorkplaceSexualHarassment, "it is sexual, and from someone at work, school or college"),
    ],
    said: "\"{answer}\"",
    in_danger_them: "they are in danger now",
    several_risks: "{n} warning signs are there together",
    not_a_risk_assessment: "This is not a risk assessment and it cannot see everything. If you feel unsafe, \
        trust that feeling. It is not your fault, and you can talk to someone even if you are not sure.",
    next_steps_heading: "What you can do now",
    read_more: "More help",
    services_heading: "Who can help",
    next_steps: NEXT_STEPS,
    next_steps_them: NEXT_STEPS_THEM,
    keep_title: "Keep a copy",
    keep_warning: "A saved or printed copy could be found by someone else who uses this device or printer. \
        Only keep one if it is safe.",
    save: "Save as a text file",
    print: "Print",
    start_again: "Start again",
    start_again_note: "This clears all your answers.",
    file_name: "notes.txt",
    summary_answers: "What you said",
    record_heading: "Record of what happens (date, time, where, what happened, how it made me feel, who saw it):",
    record_entry: "Date:        Time:        Where:\nWhat happened:\n\nHow it made me feel:\nWho saw it:",
};

const PAGES: &[PageWords] = &[
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

const QUESTIONS: &[(QuestionId, &str)] = &[
    (QuestionId::InPerson, "In person"),
    (QuestionId::Contact, "Calls, messages and gifts"),
    (QuestionId::Online, "Online and on phones"),
    (QuestionId::ThroughOthers, "Through other people"),
    (QuestionId::Property, "Your home and things"),
    (QuestionId::Threats, "Threats"),
    (QuestionId::Assault, "Being hurt"),
    (QuestionId::HowOften, "How many times has it happened?"),
    (QuestionId::HowLong, "How long has it been going on?"),
    (QuestionId::GettingWorse, "Is it getting worse, or happening more often?"),
    (QuestionId::Marks, "Tick any that fit."),
    (QuestionId::Who, "The person is:"),
    (QuestionId::RecentSeparation, "Did you split up in the last few months?"),
    (QuestionId::Feelings, "Tick any that are true."),
    (QuestionId::InDangerNow, "Is any of this happening right now, or are you in danger now?"),
    (QuestionId::Risks, "Tick any that are true."),
    (QuestionId::About, "Tick any that are true."),
    (QuestionId::AnyoneInDanger, "Is anyone in danger right now?"),
    (QuestionId::Towards, "Who is it about?"),
    (QuestionId::Role, "Where do you work?"),
];

/// The questions, where someone helping is asked them differently.
const QUESTIONS_THEM: &[(QuestionId, &str)] = &[
    (QuestionId::Property, "Their home and things"),
    (QuestionId::Who, "The person doing it is:"),
    (QuestionId::RecentSeparation, "Did they split up in the last few months?"),
    (QuestionId::InDangerNow, "Is any of this happening right now, or are they in danger now?"),
];

const CHOICES: &[(Choice, &str)] = {
    use Behaviour::*;
    use Choice::Behaviour as B;
    &[
        (B(Following), "Following me"),
        (B(TurningUp), "Turning up at my home, work, school or college"),
        (B(Loitering), "Waiting or hanging around places I go"),
        (B(Watching), "Watching me"),
        (B(DrivingPast), "Driving past my home or work"),
        (B(AbuseToMyFace), "Shouting at me, swearing at me or insulting me to my face"),
        (B(Intimidating), "Acting in a way that is meant to scare me"),
        (B(Calls), "Phone calls I don't want"),
        (B(Messages), "Texts, messages or emails I don't want"),
        (B(Letters), "Letters or notes I don't want"),
        (B(UnwantedGifts), "Gifts or flowers I don't want"),
        (B(SexualComments), "Sexual comments, jokes or touching I don't want"),
        (B(SocialMedia), "Messages or comments on social media, in apps or in games"),
        (B(PostingAbout), "Posting about me online"),
        (B(MonitoringAccounts), "Checking my messages, emails or what I do online"),
        (B(AccessingAccounts), "Getting into my accounts"),
        (B(Tracking), "Tracking where I am, with an app or a device"),
        (B(FindingOutAbout), "Finding things out about me, or people close to me, online"),
        (B(FakeProfiles), "Fake profiles, or pretending to be me"),
        (B(SigningUp), "Signing me up to things, or buying things in my name"),
        (B(ThreatenToShareImages), "Threatening to share private photos or videos of me"),
        (B(SharedImages), "Sharing private photos or videos of me"),
        (B(UnwantedSexualImages), "Sending me sexual pictures I didn't ask for"),
        (B(SpamOrViruses), "Sending lots of messages, or viruses"),
        (B(ContactingPeopleAroundYou), "Contacting my family, friends or workmates"),
        (B(GettingOthersToJoinIn), "Getting other people to join in"),
        (B(SpreadingLies), "Telling lies about me to my work, friends or family"),
        (B(DamagingProperty), "Damaging my things, car or home"),
        (B(BreakingIn), "Breaking into, or stealing from, my home, car or workplace"),
        (B(ThreatOfViolence), "Threatening to hurt me or people close to me"),
        (B(ThreatOfSexualViolence), "Threatening sexual violence"),
        (B(ThreatToKill), "Threatening to kill me"),
        (B(ThreatToHarmThemselves), "Threatening to hurt themselves to make me do things"),
        (B(PhysicalAssault), "Hitting, pushing or hurting me"),
        (B(SexualAssault), "Sexual assault"),
        (Choice::Frequency(Frequency::Once), "Once"),
        (Choice::Frequency(Frequency::TwoOrMore), "Two or more times"),
        (Choice::Frequency(Frequency::Many), "Many times"),
        (Choice::Frequency(Frequency::NotSure), "I'm not sure"),
        (Choice::Duration(Duration::Days), "Days"),
        (Choice::Duration(Duration::Weeks), "Weeks"),
        (Choice::Duration(Duration::Months), "Months"),
        (Choice::Duration(Duration::Years), "Years"),
        (Choice::Duration(Duration::NotSure), "I'm not sure"),
        (Choice::GettingWorse(YesNo::Yes), "Yes"),
        (Choice::GettingWorse(YesNo::No), "No"),
        (Choice::GettingWorse(YesNo::NotSure), "I'm not sure"),
        (Choice::Who(Who::Partner), "My partner"),
        (Choice::Who(Who::ExPartner), "My ex-partner"),
        (Choice::Who(Who::Family), "A family member"),
        (Choice::Who(Who::WorkOrSchool), "Someone from work, school or college"),
        (Choice::Who(Who::Neighbour), "A neighbour"),
        (Choice::Who(Who::KnowALittle), "Someone I know a little"),
        (Choice::Who(Who::Stranger), "A stranger"),
        (Choice::Who(Who::DontKnow), "I don't know who it is"),
        (Choice::RecentSeparation(YesNo::Yes), "Yes"),
        (Choice::RecentSeparation(YesNo::No), "No"),
        (Choice::RecentSeparation(YesNo::NotSure), "I'm not sure"),
        (Choice::Feeling(Feeling::Scared), "Scared"),
        (Choice::Feeling(Feeling::Upset), "Upset or distressed"),
        (Choice::Feeling(Feeling::Anxious), "Anxious or on edge"),
        (Choice::Feeling(Feeling::ChangedRoutine), "I have changed what I do, or where I go"),
        (Choice::Feeling(Feeling::NotSleeping), "I can't sleep well"),
        (Choice::Feeling(Feeling::NotSure), "I'm not sure how I feel"),
        (Choice::InDangerNow(YesNo::Yes), "Yes"),
        (Choice::InDangerNow(YesNo::No), "No"),
        (Choice::Risk(Risk::FearSeriousHarm), "I'm afraid they will seriously hurt or kill me"),
        (
            Choice::Risk(Risk::LastResort),
            "They have said things like ‘if I can’t have you, no one can’, or act as if they have nothing to lose",
        ),
        (Choice::Risk(Risk::BeenViolent), "They have been violent before, to me or to anyone else"),
        (Choice::Risk(Risk::DoneItBefore), "They have done this to me, or to someone else, before"),
        (Choice::Risk(Risk::VisitsOften), "They turn up where I live or work more than three times a week"),
        (Choice::Risk(Risk::FixedOnOthers), "They are fixed on my new partner, my family or my friends as well"),
        (Choice::Mark(Mark::Fixated), "It is about me, not about one problem that could be sorted out"),
        (Choice::Mark(Mark::Obsessive), "They won't let it go, whatever I do or say"),
        (Choice::Mark(Mark::Unwanted), "I don't want it, whether or not I have told them"),
        (Choice::About(AboutMe::Woman), "I'm a woman"),
        (Choice::About(AboutMe::Man), "I'm a man"),
        (Choice::About(AboutMe::UnderEighteen), "I'm under 18"),
        (Choice::About(AboutMe::UnderTwentyFive), "I'm under 25"),
        (Choice::About(AboutMe::Muslim), "I'm a Muslim woman"),
        (Choice::About(AboutMe::Lgbt), "I'm lesbian, gay, bisexual, trans or queer (LGBT+)"),
        (Choice::About(AboutMe::Honour), "It's about family \"honour\", or being made to marry"),
        (Choice::About(AboutMe::Deaf), "I'm deaf or hard of hearing, or I find it hard to speak on the phone"),
        (Choice::Towards(Towards::Partner), "My partner"),
        (Choice::Towards(Towards::ExPartner), "My ex-partner"),
        (Choice::Towards(Towards::SomeoneElse), "Someone else"),
        (Choice::Role(Role::School), "A school, college or university"),
        (Choice::Role(Role::Workplace), "A workplace, as a manager, in HR or in support"),
        (Choice::Role(Role::Police), "The police"),
        (Choice::Role(Role::Elsewhere), "Somewhere else, such as health, housing or a charity"),
    ]
};

/// The options, where someone helping is offered them differently: about "them", and "the
/// person" for whoever is doing it.
const CHOICES_THEM: &[(Choice, &str)] = {
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

const NEXT_STEPS: &[(NextStep, &str)] = &[
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
const NEXT_STEPS_THEM: &[(NextStep, &str)] = &[
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
