use yew::prelude::*;

/// Props for [`EmergencyStrip`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmergencyStripProps {
    /// The 999 link's words.
    pub call_999: AttrValue,
    /// The 101 link's words.
    pub call_101: AttrValue,
    /// The silent-call line.
    pub silent: AttrValue,
}

/// 999 and 101, always near the top, with the silent-call step in one line.
#[function_component]
pub fn EmergencyStrip(props: &EmergencyStripProps) -> Html {
    html! {
        <div class="strip">
            <a class="strip-999" href="tel:999">{ props.call_999.clone() }</a>
            <a class="strip-101" href="tel:101">{ props.call_101.clone() }</a>
            <p class="strip-silent">{ props.silent.clone() }</p>
        </div>
    }
}
