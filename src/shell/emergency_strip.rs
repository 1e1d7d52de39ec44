use yew::prelude::*;

use super::WidgetWords;
use crate::words::Given;

/// Props for [`EmergencyStrip`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmergencyStripProps {
    /// Its words, in the visitor's language.
    pub words: Given<WidgetWords>,
}

/// 999 and 101, always near the top, with the silent-call step in one line.
#[function_component]
pub fn EmergencyStrip(props: &EmergencyStripProps) -> Html {
    let words = props.words;
    html! {
        <div class="strip">
            <a class="strip-999" href="tel:999">{ words.strip_999 }</a>
            <a class="strip-101" href="tel:101">{ words.strip_101 }</a>
            <p class="strip-silent">{ words.strip_silent }</p>
        </div>
    }
}
