//! The self-check's rules, told as the situations the source texts describe, and its steps.

use super::result::SERIOUS_RISKS;
use super::*;
use crate::data::area;
use crate::kit::place::Jurisdiction;
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
    a.risks = [Risk::VisitsOften].into();
    a.about = [AboutMe::Woman].into();
    let r = assess(&a, ENGLAND);
    assert_eq!(r.pattern, Pattern::Stalking);
    assert_eq!(r.urgency, Urgency::High);
    assert!(r.reasons.contains(&Reason::ExPartnerThreats));
    assert!(r.reasons.contains(&Reason::Said(Choice::RecentSeparation(YesNo::Yes))));
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
    assert_eq!(r.reasons, [Reason::Once, Reason::Online], "a message is online");
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
    assert!(r.reasons.contains(&Reason::Said(Choice::Behaviour(Following))));
    assert!(r.services.contains(&"the-mix"));
    assert!(r.services.contains(&"national-stalking-helpline"));
    assert!(r.topics.contains(&"physical-safety"));
}

#[test]
fn a_child_stalked_by_someone_from_school_is_offered_childline_and_nothing_for_adults_only() {
    for place in [ENGLAND, Some(area::WALES), Some(area::SCOTLAND), Some(area::NORTHERN_IRELAND), None] {
        let mut a = answers(&[Following, Watching, Messages]);
        a.frequency = Some(Frequency::TwoOrMore);
        a.who = Some(Who::WorkOrSchool);
        a.about = [AboutMe::UnderEighteen].into();
        let r = assess(&a, place);
        assert!(top(&r, 3).contains(&"childline"), "{place:?}: {:?}", r.services);
        for id in &r.services {
            let s = crate::data::service(id).unwrap();
            assert!(s.min_age.is_none_or(|min| min < 18), "{place:?}: {id} is for adults only");
        }
    }
}

#[test]
fn an_lgbt_person_abused_by_their_ex_is_offered_galop_and_others_are_not() {
    let mut a = answers(&[Messages, TurningUp]);
    a.frequency = Some(Frequency::Many);
    a.who = Some(Who::ExPartner);
    a.about = [AboutMe::Lgbt].into();
    for place in [ENGLAND, Some(area::SCOTLAND), Some(area::NORTHERN_IRELAND), None] {
        let r = assess(&a, place);
        assert!(top(&r, 4).contains(&"galop"), "{place:?}: {:?}", r.services);
    }
    a.about = [AboutMe::Woman].into();
    assert!(!assess(&a, ENGLAND).services.contains(&"galop"), "only to someone who said so");
}

#[test]
fn honour_based_abuse_or_a_forced_marriage_gets_its_specialists() {
    let mut a = answers(&[ThreatOfViolence, Following, Watching]);
    a.frequency = Some(Frequency::Many);
    a.who = Some(Who::Family);
    a.about = [AboutMe::Honour].into();
    for place in [ENGLAND, Some(area::WALES), Some(area::SCOTLAND), Some(area::NORTHERN_IRELAND), None] {
        let r = assess(&a, place);
        assert!(top(&r, 3).contains(&"karma-nirvana"), "{place:?}: {:?}", r.services);
        // And another: the Forced Marriage Unit, or in Scotland its own forced marriage line.
        let honour = |id: &&&str| crate::data::service(id).unwrap().needs.contains(&crate::data::need::HONOUR_ABUSE);
        assert!(r.services.iter().filter(honour).count() >= 2, "{place:?}: {:?}", r.services);
    }
    a.about = [AboutMe::Woman].into();
    let r = assess(&a, ENGLAND);
    assert!(
        !r.services.contains(&"karma-nirvana") && !r.services.contains(&"forced-marriage-unit"),
        "{:?}",
        r.services
    );
}

#[test]
fn someone_deaf_is_told_about_999_by_text_and_first_when_in_danger() {
    let mut a = answers(&[ThreatOfViolence, Following]);
    a.frequency = Some(Frequency::Many);
    a.about = [AboutMe::Deaf].into();
    a.risks = [Risk::FearSeriousHarm].into();
    let r = assess(&a, ENGLAND);
    assert!(top(&r, 2).contains(&"emergency-sms"), "{:?}", r.services);
    a.risks = Default::default();
    a.frequency = Some(Frequency::TwoOrMore);
    assert!(assess(&a, ENGLAND).services.contains(&"emergency-sms"));
    a.about = Default::default();
    assert!(!assess(&a, ENGLAND).services.contains(&"emergency-sms"), "only to someone who said so");
}

