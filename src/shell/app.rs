use yew::prelude::*;

use std::rc::Rc;

use super::{words_for, EmergencyStrip, Words};
use crate::config::Config;
use crate::data::topic_id;
use crate::exit::QuickExit;
use crate::parts::Common;
use crate::view::{heading, GuidanceTopic, Kit, PlacePicker};
use crate::words::Given;

/// What the widget is mounted with.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The validated host configuration.
    pub config: Config,
    /// The languages the host offers, as (tag, name in that language): a switch shows when
    /// there are several.
    #[prop_or_default]
    pub languages: Rc<Vec<(String, String)>>,
    /// Called with the tag of the language the visitor chose.
    #[prop_or_default]
    pub on_language: Callback<String>,
}

/// The whole widget: the quick exit first, the emergency numbers, where the visitor lives, then
/// the parts the host chose (the self-check, the helpline finder, guidance), in the host's order.
///
/// Where the visitor lives is held here, once, so the finder, the self-check and the guidance
/// always agree on it: it starts as the host's region and changes only when the visitor says.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    // The catalogue, with the host's re-wordings, made once and handed down.
    let words: &'static Words =
        *use_memo((config.texts.clone(), config.language, config.framed), |_| words_for(config));
    // "The whole UK" is the same as not knowing where in it.
    let region = config.region.filter(|r| *r != crate::data::area::UK);
    let place = use_state_eq(|| region);
    let on_place = {
        let place = place.clone();
        Callback::from(move |chosen: Option<&'static str>| place.set(chosen))
    };
    let services = use_memo(config.clone(), |config| config.services());
    let level = config.heading_level;
    // Every part is given the same, with its own words, and takes what it needs.
    let common = Common {
        level: level + 1,
        place: *place,
        host_region: region,
        on_place: on_place.clone(),
        services: services.clone(),
        hidden: Rc::new(config.hidden.clone()),
        responder: config.responder,
        responder_only: config.responder_only,
        shown: Rc::new(config.parts.clone()),
        preload: config.preload,
    };
    html! {
        <ContextProvider<Kit> context={words.kit()}>
        <div class="widget" lang={words.lang} dir={words.dir}>
            <QuickExit href={config.exit_url.clone()} words={Given(&words.exit)} />
            if props.languages.len() > 1 {
                <nav class="languages" aria-label={words.widget.switch_label}>
                    <ul role="list">
                        { for props.languages.iter().map(|(tag, name)| {
                            let on_language = props.on_language.clone();
                            let chosen = tag.clone();
                            let current = words.lang.split('-').next() == tag.split('-').next();
                            html! {
                                <li><button type="button" class="secondary" lang={tag.clone()} data-lang={tag.clone()}
                                    aria-pressed={if current { "true" } else { "false" }}
                                    onclick={Callback::from(move |_: MouseEvent| if !current { on_language.emit(chosen.clone()) })}>
                                    { name }
                                </button></li>
                            }
                        }) }
                    </ul>
                </nav>
            }
            if let Some(leaving) = words.data.topic(topic_id::LEAVING_SAFELY) {
                <GuidanceTopic topic={leaving} title={words.widget.leaving_safely}>
                    if let Some(url) = config.safety_url.clone() {
                        <p><a href={url} target="_blank" rel="noopener noreferrer">{ words.widget.host_safety_link }</a></p>
                    }
                </GuidanceTopic>
            }
            <EmergencyStrip words={Given(&words.widget)} />
            <section class="help" aria-labelledby="widget-title">
                { heading(level, words.widget.title.into(), Some("widget-title"), None) }
                <p class="intro">{ words.widget.intro }</p>
                <PlacePicker id="place" place={*place} host_region={region} hint={true} on_change={on_place.clone()} />
                { for config.parts.iter().map(|part| part.draw(&common, words.parts)) }
            </section>
        </div>
        </ContextProvider<Kit>>
    }
}
