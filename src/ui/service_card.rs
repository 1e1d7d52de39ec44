use yew::prelude::*;

use crate::data::{ChannelKind, Service};
use crate::strings::ENGLISH;

/// Props for [`ServiceCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct ServiceCardProps {
    /// The service to show.
    pub service: &'static Service,
    /// The heading level of the service's name, to fit where the card sits.
    #[prop_or(4)]
    pub level: u8,
}

/// One service: who they are, how to reach them and when, and when the details were checked.
#[function_component]
pub fn ServiceCard(props: &ServiceCardProps) -> Html {
    let words = &ENGLISH;
    let s = props.service;
    html! {
        <li class="service">
            <@{format!("h{}", props.level.clamp(2, 6))}>{ s.name }</@>
            <p>{ s.summary }</p>
            <ul class="channels" role="list">
                { for s.channels.iter().map(|c| {
                    let opens_new_tab = matches!(c.kind, ChannelKind::Website | ChannelKind::Form | ChannelKind::Chat);
                    let (target, rel) = if opens_new_tab { (Some("_blank"), Some("noopener noreferrer")) } else { (None, None) };
                    html! {
                        <li>
                            <a class="contact" href={c.href} {target} {rel}>{ words.channel_action(c.kind, c.display, c.keyword) }</a>
                            if let Some(hours) = words.hours(c.kind, &c.hours) {
                                <span class="detail">{ hours }</span>
                            }
                            if let Some(cost) = c.cost {
                                <span class="detail">{ cost }</span>
                            }
                            if let Some(note) = c.note {
                                <span class="note">{ note }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            <p class="checked">{ format!("{} {}", words.checked_prefix, words.date(s.checked)) }</p>
        </li>
    }
}