#[test]
fn with_no_place_given_a_line_to_talk_to_at_any_hour_is_offered() {
    for behaviours in [&[Following, Watching][..], &[Messages][..], &[TurningUp, ThreatOfViolence][..]] {
        let mut a = answers(behaviours);
        a.frequency = Some(Frequency::TwoOrMore);
        let r = assess(&a, None);
        assert!(r.services.contains(&"samaritans"), "{behaviours:?}: {:?}", r.services);
        let s = crate::data::service("samaritans").unwrap();
        assert_eq!(s.area, area::UK);
        assert!(s.channels.iter().any(|c| c.hours == crate::data::Hours::Always), "24 hours");
    }
}

#[test]
fn after_a_sexual_assault_each_nation_offers_its_own_route() {
    let mut a = answers(&[SexualAssault, Following]);
    a.frequency = Some(Frequency::TwoOrMore);
    a.who = Some(Who::KnowALittle);
    for (place, expected) in [
        (area::ENGLAND, &["sarcs-england", "rape-crisis-england-wales"][..]),
        (area::WALES, &["rape-crisis-england-wales", "live-fear-free"][..]),
        (area::SCOTLAND, &["sarcs-scotland", "rape-crisis-scotland"][..]),
        (area::NORTHERN_IRELAND, &["the-rowan", "dsa-helpline"][..]),
    ] {
        let r = assess(&a, Some(place));
        for id in expected {
            assert!(r.services.contains(id), "{place}: {id} not in {:?}", r.services);
        }
        // And nothing for another nation.
        for id in &r.services {
            assert!(crate::kit::place::serves(crate::data::service(id).unwrap(), Some(place)), "{place}: {id}");
        }
    }
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
    assert!(r.reasons.contains(&Reason::Said(Choice::Behaviour(ThreatToKill))));
}

#[test]
fn an_assault_is_high_urgency() {
    for b in [PhysicalAssault, SexualAssault] {
        let r = assess(&answers(&[b]), ENGLAND);
        assert_eq!(r.urgency, Urgency::High, "{b:?}");
        assert!(r.reasons.contains(&Reason::Said(Choice::Behaviour(b))));
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
    assert!(r.reasons.contains(&Reason::Said(Choice::GettingWorse(YesNo::Yes))));
}

#[test]
fn if_i_cant_have_you_is_high_urgency() {
    let mut a = answers(&[Messages]);
    a.risks = [Risk::LastResort].into();
    assert_eq!(assess(&a, ENGLAND).urgency, Urgency::High);
}

#[test]
fn several_lesser_risks_together_are_high_urgency() {
    let mut a = answers(&[Calls, Loitering]);
    a.risks = [Risk::DoneItBefore].into();
    assert_eq!(assess(&a, ENGLAND).urgency, Urgency::Standard, "two signs");
    a.behaviours.insert(ContactingPeopleAroundYou);
    let r = assess(&a, ENGLAND);
    assert_eq!(r.urgency, Urgency::High, "three signs, one asked on the safety page and two among the behaviours");
    assert!(r.reasons.contains(&Reason::SeveralRisks(3)));
    for answer in
        [Choice::Risk(Risk::DoneItBefore), Choice::Behaviour(Loitering), Choice::Behaviour(ContactingPeopleAroundYou)]
    {
        assert!(r.reasons.contains(&Reason::Said(answer)), "{answer:?} is said back");
    }
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
    a.risks = [Risk::VisitsOften].into();
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
    a.path = Path::SomeoneElse;
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
                    assert!(!crate::data::area_covers(area::ENGLAND_WALES, s.area), "{place}: {id} is for {}", s.area);
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
        behaviours: QUESTIONS
            .iter()
            .flat_map(|q| q.choices())
            .filter_map(|c| match c {
                Choice::Behaviour(b) => Some(b),
                _ => None,
            })
            .collect(),
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
        let words = &super::CheckWords::ENGLISH;
        for step in &r.next_steps {
            assert!(!words.next_step(*step, false).is_empty(), "{step:?} has no words");
        }
        for reason in &r.reasons {
            assert!(!super::summary::reason(words, *reason, false).is_empty(), "{reason:?} has no words");
        }
    }
}

