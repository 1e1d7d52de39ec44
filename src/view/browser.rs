//! The few things the widget asks of the browser beyond drawing, through gloo: the UK time, kept
//! current while the page stays open, and a file saved from memory. Outside a browser (the
//! build's static render, native tests) they fall back to the system clock and do nothing.

use yew::prelude::*;

use crate::kit::clock::{uk_time, UkTime};

/// How often the time is looked at again while the widget is on screen.
#[cfg(target_arch = "wasm32")]
const TICK_MS: u32 = 30_000;

/// The UK time now, from the device clock (the system clock when rendered outside a browser).
pub(crate) fn now() -> UkTime {
    #[cfg(target_arch = "wasm32")]
    let seconds = (js_sys::Date::now() / 1000.0) as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    uk_time(seconds)
}

/// The UK time, to the minute, kept current: "open now" must not go stale on a page left open,
/// or on a phone unlocked hours later (a hidden page's timers are slowed, so the time is also
/// read again the moment the page is shown). The timer and the listener go when the component
/// does.
#[hook]
pub(crate) fn use_uk_time() -> UkTime {
    let time = use_state_eq(now);
    #[cfg(target_arch = "wasm32")]
    {
        let time = time.clone();
        use_effect_with((), move |()| {
            let refresh = {
                let time = time.clone();
                move || time.set(now())
            };
            let interval = gloo::timers::callback::Interval::new(TICK_MS, refresh.clone());
            let shown = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| gloo::events::EventListener::new(&document, "visibilitychange", move |_| refresh()));
            move || drop((interval, shown))
        });
    }
    *time
}

/// Offers `text` as a download made in the browser: nothing is sent anywhere, and the temporary
/// address is released once the browser has taken the file.
pub fn save_text(text: &str, file_name: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let url =
            gloo::file::ObjectUrl::from(gloo::file::Blob::new_with_options(text, Some("text/plain;charset=utf-8")));
        if let Some(link) =
            document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            link.set_href(&url);
            link.set_download(file_name);
            link.click();
        }
        // Dropping the address revokes it.
        gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (text, file_name);
}

/// Prints only one part of the widget (`part`: "record" or "check"), from any element inside
/// it: the widget is marked while the browser prints, and its print styles leave out the rest.
/// The host page around it prints as the host's own styles say.
pub fn print_from(inside: &web_sys::Element, part: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let widget = inside.closest(".widget").ok().flatten();
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(widget) = widget.clone() {
            let _ = widget.set_attribute("data-printing", part);
            // The mark goes once printing is over (registered first: browsers may fire it
            // before print() returns).
            gloo::events::EventListener::once(&window, "afterprint", move |_| {
                let _ = widget.remove_attribute("data-printing");
            })
            .forget();
        }
        let _ = window.print();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (inside, part);
}

/// The element with `id` in `root`: the widget's shadow root (or a page, for a widget drawn
/// without one).
pub fn by_id(root: &web_sys::Node, id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let found = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root.dyn_ref::<web_sys::Document>().and_then(|d| d.get_element_by_id(id)),
    };
    found.and_then(|e| e.dyn_into().ok())
}

/// Moves focus to a heading, as a link within the page would.
pub fn focus_heading(heading: &web_sys::HtmlElement) {
    heading.set_tab_index(-1);
    let _ = heading.focus();
}
