use yew::prelude::*;

use crate::data::{Block, Topic};

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
    /// Extra content after the topic's own words (for example a host's link).
    #[prop_or_default]
    pub children: Html,
}

/// A guidance topic as a disclosure: the title is the button, the body opens under it. Nothing
/// about it is remembered; it starts closed every time.
#[function_component]
pub fn GuidanceTopic(props: &GuidanceTopicProps) -> Html {
    let t = props.topic;
    html! {
        <details class="topic" data-topic={t.id} open={props.open}>
            <summary>{ props.title.clone().unwrap_or(AttrValue::Static(t.title)) }</summary>
            <div class="topic-body">
                { for t.body.iter().map(|block| match block {
                    Block::Para(text) => html! { <p>{ *text }</p> },
                    Block::List(items) => html! {
                        <ul class="bullets">{ for items.iter().map(|item| html! { <li>{ *item }</li> }) }</ul>
                    },
                }) }
                { props.children.clone() }
            </div>
        </details>
    }
}