#[test]
fn every_option_is_offered_once_on_each_path_and_every_question_on_a_page() {
    let mut seen = std::collections::BTreeSet::new();
    for path in [Path::Me, Path::OwnBehaviour, Path::Professional] {
        for q in QUESTIONS.iter().filter(|q| Step::pages(path).contains(&q.step)) {
            assert!(q.step.number(path).is_some(), "{:?} is asked on a question page", q.id);
            assert!(!q.choices.is_empty(), "{:?} has options", q.id);
            for c in q.choices() {
                assert!(seen.insert((path, c)), "{c:?} is offered twice");
            }
        }
    }
    // Every question is on a path; staff are asked everything the person would be, and more.
    let on_a_path = |q: &Question| {
        [Path::Me, Path::OwnBehaviour, Path::Professional].iter().any(|p| Step::pages(*p).contains(&q.step))
    };
    assert!(QUESTIONS.iter().all(on_a_path));
    assert!(Step::PAGES.iter().all(|p| Step::PRO_PAGES.contains(p)));
    let seen: std::collections::BTreeSet<Choice> = seen.into_iter().map(|(_, c)| c).collect();
    for b in seen.iter().filter_map(|c| match c {
        Choice::Behaviour(b) => Some(*b),
        _ => None,
    }) {
        assert!(QUESTIONS.iter().any(|q| q.id == b.question() && q.offers(Choice::Behaviour(b))));
    }
    for page in Step::PRO_PAGES.iter().chain(&Step::OWN_PAGES) {
        assert!(Question::on(*page).next().is_some(), "{page:?} asks something");
    }
}

#[test]
fn each_answer_is_remembered_and_a_choose_one_answer_replaces_the_last() {
    for q in &QUESTIONS {
        let mut a = Answers::default();
        for c in q.choices() {
            a.choose(c);
            assert!(a.has(c), "{c:?} remembered");
        }
        if !q.many {
            assert_eq!(q.chosen(&a).count(), 1, "{:?} keeps one answer", q.id);
        }
    }
}

// --- The steps. ---

#[test]
fn steps_go_forward_and_back_without_losing_answers() {
    let first = Step::PAGES[0];
    let mut s = reduce(State::default(), Action::Begin(Path::Me));
    assert_eq!((s.step, s.step.number(s.answers.path)), (first, Some((1, Step::PAGES.len()))));
    s = reduce(s, Action::Choose(Choice::Behaviour(Following)));
    s = reduce(s, Action::Next);
    assert_eq!((s.step, s.step.number(s.answers.path)), (Step::PAGES[1], Some((2, Step::PAGES.len()))));
    s = reduce(s, Action::Choose(Choice::Frequency(Frequency::Many)));
    s = reduce(s, Action::Back);
    assert_eq!(s.step, first);
    assert!(s.answers.behaviours.contains(&Following));
    assert_eq!(s.answers.frequency, Some(Frequency::Many));
    let mut pages = vec![s.step];
    while s.step != Step::Result {
        s = reduce(s, Action::Skip);
        pages.push(s.step);
        assert!(pages.len() <= Step::PAGES.len() + 1, "the steps end");
    }
    assert_eq!(pages[..Step::PAGES.len()], Step::PAGES, "every page once, in order");
    s = reduce(s, Action::Back);
    assert!(s.step.is_last_page(Path::Me));
    for _ in Step::PAGES {
        s = reduce(s, Action::Back);
    }
    assert_eq!(s.step, Step::Start);
}

#[test]
fn start_again_forgets_everything() {
    let mut s = reduce(State::default(), Action::Begin(Path::SomeoneElse));
    s = reduce(s, Action::Choose(Choice::Behaviour(Calls)));
    s = reduce(s, Action::OpenDanger);
    assert_eq!(reduce(s, Action::StartAgain), State::default());
}

#[test]
fn ticking_twice_unticks() {
    let s = reduce(State::default(), Action::Choose(Choice::Risk(Risk::DoneItBefore)));
    let s = reduce(s, Action::Choose(Choice::Risk(Risk::DoneItBefore)));
    assert!(s.answers.risks.is_empty());
}

