use yew::prelude::*;

use std::rc::Rc;

use crate::config::Config;
use crate::data::topic;
use crate::strings::ENGLISH;
use crate::ui::{Checker, EmergencyStrip, Finder, GuidanceTopic, QuickExit};

/// What the widget is mounted with.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The validated host configuration.
    pub config: Config,
}

/// The whole widget: the quick exit first, the emergency numbers, then the self-check and the
/// helpline finder.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let words = &ENGLISH;
    let services = use_memo(props.config.clone(), |config| config.services());
    let hidden = Rc::new(props.config.hidden.clone());
    html! {
        <div class="widget" lang="en-GB">
            <QuickExit href={props.config.exit_url.clone()} label={words.exit_label} hint={words.exit_hint} />
            if let Some(leaving) = topic("leaving-safely") {
                <GuidanceTopic topic={leaving}>
                    if let Some(url) = props.config.safety_url.clone() {
                        <p><a href={url} target="_blank" rel="noopener noreferrer">{ words.host_safety_link }</a></p>
                    }
                </GuidanceTopic>
            }
            <EmergencyStrip />
            <section class="help" aria-labelledby="widget-title">
                <h2 id="widget-title">{ words.title }</h2>
                <p class="intro">{ words.intro }</p>
                <Checker hidden={hidden} />
                <Finder services={services.clone()} region={props.config.region} />
            </section>
        </div>
    }
}
