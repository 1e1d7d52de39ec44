use yew::prelude::*;

use crate::data::{area_covers, Block, Topic};
use crate::view::use_kit;

/// Props for [`GuidanceTopic`].
#[derive(Properties, PartialEq, Clone)]
pub struct GuidanceTopicProps {
    /// The topic to show.
    pub topic: &'static Topic,
    /// A heading to use instead of the topic's own (a host's re-wording).
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// Whether it starts open (for example the silent-call steps in the danger panel).
    #[prop_or_default]
    pub open: bool,
    /// Where the visitor lives (an area id), if known: paragraphs for other places are left out.
    #[prop_or_default]
    pub place: Option<&'static str>,
    /// Extra content after the topic's own words (for example a host's link).
    #[prop_or_default]
    pub children: Html,
}

/// A guidance topic as a disclosure: the title is the button, the body opens under it. Nothing
/// about it is remembered; it starts closed every time.
///
/// A paragraph for one part of the UK shows where the visitor lives there; where they have not
/// said, or live somewhere wider (a host serving Great Britain), it shows with the place named,
/// so nobody reads another nation's law as their own.
#[function_component]
pub fn GuidanceTopic(props: &GuidanceTopicProps) -> Html {
    let data = use_kit().data;
    let t = props.topic;
    let place = props.place;
    html! {
        <details class="topic" data-topic={t.id} open={props.open}>
            <summary>{ props.title.clone().unwrap_or(AttrValue::Static(t.title)) }</summary>
            <div class="topic-body">
                { for t.body.iter().map(|block| match block {
                    Block::Para(text) => html! { <p>{ *text }</p> },
                    Block::List(items) => html! {
                        <ul class="bullets">{ for items.iter().map(|item| html! { <li>{ *item }</li> }) }</ul>
                    },
                    Block::Local { area, text } => match place {
                        Some(p) if area_covers(area, p) => html! { <p>{ *text }</p> },
                        Some(p) if !area_covers(p, area) => Html::default(),
                        _ => html! { <p><strong>{ data.area(area) }{ ": " }</strong>{ *text }</p> },
                    },
                }) }
                { props.children.clone() }
            </div>
        </details>
    }
}
