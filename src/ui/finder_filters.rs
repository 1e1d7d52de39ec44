use yew::prelude::*;

use crate::data::{audience, AREAS, AUDIENCES, NEEDS};
use crate::finder::{ChannelKindKey, Query};
use crate::strings::find as words;
use crate::ui::tick;

/// Props for [`FinderFilters`].
#[derive(Properties, PartialEq, Clone)]
pub struct FinderFiltersProps {
    /// The filters chosen (a query without search text, so typing leaves these props alone).
    pub filters: Query,
    /// Called with the new filters when one changes.
    pub on_change: Callback<Query>,
}

/// The finder's filters: open now, place, and need, audience and way of contact under "More
/// filters". A component of its own so a keystroke in the search box does not redraw them.
#[function_component]
pub fn FinderFilters(props: &FinderFiltersProps) -> Html {
    let f = &props.filters;
    let change = |edit: Box<dyn Fn(&mut Query)>| {
        let (filters, on_change) = (props.filters.clone(), props.on_change.clone());
        Callback::from(move |_: Event| {
            let mut q = filters.clone();
            edit(&mut q);
            on_change.emit(q);
        })
    };
    let on_place = {
        let (filters, on_change) = (props.filters.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            on_change.emit(Query { place: AREAS.iter().find(|a| a.id == value).map(|a| a.id), ..filters.clone() });
        })
    };

    html! {
        <>
            <div class="filter-row">
                { tick("finder-open-now".into(), words::OPEN_NOW, f.open_now, change(Box::new(|q| q.open_now = !q.open_now))) }
                <div class="place">
                    <label for="finder-place">{ words::PLACE }</label>
                    <select id="finder-place" onchange={on_place}>
                        <option value="" selected={f.place.is_none()}>{ words::ANYWHERE }</option>
                        { for AREAS.iter().map(|a| html! {
                            <option value={a.id} selected={f.place == Some(a.id)}>{ a.label }</option>
                        }) }
                    </select>
                </div>
            </div>
            <details class="filters">
                <summary>{ words::filters_summary(f.filters_chosen()) }</summary>
                <fieldset>
                    <legend>{ words::NEED }</legend>
                    { for NEEDS.iter().map(|n| {
                        let id = n.id;
                        tick(format!("need-{id}"), n.label, f.needs.contains(&id), change(Box::new(move |q| q.needs.toggle(id))))
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ words::AUDIENCE }</legend>
                    { for AUDIENCES.iter().filter(|a| a.id != audience::EVERYONE).map(|a| {
                        let id = a.id;
                        tick(format!("aud-{id}"), a.label, f.audiences.contains(&id), change(Box::new(move |q| q.audiences.toggle(id))))
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ words::CHANNEL }</legend>
                    { for ChannelKindKey::ALL.iter().map(|&k| {
                        tick(format!("ch-{k:?}"), words::channel(k), f.channels.contains(&k), change(Box::new(move |q| q.channels.toggle(k))))
                    }) }
                </fieldset>
            </details>
        </>
    }
}
