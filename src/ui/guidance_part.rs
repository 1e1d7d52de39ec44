use yew::prelude::*;

use crate::data::{area_covers, topic};
use crate::strings::guide as words;
use crate::ui::{heading, GuidanceTopic};

/// Props for [`Guidance`].
#[derive(Properties, PartialEq, Clone)]
pub struct GuidanceProps {
    /// Where the visitor lives (an area id), if known: only the law, orders and reporting routes
    /// that apply there are shown.
    #[prop_or_default]
    pub place: Option<&'static str>,
    /// The level of this part's heading.
    #[prop_or(3)]
    pub level: u8,
}

/// The topics shown in the guidance part, in order.
const TOPICS: [&str; 12] = [
    "what-is-stalking",
    "what-is-harassment",
    "stalking-or-harassment",
    "online-stalking",
    "four-signs",
    "two-or-more-times",
    "how-it-feels",
    "what-to-do",
    "keeping-a-log",
    "physical-safety",
    "online-safety",
    "how-to-report",
];

/// Plain-language guidance, each topic a disclosure: what it is, what to do, and the law.
#[function_component]
pub fn Guidance(props: &GuidanceProps) -> Html {
    // A topic for one part of the UK shows where it applies, and where the visitor may live there
    // (a host serving Great Britain); with no place, all of them, each titled with its nation.
    let place = props.place;
    let applies = |t: &crate::data::Topic| place.is_none_or(|p| area_covers(t.area, p) || area_covers(p, t.area));
    let local = ["protective-orders", "silent-999", "law-england-wales", "law-scotland", "law-northern-ireland"];
    html! {
        <section class="guidance" aria-labelledby="guidance-title">
            { heading(props.level, words::TITLE.into(), Some("guidance-title"), None) }
            { for TOPICS.iter().chain(local.iter()).filter_map(|id| topic(id)).filter(|t| applies(t)).map(|t| html! {
                <GuidanceTopic key={t.id} topic={t} {place} />
            }) }
        </section>
    }
}
