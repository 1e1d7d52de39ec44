use yew::prelude::*;

/// Props for [`QuickExit`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuickExitProps {
    /// The neutral page to leave for; already validated as an http(s) address.
    pub href: AttrValue,
    /// The visible text, which is also the accessible name.
    pub label: AttrValue,
}

/// The quick-exit control: a real link, so it works before and without the WebAssembly.
/// `noreferrer` keeps the help page's address out of the neutral site's logs.
#[function_component]
pub fn QuickExit(props: &QuickExitProps) -> Html {
    html! {
        <a class="exit" href={props.href.clone()} rel="nofollow noreferrer">{ props.label.clone() }</a>
    }
}
