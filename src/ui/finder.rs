use std::rc::Rc;

use yew::prelude::*;

use crate::clock::{uk_time, UkTime};
use crate::data::{Hours, Service, AREAS, AUDIENCES, NEEDS};
use crate::finder::{search, search_text, ChannelKindKey, Query};
use crate::strings::find as words;
use crate::ui::{heading, ServiceCard};

/// Props for [`Finder`].
#[derive(Properties, PartialEq, Clone)]
pub struct FinderProps {
    /// The services to search, each with whether the host added it.
    pub services: Rc<Vec<(&'static Service, bool)>>,
    /// The area the host serves, to start filtered to.
    #[prop_or_default]
    pub region: Option<&'static str>,
    /// The level of this part's heading.
    #[prop_or(3)]
    pub level: u8,
}

/// How many results are drawn at first, and added by "Show more".
const PAGE: usize = 10;

/// The UK time now, from the device clock (the system clock when rendered outside a browser).
fn now() -> UkTime {
    #[cfg(target_arch = "wasm32")]
    let seconds = (js_sys::Date::now() / 1000.0) as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    uk_time(seconds)
}

/// Find a helpline: search, filters, and the results with whether each line is open now.
#[function_component]
pub fn Finder(props: &FinderProps) -> Html {
    let start = Query { place: props.region, ..Query::default() };
    let start_for_compare = start.clone();
    let query = use_state(|| start.clone());
    // Only the first results are drawn, so each keystroke stays quick however long the list.
    let shown = use_state_eq(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with((*query).clone(), move |_| shown.set(PAGE));
    }
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let texts =
        use_memo(props.services.clone(), |services| services.iter().map(|(s, _)| search_text(s)).collect::<Vec<_>>());
    let list: Vec<&'static Service> = props.services.iter().map(|(s, _)| *s).collect();
    let now = now();
    let found = search(&list, &texts, &query, now);

    let update = |change: fn(&mut Query, &'static str), value: &'static str| {
        let query = query.clone();
        Callback::from(move |_: Event| {
            let mut q = (*query).clone();
            change(&mut q, value);
            query.set(q);
        })
    };
    let on_text = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(Query { text: input.value(), ..(*query).clone() });
        })
    };
    let on_place = {
        let query = query.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            query.set(Query { place: AREAS.iter().find(|a| a.id == value).map(|a| a.id), ..(*query).clone() });
        })
    };
    let on_open_now = {
        let query = query.clone();
        Callback::from(move |_: Event| query.set(Query { open_now: !query.open_now, ..(*query).clone() }))
    };
    let reset = {
        let query = query.clone();
        Callback::from(move |_: MouseEvent| query.set(start.clone()))
    };
    let local_of = |s: &Service| props.services.iter().any(|(x, local)| x.id == s.id && *local);
    let filters_used = query.needs.len() + query.audiences.len() + query.channels.len() + usize::from(query.open_now);

    html! {
        <section class="finder" aria-labelledby="finder-title">
            { heading(props.level, words::TITLE.into(), Some("finder-title"), None) }
            <div class="search">
                <label for="finder-search">{ words::SEARCH_LABEL }</label>
                <p class="quiet" id="finder-search-hint">{ words::SEARCH_HINT }</p>
                <input type="search" id="finder-search" aria-describedby="finder-search-hint" autocomplete="off"
                    value={query.text.clone()} oninput={on_text} />
            </div>
            <div class="filter-row">
                <div class="choice">
                    <input type="checkbox" id="finder-open-now" checked={query.open_now} onchange={on_open_now} />
                    <label for="finder-open-now">{ words::OPEN_NOW }</label>
                </div>
                <div class="place">
                    <label for="finder-place">{ words::PLACE }</label>
                    <select id="finder-place" onchange={on_place}>
                        <option value="" selected={query.place.is_none()}>{ words::ANYWHERE }</option>
                        { for AREAS.iter().map(|a| html! {
                            <option value={a.id} selected={query.place == Some(a.id)}>{ a.label }</option>
                        }) }
                    </select>
                </div>
            </div>
            <details class="filters">
                <summary>{ words::filters_summary(filters_used) }</summary>
                <fieldset>
                    <legend>{ words::NEED }</legend>
                    { for NEEDS.iter().map(|n| html! {
                        <div class="choice">
                            <input type="checkbox" id={format!("need-{}", n.id)} checked={query.needs.contains(&n.id)}
                                onchange={update(|q, id| q.needs.toggle(id), n.id)} />
                            <label for={format!("need-{}", n.id)}>{ n.label }</label>
                        </div>
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ words::AUDIENCE }</legend>
                    { for AUDIENCES.iter().filter(|a| a.id != crate::data::audience::EVERYONE).map(|a| html! {
                        <div class="choice">
                            <input type="checkbox" id={format!("aud-{}", a.id)} checked={query.audiences.contains(&a.id)}
                                onchange={update(|q, id| q.audiences.toggle(id), a.id)} />
                            <label for={format!("aud-{}", a.id)}>{ a.label }</label>
                        </div>
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ words::CHANNEL }</legend>
                    { for ChannelKindKey::ALL.iter().map(|k| {
                        let id = format!("ch-{k:?}");
                        let checked = query.channels.contains(k);
                        let handle = query.clone();
                        let key = *k;
                        let onchange = Callback::from(move |_: Event| {
                            let mut q = (*handle).clone();
                            q.channels.toggle(key);
                            handle.set(q);
                        });
                        html! {
                            <div class="choice">
                                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                                <label for={id}>{ words::channel(*k) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            </details>
            if query.is_filtered() && *query != start_for_compare {
                <div class="actions">
                    <button type="button" class="secondary" onclick={reset.clone()}>{ words::RESET }</button>
                </div>
            }
            <p class="count" role="status">{ words::count(found.len()) }</p>
            if found.is_empty() {
                <div class="empty">
                    <p>{ words::EMPTY }</p>
                    <ul class="services" role="list">
                        { for list.iter().filter(|s| always_open(s)).map(|s| html! {
                            <ServiceCard key={s.id} service={*s} level={props.level + 1} now={Some(now)} local={local_of(s)} />
                        }) }
                    </ul>
                    <button type="button" class="secondary" onclick={reset}>{ words::RESET }</button>
                </div>
            } else {
                <ul class="services" role="list">
                    { for found.iter().take(*shown).map(|s| html! {
                        <ServiceCard key={s.id} service={*s} level={props.level + 1} now={Some(now)} local={local_of(s)} />
                    }) }
                </ul>
                if found.len() > *shown {
                    <div class="actions">
                        <button type="button" class="secondary" onclick={more}>{ words::more(found.len() - *shown) }</button>
                    </div>
                }
            }
        </section>
    }
}

/// A service with a line answered at any hour: what to offer when nothing else matches.
fn always_open(s: &Service) -> bool {
    s.channels.iter().any(|c| c.hours == Hours::Always && matches!(c.kind, crate::data::ChannelKind::Phone))
}
