use yew::prelude::*;

use crate::config::Config;
use crate::data::{topic, SERVICES};
use crate::strings::ENGLISH;
use crate::ui::{Checker, GuidanceTopic, QuickExit, ServiceCard};

/// What the widget is mounted with.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The validated host configuration.
    pub config: Config,
}

/// The whole widget: the quick exit first, then the help.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let words = &ENGLISH;
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
            <section class="help" aria-labelledby="widget-title">
                <h2 id="widget-title">{ words.title }</h2>
                <p class="intro">{ words.intro }</p>
                <p class="danger"><strong>{ words.in_danger }</strong></p>
                <Checker />
                <h3>{ words.services_heading }</h3>
                <ul class="services" role="list">
                    { for SERVICES.iter().map(|s| html! { <ServiceCard key={s.id} service={s} /> }) }
                </ul>
            </section>
        </div>
    }
}
