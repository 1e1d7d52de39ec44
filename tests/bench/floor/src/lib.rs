//! A Yew hello world: the smallest widget, for the size floor.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component]
fn Hello() -> Html {
    html! { <p>{ "Hello" }</p> }
}

/// Mounts the hello world into `host`.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element) {
    yew::Renderer::<Hello>::with_root(host).render();
}
