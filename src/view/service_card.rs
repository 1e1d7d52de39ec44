use yew::prelude::*;

use crate::data::{area, holidays_for, ChannelKind, Hours, Service};
use crate::kit::clock::{open_state, UkTime};
use crate::view::heading;
use crate::view::use_kit;
use crate::words::format;

/// Props for [`ServiceCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct ServiceCardProps {
    /// The service to show.
    pub service: &'static Service,
    /// The heading level of the service's name, to fit where the card sits.
    #[prop_or(4)]
    pub level: u8,
    /// The UK time now, to say whether each line is open; `None` shows the hours only.
    #[prop_or_default]
    pub now: Option<UkTime>,
    /// Added by the host page rather than bundled.
    #[prop_or_default]
    pub local: bool,
}

/// One service: who they are, who they help (where, and at what age, when that is limited), how
/// to reach them and when, and when the details were last checked. The pages the facts were
/// checked against are for the people who keep the data (the README lists them); a visitor
/// needs the organisation's own way in, which the contact links give.
#[function_component]
pub fn ServiceCard(props: &ServiceCardProps) -> Html {
    let (card, time, data, lang) = {
        let kit = use_kit();
        (kit.card, kit.time, kit.data, kit.lang)
    };
    // In the visitor's language (a host's own service stays in the host's words).
    let s = data.service(props.service);
    html! {
        <li class="service">
            { heading(props.level, s.name.into(), None, None) }
            if props.local {
                <p class="badge">{ card.local_badge }</p>
            }
            if s.area != area::UK {
                <p class="who">{ format::fill(card.for_people_in, &[("area", data.area(s.area))]) }</p>
            }
            if let Some(ages) = card.ages(s.min_age, s.max_age) {
                <p class="who">{ ages }</p>
            }
            <p>{ s.summary }</p>
            <ul class="channels" role="list">
                { for s.channels.iter().map(|c| {
                    let opens_new_tab = matches!(c.kind, ChannelKind::Website | ChannelKind::Form | ChannelKind::Chat);
                    let (target, rel) = if opens_new_tab { (Some("_blank"), Some("noopener noreferrer")) } else { (None, None) };
                    let live = matches!(c.kind, ChannelKind::Phone | ChannelKind::Text | ChannelKind::Textphone | ChannelKind::Chat);
                    let state = props.now.filter(|_| live).map(|now| card.open_state(time, open_state(&c.hours, holidays_for(s), now)));
                    // With the open/closed line shown, the weekly times still help; "24 hours" and
                    // "not confirmed" would only repeat it.
                    let schedule = match (&c.hours, &state) {
                        (Hours::Weekly { .. }, _) | (_, None) => card.hours(time, c.kind, &c.hours),
                        _ => None,
                    };
                    let (display, href) = c.contact_in(lang);
                    html! {
                        <li>
                            <a class="contact" href={href} {target} {rel}>{ card.contact(c.kind, display, c.keyword) }</a>
                            if let Some(state) = state {
                                <span class="detail state">{ state }</span>
                            }
                            if let Some(hours) = schedule {
                                <span class="detail">{ hours }</span>
                            }
                            if let Some(cost) = c.cost {
                                <span class="detail">{ cost }</span>
                            }
                            if let Some(note) = c.note {
                                <span class="note-line">{ note }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            <p class="checked">{ format::fill(card.checked, &[("date", &format::date(time, s.checked))]) }</p>
        </li>
    }
}
