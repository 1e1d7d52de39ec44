use yew::prelude::*;

use super::ExitWords;
use crate::words::Given;

/// Props for [`QuickExit`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuickExitProps {
    /// The neutral page to leave for; already validated as an http(s) address.
    pub href: AttrValue,
    /// Its words, in the visitor's language.
    pub words: Given<ExitWords>,
}

/// The quick-exit control: a real link, so it works before and without the WebAssembly, in a bar
/// that stays at the top of the screen while any part of the widget is on it.
///
/// The quick exit's script (src/exit/quick-exit.js, run by the loader and by the npm module's
/// `mount`) handles clicks on any `data-quick-exit` link and the Shift shortcut, writes the
/// shortcut's progress into the `data-quick-exit-status` region, and keeps focus from hiding
/// under the bar.
/// `noreferrer` keeps the help page's address out of the neutral site's logs.
#[function_component]
pub fn QuickExit(props: &QuickExitProps) -> Html {
    let words = props.words;
    html! {
        <>
            // Sticky: on screen, and first to hand, wherever the visitor has scrolled in the widget.
            <div class="exit-bar">
                <a class="exit" href={props.href.clone()} rel="nofollow noreferrer" data-quick-exit="">{ words.label }</a>
            </div>
            <p class="exit-hint">{ words.hint }</p>
            <p class="visually-hidden" role="status" data-quick-exit-status=""></p>
        </>
    }
}
