//! The view kit the parts share: the hooks that hand down the catalogue, the heading and tick
//! box every part draws with, the browser helpers (saving, printing, the time), and the shared
//! components (a service's card, where the visitor lives, a guidance topic). Below the parts:
//! it never imports one.
//!
//! No sentence is written here (the catalogue, [`crate::words`], is handed down through Yew
//! context: see [`use_words`]), no fact either (see [`crate::data`]).

pub mod browser;
mod guidance_topic;
mod place_picker;
mod service_card;

pub use guidance_topic::{GuidanceTopic, GuidanceTopicProps};
pub use place_picker::{PlacePicker, PlacePickerProps};
pub use service_card::{ServiceCard, ServiceCardProps};

use yew::virtual_dom::{VTag, VText};
use yew::{hook, use_context, AttrValue, Html, NodeRef};

use crate::words::{Words, ENGLISH};

/// The catalogue the widget speaks, as handed down through Yew context.
pub use crate::words::Shared as Catalogue;

/// The words to draw with: the catalogue [`App`] hands down (the host's re-wordings in place),
/// or the default language where none was (the static version).
#[hook]
pub fn use_words() -> &'static Words {
    use_context::<Catalogue>().map_or(&ENGLISH, |c| c.0)
}

/// A tick box with its label.
pub fn tick(id: String, label: &'static str, checked: bool, onchange: yew::Callback<yew::Event>) -> Html {
    yew::html! {
        <div class="choice">
            <input type="checkbox" id={id.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// A heading at `level`, kept within h2–h6 (the host page owns h1), holding `text`. `id` names
/// it for `aria-labelledby`; `focus` makes it a place the component moves focus to (tabindex
/// -1). Every heading in the widget is made here, so the levels follow one rule.
pub fn heading(level: u8, text: AttrValue, id: Option<&'static str>, focus: Option<&NodeRef>) -> Html {
    const TAGS: [&str; 5] = ["h2", "h3", "h4", "h5", "h6"];
    let mut tag = VTag::new(TAGS[usize::from(level.clamp(2, 6) - 2)]);
    if let Some(id) = id {
        tag.add_attribute("id", id);
    }
    if let Some(node_ref) = focus {
        tag.add_attribute("tabindex", "-1");
        tag.node_ref = node_ref.clone();
    }
    tag.add_child(VText::new(text).into());
    tag.into()
}
