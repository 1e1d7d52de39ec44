//! Which services fit: each bundled service scored against what the person said, where they
//! live, what it could be and how soon to act, the best few kept. Pure, like the rest of the
//! self-check.

use crate::data::{audience, need, role, service_id, Service, SERVICES};
use crate::kit::place::{self, depth};

use super::result::{Pattern, Urgency};
use super::{AboutMe, Answers, Behaviour, Path, Who};

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

pub(super) fn match_services(
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