#[test]
fn changing_who_clears_an_answer_that_no_longer_applies() {
    let s = reduce(State::default(), Action::Choose(Choice::Who(Who::ExPartner)));
    let s = reduce(s, Action::Choose(Choice::RecentSeparation(YesNo::Yes)));
    let s = reduce(s, Action::Choose(Choice::Who(Who::Neighbour)));
    assert_eq!(s.answers.recent_separation, None);
}

#[test]
fn woman_and_man_are_exclusive_choices() {
    let s = reduce(State::default(), Action::Choose(Choice::About(AboutMe::Woman)));
    let s = reduce(s, Action::Choose(Choice::About(AboutMe::Man)));
    assert_eq!(s.answers.about, [AboutMe::Man].into());
}

#[test]
fn the_danger_panel_opens_from_any_step_and_keeps_the_step() {
    let s = reduce(State::default(), Action::Begin(Path::Me));
    let s = reduce(reduce(s, Action::Next), Action::OpenDanger);
    assert!(s.danger_open);
    assert_eq!(s.step, Step::PAGES[1]);
    assert!(!reduce(s, Action::CloseDanger).danger_open);
}

// --- Situations told in the source texts, each with what a specialist would expect. ---

/// One situation: what the person said (set on the answers), where they live, and the pattern,
/// urgency and services a specialist would expect (`with`: among the first six; `without`:
/// never).
struct Situation {
    told: &'static str,
    place: Option<&'static str>,
    answers: Answers,
    pattern: Pattern,
    urgency: Urgency,
    with: &'static [&'static str],
    without: &'static [&'static str],
}

fn told(told: &'static str, place: Option<&'static str>, set: impl FnOnce(&mut Answers)) -> Situation {
    let mut answers = Answers::default();
    set(&mut answers);
    Situation { told, place, answers, pattern: Pattern::Unclear, urgency: Urgency::Standard, with: &[], without: &[] }
}

impl Situation {
    fn expect(mut self, pattern: Pattern, urgency: Urgency) -> Self {
        (self.pattern, self.urgency) = (pattern, urgency);
        self
    }
    fn with(mut self, with: &'static [&'static str]) -> Self {
        self.with = with;
        self
    }
    fn without(mut self, without: &'static [&'static str]) -> Self {
        self.without = without;
        self
    }
}

