use yew::prelude::*;

use std::rc::Rc;

use crate::config::{Config, Part};
use crate::data::{topic, topic_id};
use crate::strings::ENGLISH;
use crate::ui::{heading, Checker, EmergencyStrip, Finder, Guidance, GuidanceTopic, PlacePicker, QuickExit};

/// What the widget is mounted with.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The validated host configuration.
    pub config: Config,
}

/// The whole widget: the quick exit first, the emergency numbers, where the visitor lives, then
/// the parts the host chose (the self-check, the helpline finder, guidance), in the host's order.
///
/// Where the visitor lives is held here, once, so the finder, the self-check and the guidance
/// always agree on it: it starts as the host's region and changes only when the visitor says.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let words = &ENGLISH;
    let config = &props.config;
    // "The whole UK" is the same as not knowing where in it.
    let region = config.region.filter(|r| *r != crate::data::area::UK);
    let place = use_state_eq(|| region);
    let on_place = {
        let place = place.clone();
        Callback::from(move |chosen: Option<&'static str>| place.set(chosen))
    };
    let text = |key: &str, own: &'static str| AttrValue::from(config.text(key, own).to_string());
    let services = use_memo(config.clone(), |config| config.services());
    let hidden = Rc::new(config.hidden.clone());
    let level = config.heading_level;
    html! {
        <div class="widget" lang="en-GB">
            <QuickExit href={config.exit_url.clone()} label={text("exit-label", words.exit_label)} hint={text("exit-hint", words.exit_hint)} />
            if let Some(leaving) = topic(topic_id::LEAVING_SAFELY) {
                <GuidanceTopic topic={leaving} title={text("leaving-safely", words.leaving_safely)}>
                    if let Some(url) = config.safety_url.clone() {
                        <p><a href={url} target="_blank" rel="noopener noreferrer">{ words.host_safety_link }</a></p>
                    }
                </GuidanceTopic>
            }
            <EmergencyStrip call_999={text("strip-999", words.strip_999)} call_101={text("strip-101", words.strip_101)}
                silent={text("strip-silent", words.strip_silent)} />
            <section class="help" aria-labelledby="widget-title">
                { heading(level, text("title", words.title).to_string().into(), Some("widget-title"), None) }
                <p class="intro">{ text("intro", words.intro) }</p>
                <PlacePicker id="place" place={*place} host_region={region} hint={true} on_change={on_place.clone()} />
                { for config.parts.iter().map(|part| match part {
                    Part::Checker => html! {
                        <Checker hidden={hidden.clone()} level={level + 1} place={*place} host_region={region} on_place={on_place.clone()} />
                    },
                    Part::Finder => html! { <Finder services={services.clone()} place={*place} level={level + 1} /> },
                    Part::Guidance => html! { <Guidance place={*place} level={level + 1} /> },
                }) }
            </section>
        </div>
    }
}
