use std::rc::Rc;

use yew::prelude::*;

use super::words::FindWords;
use crate::data::{Hours, Service};
use crate::parts::finder::FinderFilters;
use crate::parts::finder::{arrange, search, search_text, Change, Query};
use crate::parts::PartProps;
use crate::view::browser::use_uk_time;
use crate::view::{heading, use_kit, ServiceCard};

/// How many results are drawn at first, and added by "Show more".
const PAGE: usize = 10;

/// The query inside Yew: the pure [`Query::apply`], wrapped.
#[derive(PartialEq)]
struct Search(Query);

impl Reducible for Search {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        Rc::new(Search(self.0.apply(change)))
    }
}

/// Find a helpline: search, filters, and the results with whether each line is open now.
#[function_component]
pub fn Finder(props: &PartProps<FindWords>) -> Html {
    let start = Query::default();
    let state = use_reducer_eq(|| Search(start.clone()));
    let query = &state.0;
    // Only the first results are drawn, so each keystroke stays quick however long the list.
    let shown = use_state_eq(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with(query.clone(), move |_| shown.set(PAGE));
    }
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    // The list for this place, in order, and its search texts: worked out when the place or the
    // services change, not on every keystroke.
    // Each service in the visitor's language, so its own words are what is searched.
    let kit = use_kit();
    let data = kit.data;
    let arranged = use_memo((props.services.clone(), props.place, kit), |(services, place, _)| {
        let every: Vec<&'static Service> = services.iter().map(|(s, _)| data.service(s)).collect();
        let list = arrange(&every, *place);
        let texts: Vec<String> = list.iter().map(|s| search_text(s, data)).collect();
        (list, texts)
    });
    let (list, texts) = (&arranged.0, &arranged.1);
    let now = use_uk_time();
    let words = props.words.0;
    let card = kit.card;
    let found = search(list, texts, query, now, words.synonyms);

    // Stable callbacks, so the filters' props only change when the filters do.
    let on_text = use_callback(state.dispatcher(), |e: InputEvent, dispatch| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        dispatch.dispatch(Change::Text(input.value()));
    });
    let on_filters =
        use_callback(state.dispatcher(), |filters: Query, dispatch| dispatch.dispatch(Change::Filters(filters)));
    let reset = {
        let (dispatch, start) = (state.dispatcher(), start.clone());
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Change::Reset(start.clone())))
    };
    let local_of = |s: &Service| props.services.iter().any(|(x, local)| x.id == s.id && *local);

    html! {
        <section class="finder" aria-labelledby="finder-title">
            { heading(props.level, words.title.into(), Some("finder-title"), None) }
            <div class="search">
                <label for="finder-search">{ words.search_label }</label>
                <p class="quiet" id="finder-search-hint">{ words.search_hint }</p>
                <input type="search" id="finder-search" aria-describedby="finder-search-hint" autocomplete="off"
                    value={query.text.clone()} oninput={on_text} />
            </div>
            <FinderFilters filters={query.filters()} on_change={on_filters} words={props.words} />
            if query.is_filtered() && *query != start {
                <div class="actions">
                    <button type="button" class="secondary" onclick={reset.clone()}>{ words.reset }</button>
                </div>
            }
            <p class="count" role="status">{ words.results(found.len()) }</p>
            <p class="quiet traces">{ card.traces }</p>
            if found.is_empty() {
                <div class="empty">
                    <p>{ words.empty }</p>
                    <ul class="services" role="list">
                        { for list.iter().filter(|s| always_open(s)).map(|s| html! {
                            <ServiceCard key={s.id} service={*s} level={props.level + 1} now={Some(now)} local={local_of(s)} />
                        }) }
                    </ul>
                    <button type="button" class="secondary" onclick={reset}>{ words.reset }</button>
                </div>
            } else {
                <ul class="services" role="list">
                    { for found.iter().take(*shown).map(|s| html! {
                        <ServiceCard key={s.id} service={*s} level={props.level + 1} now={Some(now)} local={local_of(s)} />
                    }) }
                </ul>
                if found.len() > *shown {
                    <div class="actions">
                        <button type="button" class="secondary" onclick={more}>{ words.more(found.len() - *shown, PAGE) }</button>
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