fn situations() -> Vec<Situation> {
    use Pattern::*;
    use Urgency::*;
    let b = |list: &[Behaviour]| list.iter().copied().collect::<crate::kit::set::Set<Behaviour>>();
    vec![
        told("my ex says \"if I can't have you, no one can\", the messages are getting worse and I'm afraid they'll kill me", ENGLAND, |a| {
            a.behaviours = b(&[Messages]);
            a.getting_worse = Some(YesNo::Yes);
            a.who = Some(Who::ExPartner);
            a.risks = [Risk::LastResort, Risk::FearSeriousHarm].into();
        })
        .expect(Stalking, High)
        .with(&["police-non-emergency", "paladin", "national-stalking-helpline"]),
        told("someone threatened sexual violence", ENGLAND, |a| a.behaviours = b(&[ThreatOfSexualViolence]))
            .expect(SingleIncident, High)
            .with(&["police-non-emergency"]),
        told("they threatened to hurt me and keep turning up at my home", ENGLAND, |a| {
            a.behaviours = b(&[ThreatOfViolence, TurningUp]);
        })
        .expect(Stalking, High)
        .with(&["police-non-emergency", "paladin", "national-stalking-helpline"]),
        told("a stranger sent me one abusive message on a social network", ENGLAND, |a| {
            a.behaviours = b(&[SocialMedia]);
            a.frequency = Some(Frequency::Once);
            a.who = Some(Who::Stranger);
        })
        .expect(SingleIncident, Standard)
        .with(&["cyber-helpline", "police-non-emergency"]),
        told("my neighbour keeps shouting and swearing at me in the street", ENGLAND, |a| {
            a.behaviours = b(&[AbuseToMyFace]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::Neighbour);
        })
        .expect(Harassment, Standard)
        .with(&["police-non-emergency"])
        .without(&["paladin"]),
        told("a neighbour keeps trying to intimidate me and has damaged my car", ENGLAND, |a| {
            a.behaviours = b(&[Intimidating, DamagingProperty]);
            a.frequency = Some(Frequency::TwoOrMore);
            a.who = Some(Who::Neighbour);
        })
        .expect(Harassment, Standard)
        .with(&["police-non-emergency"]),
        told("a colleague keeps making sexual comments", ENGLAND, |a| {
            a.behaviours = b(&[SexualComments]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::WorkOrSchool);
        })
        .expect(Harassment, Standard)
        .with(&["equality-advisory-support-service"]),
        told("my ex turns up at my work more than three times a week since we split, and threatened me", ENGLAND, |a| {
            a.behaviours = b(&[TurningUp, ThreatOfViolence]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::ExPartner);
            a.recent_separation = Some(YesNo::Yes);
            a.risks = [Risk::VisitsOften].into();
        })
        .expect(Stalking, High)
        .with(&["paladin", "national-stalking-helpline"]),
        told("I'm 16 and someone follows me home from school; I'm not scared, just annoyed", ENGLAND, |a| {
            a.behaviours = b(&[Following, Watching]);
            a.frequency = Some(Frequency::TwoOrMore);
            a.about = [AboutMe::UnderEighteen, AboutMe::UnderTwentyFive].into();
            a.feelings = [Feeling::Upset].into();
        })
        .expect(Stalking, Standard)
        .with(&["childline", "national-stalking-helpline"])
        .without(&["revenge-porn-helpline"]),
        told("I'm 15 and a boy shared private photos of me", ENGLAND, |a| {
            a.behaviours = b(&[SharedImages]);
            a.about = [AboutMe::UnderEighteen].into();
        })
        .expect(SingleIncident, Standard)
        .with(&["childline"])
        .without(&["revenge-porn-helpline"]),
        told("my partner checks my phone and tracks where I am", ENGLAND, |a| {
            a.behaviours = b(&[MonitoringAccounts, Tracking]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::Partner);
            a.about = [AboutMe::Woman].into();
        })
        .expect(Stalking, Standard)
        .with(&["national-domestic-abuse-helpline", "refuge-tech-safety"]),
        told("I'm a man and my partner keeps calling and checking up on me", ENGLAND, |a| {
            a.behaviours = b(&[Calls, MonitoringAccounts]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::Partner);
            a.about = [AboutMe::Man].into();
        })
        .expect(Stalking, Standard)
        .with(&["mens-advice-line"])
        .without(&["national-domestic-abuse-helpline"]),
        told("as a Muslim woman, people keep posting about me online", ENGLAND, |a| {
            a.behaviours = b(&[PostingAbout, SocialMedia]);
            a.frequency = Some(Frequency::Many);
            a.about = [AboutMe::Woman, AboutMe::Muslim].into();
        })
        .expect(Harassment, Standard)
        .with(&["mwn-helpline", "cyber-helpline"]),
        told("he is outside my door right now", ENGLAND, |a| {
            a.behaviours = b(&[TurningUp]);
            a.in_danger_now = Some(YesNo::Yes);
        })
        .expect(SingleIncident, Emergency)
        .with(&["police-emergency"]),
        told("they keep calling, and now they are fixed on my new partner and my family too", ENGLAND, |a| {
            a.behaviours = b(&[Calls]);
            a.frequency = Some(Frequency::Many);
            a.risks = [Risk::FixedOnOthers].into();
        })
        .expect(Stalking, Standard)
        .with(&["national-stalking-helpline"]),
        told("the calls never stop, it is about me, and I don't want any of it", ENGLAND, |a| {
            a.behaviours = b(&[Calls]);
            a.frequency = Some(Frequency::Many);
            a.marks = [Mark::Fixated, Mark::Obsessive, Mark::Unwanted].into();
        })
        .expect(Stalking, Standard)
        .with(&["national-stalking-helpline"]),
        told("a former friend keeps sending rude texts about one argument", ENGLAND, |a| {
            a.behaviours = b(&[Messages]);
            a.frequency = Some(Frequency::TwoOrMore);
            a.who = Some(Who::KnowALittle);
        })
        .expect(Harassment, Standard)
        .without(&["paladin"]),
        told("someone gets other people online to pile on me, and tells lies to my work", ENGLAND, |a| {
            a.behaviours = b(&[GettingOthersToJoinIn, SpreadingLies, PostingAbout]);
            a.frequency = Some(Frequency::Many);
        })
        .expect(Stalking, Standard)
        .with(&["national-stalking-helpline", "cyber-helpline"]),
        told("someone keeps signing me up to things and buying things in my name", ENGLAND, |a| {
            a.behaviours = b(&[SigningUp]);
            a.frequency = Some(Frequency::Many);
        })
        .expect(Stalking, Standard)
        .with(&["national-stalking-helpline"]),
        told("in Scotland, my ex has threatened me and keeps turning up", Some(crate::data::area::SCOTLAND), |a| {
            a.behaviours = b(&[ThreatOfViolence, TurningUp]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::ExPartner);
        })
        .expect(Stalking, High)
        .with(&["action-against-stalking", "scotland-domestic-abuse-helpline"])
        .without(&["paladin", "national-domestic-abuse-helpline"]),
        told("in Northern Ireland, my partner tracks me and turns up at work", Some(crate::data::area::NORTHERN_IRELAND), |a| {
            a.behaviours = b(&[Tracking, TurningUp]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::Partner);
            a.about = [AboutMe::Woman].into();
        })
        .expect(Stalking, Standard)
        .with(&["dsa-helpline"])
        .without(&["paladin", "national-domestic-abuse-helpline"]),
        told("in Wales, my ex keeps messaging and turning up", Some(crate::data::area::WALES), |a| {
            a.behaviours = b(&[Messages, TurningUp]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::ExPartner);
            a.about = [AboutMe::Woman].into();
        })
        .expect(Stalking, Standard)
        .with(&["live-fear-free", "national-stalking-helpline"]),
        told("my friend is being followed by a man from her gym", ENGLAND, |a| {
            a.path = Path::SomeoneElse;
            a.behaviours = b(&[Following, Loitering]);
            a.frequency = Some(Frequency::Many);
        })
        .expect(Stalking, Standard)
        .with(&["national-stalking-helpline"]),
        told("I keep checking my ex's social media and messaging her though she has blocked me", ENGLAND, |a| {
            a.path = Path::OwnBehaviour;
            a.towards = Some(Towards::ExPartner);
            a.in_danger_now = Some(YesNo::No);
        })
        .expect(OwnBehaviour, Standard)
        .with(&["respect-phoneline"])
        .without(&["national-stalking-helpline", "police-emergency"]),
        told("I'm frightened of what I might do to my partner tonight", ENGLAND, |a| {
            a.path = Path::OwnBehaviour;
            a.towards = Some(Towards::Partner);
            a.in_danger_now = Some(YesNo::Yes);
        })
        .expect(OwnBehaviour, Emergency)
        .with(&["police-emergency", "respect-phoneline"]),
        told("a teacher: a pupil of 15 says an older student keeps following her and messaging her", ENGLAND, |a| {
            a.path = Path::Professional;
            a.role = Some(Role::School);
            a.behaviours = b(&[Following, SocialMedia]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::WorkOrSchool);
            a.about = [AboutMe::UnderEighteen, AboutMe::UnderTwentyFive].into();
        })
        .expect(Stalking, Standard)
        .with(&["childline", "national-stalking-helpline"])
        .without(&["revenge-porn-helpline", "respect-phoneline"]),
        told("HR: a colleague's ex keeps turning up at reception and has threatened her", ENGLAND, |a| {
            a.path = Path::Professional;
            a.role = Some(Role::Workplace);
            a.behaviours = b(&[TurningUp, ThreatOfViolence]);
            a.frequency = Some(Frequency::Many);
            a.who = Some(Who::ExPartner);
        })
        .expect(Stalking, High)
        .with(&["paladin", "national-stalking-helpline", "police-non-emergency"]),
        told("a call-taker in Wales: a caller's ex threatens to kill her", Some(crate::data::area::WALES), |a| {
            a.path = Path::Professional;
            a.role = Some(Role::Police);
            a.behaviours = b(&[ThreatToKill, Messages]);
            a.who = Some(Who::ExPartner);
        })
        .expect(Harassment, High)
        .with(&["paladin", "live-fear-free"]),
        told("a call-taker in Scotland: a man keeps turning up at a woman's work", Some(crate::data::area::SCOTLAND), |a| {
            a.path = Path::Professional;
            a.role = Some(Role::Police);
            a.behaviours = b(&[TurningUp, Watching]);
            a.frequency = Some(Frequency::Many);
        })
        .expect(Stalking, Standard)
        .with(&["action-against-stalking"])
        .without(&["paladin"]),
        told("I can't stop going to where a colleague lives", ENGLAND, |a| {
            a.path = Path::OwnBehaviour;
            a.towards = Some(Towards::SomeoneElse);
        })
        .expect(OwnBehaviour, Standard)
        .without(&["respect-phoneline", "national-stalking-helpline"]),
    ]
}

