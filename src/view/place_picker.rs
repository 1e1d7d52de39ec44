use yew::prelude::*;

use crate::data::AREAS;
use crate::kit::place::choices;
use crate::view::use_kit;

/// Props for [`PlacePicker`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlacePickerProps {
    /// The id of the select, unique in the widget (the picker can show in two places).
    pub id: AttrValue,
    /// The place chosen now (an area id), if any.
    pub place: Option<&'static str>,
    /// The host's region, offered first when it is not one of the nations.
    #[prop_or_default]
    pub host_region: Option<&'static str>,
    /// Whether to show the hint under the question.
    #[prop_or_default]
    pub hint: bool,
    /// Called with the new place (`None` for "I'd rather not say").
    pub on_change: Callback<Option<&'static str>>,
}

/// "Where do you live?": one choice that shapes the finder, the self-check and the guidance.
/// No location lookup: the visitor says, or not, and nothing leaves the page.
#[function_component]
pub fn PlacePicker(props: &PlacePickerProps) -> Html {
    let (words, data) = {
        let kit = use_kit();
        (kit.place, kit.data)
    };
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            on_change.emit(AREAS.iter().find(|a| a.id == value).map(|a| a.id));
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="place-picker">
            <label for={props.id.clone()}>{ words.question }</label>
            if props.hint {
                <p class="quiet" id={hint_id.clone()}>{ words.hint }</p>
            }
            <select id={props.id.clone()} aria-describedby={props.hint.then_some(hint_id)} {onchange}>
                <option value="" selected={props.place.is_none()}>{ words.unsaid }</option>
                { for choices(props.host_region).into_iter().map(|id| html! {
                    <option value={id} selected={props.place == Some(id)}>{ data.area(id) }</option>
                }) }
            </select>
        </div>
    }
}
