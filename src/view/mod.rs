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
pub mod words;

pub use guidance_topic::{GuidanceTopic, GuidanceTopicProps};
pub use place_picker::{PlacePicker, PlacePickerProps};
pub use service_card::{ServiceCard, ServiceCardProps};
pub use words::{CardWords, PlaceWords};

use yew::virtual_dom::{VTag, VText};
use yew::{hook, use_context, AttrValue, Html, NodeRef};

use crate::words::{DataWords, Section, Shared};

/// The catalogue as the app hands it down (the host's re-wordings in place), or none (a part
/// drawn on its own), where English stands.
#[derive(Clone, Copy)]
pub struct Said(Option<Shared>);

impl Said {
    /// A section: a part takes its own, and the kit's, never the whole catalogue.
    pub fn get<T: Section>(self) -> &'static T {
        self.0.map_or_else(T::english, |c| c.said::<T>())
    }

    /// The dataset's words in the visitor's language.
    pub fn data(self) -> &'static DataWords {
        self.0.map_or(&DataWords::BUNDLED, |c| c.0.data())
    }

    /// The language the widget speaks (its tag).
    pub fn lang(self) -> &'static str {
        self.0.map_or("en-GB", |c| c.0.lang())
    }

    /// The catalogue itself, for what is made once per catalogue (a memo's key).
    pub fn shared(self) -> Option<Shared> {
        self.0
    }
}

/// The words to draw with. One hook for every section, so the download carries one.
#[hook]
pub fn use_words() -> Said {
    Said(use_context::<Shared>())
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