#[test]
fn situations_from_the_source_texts_get_what_a_specialist_would_expect() {
    let all = situations();
    assert!(all.len() >= 20);
    for s in &all {
        let r = assess(&s.answers, s.place);
        let what = format!("\"{}\": {:?}", s.told, r);
        assert_eq!((r.pattern, r.urgency), (s.pattern, s.urgency), "{what}");
        for id in s.with {
            assert!(top(&r, 6).contains(id), "{id} is offered: {what}");
        }
        for id in s.without {
            assert!(!r.services.contains(id), "{id} is not offered: {what}");
        }
        // Every result explains itself, and speaks of the place the person is in.
        if r.urgency > Urgency::Standard || !matches!(r.pattern, Pattern::Unclear | Pattern::OwnBehaviour) {
            assert!(!r.reasons.is_empty(), "no \"because you said\": {what}");
        }
        for id in &r.services {
            let service = crate::data::service(id).unwrap();
            assert!(crate::kit::place::serves(service, s.place), "{id} does not serve {:?}", s.place);
        }
        if s.answers.path == Path::OwnBehaviour {
            assert!(r.four.is_empty() && r.topics.is_empty(), "no label for someone asking about themselves");
        }
    }
}

#[test]
fn every_answer_that_raised_the_urgency_is_said_back() {
    for s in situations().into_iter().filter(|s| s.answers.path != Path::OwnBehaviour) {
        let r = assess(&s.answers, s.place);
        for (risk, answer) in s.answers.signs() {
            if SERIOUS_RISKS.contains(&risk) {
                assert!(r.reasons.contains(&Reason::Said(answer)), "{risk:?} from {answer:?}: \"{}\"", s.told);
            }
        }
    }
}

