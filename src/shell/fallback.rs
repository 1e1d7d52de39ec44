use yew::prelude::*;

use super::{Words, ENGLISH};
use crate::config::DEFAULT_EXIT_URL;
use crate::data::{service, topic_id};
use crate::exit::QuickExit;
use crate::shell::EmergencyStrip;
use crate::view::Kit;
use crate::view::{fallback_services, GuidanceTopic, ServiceCard};
use crate::words::{Given, Shared};

/// Props for [`Fallback`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct FallbackProps {
    /// The language to draw in (English when none is given).
    #[prop_or_default]
    pub catalogue: Option<Shared>,
}

/// What shows before the WebAssembly arrives, and instead of it when it cannot run: the quick
/// exit, the emergency numbers and the main helplines. Rendered to HTML at build time from the
/// same components and data as the full widget, so nothing is copied by hand; its top matches
/// the full widget's, so the switch-over does not make the page jump.
#[function_component]
pub fn Fallback(props: &FallbackProps) -> Html {
    let words: &'static Words = props.catalogue.and_then(|c| c.0.as_any().downcast_ref()).unwrap_or(&ENGLISH);
    html! {
        <ContextProvider<Kit> context={words.kit()}>
        <div class="widget" lang={words.lang} dir={words.dir}>
            <QuickExit href={DEFAULT_EXIT_URL} words={Given(&words.exit)} />
            if let Some(leaving) = words.data.topic(topic_id::LEAVING_SAFELY) {
                <GuidanceTopic topic={leaving} title={words.widget.leaving_safely} />
            }
            <EmergencyStrip words={Given(&words.widget)} />
            <section class="help" aria-labelledby="widget-title">
                // Hidden until the static version stands in for a widget that failed (the loader
                // shows it then, and moves focus to it).
                <p class="fallback-failed" tabindex="-1" hidden=true>{ words.widget.fallback_failed }</p>
                <h2 id="widget-title">{ words.widget.title }</h2>
                <p class="intro">{ words.widget.intro }</p>
                <h3>{ words.widget.fallback_heading }</h3>
                <p class="quiet traces">{ words.card.traces }</p>
                <ul class="services" role="list">
                    { for fallback_services(words.lang).into_iter().filter_map(service).map(|s| words.data.service(s)).map(|s| html! {
                        <ServiceCard key={s.id} service={s} level={4} />
                    }) }
                </ul>
            </section>
        </div>
        </ContextProvider<Kit>>
    }
}
