use yew::prelude::*;

use crate::strings::ENGLISH;

/// Props for [`EmergencyStrip`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct EmergencyStripProps {}

/// 999 and 101, always near the top, with the silent-call step in one line.
#[function_component]
pub fn EmergencyStrip(_props: &EmergencyStripProps) -> Html {
    let words = &ENGLISH;
    html! {
        <div class="strip">
            <a class="strip-999" href="tel:999">{ words.strip_999 }</a>
            <a class="strip-101" href="tel:101">{ words.strip_101 }</a>
            <p class="strip-silent">{ words.strip_silent }</p>
        </div>
    }
}