#[test]
fn a_sign_counts_the_same_wherever_it_is_given() {
    // A threat among the behaviours is the sign the safety page would have asked about.
    let threat = answers(&[ThreatOfSexualViolence]);
    assert!(threat.all_risks().contains(&Risk::ThreatenedViolence));
    assert_eq!(assess(&threat, ENGLAND).urgency, Urgency::High);
    // And no sign is counted twice.
    let mut twice = answers(&[ThreatOfViolence, ThreatOfSexualViolence, PhysicalAssault]);
    twice.risks = [Risk::BeenViolent].into();
    let signs = twice.signs();
    assert_eq!(signs.iter().filter(|(r, _)| *r == Risk::BeenViolent).count(), 1);
    assert_eq!(signs.iter().filter(|(r, _)| *r == Risk::ThreatenedViolence).count(), 1);
}

#[test]
fn fear_not_ticked_never_plays_a_situation_down() {
    for s in situations() {
        let mut scared = s.answers.clone();
        scared.feelings = [Feeling::Scared].into();
        let mut not = s.answers.clone();
        not.feelings = [Feeling::NotSure].into();
        let (a, b) = (assess(&scared, s.place), assess(&not, s.place));
        assert_eq!((a.pattern, a.urgency), (b.pattern, b.urgency), "\"{}\"", s.told);
    }
}

#[test]
fn the_result_names_the_marks_of_stalking_that_were_there() {
    use super::assess::Four;
    let mut a = answers(&[Calls]);
    a.frequency = Some(Frequency::Many);
    a.marks = [Mark::Fixated, Mark::Unwanted].into();
    assert_eq!(assess(&a, ENGLAND).four, [Four::Fixated, Four::Unwanted, Four::Repeated]);
    a.marks = Default::default();
    a.risks = [Risk::LastResort].into();
    assert_eq!(assess(&a, ENGLAND).four, [Four::Obsessive, Four::Repeated]);
    assert_eq!(assess(&answers(&[Following]), ENGLAND).four, [Four::Fixated]);
    assert!(assess(&Answers::default(), ENGLAND).four.is_empty());
}

