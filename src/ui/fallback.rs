use yew::prelude::*;

use crate::config::DEFAULT_EXIT_URL;
use crate::data::{service, service_id, topic, topic_id};
use crate::ui::{Catalogue, EmergencyStrip, GuidanceTopic, QuickExit, ServiceCard};
use crate::words::ENGLISH;

/// The services the fallback lists: the emergency routes and the main helplines for the whole
/// UK. The static version is the same for every host and is shown before anyone has said where
/// they live, so it lists nothing that serves only part of the UK.
pub const FALLBACK_SERVICES: [&str; 4] = [
    service_id::POLICE_EMERGENCY,
    service_id::POLICE_NON_EMERGENCY,
    service_id::NATIONAL_STALKING_HELPLINE,
    service_id::CRIMESTOPPERS,
];

/// Props for [`Fallback`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct FallbackProps {}

/// What shows before the WebAssembly arrives, and instead of it when it cannot run: the quick
/// exit, the emergency numbers and the main helplines. Rendered to HTML at build time from the
/// same components and data as the full widget, so nothing is copied by hand; its top matches
/// the full widget's, so the switch-over does not make the page jump.
#[function_component]
pub fn Fallback(_props: &FallbackProps) -> Html {
    let words = &ENGLISH;
    html! {
        <ContextProvider<Catalogue> context={Catalogue(words)}>
        <div class="widget" lang={words.lang}>
            <QuickExit href={DEFAULT_EXIT_URL} />
            if let Some(leaving) = topic(topic_id::LEAVING_SAFELY) {
                <GuidanceTopic topic={leaving} title={words.widget.leaving_safely} />
            }
            <EmergencyStrip />
            <section class="help" aria-labelledby="widget-title">
                <h2 id="widget-title">{ words.widget.title }</h2>
                <p class="intro">{ words.widget.intro }</p>
                <h3>{ words.fallback_heading }</h3>
                <ul class="services" role="list">
                    { for FALLBACK_SERVICES.iter().filter_map(|id| service(id)).map(|s| html! {
                        <ServiceCard key={s.id} service={s} level={4} />
                    }) }
                </ul>
            </section>
        </div>
        </ContextProvider<Catalogue>>
    }
}
