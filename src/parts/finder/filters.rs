use yew::prelude::*;

use super::words::FindWords;
use super::Query;
use crate::data::audience;
use crate::view::{tick, use_kit};
use crate::words::Given;

/// Props for [`FinderFilters`].
#[derive(Properties, PartialEq, Clone)]
pub struct FinderFiltersProps {
    /// The filters chosen (a query without search text, so typing leaves these props alone).
    pub filters: Query,
    /// Called with the new filters when one changes.
    pub on_change: Callback<Query>,
    /// The finder's words.
    pub words: Given<FindWords>,
}

/// The finder's filters: open now, and need, audience and way of contact under "More filters".
/// (Where the visitor lives is chosen once for the whole widget.) A component of its own so a
/// keystroke in the search box does not redraw them.
#[function_component]
pub fn FinderFilters(props: &FinderFiltersProps) -> Html {
    let f = &props.filters;
    let (words, data) = (props.words.0, use_kit().data);
    let change = |edit: Box<dyn Fn(&mut Query)>| {
        let (filters, on_change) = (props.filters.clone(), props.on_change.clone());
        Callback::from(move |_: Event| {
            let mut q = filters.clone();
            edit(&mut q);
            on_change.emit(q);
        })
    };

    html! {
        <>
            <div class="filter-row">
                { tick("finder-open-now".into(), words.open_now, f.open_now, change(Box::new(|q| q.open_now = !q.open_now))) }
            </div>
            <details class="filters">
                <summary>{ words.filters_summary(f.filters_chosen()) }</summary>
                <fieldset>
                    <legend>{ words.need }</legend>
                    { for data.needs.iter().map(|n| {
                        let id = n.id;
                        tick(format!("need-{id}"), n.label, f.needs.contains(&id), change(Box::new(move |q| q.needs.toggle(id))))
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ words.audience }</legend>
                    { for data.audiences.iter().filter(|a| a.id != audience::EVERYONE).map(|a| {
                        let id = a.id;
                        tick(format!("aud-{id}"), a.label, f.audiences.contains(&id), change(Box::new(move |q| q.audiences.toggle(id))))
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ words.channel }</legend>
                    { for words.channel_kinds.iter().enumerate().map(|(i, &(k, label))| {
                        tick(format!("ch-{i}"), label, f.channels.contains(&k), change(Box::new(move |q| q.channels.toggle(k))))
                    }) }
                </fieldset>
            </details>
        </>
    }
}
