use yew::prelude::*;

use super::words::GuideWords;
use crate::data::{area_covers, topic_id};
use crate::parts::PartProps;
use crate::view::use_kit;
use crate::view::{heading, GuidanceTopic};

/// The topics shown in the guidance part, in order.
const TOPICS: [&str; 12] = [
    topic_id::WHAT_IS_STALKING,
    topic_id::WHAT_IS_HARASSMENT,
    topic_id::STALKING_OR_HARASSMENT,
    topic_id::ONLINE_STALKING,
    topic_id::FOUR_SIGNS,
    topic_id::TWO_OR_MORE_TIMES,
    topic_id::HOW_IT_FEELS,
    topic_id::WHAT_TO_DO,
    topic_id::KEEPING_A_LOG,
    topic_id::PHYSICAL_SAFETY,
    topic_id::ONLINE_SAFETY,
    topic_id::HOW_TO_REPORT,
];

/// Plain-language guidance, each topic a disclosure: what it is, what to do, and the law.
#[function_component]
pub fn Guidance(props: &PartProps<GuideWords>) -> Html {
    // A topic for one part of the UK shows where it applies, and where the visitor may live there
    // (a host serving Great Britain); with no place, all of them, each titled with its nation.
    let place = props.place;
    let (words, data) = (props.words.0, use_kit().data);
    let applies = |t: &crate::data::Topic| place.is_none_or(|p| area_covers(t.area, p) || area_covers(p, t.area));
    let local = [
        topic_id::PROTECTIVE_ORDERS,
        topic_id::SILENT_999,
        topic_id::LAW_ENGLAND_WALES,
        topic_id::LAW_SCOTLAND,
        topic_id::LAW_NORTHERN_IRELAND,
    ];
    html! {
        <section class="guidance" aria-labelledby="guidance-title">
            { heading(props.level, words.title.into(), Some("guidance-title"), None) }
            { for TOPICS.iter().chain(local.iter()).filter_map(|id| data.topic(id)).filter(|t| applies(t)).map(|t| html! {
                <GuidanceTopic key={t.id} topic={t} {place} />
            }) }
        </section>
    }
}
