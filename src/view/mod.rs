//! The view kit the parts share: the hooks that hand down the catalogue, the heading and tick
//! box every part draws with, the browser helpers (saving, printing, the time), and the shared
//! components (a service's card, where the visitor lives, a guidance topic). Below the parts:
//! it never imports one.
//!
//! No sentence is written here (the catalogue, [`crate::words`], is handed down through Yew
//! context: see [`use_kit`]; a part's own words come in its props), no fact either (see [`crate::data`]).

pub mod browser;
mod guidance_topic;
pub mod piece;
mod place_picker;
mod service_card;
pub mod words;

pub use guidance_topic::{GuidanceTopic, GuidanceTopicProps};
pub use place_picker::{PlacePicker, PlacePickerProps};
pub use service_card::{ServiceCard, ServiceCardProps};
pub use words::{CardWords, LoadWords, PlaceWords};

use yew::virtual_dom::{VTag, VText};
use yew::{hook, use_context, AttrValue, Html, NodeRef};

use crate::data::service_id;
use crate::words::{DataWords, English, TimeWords};

/// The words the view kit's own components draw with: a service's card, the clock, where the
/// visitor lives, the dataset in the visitor's language, and the language's tag. The shell hands
/// them down through Yew context; each part's own words come to it in its props.
#[derive(Clone, Copy)]
pub struct Kit {
    /// The language tag.
    pub lang: &'static str,
    /// A service's card.
    pub card: &'static CardWords,
    /// Days, months and the clock.
    pub time: &'static TimeWords,
    /// Where the visitor lives.
    pub place: &'static PlaceWords,
    /// While a part arrives, and if it cannot.
    pub load: &'static LoadWords,
    /// The dataset in the visitor's language.
    pub data: &'static DataWords,
    /// Saving and printing, which more than one part offers.
    pub browser: Browser,
}

/// The browser helpers more than one part calls, handed down with the kit: so they come with
/// the first download once, rather than in a piece of their own that each part's piece needs.
#[derive(Clone, Copy)]
pub struct Browser {
    /// Offers `text` as a download named `name`.
    pub save: fn(text: &str, name: &str),
    /// Prints `part` alone, from any element inside the widget.
    pub print: fn(inside: &web_sys::Element, part: &str),
}

impl Browser {
    /// The helpers of [`browser`].
    pub const HERE: Browser = Browser { save: browser::save_text, print: browser::print_from };
}

/// By where the words live: one catalogue's are the same words.
impl PartialEq for Kit {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.card, other.card) && std::ptr::eq(self.data, other.data) && self.lang == other.lang
    }
}

impl Kit {
    /// English, for a component drawn with none handed down.
    pub fn english() -> Kit {
        Kit {
            lang: "en-GB",
            card: CardWords::english(),
            time: TimeWords::english(),
            place: PlaceWords::english(),
            load: LoadWords::english(),
            data: &DataWords::BUNDLED,
            browser: Browser::HERE,
        }
    }
}

/// The view kit's words, as the shell hands them down (English where none were).
#[hook]
pub fn use_kit() -> Kit {
    use_context::<Kit>().unwrap_or_else(Kit::english)
}

/// The services the static version lists (and a part that could not be opened): the emergency routes and the main helplines for the whole
/// UK. The static version is the same for every host and is shown before anyone has said where
/// they live, so it lists nothing that serves only part of the UK.
pub const FALLBACK_SERVICES: [&str; 4] = [
    service_id::POLICE_EMERGENCY,
    service_id::POLICE_NON_EMERGENCY,
    service_id::NATIONAL_STALKING_HELPLINE,
    service_id::CRIMESTOPPERS,
];

/// The services the fallback lists in a language: [`FALLBACK_SERVICES`], and in Welsh also
/// Wales's own free 24-hour line, after the national helpline: a page in Welsh is almost always
/// a page for Wales, and the national helpline keeps weekday hours only.
pub fn fallback_services(lang: &str) -> Vec<&'static str> {
    let mut ids = FALLBACK_SERVICES.to_vec();
    if lang == "cy" || lang.starts_with("cy-") {
        ids.insert(3, service_id::LIVE_FEAR_FREE);
    }
    ids
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