#[test]
fn the_helper_is_told_how_to_support_the_person() {
    let mut a = answers(&[Following]);
    a.frequency = Some(Frequency::Many);
    a.path = Path::SomeoneElse;
    let r = assess(&a, ENGLAND);
    for step in [NextStep::ListenAndBelieve, NextStep::NoMediation, NextStep::LookAfterYourself] {
        assert!(r.next_steps.contains(&step), "{step:?}");
    }
    a.path = Path::Me;
    let r = assess(&a, ENGLAND);
    assert!(!r.next_steps.contains(&NextStep::NoMediation));
}

#[test]
fn the_own_behaviour_path_is_short_and_never_asks_the_victims_questions() {
    let s = reduce(State::default(), Action::Begin(Path::OwnBehaviour));
    assert_eq!(s.step, Step::OwnBehaviour);
    assert_eq!(s.step.number(Path::OwnBehaviour), Some((1, 1)));
    let questions: Vec<QuestionId> = Question::on(s.step).map(|q| q.id).collect();
    assert_eq!(questions, [QuestionId::AnyoneInDanger, QuestionId::Towards]);
    let s = reduce(s, Action::Next);
    assert_eq!(s.step, Step::Result);
    assert_eq!(reduce(s, Action::Back).step, Step::OwnBehaviour);
}

#[test]
fn staff_are_told_the_first_response_and_what_their_setting_can_do() {
    let mut a = answers(&[SexualComments]);
    a.path = Path::Professional;
    a.frequency = Some(Frequency::Many);
    a.who = Some(Who::WorkOrSchool);
    for (role, expected, not) in [
        (Role::School, &[NextStep::SchoolLead, NextStep::SchoolTravel][..], NextStep::WorkReception),
        (
            Role::Workplace,
            &[NextStep::WorkReception, NextStep::WorkChanges, NextStep::WorkDuty][..],
            NextStep::SchoolLead,
        ),
        (Role::Police, &[NextStep::PoliceRecord, NextStep::PoliceScreen][..], NextStep::WorkDuty),
        (Role::Elsewhere, &[NextStep::ElsewhereSafeguarding][..], NextStep::PoliceScreen),
    ] {
        a.role = Some(role);
        let r = assess(&a, ENGLAND);
        for step in [NextStep::ProBelieve, NextStep::NoMediation, NextStep::ProRecord, NextStep::ProConsent] {
            assert!(r.next_steps.contains(&step), "{role:?}: {step:?}");
        }
        for step in expected {
            assert!(r.next_steps.contains(step), "{role:?}: {step:?} in {:?}", r.next_steps);
        }
        assert!(!r.next_steps.contains(&not), "{role:?}: not {not:?}");
        assert!(!r.next_steps.contains(&NextStep::DontEngage), "the victim's own steps are not the professional's");
        assert_eq!(r.topics[0], "four-signs");
        assert_eq!(r.topics.contains(&"at-work"), role == Role::Workplace);
    }
    // The employer's duty is Great Britain's law, not Northern Ireland's.
    a.role = Some(Role::Workplace);
    let ni = assess(&a, Some(area::NORTHERN_IRELAND));
    assert!(!ni.next_steps.contains(&NextStep::WorkDuty));
    assert!(ni.next_steps.contains(&NextStep::ReportOnline(Jurisdiction::NorthernIreland)));
    // Someone under 18: child protection first.
    a.about = [AboutMe::UnderEighteen].into();
    assert!(assess(&a, ENGLAND).next_steps.contains(&NextStep::ProUnder18));
    // At high risk, act today; in danger now, 999.
    a.risks = [Risk::FearSeriousHarm].into();
    assert_eq!(assess(&a, ENGLAND).next_steps[1], NextStep::ProActToday);
    a.in_danger_now = Some(YesNo::Yes);
    assert_eq!(assess(&a, ENGLAND).next_steps[1], NextStep::Call999Now);
}

#[test]
fn the_staff_path_asks_their_role_then_everything_else() {
    let s = reduce(State::default(), Action::Begin(Path::Professional));
    assert_eq!(s.step, Step::Role);
    assert_eq!(s.step.number(Path::Professional), Some((1, Step::PRO_PAGES.len())));
    let s = reduce(s, Action::Next);
    assert_eq!((s.step, s.step.number(Path::Professional)), (Step::WhatHappened, Some((2, Step::PRO_PAGES.len()))));
    assert!(s.answers.for_someone_else(), "the questions speak of them");
}
